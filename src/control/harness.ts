/**
 * The test harness of one fake: faults, delays, overrides, rate limits, the clock, the request journal, a
 * read-only view of the state, reset, snapshots, seeding and extra accounts. `RunningFake` (src/index.ts)
 * is this plus url/port/close; the control API (`/__fake/…`) calls the same functions.
 *
 * Everything lives in the closure of one `createHarness` call: fakes in one process share nothing.
 */
import type { EventBus } from '../events/bus';
import { type Fault, type FaultInjector, type FaultMatch, type FaultRule } from '../http/faults';
import { FakeInputError } from '../http/errors';
import type { Override, OverrideRule, Overrides } from '../http/overrides';
import { parseDuration } from '../http/patterns';
import type { Journal, JournalEntry, JournalFilter } from '../http/journal';
import {
  checkRateLimitRule,
  type ActiveRateLimit,
  type RateLimitOptions,
  type RateLimitRule,
  type RateLimits,
} from '../http/rate-limit';
import type { ClockMode, Store, StoreSnapshot } from '../store';
import { fakeClock, type FakeClock } from './clock';
import { createDb, type FakeDb } from './db';
import { worldsApi, type AccountOptions, type SeedInput, type WorldsApi } from './worlds';

/** The api_access_tokens of an account's seeded users. */
export interface FakeTokens {
  /** An administrator of the account. */
  admin: string;
  /** An agent (not an administrator); '' when the world has none (`null` in FakeInfo). */
  agent: string;
  /** The account's first agent bot, if the world has one. */
  bot?: string;
  /** A platform app token, if the world has one. */
  platform?: string;
}

/** An account seeded into the fake, with its own users and tokens. */
export interface FakeAccount {
  accountId: number;
  tokens: FakeTokens;
  /** Every user's and agent bot's token, by its `key` in the world (for accounts the harness seeded). */
  accessTokens?: Record<string, string>;
  /**
   * Every user's password, by its `key` in the world (for accounts the harness seeded): the world's in
   * the main account, generated ones in accounts added at run time.
   */
  passwords?: Record<string, string>;
}

/** An inbox as `GET /__fake/info` lists it. */
export interface FakeInboxInfo {
  id: number;
  name: string;
  channel_type: string;
  /** The API inbox identifier (Channel::Api) or the widget's website_token (Channel::WebWidget). */
  identifier: string | null;
}

/** What `GET /__fake/info` answers. */
export interface FakeInfo {
  url: string;
  /** The Chatwoot version the fake emulates (as its GET /api answers). */
  chatwootVersion: string;
  accountId: number;
  /** `null` for a role the account has no user or app for. */
  tokens: { admin: string; agent: string | null; bot: string | null; platform: string | null };
  inboxes: FakeInboxInfo[];
  /** The account's users, with the password each signs in with (`POST /auth/sign_in`). */
  users: { id: number; email: string; role: string; password: string }[];
}

/** A saved state, from `fake.snapshot()`. */
export interface FakeSnapshot {
  readonly id: string;
}

/** `failNext`: make the next matching request(s) fail with a status. */
export interface FailNextRule extends FaultMatch {
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** `delay`: slow down matching requests. */
export interface DelayRule extends FaultMatch {
  /** Milliseconds, or text such as `'1.5s'`. */
  ms: number | string;
  /** How many matching requests are slowed (default: all). */
  times?: number;
}

export interface ResetOptions {
  /** Reset only this account (its records go back to how they were seeded); other accounts are untouched. */
  accountId?: number;
}

/** Everything a test can do to a fake besides sending it requests. */
export interface FakeHarness extends FakeAccount {
  /** The fake's store (advanced use; prefer `db` for reads). */
  readonly store: Store;
  /** Domain events (`contact_created`, …) recorded by handlers. */
  readonly events: EventBus;
  /** Read-only view of the state: `fake.db.contacts.find((c) => c.email === 'ada@acme.test')`. */
  readonly db: FakeDb;
  /** The fake's clock. */
  readonly clock: FakeClock;
  /** The Chatwoot version the fake emulates (`3.16.0`, …; see the `chatwootVersion` option). */
  readonly chatwootVersion: string;

  /** Adds a fault rule; see FaultRule for matching and effects. */
  fault(rule: FaultRule): Fault;
  /** Makes the next matching request (or `times` of them) answer `status` with Chatwoot's body. */
  failNext(rule: FailNextRule): Fault;
  /** Slows matching requests by `ms`. */
  delay(rule: DelayRule): Fault;
  /** The active fault rules. */
  faults(): Fault[];
  /** Removes one fault rule; false when there is no such rule. */
  removeFault(id: number): boolean;
  clearFaults(): void;

  /**
   * Answers matching requests with `status`, `body` and `headers` (or what `respond(req, state)`
   * computes) instead of the handler, after auth (`token: '*'`: before it); the body is checked
   * against the spec's answer for the status unless `validate: false`. See OverrideRule.
   */
  override(rule: OverrideRule): Override;
  /** The active overrides. */
  overrides(): Override[];
  /** Removes one override; false when there is no such override. */
  removeOverride(id: number): boolean;
  clearOverrides(): void;

  /**
   * Rate-limits requests (rack-attack's 429 `Retry later` once over): one token's, or everyone's (by
   * token, else IP) when no token is given. Replaces the limit of the same scope; `false` turns every
   * limit off, `{ token, off: true }` (or `{ off: true }`) one of them. `{ rackAttack: true }` turns
   * Chatwoot's own throttles on (by path and IP, email or account: http/rack-attack.ts), `{ rackAttack:
   * false }` off. Returns the active limits (Chatwoot's throttles named by `throttle`).
   */
  rateLimit(rule: RateLimitRule | { token?: string; off: true } | false): ActiveRateLimit[];
  /** The active rate limits. */
  rateLimits(): ActiveRateLimit[];

  /** The journal: requests the fake answered, oldest first, filtered. */
  requests(filter?: JournalFilter): JournalEntry[];
  clearRequests(): void;

  /**
   * Back to the seeded world: state, ids, clock, and no journal, faults, snapshots' effects, extra
   * accounts or run-time rate limits. With `{ accountId }`, only that account's records are reset.
   */
  reset(options?: ResetOptions): void;
  /** Saves the current state (records, ids, clock) under `name` (default: a new id). */
  snapshot(name?: string): FakeSnapshot;
  /** Goes back to a saved state (by snapshot or its id). */
  restore(snapshot: FakeSnapshot | string): void;
  /** Saved snapshot ids. */
  snapshots(): string[];
  /** Forgets a saved snapshot; false when there is none by that id. */
  deleteSnapshot(snapshot: FakeSnapshot | string): boolean;

  /**
   * Adds data as a new, isolated account with its own users and tokens: a world given as an object,
   * YAML/JSON text or a file path. A world without `account`/`users` is added to (a copy of) the
   * default world; `merge: true` does that for a full world too. Invalid worlds throw a
   * FakeInputError naming the line and field. Same as `createAccount({ fixtures: world })`.
   */
  seed(world: SeedInput, options?: Omit<AccountOptions, 'fixtures'>): FakeAccount;
  /**
   * A fresh, isolated account (default world, or `fixtures`) with its own id, users and tokens, in
   * this running fake: parallel test files can share one fake without seeing each other's data.
   * `reset({ accountId })` resets just it; `reset()` removes it.
   */
  createAccount(options?: AccountOptions): FakeAccount;
  /** Base URL (given), account id, tokens and inboxes of an account (default: the main one). */
  info(url: string, accountId?: number): FakeInfo;
}

export interface HarnessParts {
  store: Store;
  events: EventBus;
  journal: Journal;
  faults: FaultInjector;
  overrides: Overrides;
  rateLimits: RateLimits;
  main: FakeAccount;
  /** The rate limit given at start, restored by reset(). */
  initialRateLimit?: RateLimitOptions;
  /** Seed of generated data, for createAccount. */
  seed?: number;
}

export function createHarness(parts: HarnessParts): FakeHarness {
  const { store, events, journal, faults, overrides, rateLimits, main } = parts;
  const initialMode: ClockMode = store.clock.mode;
  const worlds: WorldsApi = worldsApi(store, main, parts.seed);
  const accounts = new Map<number, FakeAccount>([[main.accountId, main]]);
  const snapshots = new Map<string, StoreSnapshot>();
  let snapshotCount = 0;

  const setInitialRateLimit = () => {
    rateLimits.clear();
    if (parts.initialRateLimit) rateLimits.configure(parts.initialRateLimit);
  };
  setInitialRateLimit();

  /** Tokens of an account the harness did not seed (e.g. one made through the API). */
  const tokensFromStore = (accountId: number): FakeTokens => {
    const tokenOf = (role: string) => {
      const membership = store.tables.accountUsers.where('account', accountId).find((m) => m.role === role);
      return (membership && store.tables.users.get(membership.user_id)?.access_token) ?? '';
    };
    const bot = store.tables.agentBots.where('account', accountId)[0];
    return {
      admin: tokenOf('administrator'),
      agent: tokenOf('agent'),
      ...(bot ? { bot: bot.access_token } : {}),
    };
  };

  const accountOf = (accountId: unknown, field = 'accountId'): FakeAccount => {
    if (accountId === undefined || accountId === null) return main;
    const id = typeof accountId === 'string' && /^\d+$/.test(accountId) ? Number(accountId) : accountId;
    if (typeof id !== 'number' || !Number.isInteger(id)) {
      throw new FakeInputError(`"${field}" must be an account id`);
    }
    const account = accounts.get(id);
    if (account) return account;
    if (store.tables.accounts.get(id)) return { accountId: id, tokens: tokensFromStore(id) };
    throw new FakeInputError(`no account ${id}`, 404);
  };

  const harness: FakeHarness = {
    accountId: main.accountId,
    tokens: main.tokens,
    store,
    events,
    db: createDb(store),
    clock: fakeClock(store.clock),
    chatwootVersion: store.chatwootVersion.text,

    fault: (rule) => faults.add(rule),
    failNext: (rule) => {
      if (!rule || typeof rule !== 'object') throw new FakeInputError('failNext needs { status, … }');
      if (rule.status === undefined) throw new FakeInputError('"status" is required');
      return faults.add({ ...rule, times: rule.times ?? 1 });
    },
    delay: (rule) => {
      if (!rule || typeof rule !== 'object') throw new FakeInputError('delay needs { ms, … }');
      const { ms, ...rest } = rule;
      if (ms === undefined) throw new FakeInputError('"ms" is required');
      return faults.add({ ...rest, latency: parseDuration(ms, 'ms') });
    },
    faults: () => faults.list(),
    removeFault: (id) => faults.remove(id),
    clearFaults: () => faults.clear(),

    override: (rule) => overrides.add(rule),
    overrides: () => overrides.list(),
    removeOverride: (id) => overrides.remove(id),
    clearOverrides: () => overrides.clear(),

    rateLimit: (rule) => {
      if (rule === false) rateLimits.clear();
      else if (rule && typeof rule === 'object' && 'off' in rule && rule.off === true) {
        if (rule.token !== undefined && typeof rule.token !== 'string') {
          throw new FakeInputError('"token" must be a string');
        }
        rateLimits.off(rule.token);
      } else {
        const checked = checkRateLimitRule(rule);
        if (checked.limit) rateLimits.set(checked.limit);
        if (checked.rackAttack !== undefined) rateLimits.rackAttack(checked.rackAttack);
      }
      return rateLimits.list();
    },
    rateLimits: () => rateLimits.list(),

    requests: (filter) => journal.list(filter),
    clearRequests: () => journal.clear(),

    reset: (options = {}) => {
      if (options.accountId !== undefined) {
        const account = accountOf(options.accountId);
        worlds.resetAccount(account.accountId);
        return;
      }
      worlds.resetAll();
      store.clock.mode = initialMode;
      events.clear();
      journal.reset();
      faults.reset();
      overrides.reset();
      setInitialRateLimit();
      for (const id of [...accounts.keys()]) if (id !== main.accountId) accounts.delete(id);
    },
    snapshot: (name) => {
      if (name !== undefined && (typeof name !== 'string' || !/^[\w.-]{1,100}$/.test(name))) {
        throw new FakeInputError('"name" must be 1-100 letters, digits, "_", "." or "-"');
      }
      const id = name ?? `snapshot-${++snapshotCount}`;
      snapshots.set(id, store.snapshot());
      return Object.freeze({ id });
    },
    restore: (snapshot) => {
      const id = typeof snapshot === 'string' ? snapshot : snapshot?.id;
      const state = id === undefined ? undefined : snapshots.get(id);
      if (!state) throw new FakeInputError(`no snapshot ${JSON.stringify(id)}`, 404);
      store.restore(state);
    },
    snapshots: () => [...snapshots.keys()],
    deleteSnapshot: (snapshot) => snapshots.delete(typeof snapshot === 'string' ? snapshot : snapshot?.id),

    seed: (world, options = {}) => {
      if (world === undefined || world === null) throw new FakeInputError('seed needs a world');
      return harness.createAccount({ ...options, fixtures: world });
    },
    createAccount: (options = {}) => {
      const seeded = worlds.createAccount(options);
      accounts.set(seeded.accountId, seeded);
      return seeded;
    },
    info: (url, accountId) => {
      const account = accountOf(accountId);
      const inboxes = store.tables.inboxes.where('account', account.accountId).map((inbox) => {
        const channel = inbox.channel as { type: string; identifier?: string; website_token?: string };
        const identifier =
          channel.type === 'Channel::Api'
            ? (channel.identifier ?? null)
            : channel.type === 'Channel::WebWidget'
              ? (channel.website_token ?? null)
              : null;
        return { id: inbox.id, name: inbox.name, channel_type: channel.type, identifier };
      });
      return {
        url,
        chatwootVersion: store.chatwootVersion.text,
        accountId: account.accountId,
        tokens: {
          admin: account.tokens.admin,
          agent: account.tokens.agent || null,
          bot: account.tokens.bot ?? null,
          platform: account.tokens.platform ?? null,
        },
        inboxes,
        users: store.tables.accountUsers
          .where('account', account.accountId)
          .map((m) => ({ m, user: store.tables.users.get(m.user_id) }))
          .filter(({ user }) => user !== undefined)
          .map(({ m, user }) => ({
            id: user!.id,
            email: user!.email,
            role: m.role,
            password: user!.password,
          })),
      };
    },
  };
  return harness;
}
