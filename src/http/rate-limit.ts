/**
 * Rate limiting as rack-attack does it in Chatwoot: fixed windows per caller (token, else IP), timed
 * in real time as rack-attack's cache counts — so a client that waits out Retry-After gets through,
 * whatever the fake's clock does — or, when a rule asks for `clock: 'fake'`, on the store's clock (a
 * test advances past a window). Two kinds, each on or off: the fake's own limit for every caller or a
 * token (`--rate-limit`, `rateLimit: { limit, periodMs }`, `fake.rateLimit({ limit, token })`), and
 * Chatwoot's own throttles by path, IP, email or account (`--rack-attack`, `rateLimit: { rackAttack }`,
 * `fake.rateLimit({ rackAttack: true })`; the table is http/rack-attack.ts's).
 */
import type { Clock } from '../store';
import { parseDuration } from '../rails/duration';
import { FakeInputError, inputFields, tooManyRequests } from './errors';
import {
  checkRackAttackOptions,
  normalizeDiscriminator,
  throttlesFor,
  type RackAttackOptions,
  type Throttle,
  type ThrottleRequest,
} from './rack-attack';

export type { RackAttackOptions, ThrottleRequest } from './rack-attack';

/** One fixed-window limit. */
interface WindowOptions {
  limit: number;
  periodMs: number;
  /** Off: rack-attack's bare 429. On: also Retry-After and X-RateLimit-* headers. */
  headers?: boolean;
}

/** The rate limits a fake starts with (startFake's `rateLimit`, the bin's `--rate-limit` and `--rack-attack`). */
export interface RateLimitOptions {
  /** Requests allowed per window to every caller (by token, else IP); none when omitted. */
  limit?: number;
  /** That window (default one minute). */
  periodMs?: number;
  /** Off: rack-attack's bare 429. On: also Retry-After and X-RateLimit-* headers (both kinds of limit). */
  headers?: boolean;
  /** What times the windows: real time (default, as rack-attack), or the fake's clock (both kinds). */
  clock?: RateLimitClock;
  /** Chatwoot's rack-attack throttles (http/rack-attack.ts): `true`, or options. Default off. */
  rackAttack?: boolean | RackAttackOptions;
}

export type RateLimitClock = 'real' | 'fake';

/** Parses `--rate-limit` values such as `5/1m`, `100/min`, `3000/60s`, `10/h` (the period needs a unit). */
export function parseRateLimit(text: string): { limit: number; periodMs: number } {
  const m = /^\s*(\d+)\s*\/(.*[a-z]\s*)$/i.exec(text);
  const periodMs = m ? parseDuration(m[2]) : undefined;
  if (!m || Number(m[1]) < 1 || periodMs === undefined || !(periodMs > 0)) {
    throw new Error(`invalid rate limit "${text}": expected N/period such as 100/1m, 5/30s or 10/h`);
  }
  return { limit: Number(m[1]), periodMs };
}

/** Most counters one limiter keeps in a window. */
const MAX_KEYS = 100_000;

/**
 * A fixed-window counter per key (the caller's token, else its IP), timed by `now` (real time, or the
 * store's clock for a rule on the fake's clock). Throws Chatwoot's (rack-attack's) 429 when a key is over.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  /** Remaining requests of the key last counted (which of several limits is the nearest). */
  remaining = Infinity;
  /** The window the counters are in: when it moves on, older counters are dropped (bounded memory). */
  private currentStart = -1;

  constructor(
    private readonly options: WindowOptions,
    private readonly now: () => number,
  ) {}

  hit(key: string): Record<string, string> {
    const now = this.now();
    const { limit, periodMs } = this.options;
    const windowStart = Math.floor(now / periodMs) * periodMs;
    if (windowStart !== this.currentStart) {
      // Every key shares the window grid: counters of another window are over (or not yet started).
      for (const [k, w] of this.windows) if (w.start !== windowStart) this.windows.delete(k);
      this.currentStart = windowStart;
    }
    let window = this.windows.get(key);
    if (!window || window.start !== windowStart) {
      // Bounded: past MAX_KEYS callers in one window, the oldest counter is forgotten.
      if (this.windows.size >= MAX_KEYS) this.windows.delete(this.windows.keys().next().value!);
      window = { start: windowStart, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    this.remaining = Math.max(0, limit - window.count);
    const resetSeconds = Math.max(1, Math.ceil((windowStart + periodMs - now) / 1000));
    const headers: Record<string, string> = this.options.headers
      ? {
          'X-RateLimit-Limit': String(limit),
          'X-RateLimit-Remaining': String(Math.max(0, limit - window.count)),
          'X-RateLimit-Reset': String(Math.ceil((windowStart + periodMs) / 1000)),
        }
      : {};
    if (window.count > limit) {
      throw tooManyRequests(this.options.headers ? { ...headers, 'Retry-After': String(resetSeconds) } : {});
    }
    return headers;
  }

  reset(): void {
    this.windows.clear();
  }

  /** Keys with a counter (for tests: memory stays bounded by one window's callers). */
  get size(): number {
    return this.windows.size;
  }
}

/**
 * A rate limit set at run time: `fake.rateLimit({ token, limit: 5, per: '1m' })`, or Chatwoot's
 * throttles on or off: `fake.rateLimit({ rackAttack: true })` (both in one rule is both).
 */
export interface RateLimitRule {
  /** Limit only requests with this `api_access_token`; without it, every caller (by token, else IP). */
  token?: string;
  /** Requests allowed per window (required unless the rule is only `rackAttack`). */
  limit?: number;
  /** The window: `'1m'`, `'30s'`, `'1h'`, or milliseconds; default one minute. */
  per?: string | number;
  /** Also send Retry-After and X-RateLimit-* headers (rack-attack sends none by default). */
  headers?: boolean;
  /** `'real'` (default): windows in real time, as rack-attack; `'fake'`: on the fake's clock. */
  clock?: RateLimitClock;
  /** Chatwoot's rack-attack throttles: on (`true` or options) or off (`false`). */
  rackAttack?: boolean | RackAttackOptions;
}

/** A rate limit as listed: the fake's own (`throttle` absent) or one of Chatwoot's throttles. */
export interface ActiveRateLimit {
  token: string | null;
  limit: number;
  periodMs: number;
  headers: boolean;
  clock: RateLimitClock;
  /** rack-attack's name of the throttle. */
  throttle?: string;
  /** What the throttle counts requests by. */
  by?: Throttle['by'];
}

/** A rule checked: the limit to set, if any, and what to do with the rack-attack throttles, if anything. */
export interface CheckedRateLimitRule {
  limit?: ActiveRateLimit;
  rackAttack?: (RackAttackOptions & { headers: boolean; clock: RateLimitClock }) | false;
}

const RULE_FIELDS = new Set(['token', 'limit', 'per', 'headers', 'clock', 'rackAttack']);

/** Checks a user's rate-limit rule; throws FakeInputError naming the bad field. */
export function checkRateLimitRule(input: unknown): CheckedRateLimitRule {
  const raw = inputFields(
    input,
    'a rate limit must be an object such as { "limit": 5, "per": "1m" }',
    'rate-limit',
    RULE_FIELDS,
  );
  const onlyRackAttack = raw.rackAttack !== undefined && raw.limit === undefined;
  if (!onlyRackAttack && (typeof raw.limit !== 'number' || !Number.isInteger(raw.limit) || raw.limit < 1)) {
    throw new FakeInputError('"limit" must be a positive integer');
  }
  let periodMs = 60_000;
  if (raw.per !== undefined && raw.per !== null) {
    if (onlyRackAttack)
      throw new FakeInputError('"per" is for a limit: rack-attack\'s throttles have their own');
    const per = parseDuration(raw.per);
    if (per === undefined) {
      throw new FakeInputError(
        `"per" must be a period such as "1m", "30s" or "1h", or milliseconds (got ${JSON.stringify(raw.per)})`,
      );
    }
    periodMs = per;
    if (!(periodMs > 0)) throw new FakeInputError('"per" must be a positive period');
  }
  if (raw.token !== undefined && raw.token !== null && (typeof raw.token !== 'string' || !raw.token)) {
    throw new FakeInputError('"token" must be a string');
  }
  if (onlyRackAttack && raw.token) {
    throw new FakeInputError(
      '"token" is for a limit: rack-attack\'s throttles count by IP, email or account',
    );
  }
  if (raw.headers !== undefined && typeof raw.headers !== 'boolean') {
    throw new FakeInputError('"headers" must be true or false');
  }
  if (raw.clock !== undefined && raw.clock !== 'real' && raw.clock !== 'fake') {
    throw new FakeInputError('"clock" must be "real" or "fake"');
  }
  const headers = Boolean(raw.headers);
  const clock = (raw.clock as RateLimitClock | undefined) ?? 'real';
  const checked: CheckedRateLimitRule = {};
  if (!onlyRackAttack) {
    const token = (raw.token as string | undefined) ?? null;
    checked.limit = { token, limit: raw.limit as number, periodMs, headers, clock };
  }
  if (raw.rackAttack === false) checked.rackAttack = false;
  else if (raw.rackAttack !== undefined) {
    checked.rackAttack = { ...checkRackAttackOptions(raw.rackAttack), headers, clock };
  }
  return checked;
}

/** The rate limits of one fake, changeable at run time; each is a shared RateLimiter. */
export class RateLimits {
  private rules: { rule: ActiveRateLimit; limiter: RateLimiter }[] = [];
  /** Chatwoot's throttles when on, in the initializer's order. */
  private throttles: { rule: ActiveRateLimit; throttle: Throttle; limiter: RateLimiter }[] = [];

  constructor(private readonly clock: Clock) {}

  private nowOf(clock: RateLimitClock): () => number {
    return clock === 'fake' ? () => this.clock.peek() : () => Date.now();
  }

  /** Sets what startFake's `rateLimit` asks for (on a fresh fake, and again on reset). */
  configure(options: RateLimitOptions): void {
    const { headers = false, clock = 'real' } = options;
    if (options.limit !== undefined) {
      this.set({ limit: options.limit, periodMs: options.periodMs ?? 60_000, headers, clock });
    }
    if (options.rackAttack) {
      this.rackAttack({ ...checkRackAttackOptions(options.rackAttack), headers, clock });
    }
  }

  /** Sets the limit for `token` (or for every caller), replacing the previous one for the same scope. */
  set(rule: WindowOptions & { token?: string | null; clock?: RateLimitClock }): ActiveRateLimit {
    const active: ActiveRateLimit = {
      token: rule.token ?? null,
      limit: rule.limit,
      periodMs: rule.periodMs,
      headers: Boolean(rule.headers),
      clock: rule.clock ?? 'real',
    };
    this.off(active.token ?? undefined);
    this.rules.push({ rule: active, limiter: new RateLimiter(active, this.nowOf(active.clock)) });
    return { ...active };
  }

  /** Turns Chatwoot's throttles on (new counters) or off. */
  rackAttack(options: (RackAttackOptions & { headers?: boolean; clock?: RateLimitClock }) | false): void {
    if (options === false) {
      this.throttles = [];
      return;
    }
    const headers = Boolean(options.headers);
    const clock = options.clock ?? 'real';
    const now = this.nowOf(clock);
    this.throttles = throttlesFor(options).map((throttle) => {
      const { name, limit, periodMs, by } = throttle;
      const rule: ActiveRateLimit = { token: null, limit, periodMs, headers, clock, throttle: name, by };
      return { rule, throttle, limiter: new RateLimiter(rule, now) };
    });
  }

  /** Turns off the limit for `token`, or the every-caller limit when no token is given. */
  off(token?: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.rule.token !== (token ?? null));
    return before !== this.rules.length;
  }

  clear(): void {
    this.rules = [];
    this.throttles = [];
  }

  list(): ActiveRateLimit[] {
    return [...this.rules, ...this.throttles].map((r) => ({ ...r.rule }));
  }

  /** Whether any limit is on (else a request need not be looked at). */
  get active(): boolean {
    return this.rules.length > 0 || this.throttles.length > 0;
  }

  /** Forgets the counts (new windows for everyone). */
  resetCounters(): void {
    for (const r of [...this.rules, ...this.throttles]) r.limiter.reset();
  }

  /**
   * Counts a request as Chatwoot's throttles do (rack-attack runs before the app: every route but the
   * control API's); throws rack-attack's 429 when one is over, else returns headers to add (those of
   * the throttle nearest its limit, when they are asked for).
   */
  throttle(req: ThrottleRequest): Record<string, string> | undefined {
    let headers: Record<string, string> | undefined;
    let nearest = Infinity;
    for (const { throttle, limiter } of this.throttles) {
      const key = throttle.key(req);
      if (key === undefined) continue;
      // The first throttle over answers; the ones after it do not count the request (rack-attack's `any?`).
      const counted = limiter.hit(normalizeDiscriminator(key));
      if (limiter.remaining < nearest && Object.keys(counted).length) {
        nearest = limiter.remaining;
        headers = counted;
      }
    }
    return headers;
  }

  /**
   * Counts a request to a Chatwoot route: the throttles, then the limits by token (else IP); throws
   * rack-attack's 429 when one is over, else returns headers to add.
   */
  hit(token: string | undefined, req: ThrottleRequest): Record<string, string> | undefined {
    let headers = this.throttle(req);
    for (const { rule, limiter } of this.rules) {
      if (rule.token !== null && rule.token !== token) continue;
      headers = { ...headers, ...limiter.hit(token ? `token:${token}` : `ip:${req.ip}`) };
    }
    return headers;
  }
}
