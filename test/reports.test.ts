import { contactInboxFor, insertConversation, insertMessage } from '../src/domain/records';
import type { Conversation } from '../src/store';
import { ADMIN, AGENT, BOT, testFake, type TestFake } from './helpers';

/*
 * Reports against hand-computed figures. The clock is frozen and set before each step, so every
 * timestamp is known. T0 = Sunday 2026-02-01 00:00 UTC, after the whole seeded history (which ends at
 * the clock start, 2026-01-15 09:00). The world (`buildWorld`), hours after T0:
 *
 *  A  website inbox, Marie, assigned Grace (2), team support (2), [bug]
 *     1h created + incoming · 2h Grace replies (first response 3600 s) · 3h incoming ·
 *     5h Grace replies (reply time 7200 s) · 6h Ada resolves (resolution 18000 s, by Ada)
 *  B  website inbox, Nikola, assigned Ada (1)
 *     25h created + incoming · 26h Grace's private note (an outgoing message, not a reply) ·
 *     27h Ada replies (first response 7200 s) · 28h Grace resolves (resolution 10800 s, by Grace)
 *  C  helpdesk inbox (3, the agent bot's), Rosalind, unassigned, [bug, vip]
 *     26h created + incoming · 30h Ada resolves (resolution 14400 s; no user reply → also a bot resolution)
 *
 * Over [T0, T0+48h): 3 conversations, 4 incoming, 4 outgoing, 3 resolutions (1 by bot rules),
 * avg first response (3600+7200)/2 = 5400, avg resolution (18000+10800+14400)/3 = 14400, reply time 7200.
 */
let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({ clockMode: 'frozen' });
});
beforeEach(() => fake.reset());

const T0 = Date.parse('2026-02-01T00:00:00Z');
const H = 3_600_000;
const sec = (hours: number) => (T0 + hours * H) / 1000;
const at = (hours: number) => fake.store.clock.set(T0 + hours * H);
const v2 = (path: string, token = ADMIN) =>
  fake.http.get(`/api/v2/accounts/${fake.accountId}${path}`).set('api_access_token', token);
const current = (c: Conversation) => fake.store.tables.conversations.get(c.id)!;

function conversation(
  hours: number,
  fields: { contact: number; inbox: number; assignee?: number; team?: number; labels?: string[] },
) {
  at(hours);
  const { tables } = fake.store;
  const contactInbox = contactInboxFor(
    fake.store,
    tables.contacts.get(fields.contact)!,
    tables.inboxes.get(fields.inbox)!,
  );
  const c = insertConversation(fake.store, {
    contactInbox,
    assignee_id: fields.assignee ?? null,
    team_id: fields.team ?? null,
    labels: fields.labels ?? [],
  });
  incoming(c, hours);
  return c;
}

/** A contact's message, written straight into the store (as the widget would). */
function incoming(c: Conversation, hours: number) {
  at(hours);
  insertMessage(fake.store, current(c), {
    message_type: 0,
    content: 'Hello?',
    sender_type: 'Contact',
    sender_id: c.contact_id,
  });
}

async function reply(c: Conversation, hours: number, token: string, isPrivate = false) {
  at(hours);
  const res = await fake.http
    .post(fake.path(`/conversations/${c.display_id}/messages`))
    .set('api_access_token', token)
    .send({ content: 'On it', message_type: 'outgoing', private: isPrivate });
  expect(res.status).toBe(200);
}

async function setStatus(c: Conversation, hours: number, token: string, status = 'resolved') {
  at(hours);
  const res = await fake.http
    .post(fake.path(`/conversations/${c.display_id}/toggle_status`))
    .set('api_access_token', token)
    .send({ status });
  expect(res.status).toBe(200);
}

async function buildWorld() {
  const A = conversation(1, { contact: 1, inbox: 1, assignee: 2, team: 2, labels: ['bug'] });
  await reply(A, 2, AGENT);
  incoming(A, 3);
  await reply(A, 5, AGENT);
  await setStatus(A, 6, ADMIN);
  const B = conversation(25, { contact: 2, inbox: 1, assignee: 1 });
  await reply(B, 26, AGENT, true);
  await reply(B, 27, ADMIN);
  await setStatus(B, 28, AGENT);
  const C = conversation(26, { contact: 3, inbox: 3, labels: ['bug', 'vip'] });
  await setStatus(C, 30, ADMIN);
  at(48);
  return { A, B, C };
}

const range = (from: number, to: number) => `since=${sec(from)}&until=${sec(to)}`;

describe('reporting events', () => {
  it('are written from the conversation and message events, as ReportingEventListener does', async () => {
    const { A, B, C } = await buildWorld();
    const events = [...fake.store.tables.reportingEvents.all()]
      .filter((e) => e.created_at >= T0)
      .map((e) => [e.conversation_id, e.name, e.value, e.user_id, (e.created_at - T0) / H]);
    expect(events).toEqual([
      [A.id, 'first_response', 3600, 2, 2],
      [A.id, 'reply_time', 7200, 2, 5],
      [A.id, 'conversation_resolved', 18000, 1, 6],
      [B.id, 'first_response', 7200, 1, 27],
      [B.id, 'conversation_resolved', 10800, 2, 28],
      [C.id, 'conversation_bot_resolved', 14400, 1, 30],
      [C.id, 'conversation_resolved', 14400, 1, 30],
    ]);
  });

  it('were backfilled for the seeded history (three resolutions, six first responses)', async () => {
    const res = await v2(
      `/reports/summary?type=account&since=${Date.parse('2025-12-01') / 1000}&until=${sec(0)}`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      conversations_count: 10,
      resolutions_count: 3,
      // Rosalind's and Srinivasa's a day each, Tu's 4 minutes: (86400 + 86400 + 240) / 3
      avg_resolution_time: 57680,
      // (86400 + 0 + 3600 + 3600 + 1800 + 120) / 6
      avg_first_response_time: 15920,
      reply_time: null,
    });
  });

  it('measure the first response from the bot handoff when a bot handed the conversation over', async () => {
    const E = conversation(1, { contact: 4, inbox: 3 });
    fake.store.tables.conversations.update(E.id, { status: 'pending' });
    await setStatus(E, 2, BOT, 'open'); // bot_handoff!
    await reply(E, 5, ADMIN);
    const summary = await v2(`/reports/summary?type=account&${range(0, 24)}`);
    expect(summary.body.avg_first_response_time).toBe(3 * 3600);
    const bots = await v2(`/reports/bot_summary?type=account&${range(0, 24)}`);
    expect(bots.status).toBe(200);
    expect(bots.body).toEqual({
      bot_resolutions_count: 0,
      bot_handoffs_count: 1,
      previous: { bot_resolutions_count: 0, bot_handoffs_count: 0 },
    });
  });
});

describe('GET /api/v2/accounts/{account_id}/reports', () => {
  it('gives count metrics per day, empty days at 0', async () => {
    await buildWorld();
    const series = async (metric: string) =>
      (await v2(`/reports?metric=${metric}&type=account&${range(0, 72)}&group_by=day`)).body;
    const days = [sec(0), sec(24), sec(48)];
    const expectSeries = async (metric: string, values: number[]) =>
      expect(await series(metric)).toEqual(days.map((timestamp, i) => ({ value: values[i], timestamp })));
    await expectSeries('conversations_count', [1, 2, 0]);
    await expectSeries('incoming_messages_count', [2, 2, 0]);
    await expectSeries('outgoing_messages_count', [2, 2, 0]);
    await expectSeries('resolutions_count', [1, 2, 0]);
    await expectSeries('bot_resolutions_count', [0, 1, 0]);
  });

  it('gives averages with their event counts', async () => {
    await buildWorld();
    const res = await v2(`/reports?metric=avg_resolution_time&type=account&${range(0, 48)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { value: 18000, timestamp: sec(0), count: 1 },
      { value: 12600, timestamp: sec(24), count: 2 },
    ]);
    const frt = await v2(`/reports?metric=avg_first_response_time&type=account&${range(0, 72)}`);
    expect(frt.body).toEqual([
      { value: 3600, timestamp: sec(0), count: 1 },
      { value: 7200, timestamp: sec(24), count: 1 },
      { value: 0, timestamp: sec(48), count: 0 },
    ]);
    const reply = await v2(`/reports?metric=reply_time&type=account&${range(0, 24)}`);
    expect(reply.body).toEqual([{ value: 7200, timestamp: sec(0), count: 1 }]);
  });

  it('aligns buckets to the timezone offset, weeks (Sunday) and months', async () => {
    await buildWorld();
    // UTC−5: local days start at 05:00 UTC; the first bucket is the local day holding `since`.
    const local = await v2(
      `/reports?metric=resolutions_count&type=account&${range(0, 48)}&timezone_offset=-5`,
    );
    expect(local.body).toEqual([
      { value: 0, timestamp: sec(-19) },
      { value: 2, timestamp: sec(5) },
      { value: 1, timestamp: sec(29) },
    ]);
    // A Monday `since` still opens the week on Sunday T0; only records from `since` on count.
    const week = await v2(
      `/reports?metric=incoming_messages_count&type=account&${range(25.5, 200)}&group_by=week`,
    );
    expect(week.body).toEqual([
      { value: 1, timestamp: sec(0) },
      { value: 0, timestamp: sec(7 * 24) },
    ]);
    const month = await v2(
      `/reports?metric=conversations_count&type=account&since=${sec(-24 * 10)}&until=${sec(72)}&group_by=month`,
    );
    expect(month.body).toEqual([
      { value: 0, timestamp: Date.parse('2026-01-01') / 1000 },
      { value: 3, timestamp: sec(0) },
    ]);
    const hours = await v2(
      `/reports?metric=outgoing_messages_count&type=account&${range(1, 4)}&group_by=hour`,
    );
    expect(hours.body.map((p: { value: number }) => p.value)).toEqual([0, 1, 0]);
  });

  it('scopes to an agent, inbox, label or team', async () => {
    await buildWorld();
    const total = async (query: string) =>
      (await v2(`/reports?${query}&${range(0, 48)}`)).body.reduce(
        (s: number, p: { value: number }) => s + p.value,
        0,
      );
    // Grace: 1 assigned conversation, 3 outgoing messages sent (2 replies + the private note), 1 resolution.
    expect(await total('metric=conversations_count&type=agent&id=2')).toBe(1);
    expect(await total('metric=outgoing_messages_count&type=agent&id=2')).toBe(3);
    expect(await total('metric=incoming_messages_count&type=agent&id=2')).toBe(0);
    expect(await total('metric=resolutions_count&type=agent&id=2')).toBe(1);
    expect(await total('metric=conversations_count&type=inbox&id=3')).toBe(1);
    expect(await total('metric=conversations_count&type=inbox&id=2')).toBe(0);
    expect(await total('metric=incoming_messages_count&type=inbox&id=1')).toBe(3);
    expect(await total('metric=resolutions_count&type=label&id=2')).toBe(2); // bug: A and C
    expect(await total('metric=outgoing_messages_count&type=team&id=2')).toBe(2); // support: A
  });

  it('answers {} for an unknown metric, [] without a range, 404 for an unknown record', async () => {
    expect((await v2('/reports?metric=nope&type=account')).body).toEqual({});
    const noRange = await v2('/reports?metric=conversations_count&type=account');
    expect(noRange.status).toBe(200);
    expect(noRange.body).toEqual([]);
    const unknown = await v2(`/reports?metric=conversations_count&type=inbox&id=999&${range(0, 24)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'Resource could not be found' });
  });

  it('answers 422 without a type, an unknown type or a malformed since (500s in Rails); refuses agents', async () => {
    const noType = await v2(`/reports?metric=conversations_count&${range(0, 24)}`);
    expect(noType.status).toBe(422);
    expect(noType.body).toEqual({ message: "Type can't be blank", attributes: ['type'] });
    const unknownType = await v2(`/reports?metric=conversations_count&type=planet&${range(0, 24)}`);
    expect(unknownType.status).toBe(422);
    expect(unknownType.body).toEqual({ message: 'Type is not included in the list', attributes: ['type'] });
    const badSince = await v2('/reports/summary?type=account&since=soon&until=1768400000');
    expect(badSince.status).toBe(422);
    expect(badSince.body).toEqual({ message: 'Since is invalid', attributes: ['since'] });
    const agent = await v2(`/reports?metric=conversations_count&type=account&${range(0, 24)}`, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual({ error: 'You are not authorized to do this action' });
  });
});

describe('GET /reports/summary', () => {
  it('sums the period and the period before it', async () => {
    await buildWorld();
    const res = await v2(`/reports/summary?type=account&${range(24, 48)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      conversations_count: 2,
      outgoing_messages_count: 2,
      avg_first_response_time: 7200,
      avg_resolution_time: 12600,
      incoming_messages_count: 2,
      resolutions_count: 2,
      reply_time: null,
      previous: {
        conversations_count: 1,
        outgoing_messages_count: 2,
        avg_first_response_time: 3600,
        avg_resolution_time: 18000,
        incoming_messages_count: 2,
        resolutions_count: 1,
        reply_time: 7200,
      },
    });
  });

  it('reports an agent with incoming_messages_count 0', async () => {
    await buildWorld();
    const res = await v2(`/reports/summary?type=agent&id=2&${range(0, 48)}`);
    expect(res.body).toMatchObject({
      conversations_count: 1,
      outgoing_messages_count: 3,
      avg_first_response_time: 3600,
      avg_resolution_time: 10800,
      incoming_messages_count: 0,
      resolutions_count: 1,
      reply_time: 7200,
    });
  });

  it('uses business hours when asked', async () => {
    fake.store.tables.inboxes.update(1, { working_hours_enabled: true }); // Mon–Fri 9:00–17:00 UTC
    const F = conversation(32, { contact: 5, inbox: 1 }); // Monday 08:00
    await reply(F, 34.5, ADMIN); // 10:30: 9000 s, 5400 s of them in working hours
    const plain = await v2(`/reports/summary?type=account&${range(24, 48)}`);
    expect(plain.body.avg_first_response_time).toBe(9000);
    const business = await v2(`/reports/summary?type=account&${range(24, 48)}&business_hours=true`);
    expect(business.body.avg_first_response_time).toBe(5400);
  });

  it('errors: no type 422 (500 in Rails), unknown agent 404, agents 401', async () => {
    expect((await v2(`/reports/summary?${range(0, 24)}`)).status).toBe(422);
    expect((await v2(`/reports/summary?type=agent&id=99&${range(0, 24)}`)).status).toBe(404);
    expect((await v2(`/reports/summary?type=account&${range(0, 24)}`, AGENT)).status).toBe(401);
    expect((await v2(`/reports/bot_summary?type=account&${range(0, 24)}`, AGENT)).status).toBe(401);
  });
});

describe('GET /reports/conversations', () => {
  it('counts the open conversations of the account', async () => {
    // Seeded: 5 open (4, 6, 7, 8, 9), unattended 4 6 9, unassigned 6 9.
    expect((await v2('/reports/conversations?type=account')).body).toEqual({
      open: 5,
      unattended: 3,
      unassigned: 2,
    });
    conversation(1, { contact: 1, inbox: 1 });
    expect((await v2('/reports/conversations?type=account')).body).toEqual({
      open: 6,
      unattended: 4,
      unassigned: 3,
    });
  });

  it('lists the agents by open conversations', async () => {
    const res = await v2('/reports/conversations?type=agent');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: 2,
        name: 'Grace Hopper',
        email: 'grace@acme.test',
        thumbnail: '',
        availability: 'online',
        metric: { open: 2, unattended: 1 },
      },
      expect.objectContaining({ id: 1, metric: { open: 1, unattended: 0 } }),
      expect.objectContaining({ id: 3, availability: 'busy', metric: { open: 0, unattended: 0 } }),
    ]);
    expect((await v2('/reports/conversations?type=agent&page=2')).body).toEqual([]);
  });

  it('answers 422 with an empty body without type, 404 for record types, 401 for agents', async () => {
    const res = await v2('/reports/conversations');
    expect(res.status).toBe(422);
    expect(res.text).toBe('');
    expect((await v2('/reports/conversations?type=inbox')).status).toBe(404);
    expect((await v2('/reports/conversations?type=account', AGENT)).status).toBe(401);
  });
});

describe('GET /reports/first_response_time_distribution, inbox_label_matrix, outgoing_messages_count', () => {
  it('buckets first responses by channel type', async () => {
    await buildWorld();
    const res = await v2(`/reports/first_response_time_distribution?${range(0, 48)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      'Channel::WebWidget': { '0-1h': 0, '1-4h': 2, '4-8h': 0, '8-24h': 0, '24h+': 0 },
    });
    // Without a range: every first response, the seeded ones included (api inbox: 1800 s).
    const all = await v2('/reports/first_response_time_distribution');
    expect(all.body['Channel::Api']).toEqual({ '0-1h': 1, '1-4h': 0, '4-8h': 0, '8-24h': 0, '24h+': 0 });
    expect((await v2('/reports/first_response_time_distribution', AGENT)).status).toBe(401);
  });

  it('counts conversations per inbox and label', async () => {
    await buildWorld();
    const res = await v2(`/reports/inbox_label_matrix?${range(0, 48)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      inboxes: [
        { id: 3, name: 'Acme Helpdesk' },
        { id: 2, name: 'Acme Mobile App' },
        { id: 1, name: 'Acme Website' },
      ],
      labels: [
        { id: 1, title: 'billing' },
        { id: 2, title: 'bug' },
        { id: 3, title: 'feature-request' },
        { id: 4, title: 'vip' },
      ],
      matrix: [
        [0, 1, 0, 1],
        [0, 0, 0, 0],
        [0, 1, 0, 0],
      ],
    });
    const filtered = await v2(`/reports/inbox_label_matrix?${range(0, 48)}&inbox_ids[]=1&label_ids[]=2`);
    expect(filtered.body).toEqual({
      inboxes: [{ id: 1, name: 'Acme Website' }],
      labels: [{ id: 2, title: 'bug' }],
      matrix: [[1]],
    });
    expect((await v2('/reports/inbox_label_matrix', AGENT)).status).toBe(401);
  });

  it('counts outgoing messages per agent, team, inbox and label', async () => {
    await buildWorld();
    const by = async (group: string) =>
      (await v2(`/reports/outgoing_messages_count?group_by=${group}&${range(0, 48)}`)).body;
    expect(await by('agent')).toEqual([
      { id: 1, name: 'Ada Lovelace', outgoing_messages_count: 2 },
      { id: 2, name: 'Grace Hopper', outgoing_messages_count: 2 },
    ]);
    expect(await by('team')).toEqual([{ id: 2, name: 'support', outgoing_messages_count: 2 }]);
    expect(await by('inbox')).toEqual([{ id: 1, name: 'Acme Website', outgoing_messages_count: 4 }]);
    expect(await by('label')).toEqual([{ id: 2, name: 'bug', outgoing_messages_count: 2 }]);
    const bad = await v2(`/reports/outgoing_messages_count?group_by=contact&${range(0, 48)}`);
    expect(bad.status).toBe(422);
    expect(bad.text).toBe('');
    expect((await v2('/reports/outgoing_messages_count?group_by=agent', AGENT)).status).toBe(401);
  });
});

describe('GET /api/v2/accounts/{account_id}/summary_reports/*', () => {
  it('summarises per agent', async () => {
    await buildWorld();
    const res = await v2(`/summary_reports/agent?${range(0, 48)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: 1,
        conversations_count: 1,
        resolved_conversations_count: 2,
        avg_resolution_time: 16200,
        avg_first_response_time: 7200,
        avg_reply_time: null,
      },
      {
        id: 2,
        conversations_count: 1,
        resolved_conversations_count: 1,
        avg_resolution_time: 10800,
        avg_first_response_time: 3600,
        avg_reply_time: 7200,
      },
      {
        id: 3,
        conversations_count: 0,
        resolved_conversations_count: 0,
        avg_resolution_time: null,
        avg_first_response_time: null,
        avg_reply_time: null,
      },
    ]);
  });

  it('summarises per inbox and team', async () => {
    await buildWorld();
    const inboxes = await v2(`/summary_reports/inbox?${range(0, 48)}`);
    expect(inboxes.body).toEqual([
      {
        id: 1,
        conversations_count: 2,
        resolved_conversations_count: 2,
        avg_resolution_time: 14400,
        avg_first_response_time: 5400,
        avg_reply_time: 7200,
      },
      {
        id: 2,
        conversations_count: 0,
        resolved_conversations_count: 0,
        avg_resolution_time: null,
        avg_first_response_time: null,
        avg_reply_time: null,
      },
      {
        id: 3,
        conversations_count: 1,
        resolved_conversations_count: 1,
        avg_resolution_time: 14400,
        avg_first_response_time: null,
        avg_reply_time: null,
      },
    ]);
    const teams = await v2(`/summary_reports/team?${range(0, 48)}`);
    expect(teams.body).toEqual([
      {
        id: 1,
        conversations_count: 0,
        resolved_conversations_count: 0,
        avg_resolution_time: null,
        avg_first_response_time: null,
        avg_reply_time: null,
      },
      {
        id: 2,
        conversations_count: 1,
        resolved_conversations_count: 1,
        avg_resolution_time: 18000,
        avg_first_response_time: 3600,
        avg_reply_time: 7200,
      },
    ]);
  });

  it('summarises per label (averages 0 rather than null)', async () => {
    await buildWorld();
    const res = await v2(`/summary_reports/label?${range(0, 48)}`);
    expect(res.status).toBe(200);
    const zero = {
      avg_resolution_time: 0,
      avg_first_response_time: 0,
      avg_reply_time: 0,
      resolved_conversations_count: 0,
    };
    expect(res.body).toEqual([
      { id: 1, name: 'billing', conversations_count: 0, ...zero },
      {
        id: 2,
        name: 'bug',
        conversations_count: 2,
        avg_resolution_time: 16200,
        avg_first_response_time: 3600,
        avg_reply_time: 7200,
        resolved_conversations_count: 2,
      },
      { id: 3, name: 'feature-request', conversations_count: 0, ...zero },
      {
        id: 4,
        name: 'vip',
        conversations_count: 1,
        ...zero,
        avg_resolution_time: 14400,
        resolved_conversations_count: 1,
      },
    ]);
  });

  it('counts conversations per channel and status, at most 6 months', async () => {
    await buildWorld();
    conversation(40, { contact: 4, inbox: 2 });
    const res = await v2(`/summary_reports/channel?${range(0, 48)}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      'Channel::WebWidget': { open: 0, resolved: 2, pending: 0, snoozed: 0, total: 2 },
      'Channel::Api': { open: 1, resolved: 1, pending: 0, snoozed: 0, total: 2 },
    });
    const long = await v2(`/summary_reports/channel?${range(0, 24 * 200)}`);
    expect(long.status).toBe(422);
    expect(long.body).toEqual({ message: 'Date range cannot exceed 6 months' });
  });

  it('refuses agents', async () => {
    for (const kind of ['agent', 'team', 'inbox', 'label', 'channel']) {
      const res = await v2(`/summary_reports/${kind}?${range(0, 48)}`, AGENT);
      expect(res.status).toBe(401);
    }
  });
});
