import type { Clock } from '../store';
import { tooManyRequests } from './errors';

export interface RateLimitOptions {
  limit: number;
  periodMs: number;
  /** Off: rack-attack's bare 429. On: also Retry-After and X-RateLimit-* headers. */
  headers?: boolean;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `--rate-limit` values such as `5/1m`, `100/min`, `3000/60s`, `10/h`. */
export function parseRateLimit(text: string): Omit<RateLimitOptions, 'headers'> {
  const m = /^\s*(\d+)\s*\/\s*(\d*)\s*(s|sec|second|m|min|minute|h|hour|d|day)s?\s*$/i.exec(text);
  if (!m || Number(m[1]) < 1) {
    throw new Error(`invalid rate limit "${text}": expected N/period such as 100/1m, 5/30s or 10/h`);
  }
  const count = m[2] ? Number(m[2]) : 1;
  const unit = m[3].toLowerCase()[0];
  return { limit: Number(m[1]), periodMs: count * UNITS[unit] };
}

/**
 * A fixed-window counter per key (the caller's token, else its IP), timed by the store's clock so
 * tests can advance past a window. Throws Chatwoot's (rack-attack's) 429 when a key is over.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  /** The window the counters are in: when it moves on, older counters are dropped (bounded memory). */
  private currentStart = -1;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: Clock,
  ) {}

  hit(key: string): Record<string, string> {
    const now = this.clock.peek();
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
