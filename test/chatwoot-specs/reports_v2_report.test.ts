/**
 * Chatwoot's "Reports API" request spec (v2 reports: timeseries, live conversation metrics, summaries,
 * the CSV downloads, bot metrics), replayed over HTTP.
 * Source: chatwoot/chatwoot spec/controllers/api/v2/accounts/report_controller_spec.rb at
 * 0501b9d1ebb0bc4fe8135dc937740a88e670b043, with the `bot_summary` and `bot_metrics` examples of the
 * index's longer copy of the same file (stored without a repository or commit; otherwise identical to
 * 0501b9d, and matching upstream's routes and BotMetricsBuilder at 453d96c59c3ccb09034464faf0021bf2657633ad).
 * The index also holds the older ce91a1d347a2f163e1b6e94f30041e0f9eab1629 (`item['user']['name']`, no
 * traffic examples), not ported. See README.md. Each test names the spec's context and `it`.
 *
 * The spec's accounts, users and inboxes are made through the platform and application APIs
 * (reports_world.ts), so each account holds only the spec's records. "Today" is 2026-03-10 UTC on the
 * fake's frozen clock (after the default world's history); the spec's ten conversations are created at
 * its midnight and the requests run at noon. The CSV examples ask for `<name>.csv` as the spec does.
 */
import { testFake, type TestFake } from '../helpers';
import {
  addInboxMember,
  addMember,
  createAccount,
  createConversation,
  createInbox,
  createMessage,
  createUser,
  type SpecAccount,
  type User,
} from './reports_world';

const SPEC = 'report_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({ clockMode: 'frozen' });
});

const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 2, 10);
const startOfToday = TODAY / 1000;
const endOfToday = (TODAY + DAY) / 1000 - 1;
const daysAgo = (n: number) => String((TODAY + DAY / 2 - n * DAY) / 1000);

let account: SpecAccount;
let admin: User;
let agent: User;
let user: User;
let inbox: number;

beforeEach(async () => {
  fake.reset();
  fake.store.clock.set(TODAY);
  account = await createAccount(fake);
  admin = await createUser(fake, account, 'administrator');
  agent = await createUser(fake, account, 'agent');
  user = await createUser(fake, account);
  inbox = await createInbox(fake, account, admin);
  for (let i = 0; i < 10; i++)
    await createConversation(fake, account, admin, inbox, { assignee: user, at: TODAY });
  fake.store.clock.set(TODAY + DAY / 2);
});

const v2 = (acc: SpecAccount, path: string, query: Record<string, string | number> = {}, token?: string) => {
  const req = fake.http.get(acc.path(path, 'v2')).query(query);
  return token ? req.set('api_access_token', token) : req;
};

describe(`${SPEC} GET /api/v2/accounts/:account_id/reports`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await v2(account, '/reports')).status).toBe(401);
  });

  const params = () => ({
    timezone_offset: 0,
    metric: 'conversations_count',
    type: 'account',
    since: String(startOfToday),
    until: String(endOfToday),
  });

  it(`${SPEC}: when it is an authenticated user, returns unauthorized for agents`, async () => {
    expect((await v2(account, '/reports', params(), agent.token)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, return timeseries metrics`, async () => {
    const res = await v2(account, '/reports', params(), admin.token);
    expect(res.status).toBe(200);
    const today = res.body.filter((x: { timestamp: number }) => x.timestamp === startOfToday);
    expect(today).toHaveLength(1);
    expect(today[0].value).toBe(10);
  });
});

describe(`${SPEC} GET /api/v2/accounts/:account_id/reports/conversations`, () => {
  it(`${SPEC}: when it is an authenticated user, return conversation metrics in account level`, async () => {
    await createConversation(fake, account, admin, inbox);
    const res = await v2(account, '/reports/conversations', { type: 'account' }, admin.token);
    expect(res.status).toBe(200);
    expect(res.body.open).toBe(11);
    expect(res.body.unattended).toBe(11);
    expect(res.body.unassigned).toBe(1);
  });

  it(`${SPEC}: when it is an authenticated user, return conversation metrics for user in account level`, async () => {
    for (let i = 0; i < 2; i++) await createConversation(fake, account, admin, inbox, { assignee: admin });
    // Two more in another account where the administrator is a member too: not counted here.
    const other = await createAccount(fake, 'Other Account');
    await addMember(fake, other, admin.id, 'administrator');
    const otherInbox = await createInbox(fake, other, admin);
    for (let i = 0; i < 2; i++) await createConversation(fake, other, admin, otherInbox, { assignee: admin });

    const res = await v2(account, '/reports/conversations', { type: 'agent' }, admin.token);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    const metrics = res.body.find((item: { name: string }) => item.name === admin.name);
    expect(metrics).toBeDefined();
    expect(metrics.metric.open).toBe(2);
    expect(metrics.metric.unattended).toBe(2);
  });

  it(`${SPEC}: when an agent1 associated to conversation having first reply from agent2, returns unattended conversation count zero for agent1`, async () => {
    const agent2 = await createUser(fake, account, 'agent');
    await addInboxMember(fake, account, admin, inbox, agent);
    await addInboxMember(fake, account, admin, inbox, agent2);
    const id = await createConversation(fake, account, admin, inbox, { assignee: agent2 });
    await createMessage(fake, account, id, admin, 'incoming');
    await createMessage(fake, account, id, agent2, 'outgoing'); // the first reply
    const assign = await fake.http
      .post(account.path(`/conversations/${id}/assignments`))
      .set('api_access_token', admin.token)
      .send({ assignee_id: agent.id });
    expect(assign.status).toBe(200);

    const res = await v2(account, '/reports/conversations', { type: 'agent' }, admin.token);
    const metrics = res.body.find((item: { name: string }) => item.name === agent.name);
    expect(metrics).toBeDefined();
    expect(metrics.metric.open).toBe(1);
    expect(metrics.metric.unattended).toBe(0);
  });
});

const rangeOfToday = () => ({
  timezone_offset: 0,
  type: 'account',
  since: String(startOfToday),
  until: String(endOfToday),
});

describe(`${SPEC} GET /api/v2/accounts/:account_id/reports/summary`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await v2(account, '/reports/summary')).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns unauthorized for agents`, async () => {
    expect((await v2(account, '/reports/summary', rangeOfToday(), agent.token)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns summary metrics`, async () => {
    const res = await v2(account, '/reports/summary', rangeOfToday(), admin.token);
    expect(res.status).toBe(200);
    expect(res.body.conversations_count).toBe(10);
  });
});

describe(`${SPEC} GET /api/v2/accounts/:account_id/reports/bot_summary`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await v2(account, '/reports/bot_summary')).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns unauthorized for agents`, async () => {
    expect((await v2(account, '/reports/bot_summary', rangeOfToday(), agent.token)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns bot summary metrics`, async () => {
    const res = await v2(account, '/reports/bot_summary', rangeOfToday(), admin.token);
    expect(res.status).toBe(200);
    expect(res.body.bot_resolutions_count).toBe(0);
    expect(res.body.bot_handoffs_count).toBe(0);
  });
});

const lastMonth = () => ({ timezone_offset: 0, since: daysAgo(30), until: String(endOfToday) });

describe(`${SPEC} GET /api/v2/accounts/:account_id/reports/agents`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await v2(account, '/reports/agents.csv')).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns unauthorized for agents`, async () => {
    expect((await v2(account, '/reports/agents.csv', lastMonth(), agent.token)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns summary`, async () => {
    const res = await v2(account, '/reports/agents.csv', lastMonth(), admin.token);
    expect(res.status).toBe(200);
    // Beyond the spec: the user's ten conversations in its row.
    expect(res.headers['content-type']).toBe('text/csv');
    expect(res.text).toContain(`\n${user.name},10,'--,'--,'--,0\n`);
  });

  it(`${SPEC}: when an agent has access to multiple accounts, returns agent metrics from the current account`, async () => {
    const account1 = await createAccount(fake, 'Account 1');
    const account2 = await createAccount(fake, 'Account 2');
    const admin1 = await createUser(fake, account1, 'administrator');
    const inbox1 = await createInbox(fake, account1, admin1);
    await addMember(fake, account2, admin1.id, 'administrator');
    const inbox2 = await createInbox(fake, account2, admin1);
    const twoDaysAgo = TODAY - 2 * DAY;
    await createConversation(fake, account1, admin1, inbox1, { assignee: admin1, at: twoDaysAgo });
    await createConversation(fake, account2, admin1, inbox2, { assignee: admin1, at: twoDaysAgo });
    fake.store.clock.set(TODAY + DAY / 2);

    const res = await v2(
      account1,
      '/reports/summary',
      { ...lastMonth(), type: 'agent', id: admin1.id },
      admin1.token,
    );
    expect(res.status).toBe(200);
    expect(res.body.conversations_count).toBe(1);
  });
});

for (const [name, path] of [
  ['inboxes', '/reports/inboxes'],
  ['labels', '/reports/labels.csv'],
  ['teams', '/reports/teams.csv'],
] as const) {
  describe(`${SPEC} GET /api/v2/accounts/:account_id/reports/${name}`, () => {
    it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
      expect((await v2(account, path)).status).toBe(401);
    });

    it(`${SPEC}: when it is an authenticated user, returns unauthorized for ${name}`, async () => {
      expect((await v2(account, path, lastMonth(), agent.token)).status).toBe(401);
    });

    it(`${SPEC}: when it is an authenticated user, returns summary`, async () => {
      const res = await v2(account, path, lastMonth(), admin.token);
      expect(res.status).toBe(200);
      // Beyond the spec: the attachment's name.
      expect(res.headers['content-disposition']).toBe(`attachment; filename=${name}_report.csv`);
    });
  });
}

describe(`${SPEC} GET /api/v2/accounts/:account_id/reports/conversation_traffic`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await v2(account, '/reports/conversation_traffic.csv')).status).toBe(401);
  });

  const lastWeek = () => ({ timezone_offset: 0, since: daysAgo(7), until: String(endOfToday) });

  it(`${SPEC}: when it is an authenticated user, returns unauthorized`, async () => {
    expect((await v2(account, '/reports/conversation_traffic.csv', lastWeek(), agent.token)).status).toBe(
      401,
    );
  });

  it(`${SPEC}: when it is an authenticated user, returns values`, async () => {
    const res = await v2(account, '/reports/conversation_traffic.csv', lastWeek(), admin.token);
    expect(res.status).toBe(200);
    // Beyond the spec: the six days before today, today's conversations not among them.
    const lines = res.text.split('\n');
    expect(lines[3]).toBe(
      'Start of the hour,2026-03-04,2026-03-05,2026-03-06,2026-03-07,2026-03-08,2026-03-09',
    );
    expect(lines[4]).toBe('00:00,0,0,0,0,0,0');
  });
});

describe(`${SPEC} GET /api/v2/accounts/:account_id/reports/bot_metrics`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await v2(account, '/reports/bot_metrics')).status).toBe(401);
  });

  const lastWeek = () => ({ timezone_offset: 0, since: daysAgo(7), until: String(endOfToday) });

  it(`${SPEC}: when it is an authenticated user, returns unauthorized if the user is an agent`, async () => {
    expect((await v2(account, '/reports/bot_metrics', lastWeek(), agent.token)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns values`, async () => {
    const res = await v2(account, '/reports/bot_metrics', lastWeek(), admin.token);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(
      ['conversation_count', 'message_count', 'resolution_rate', 'handoff_rate'].sort(),
    );
  });
});
