/** The options of the `/cable` endpoint and its log, and the bounds they set. */

export interface CableOptions {
  /** ActionCable's heartbeat (Rails: 3 s). */
  pingIntervalMs?: number;
  /** Default /cable. */
  path?: string;
  /** Largest websocket frame accepted, in bytes (default 1 MiB); a bigger one closes the connection (1009). */
  maxPayload?: number;
  /** Subscriptions one connection may hold (default 100); more are rejected. */
  maxSubscriptionsPerConnection?: number;
  /** Subscriptions all connections together may hold (default 10,000); more are rejected. */
  maxSubscriptions?: number;
  /** A connection whose unsent frames pass this many bytes (a client that does not read) is dropped (default 16 MiB). */
  maxBufferedBytes?: number;
  /** Broadcasts `fake.cable.events()` keeps (default 1000; 0: none, and no rendering without subscribers). */
  log?: number;
}

const DEFAULT_LIMITS = {
  maxPayload: 1024 * 1024,
  maxSubscriptionsPerConnection: 100,
  maxSubscriptions: 10_000,
  maxBufferedBytes: 16 * 1024 * 1024,
};

export type CableLimits = typeof DEFAULT_LIMITS;

/** Checks the options (a bad one throws, naming it) and fills in the defaults. */
export function checkCableOptions(options: CableOptions): { limits: CableLimits; keep: number } {
  for (const name of Object.keys(DEFAULT_LIMITS) as (keyof CableLimits)[]) {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new Error(`cable.${name} must be a positive integer (got ${value})`);
    }
  }
  const keep = options.log ?? 1000;
  if (!(Number.isInteger(keep) && keep >= 0))
    throw new Error(`cable.log must be a non-negative integer (got ${keep})`);
  const limits = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(DEFAULT_LIMITS) as (keyof CableLimits)[])
    limits[name] = options[name] ?? DEFAULT_LIMITS[name];
  return { limits, keep };
}
