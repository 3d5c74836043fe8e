/**
 * The v2 report downloads and the zone `timezone_offset` picks, against hand-computed figures. Each
 * test makes a fresh account through the platform API (test/chatwoot-specs/reports_world.ts): an
 * administrator doing everything, one API inbox, one team and one label, on the frozen clock.
 *
 * The conversation (from T = Monday 2026-03-02 00:00 UTC): created at T+1h with a contact's message,
 * first reply after 1 h 30 min (first response 5400 s), the contact writes again at T+3h and gets an
 * answer 61 s later (reply time), resolved at T+1d+3h (resolution 93600 s).
 */
import { testFake, type TestFake } from './helpers';
import {
  createAccount,
  createConversation,
  createInbox,
  createMessage,
  createTeam,
  createUser,
  resolve,
  type SpecAccount,
  type User,
} from './chatwoot-specs/reports_world';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({ clockMode: 'frozen' });
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T = Date.UTC(2026, 2, 2);
const at = (ms: number) => fake.store.clock.set(ms);

let account: SpecAccount;
let admin: User;
let inbox: number;
let team: number;

beforeEach(async () => {
  fake.reset();
  at(T);
  account = await createAccount(fake, 'Downloads');
  admin = await createUser(fake, account, 'administrator');
  inbox = await createInbox(fake, account, admin);
  team = await createTeam(fake, account, admin);
  const label = await fake.http
    .post(account.path('/labels'))
    .set('api_access_token', admin.token)
    .send({ title: 'billing' });
  expect(label.status).toBe(200);
});

async function buildConversation() {
  const id = await createConversation(fake, account, admin, inbox, { teamId: team, at: T + HOUR });
  // Assigned afterwards: created with a team, an assignee outside it would be dropped.
  const assign = await fake.http
    .post(account.path(`/conversations/${id}/assignments`))
    .set('api_access_token', admin.token)
    .send({ assignee_id: admin.id });
  expect(assign.status).toBe(200);
  await createMessage(fake, account, id, admin, 'incoming');
  const labels = await fake.http
    .post(account.path(`/conversations/${id}/labels`))
    .set('api_access_token', admin.token)
    .send({ labels: ['billing'] });
  expect(labels.status).toBe(200);
  at(T + HOUR + 5400_000);
  await createMessage(fake, account, id, admin, 'outgoing');
  at(T + 3 * HOUR);
  await createMessage(fake, account, id, admin, 'incoming');
  at(T + 3 * HOUR + 61_000);
  await createMessage(fake, account, id, admin, 'outgoing');
  at(T + HOUR + 93_600_000);
  await resolve(fake, account, admin, id);
  at(T + 7 * DAY);
  return id;
}

const download = (name: string, query: Record<string, string | number> = {}) =>
  fake.http
    .get(account.path(`/reports/${name}`, 'v2'))
    .query(query)
    .set('api_access_token', admin.token);

const week = { since: T / 1000, until: (T + 7 * DAY) / 1000 };
const PERIOD = 'Reporting period 2026-03-02 to 2026-03-09\n\n\n';
const FIGURES = '1 hour 30 minutes,1 day 2 hours,1 minute 1 second,1';

describe('GET /api/v2/accounts/{account_id}/reports/{agents,inboxes,teams,labels,conversations_summary}', () => {
  it('renders each report as its template does: period, two empty lines, headers, rows through CSVSafe', async () => {
    await buildConversation();
    const agents = await download('agents', week);
    expect(agents.status).toBe(200);
    expect(agents.headers['content-type']).toBe('text/csv');
    expect(agents.headers['content-disposition']).toBe('attachment; filename=agents_report.csv');
    expect(agents.text).toBe(
      PERIOD +
        'Agent name,Assigned conversations,Avg first response time,Avg resolution time,Avg customer waiting time,Resolution Count\n' +
        `${admin.name},1,${FIGURES}\n`,
    );

    const inboxes = await download('inboxes.csv', week);
    expect(inboxes.text).toBe(
      PERIOD +
        'Inbox name,Inbox type,No. of conversations,Avg first response time,Avg resolution time\n' +
        `Spec Inbox,API,1,${FIGURES}\n`,
    );
    const teams = await download('teams', week);
    expect(teams.headers['content-disposition']).toBe('attachment; filename=teams_report.csv');
    expect(teams.text.split('\n').slice(3)).toEqual([
      'Team name,Conversations count,Avg first response time,Avg resolution time,Avg customer waiting time,Resolution Count',
      expect.stringMatching(new RegExp(`^spec team \\d+,1,${FIGURES}$`)),
      '',
    ]);
    const labels = await download('labels', week);
    expect(labels.text).toBe(
      PERIOD +
        'Label,No. of conversations,Avg first response time,Avg resolution time,Avg reply time,Resolution Count\n' +
        `billing,1,${FIGURES}\n`,
    );
    const summary = await download('conversations_summary', week);
    expect(summary.headers['content-disposition']).toBe(
      'attachment; filename=conversations_summary_report.csv',
    );
    expect(summary.text).toBe(
      PERIOD +
        'Conversations,Messages received,Messages sent,Avg first response time,Avg resolution time,Resolution count,Avg customer waiting time\n' +
        '1,2,2,1 hour 30 minutes,1 day 2 hours,1,1 minute 1 second\n',
    );
  });

  it("writes an empty average as CSVSafe writes '--', and counts nothing outside the range", async () => {
    await buildConversation();
    const later = await download('agents', { since: (T + 2 * DAY) / 1000, until: (T + 3 * DAY) / 1000 });
    expect(later.text).toBe(
      'Reporting period 2026-03-04 to 2026-03-05\n\n\n' +
        'Agent name,Assigned conversations,Avg first response time,Avg resolution time,Avg customer waiting time,Resolution Count\n' +
        `${admin.name},0,'--,'--,'--,0\n`,
    );
  });

  it('uses business hours when asked (an inbox without working hours counts none)', async () => {
    await buildConversation();
    const res = await download('agents', { ...week, business_hours: 'true' });
    expect(res.text.split('\n')[4]).toBe(`${admin.name},1,'--,'--,'--,1`);
  });

  it('refuses a missing or malformed period (a 500 in Rails) and agents', async () => {
    const missing = await download('agents', { since: week.since });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ message: "Until can't be blank", attributes: ['until'] });
    const malformed = await download('teams', { since: 'yesterday', until: week.until });
    expect(malformed.status).toBe(422);
    expect(malformed.body).toEqual({ message: 'Since is invalid', attributes: ['since'] });
    const agent = await createUser(fake, account, 'agent');
    const refused = await fake.http
      .get(account.path('/reports/labels', 'v2'))
      .query(week)
      .set('api_access_token', agent.token);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({ error: 'You are not authorized to do this action' });
  });
});

describe('GET /api/v2/accounts/{account_id}/reports/conversation_traffic', () => {
  it("counts the days before today per hour of the offset's zone, each hour read back in UTC", async () => {
    await createConversation(fake, account, admin, inbox, { at: T + 2 * HOUR + 45 * 60_000 }); // 08:15 in India
    at(T + 2 * DAY + 12 * HOUR);
    const res = await download('conversation_traffic', { timezone_offset: '5.5', days_before: 2 });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename=conversation_traffic_reports.csv');
    const lines = res.text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Timezone,(GMT+05:30) Chennai', '', '']);
    // India's hours start at :30 UTC: the first one, 2026-03-01 23:30 UTC, is read as 23:00 of the 1st.
    expect(lines[3]).toBe('Start of the hour,2026-03-01,2026-03-02,2026-03-03');
    expect(lines[4]).toBe('23:00,0,0,0');
    expect(lines[5]).toBe('00:00,,0,0');
    expect(lines[7]).toBe('02:00,,1,0');
    expect(lines).toHaveLength(4 + 24 + 1);
  });

  it('names no zone for an offset no zone has, and needs timezone_offset', async () => {
    const odd = await download('conversation_traffic', { timezone_offset: '3.7' });
    expect(odd.status).toBe(200);
    expect(odd.text.split('\n')[0]).toBe('Timezone,');
    expect(odd.text.split('\n')[3]).toBe(
      'Start of the hour,2026-02-24,2026-02-25,2026-02-26,2026-02-27,2026-02-28,2026-03-01',
    );
    const missing = await download('conversation_traffic');
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({
      message: "Timezone offset can't be blank",
      attributes: ['timezone_offset'],
    });
  });
});

describe('timezone_offset: the zone TimezoneHelper picks, with its daylight saving', () => {
  // Los Angeles leaves daylight saving on 2026-11-01: that local day lasts 25 hours.
  const since = Date.UTC(2026, 9, 31, 7) / 1000;
  const until = Date.UTC(2026, 10, 3, 8) / 1000;
  const series = () =>
    fake.http
      .get(account.path('/reports', 'v2'))
      .query({ metric: 'conversations_count', type: 'account', since, until, timezone_offset: -7 })
      .set('api_access_token', admin.token);

  it('in July, -7 is Pacific Time: days follow the clock change', async () => {
    await createConversation(fake, account, admin, inbox, { at: Date.UTC(2026, 10, 2, 7, 30) }); // Nov 1, 23:30 PST
    at(Date.UTC(2026, 6, 15));
    const res = await series();
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { value: 0, timestamp: Date.UTC(2026, 9, 31, 7) / 1000 },
      { value: 1, timestamp: Date.UTC(2026, 10, 1, 7) / 1000 },
      { value: 0, timestamp: Date.UTC(2026, 10, 2, 8) / 1000 },
    ]);
  });

  it('in January, -7 is Arizona: no clock change, the same instant is the next day', async () => {
    await createConversation(fake, account, admin, inbox, { at: Date.UTC(2026, 10, 2, 7, 30) });
    at(Date.UTC(2026, 0, 15));
    const res = await series();
    expect(res.body).toEqual([
      { value: 0, timestamp: Date.UTC(2026, 9, 31, 7) / 1000 },
      { value: 0, timestamp: Date.UTC(2026, 10, 1, 7) / 1000 },
      { value: 1, timestamp: Date.UTC(2026, 10, 2, 7) / 1000 },
      { value: 0, timestamp: Date.UTC(2026, 10, 3, 7) / 1000 },
    ]);
  });
});

describe('series too long to answer', () => {
  it('refuses more than 200,000 buckets, and more than 3660 days of traffic', async () => {
    const res = await fake.http
      .get(account.path('/reports', 'v2'))
      .query({ metric: 'conversations_count', type: 'account', since: 0, until: 10 ** 12, group_by: 'hour' })
      .set('api_access_token', admin.token);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Until is too far from since', attributes: ['until'] });
    const traffic = await download('conversation_traffic', { timezone_offset: 0, days_before: 3661 });
    expect(traffic.status).toBe(422);
    expect(traffic.body.attributes).toEqual(['days_before']);
    expect((await download('conversation_traffic', { timezone_offset: 0, days_before: 3660 })).status).toBe(
      200,
    );
  });
});

describe('GET /api/v2/accounts/{account_id}/reports/bot_metrics', () => {
  it("counts the bot inbox's conversations and outgoing messages in the range, and the bot's share", async () => {
    const bot = await fake.http
      .post(account.path('/agent_bots'))
      .set('api_access_token', admin.token)
      .send({ name: 'Spec Bot' });
    expect(bot.status).toBe(200);
    const botInbox = await createInbox(fake, account, admin);
    const link = await fake.http
      .post(account.path(`/inboxes/${botInbox}/set_agent_bot`))
      .set('api_access_token', admin.token)
      .send({ agent_bot: bot.body.id });
    expect(link.status).toBe(200);
    const answered = await createConversation(fake, account, admin, botInbox, { at: T + HOUR });
    await createMessage(fake, account, answered, admin, 'outgoing');
    const unanswered = await createConversation(fake, account, admin, botInbox, { at: T + 2 * HOUR });
    await resolve(fake, account, admin, unanswered); // no user reply: a bot resolution
    const elsewhere = await createConversation(fake, account, admin, inbox, { at: T + 3 * HOUR });
    await createMessage(fake, account, elsewhere, admin, 'outgoing');

    const metrics = (query: Record<string, number>) =>
      fake.http
        .get(account.path('/reports/bot_metrics', 'v2'))
        .query(query)
        .set('api_access_token', admin.token);
    const res = await metrics(week);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      conversation_count: 2,
      message_count: 1,
      resolution_rate: 50,
      handoff_rate: 0,
    });
    // Without a range nothing is counted.
    expect((await metrics({})).body).toEqual({
      conversation_count: 0,
      message_count: 0,
      resolution_rate: 0,
      handoff_rate: 0,
    });
  });
});

describe('live reports: the before_actions in order', () => {
  it('an agent meets the team lookup and the group_by check before the refusal', async () => {
    const agent = await createUser(fake, account, 'agent');
    const live = (path: string, query: Record<string, string | number>) =>
      fake.http
        .get(account.path(`/live_reports/${path}`, 'v2'))
        .query(query)
        .set('api_access_token', agent.token);
    expect((await live('conversation_metrics', { team_id: 999_999 })).status).toBe(404);
    const group = await live('grouped_conversation_metrics', { group_by: 'inbox_id' });
    expect(group.status).toBe(422);
    expect(group.body).toEqual({ error: 'invalid group_by' });
    const refused = await live('grouped_conversation_metrics', { group_by: 'team_id', team_id: team });
    expect(refused.status).toBe(401);
  });
});
