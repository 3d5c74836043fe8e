import { insertMessage } from '../src/domain/records';
import { recordCsatResponse } from '../src/events/csat';
import type { JsonObject, Message } from '../src/store';
import { AGENT, testFake, type TestFake } from './helpers';

/*
 * Responses are made as Chatwoot makes them: the contact answers an input_csat message (its
 * content_attributes get `submitted_values.csat_survey_response`), and the message_updated event makes
 * the CSAT listener record the response. Default world: conversation 4 = Marie (website inbox,
 * Grace, team support), 7 = Lise (website, Grace), 8 = Emmy (helpdesk inbox 3, Ada). The seed has two
 * input_csat messages (conversation 1, 19 days old, and 10, 5 minutes old) and no response.
 */
let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({ clockMode: 'frozen' });
});
beforeEach(() => fake.reset());

const T0 = Date.parse('2026-02-01T00:00:00Z');
const H = 3_600_000;
const sec = (hours: number) => (T0 + hours * H) / 1000;
const get: TestFake['get'] = (...args) => fake.get(...args);
const conversation = (displayId: number) =>
  fake.store.tables.conversations.findBy('display', [1, displayId])!;

function survey(displayId: number, hours: number): Message {
  fake.store.clock.set(T0 + hours * H);
  return insertMessage(fake.store, conversation(displayId), {
    message_type: 3,
    content: 'Please rate the conversation',
    content_type: 'input_csat',
  });
}

/** The contact submits the survey: the message is updated and message_updated recorded. */
function submit(message: Message, values: JsonObject) {
  const { messages } = fake.store.tables;
  messages.update(message.id, {
    content_attributes: { submitted_values: { csat_survey_response: values } },
  });
  fake.events.emit({
    name: 'message_updated',
    accountId: 1,
    data: { messageId: message.id, conversationId: message.conversation_id },
    at: fake.store.clock.peek(),
  });
}

function world() {
  const m1 = survey(4, 0);
  submit(m1, { rating: 5, feedback_message: 'Great, thanks' });
  const m2 = survey(8, 1);
  submit(m2, { rating: 2, feedback_message: 'Slow, "very" slow' });
  const m3 = survey(7, 2);
  submit(m3, { rating: 5 });
  return [m1, m2, m3];
}

const ids = (res: { body: { id: number }[] }) => res.body.map((r) => r.id);

describe('recording responses', () => {
  it('records a response when the contact submits an input_csat message, and updates it on resubmission', async () => {
    const message = survey(4, 0);
    submit(message, { rating: 3, feedback_message: 'ok' });
    fake.store.clock.set(T0 + H);
    submit(message, { rating: 4, feedback_message: 'better' });
    const rows = [...fake.store.tables.csatSurveyResponses.all()];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      rating: 4,
      feedback_message: 'better',
      assigned_agent_id: 2,
      created_at: T0,
    });
  });

  it('ignores submissions without a valid rating and other messages', async () => {
    const message = survey(4, 0);
    submit(message, { feedback_message: 'no rating' });
    submit(message, { rating: 9 });
    const text = insertMessage(fake.store, conversation(4), { message_type: 1, content: 'hi' });
    submit(text, { rating: 5 });
    expect(fake.store.tables.csatSurveyResponses.size).toBe(0);
  });
});

describe('GET /csat_survey_responses', () => {
  it('lists the responses (a plain array) with contact, conversation display id and agent', async () => {
    const [m1] = world();
    const res = await get('/csat_survey_responses');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([1, 2, 3]);
    expect(res.body[0]).toEqual({
      id: 1,
      rating: 5,
      feedback_message: 'Great, thanks',
      account_id: 1,
      message_id: m1.id,
      contact: expect.objectContaining({ id: 1, name: 'Marie Curie', email: 'marie@radium.test' }),
      conversation_id: 4,
      assigned_agent: expect.objectContaining({ id: 2, name: 'Grace Hopper', role: 'agent' }),
      created_at: sec(0),
    });
    expect(res.body[0].contact).not.toHaveProperty('contact_inboxes');
  });

  it('filters by rating, agents, inbox, team and time range, sorts and pages', async () => {
    world();
    expect(ids(await get('/csat_survey_responses?rating=5'))).toEqual([1, 3]);
    expect(ids(await get('/csat_survey_responses?user_ids[]=1'))).toEqual([2]);
    expect(ids(await get('/csat_survey_responses?user_ids[]=1&user_ids[]=2'))).toEqual([1, 2, 3]);
    expect(ids(await get('/csat_survey_responses?inbox_id=3'))).toEqual([2]);
    expect(ids(await get('/csat_survey_responses?team_id=2'))).toEqual([1]);
    expect(ids(await get(`/csat_survey_responses?since=${sec(0.5)}&until=${sec(3)}`))).toEqual([2, 3]);
    expect(ids(await get('/csat_survey_responses?sort=-created_at'))).toEqual([3, 2, 1]);
    expect((await get('/csat_survey_responses?page=2')).body).toEqual([]);
  });

  it('pages 25 responses at a time', async () => {
    for (let i = 0; i < 26; i++) recordCsatResponse(fake.store, survey(4, i), 4, null);
    expect((await get('/csat_survey_responses')).body).toHaveLength(25);
    expect(ids(await get('/csat_survey_responses?page=2'))).toEqual([26]);
  });

  it('is for administrators only', async () => {
    const res = await get('/csat_survey_responses', AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
  });
});

describe('GET /csat_survey_responses/metrics', () => {
  it('counts responses, per rating, and the surveys sent', async () => {
    world();
    const all = await get('/csat_survey_responses/metrics');
    expect(all.status).toBe(200);
    // 3 surveys here + the two seeded ones (Srinivasa's, locked, and Tu's, open).
    expect(all.body).toEqual({
      total_count: 3,
      ratings_count: { '2': 1, '5': 2 },
      total_sent_messages_count: 5,
    });
    const ranged = await get(`/csat_survey_responses/metrics?since=${sec(0.5)}&until=${sec(3)}&inbox_id=1`);
    expect(ranged.body).toEqual({ total_count: 1, ratings_count: { '5': 1 }, total_sent_messages_count: 2 });
  });

  it('is for administrators only', async () => {
    expect((await get('/csat_survey_responses/metrics', AGENT)).status).toBe(401);
  });
});

describe('GET /csat_survey_responses/download', () => {
  it('answers a CSV file with a row per response and the reporting period', async () => {
    world();
    const res = await get(`/csat_survey_responses/download?since=${sec(0)}&until=${sec(24)}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename=csat_report.csv');
    const base = res.text.match(/(http:\/\/[^/]+)\/app\//)![1];
    expect(res.text).toBe(
      [
        'Agent Name,Rating,Feedback Comment,Contact Name,Contact Email Address,Contact Phone Number,Link to the conversation,Recorded date',
        `Grace Hopper (grace@acme.test),5,"Great, thanks",Marie Curie,marie@radium.test,+33612345678,${base}/app/accounts/1/conversations/4,2026-02-01 00:00:00 UTC`,
        `Ada Lovelace (ada@acme.test),2,"Slow, ""very"" slow",Emmy Noether,emmy@algebra.test,,${base}/app/accounts/1/conversations/8,2026-02-01 01:00:00 UTC`,
        `Grace Hopper (grace@acme.test),5,,Lise Meitner,lise@fission.test,,${base}/app/accounts/1/conversations/7,2026-02-01 02:00:00 UTC`,
        'Reporting period 2026-02-01 to 2026-02-02',
        '',
      ].join('\n'),
    );
  });

  it('needs a period (422; the template fails with a 500 in Rails) and refuses agents', async () => {
    const res = await get('/csat_survey_responses/download');
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: "Since can't be blank", attributes: ['since'] });
    const noUntil = await get(`/csat_survey_responses/download?since=${sec(0)}`);
    expect(noUntil.body).toEqual({ message: "Until can't be blank", attributes: ['until'] });
    const malformed = await get(`/csat_survey_responses/download?since=yesterday&until=${sec(1)}`);
    expect(malformed.status).toBe(422);
    expect(malformed.body).toEqual({ message: 'Since is invalid', attributes: ['since'] });
    expect((await get(`/csat_survey_responses/download?since=${sec(0)}&until=${sec(1)}`, AGENT)).status).toBe(
      401,
    );
  });
});
