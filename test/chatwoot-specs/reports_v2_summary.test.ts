/**
 * Chatwoot's "Summary Reports API" request spec, replayed over HTTP.
 * Source: chatwoot/chatwoot spec/controllers/api/v2/accounts/summary_reports_controller_spec.rb at
 * 0bf317fdfd5e073464016d59a9f678ae48976f9e (agent, inbox, team and channel; the 6-month refusal).
 * See README.md. Each test names the spec's context and `it`.
 *
 * The spec stubs each builder with a double (`[{ id: 1, conversations_count: 110 }]`, a WebWidget
 * channel with open 5 … total 18) and checks the builder was called with the request's parameters;
 * neither is observable over HTTP. Here the builders run on real data made to the same effect: a fresh
 * account (reports_world.ts) whose only user is the administrator, one inbox, one team — so each
 * summary has one row with no reply time — and, for the channel summary, 5 open, 10 resolved,
 * 2 pending and 1 snoozed conversations in a website inbox. The ids and the count 110 of the doubles
 * and the `have_received` expectations are not ported (SKIPPED.md). "Today" is 2026-03-10 UTC on the
 * frozen clock.
 */
import { testFake, type TestFake } from '../helpers';
import {
  createAccount,
  createConversation,
  createTeam,
  createUser,
  type SpecAccount,
  type User,
} from './reports_world';

const SPEC = 'summary_reports_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({ clockMode: 'frozen' });
});

const DAY = 86_400_000;
const TODAY = Date.UTC(2026, 2, 10);
const startOfToday = String(TODAY / 1000);
const endOfToday = String((TODAY + DAY) / 1000 - 1);

let account: SpecAccount;
let admin: User;

beforeEach(async () => {
  fake.reset();
  fake.store.clock.set(TODAY + DAY / 2);
  account = await createAccount(fake);
  admin = await createUser(fake, account, 'administrator');
});

const v2 = (path: string, query: Record<string, string | boolean> = {}, token?: string) => {
  const req = fake.http.get(account.path(path, 'v2')).query(query);
  return token ? req.set('api_access_token', token) : req;
};

const params = () => ({ since: startOfToday, until: endOfToday, business_hours: true });

/** A website inbox of the account (the spec's double reports a Channel::WebWidget). */
async function websiteInbox(): Promise<number> {
  const res = await fake.http
    .post(account.path('/inboxes'))
    .set('api_access_token', admin.token)
    .send({ name: 'Spec Website', channel: { type: 'web_widget', website_url: 'https://spec.example' } });
  expect(res.status).toBe(200);
  return res.body.id;
}

for (const [group, label, setUp] of [
  ['agent', 'agents', async () => undefined],
  ['inbox', 'inbox', websiteInbox],
  ['team', 'agents', () => createTeam(fake, account, admin)],
] as const) {
  const builder = `V2::Reports::${group[0].toUpperCase()}${group.slice(1)}SummaryBuilder`;

  describe(`${SPEC} GET /api/v2/accounts/:account_id/summary_reports/${group}`, () => {
    it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
      expect((await v2(`/summary_reports/${group}`)).status).toBe(401);
    });

    it(`${SPEC}: when it is an authenticated user, returns unauthorized for ${label}`, async () => {
      const agent = await createUser(fake, account, 'agent');
      expect((await v2(`/summary_reports/${group}`, params(), agent.token)).status).toBe(401);
    });

    it(`${SPEC}: when it is an authenticated user, calls ${builder} with the right params if the user is an admin`, async () => {
      const id = (await setUp()) ?? admin.id;
      const res = await v2(`/summary_reports/${group}`, params(), admin.token);
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(1);
      expect(res.body[0].avg_reply_time).toBeNull();
      // Beyond the spec: the one row is the account's one agent, inbox or team, with nothing counted.
      expect(res.body[0]).toMatchObject({ id, conversations_count: 0 });
    });
  });
}

describe(`${SPEC} GET /api/v2/accounts/:account_id/summary_reports/channel`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await v2('/summary_reports/channel')).status).toBe(401);
  });

  const range = () => ({ since: startOfToday, until: endOfToday });

  it(`${SPEC}: when it is an authenticated user, returns unauthorized for agents`, async () => {
    const agent = await createUser(fake, account, 'agent');
    expect((await v2('/summary_reports/channel', range(), agent.token)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, calls V2::Reports::ChannelSummaryBuilder with the right params if the user is an admin`, async () => {
    const inbox = await websiteInbox();
    const statuses = { open: 5, resolved: 10, pending: 2, snoozed: 1 } as const;
    for (const [status, count] of Object.entries(statuses)) {
      for (let i = 0; i < count; i++) {
        await createConversation(fake, account, admin, inbox, {
          status: status as keyof typeof statuses,
          at: TODAY + DAY / 4,
        });
      }
    }
    fake.store.clock.set(TODAY + DAY / 2);
    const res = await v2('/summary_reports/channel', range(), admin.token);
    expect(res.status).toBe(200);
    expect(res.body['Channel::WebWidget'].open).toBe(5);
    expect(res.body['Channel::WebWidget'].total).toBe(18);
    // Beyond the spec: the other statuses, and no other channel type.
    expect(res.body).toEqual({
      'Channel::WebWidget': { open: 5, resolved: 10, pending: 2, snoozed: 1, total: 18 },
    });
  });

  it(`${SPEC}: when it is an authenticated user, returns unprocessable_entity when date range exceeds 6 months`, async () => {
    const now = TODAY + DAY / 2;
    const res = await v2(
      '/summary_reports/channel',
      { since: String((now - 365.2425 * DAY) / 1000), until: String(now / 1000) },
      admin.token,
    );
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Date range cannot exceed 6 months');
  });
});
