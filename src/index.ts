/**
 * chatwoot-fake's public API: start a fake Chatwoot in-process for tests, or build its app.
 */
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import { createApp, type AppOptions } from './app';
import { EventBus } from './events/bus';
import { readWorld, seedWorld, DEFAULT_WORLD, type SeedOptions, type SeededWorld } from './fixtures';
import type { RateLimitOptions } from './http/rate-limit';
import { Store, type ClockMode, type StoreSnapshot } from './store';

export { createApp } from './app';
export { Store } from './store';
export { parseRateLimit } from './http/rate-limit';
export type { AppOptions, RateLimitOptions, SeedOptions, SeededWorld, StoreSnapshot, ClockMode };

export interface FakeOptions extends SeedOptions {
  /** 0 picks a free port (default 0 for startFake). */
  port?: number;
  host?: string;
  /** A YAML or JSON world file; default: the embedded fixtures/default.yaml. */
  fixtures?: string;
  /** Clock start as an ISO string or epoch ms; default 2026-01-15T09:00:00Z. */
  clockStart?: string | number;
  clockMode?: ClockMode;
  validateResponses?: boolean;
  rateLimit?: RateLimitOptions;
  corsOrigin?: string | string[];
  bodyLimit?: string | number;
}

export interface RunningFake extends SeededWorld {
  /** Base URL, e.g. http://127.0.0.1:3000 */
  url: string;
  port: number;
  store: Store;
  events: EventBus;
  /** Restores the seeded world (state, clock and ids). */
  reset(): void;
  close(): Promise<void>;
}

/** Builds a seeded store and its app without listening (for supertest or a custom server). */
export async function buildFake(options: FakeOptions = {}) {
  const clockStart =
    typeof options.clockStart === 'string' ? Date.parse(options.clockStart) : options.clockStart;
  if (clockStart !== undefined && Number.isNaN(clockStart))
    throw new Error(`invalid clock start: ${options.clockStart}`);
  const store = new Store({ clockStart, clockMode: options.clockMode });
  const seeded = seedWorld(store, readWorld(options.fixtures ?? DEFAULT_WORLD), options);
  const seededSnapshot = store.snapshot();
  const events = new EventBus();
  const appOptions: AppOptions = {
    store,
    events,
    validateResponses: options.validateResponses,
    rateLimit: options.rateLimit,
    corsOrigin: options.corsOrigin,
    bodyLimit: options.bodyLimit,
  };
  const fakeApp = await createApp(appOptions);
  const reset = () => {
    store.restore(seededSnapshot);
    events.clear();
    fakeApp.rateLimiter?.reset();
  };
  return { ...seeded, store, events, app: fakeApp.app, reset };
}

/** Starts a fake Chatwoot listening on `host:port` (default 127.0.0.1, a free port). */
export async function startFake(options: FakeOptions = {}): Promise<RunningFake> {
  const fake = await buildFake(options);
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer(fake.app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    accountId: fake.accountId,
    tokens: fake.tokens,
    url: `http://${urlHost}:${port}`,
    port,
    store: fake.store,
    events: fake.events,
    reset: fake.reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
