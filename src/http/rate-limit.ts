/**
 * Rate limiting as rack-attack does it in Chatwoot: fixed windows per caller (token, else IP), timed
 * in real time as rack-attack's cache counts — so a client that waits out Retry-After gets through,
 * whatever the fake's clock does — or, when a rule asks for `clock: 'fake'`, on the store's clock (a
 * test advances past a window). The limit given at start (`--rate-limit`, `rateLimit`) and the ones
 * set at run time (`fake.rateLimit`, `POST /__fake/rate-limit`).
 */
import type { Clock } from '../store';
import { parseDuration } from '../rails/duration';
import { FakeInputError, inputFields, tooManyRequests } from './errors';

export interface RateLimitOptions {
  limit: number;
  periodMs: number;
  /** Off: rack-attack's bare 429. On: also Retry-After and X-RateLimit-* headers. */
  headers?: boolean;
  /** What times the windows: real time (default, as rack-attack), or the fake's clock. */
  clock?: RateLimitClock;
}

export type RateLimitClock = 'real' | 'fake';

/** Parses `--rate-limit` values such as `5/1m`, `100/min`, `3000/60s`, `10/h` (the period needs a unit). */
export function parseRateLimit(text: string): Omit<RateLimitOptions, 'headers'> {
  const m = /^\s*(\d+)\s*\/(.*[a-z]\s*)$/i.exec(text);
  const periodMs = m ? parseDuration(m[2]) : undefined;
  if (!m || Number(m[1]) < 1 || periodMs === undefined || !(periodMs > 0)) {
    throw new Error(`invalid rate limit "${text}": expected N/period such as 100/1m, 5/30s or 10/h`);
  }
  return { limit: Number(m[1]), periodMs };
}

/**
 * A fixed-window counter per key (the caller's token, else its IP), timed by `now` (real time, or the
 * store's clock for a rule on the fake's clock). Throws Chatwoot's (rack-attack's) 429 when a key is over.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  /** The window the counters are in: when it moves on, older counters are dropped (bounded memory). */
  private currentStart = -1;

  constructor(
    private readonly options: RateLimitOptions,
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
      window = { start: windowStart, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
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

/** A rate limit set at run time: `fake.rateLimit({ token, limit: 5, per: '1m' })`. */
export interface RateLimitRule {
  /** Limit only requests with this `api_access_token`; without it, every caller (by token, else IP). */
  token?: string;
  /** Requests allowed per window. */
  limit: number;
  /** The window: `'1m'`, `'30s'`, `'1h'`, or milliseconds; default one minute. */
  per?: string | number;
  /** Also send Retry-After and X-RateLimit-* headers (rack-attack sends none by default). */
  headers?: boolean;
  /** `'real'` (default): windows in real time, as rack-attack; `'fake'`: on the fake's clock. */
  clock?: RateLimitClock;
}

/** A rate limit as listed. */
export interface ActiveRateLimit {
  token: string | null;
  limit: number;
  periodMs: number;
  headers: boolean;
  clock: RateLimitClock;
}

const RATE_LIMIT_KEYS = new Set(['token', 'limit', 'per', 'headers', 'clock']);

/** Checks a user's rate-limit rule; throws FakeInputError naming the bad field. */
export function checkRateLimitRule(
  input: unknown,
): RateLimitRule & { periodMs: number; clock: RateLimitClock } {
  const raw = inputFields(
    input,
    'a rate limit must be an object such as { "limit": 5, "per": "1m" }',
    'rate-limit',
    RATE_LIMIT_KEYS,
  );
  if (typeof raw.limit !== 'number' || !Number.isInteger(raw.limit) || raw.limit < 1) {
    throw new FakeInputError('"limit" must be a positive integer');
  }
  let periodMs = 60_000;
  if (raw.per !== undefined && raw.per !== null) {
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
  if (raw.headers !== undefined && typeof raw.headers !== 'boolean') {
    throw new FakeInputError('"headers" must be true or false');
  }
  if (raw.clock !== undefined && raw.clock !== 'real' && raw.clock !== 'fake') {
    throw new FakeInputError('"clock" must be "real" or "fake"');
  }
  return {
    token: (raw.token as string | undefined) ?? undefined,
    limit: raw.limit,
    periodMs,
    headers: Boolean(raw.headers),
    clock: (raw.clock as RateLimitClock | undefined) ?? 'real',
  };
}

/** The rate limits of one fake, changeable at run time; each is a shared RateLimiter. */
export class RateLimits {
  private rules: { rule: ActiveRateLimit; limiter: RateLimiter }[] = [];

  constructor(private readonly clock: Clock) {}

  /** Sets the limit for `token` (or for every caller), replacing the previous one for the same scope. */
  set(rule: ActiveRateLimit | (RateLimitOptions & { token?: string | null })): ActiveRateLimit {
    const active: ActiveRateLimit = {
      token: rule.token ?? null,
      limit: rule.limit,
      periodMs: rule.periodMs,
      headers: Boolean(rule.headers),
      clock: rule.clock ?? 'real',
    };
    this.off(active.token ?? undefined);
    const now = active.clock === 'fake' ? () => this.clock.peek() : () => Date.now();
    this.rules.push({ rule: active, limiter: new RateLimiter(active, now) });
    return { ...active };
  }

  /** Turns off the limit for `token`, or the every-caller limit when no token is given. */
  off(token?: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.rule.token !== (token ?? null));
    return before !== this.rules.length;
  }

  clear(): void {
    this.rules = [];
  }

  list(): ActiveRateLimit[] {
    return this.rules.map((r) => ({ ...r.rule }));
  }

  /** Forgets the counts (new windows for everyone). */
  resetCounters(): void {
    for (const r of this.rules) r.limiter.reset();
  }

  /** Counts a request; throws rack-attack's 429 when a limit is over, else returns headers to add. */
  hit(token: string | undefined, ipOf: () => string | undefined): Record<string, string> | undefined {
    let headers: Record<string, string> | undefined;
    for (const { rule, limiter } of this.rules) {
      if (rule.token !== null && rule.token !== token) continue;
      headers = { ...headers, ...limiter.hit(token ? `token:${token}` : `ip:${ipOf()}`) };
    }
    return headers;
  }
}
