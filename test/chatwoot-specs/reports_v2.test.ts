/**
 * Chatwoot's request spec for the v2 reports controller's timezone handling, replayed over HTTP.
 * Source: chatwoot/chatwoot spec/controllers/api/v2/accounts/reports_controller_spec.rb at
 * 217feac6f53b6897daa59900dec9ceb9c93cb12e (conversations from 23:00 so the data spans two UTC days,
 * the example run at 2024-01-15 12:00; the index's older 0b8799b8caa63d7cca1e42ffb49f039e56ee38c8 starts
 * at midnight and sets no time). See README.md. Each test names the spec's `it`.
 *
 * The spec's account, admin, agent and inbox are made through the platform and application APIs
 * (reports_world.ts), so the account holds only the spec's records; `travel_to` is the fake's frozen
 * clock. `timezone_offset` picks a zone by its offset at the current time (TimezoneHelper), so the
 * examples' requests run with the clock in January 2024, as the spec's do.
 */
import { testFake, type TestFake } from '../helpers';
import {
  createAccount,
  createConversation,
  createInbox,
  createMessage,
  createUser,
  resolve,
  type SpecAccount,
  type User,
} from './reports_world';

const SPEC = 'reports_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({ clockMode: 'frozen' });
});

const utc = (...parts: [number, number, number, number?, number?]) =>
  Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const seconds = (ms: number) => String(ms / 1000);

let account: SpecAccount;
let admin: User;
let agent: User;
let inbox: number;

/** The spec's `before`: six conversations assigned to the agent, every 4 hours from Jan 14 23:00 UTC, each with an outgoing message. */
beforeEach(async () => {
  fake.reset();
  account = await createAccount(fake);
  admin = await createUser(fake, account, 'administrator');
  agent = await createUser(fake, account, 'agent');
  inbox = await createInbox(fake, account, admin);
  for (let i = 0; i < 6; i++) {
    const at = utc(2024, 1, 14, 23) + i * 4 * HOUR;
    const id = await createConversation(fake, account, admin, inbox, { assignee: agent, at });
    await createMessage(fake, account, id, admin, 'outgoing');
  }
});

const get = (path: string, query: Record<string, string | number>, token = admin.token) =>
  fake.http.get(account.path(path, 'v2')).query(query).set('api_access_token', token);

describe(`${SPEC} GET /api/v2/accounts/{account.id}/reports`, () => {
  it(`${SPEC}: timezone_offset affects data grouping and timestamps correctly`, async () => {
    fake.store.clock.set(utc(2024, 1, 15, 12));
    const base = utc(2024, 1, 14, 23);
    const params = {
      metric: 'conversations_count',
      type: 'account',
      since: seconds(base - DAY),
      until: seconds(base + 2 * DAY),
      group_by: 'day',
    };
    const responses: { value: number; timestamp: number }[][] = [];
    for (const offset of [0, -8, 9]) {
      const res = await get('/reports', { ...params, timezone_offset: offset });
      expect(res.status).toBe(200);
      responses.push(res.body);
    }
    const withData = responses.map((r) => r.filter((e) => e.value > 0).map((e) => e.value));
    const totals = responses.map((r) => r.reduce((sum, e) => sum + e.value, 0));
    const timestamps = responses.map((r) => r.map((e) => e.timestamp));

    expect([...new Set(totals)]).toEqual([6]);
    expect(withData[0]).toEqual([1, 5]);
    expect(withData[1]).toEqual([3, 3]);
    expect(withData[2]).toEqual([4, 2]);

    expect(new Set(timestamps.map((t) => t.join(','))).size).toBe(3);
    timestamps[0].forEach((utcStamp, i) => {
      expect(utcStamp - timestamps[1][i]).toBe(-28_800);
    });
  });

  describe('timezone_offset does not affect summary report totals', () => {
    const base = utc(2024, 1, 15, 12);
    const summaryParams = { type: 'account', since: seconds(base - DAY), until: seconds(base + DAY) };
    // "Jan 15 JST": Jan 14 15:00 UTC to Jan 15 15:00 UTC.
    const jstParams = {
      type: 'account',
      since: seconds(utc(2024, 1, 15) - 9 * HOUR),
      until: seconds(utc(2024, 1, 16) - 9 * HOUR),
    };
    const utcParams = { type: 'account', since: seconds(utc(2024, 1, 15)), until: seconds(utc(2024, 1, 16)) };

    const summary = async (params: Record<string, string>, offset: number) => {
      const res = await get('/reports/summary', { ...params, timezone_offset: offset });
      expect(res.status).toBe(200);
      return res.body;
    };

    it(`${SPEC}: returns identical conversation counts across timezones`, async () => {
      const counts = [];
      for (const offset of [-8, 0, 9])
        counts.push((await summary(summaryParams, offset)).conversations_count);
      expect([...new Set(counts)]).toEqual([6]);
    });

    it(`${SPEC}: returns identical message counts across timezones`, async () => {
      const utcSummary = await summary(summaryParams, 0);
      const pstSummary = await summary(summaryParams, -8);
      expect(utcSummary.incoming_messages_count).toBe(pstSummary.incoming_messages_count);
      expect(utcSummary.outgoing_messages_count).toBe(pstSummary.outgoing_messages_count);
      // Beyond the spec: the six outgoing messages are counted.
      expect(utcSummary.outgoing_messages_count).toBe(6);
    });

    it(`${SPEC}: returns consistent resolution counts across timezones`, async () => {
      const utcSummary = await summary(summaryParams, 0);
      const jstSummary = await summary(summaryParams, 9);
      expect(utcSummary.resolutions_count).toBe(jstSummary.resolutions_count);
    });

    it(`${SPEC}: returns consistent previous period data across timezones`, async () => {
      const utcSummary = await summary(summaryParams, 0);
      const pstSummary = await summary(summaryParams, -8);
      expect(utcSummary.previous).toBeDefined();
      expect(utcSummary.previous.conversations_count).toBe(pstSummary.previous.conversations_count);
    });

    it(`${SPEC}: summary reports work when frontend sends correct timezone boundaries`, async () => {
      // A resolution at 23:30 UTC on Jan 15: inside Jan 15 UTC, outside Jan 15 JST.
      const id = await createConversation(fake, account, admin, inbox, {
        assignee: agent,
        at: utc(2024, 1, 15, 23, 30),
      });
      await resolve(fake, account, admin, id);

      const jstSummary = await summary(jstParams, 9);
      const utcSummary = await summary(utcParams, 0);
      expect(jstSummary.resolutions_count).toBe(0);
      expect(utcSummary.resolutions_count).toBe(1);
    });
  });

  it(`${SPEC}: when unauthenticated, returns unauthorized`, async () => {
    const res = await fake.http.get(account.path('/reports', 'v2'));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when authenticated but not authorized, returns forbidden`, async () => {
    const res = await get('/reports', {}, agent.token);
    expect(res.status).toBe(401);
  });
});
