/**
 * The CSAT survey Chatwoot sends by itself when a conversation is resolved (CsatSurveyService,
 * MessageTemplates::Template::CsatSurvey): a template input_csat message, once per conversation, only
 * for inboxes with csat_survey_enabled and as their csat_config's survey_rules allow. Driven over
 * HTTP: an agent resolving through the Application API, a visitor ending the chat through the widget
 * API; the survey is then answered through the widget API like the chat window does.
 */
import { testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => {
  fake.reset();
  fake.events.clear();
});

const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';

async function enableCsat(csatConfig?: object) {
  const res = await fake.send('patch', '/inboxes/1', {
    csat_survey_enabled: true,
    ...(csatConfig ? { csat_config: csatConfig } : {}),
  });
  expect(res.status).toBe(200);
}

/** A new visitor of the website inbox with a conversation; its token and the conversation's display id. */
async function visitorConversation() {
  const config = await fake.http.post(`/api/v1/widget/config?website_token=${WEBSITE_TOKEN}`).send({});
  const token = config.body.website_channel_config.auth_token as string;
  const res = await fake.http
    .post(`/api/v1/widget/messages?website_token=${WEBSITE_TOKEN}`)
    .set('X-Auth-Token', token)
    .send({ message: { content: 'Thanks for the help' } });
  expect(res.status).toBe(200);
  return { token, id: res.body.conversation_id as number };
}

const resolve = (id: number) =>
  fake.send('post', `/conversations/${id}/toggle_status`, { status: 'resolved' });
const surveys = async (id: number) =>
  (await fake.get(`/conversations/${id}/messages`)).body.payload.filter(
    (m: { content_type: string }) => m.content_type === 'input_csat',
  );

describe('the CSAT survey on resolution', () => {
  it('goes out as a template input_csat message after the resolve activity, with message_created', async () => {
    await enableCsat();
    const { id } = await visitorConversation();
    fake.events.clear();
    expect((await resolve(id)).status).toBe(200);
    const messages = (await fake.get(`/conversations/${id}/messages`)).body.payload;
    const last = messages.slice(-2);
    expect(last[0]).toMatchObject({
      message_type: 2,
      content: 'Conversation was marked resolved by Ada Lovelace',
    });
    expect(last[1]).toMatchObject({
      message_type: 3,
      content_type: 'input_csat',
      content: 'Please rate the conversation',
      content_attributes: { display_type: 'emoji' },
    });
    expect(last[1]).not.toHaveProperty('sender');
    const created = fake.events.recent.filter((e) => e.name === 'message_created');
    expect(created.map((e) => (e.data as { messageId: number }).messageId)).toEqual([last[0].id, last[1].id]);
    const conversation = (await fake.get(`/conversations/${id}`)).body;
    expect(conversation.status).toBe('resolved');
  });

  it('is sent once per conversation, even when it is reopened and resolved again', async () => {
    await enableCsat();
    const { id } = await visitorConversation();
    await resolve(id);
    await fake.send('post', `/conversations/${id}/toggle_status`, { status: 'open' });
    await resolve(id);
    expect(await surveys(id)).toHaveLength(1);
  });

  it('is not sent when the inbox has CSAT off (the default)', async () => {
    const { id } = await visitorConversation();
    await resolve(id);
    expect(await surveys(id)).toEqual([]);
  });

  it("follows csat_config: its message and display type, and the survey rules on the conversation's labels", async () => {
    await enableCsat({
      message: 'How did we do?',
      display_type: 'star',
      survey_rules: { operator: 'contains', values: ['billing'] },
    });
    const unlabelled = await visitorConversation();
    await resolve(unlabelled.id);
    expect(await surveys(unlabelled.id)).toEqual([]);

    const labelled = await visitorConversation();
    await fake.send('post', `/conversations/${labelled.id}/labels`, { labels: ['billing'] });
    await resolve(labelled.id);
    expect(await surveys(labelled.id)).toEqual([
      expect.objectContaining({ content: 'How did we do?', content_attributes: { display_type: 'star' } }),
    ]);

    await enableCsat({ survey_rules: { operator: 'does_not_contain', values: ['billing'] } });
    const other = await visitorConversation();
    await resolve(other.id);
    expect(await surveys(other.id)).toHaveLength(1);
  });

  it('follows a visitor ending the chat in the widget, and the widget answers it into csat_survey_responses', async () => {
    await enableCsat();
    const { id, token } = await visitorConversation();
    const end = await fake.http
      .get(`/api/v1/widget/conversations/toggle_status?website_token=${WEBSITE_TOKEN}`)
      .set('X-Auth-Token', token);
    expect(end.status).toBe(200);
    const [survey] = await surveys(id);
    expect(survey).toBeDefined();
    const answer = await fake.http
      .patch(`/api/v1/widget/messages/${survey.id}?website_token=${WEBSITE_TOKEN}`)
      .set('X-Auth-Token', token)
      .send({
        message: { submitted_values: { csat_survey_response: { rating: 5, feedback_message: 'Great' } } },
      });
    expect(answer.status).toBe(200);
    const responses = (await fake.get('/csat_survey_responses')).body;
    expect(responses).toEqual([expect.objectContaining({ rating: 5, feedback_message: 'Great' })]);
  });
});
