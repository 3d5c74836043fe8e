/**
 * chatwoot-fake's public API: start a fake Chatwoot in-process for tests, or build its app.
 *
 * ```ts
 * import { startFake } from 'chatwoot-fake';
 * const fake = await startFake();                 // a free port, the default world
 * fake.failNext({ method: 'POST', path: '/api/v1/accounts/:account_id/contacts', status: 422 });
 * fake.requests({ method: 'POST', path: /contacts/ });
 * fake.reset();
 * await fake.close();
 * ```
 */
import { resolveVersion } from './versions';
import { cableShaper, webhookShaper } from './spec';
import type { AddressInfo, Socket } from 'node:net';
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { Duplex } from 'node:stream';
import { createApp, type AppOptions, type ExpressApp } from './app';
import { controlRouter } from './control/http';
import { createHarness, type FakeHarness } from './control/harness';
import { EventBus } from './events/bus';
import { CableServer, type CableOptions, type FakeCable } from './events/cable';
import { CableLog } from './events/cable/log';
import { WebhookDispatcher, type FakeWebhooks, type WebhookOptions } from './events/webhooks';
import { attachNotifications, seedNotifications } from './events/notifications';
import { attachReporting, backfillReportingEvents } from './events/reporting';
import { loadWorld, seedWorld, type SeedOptions, type SeededWorld, type World } from './fixtures';
import { FaultInjector } from './http/faults';
import { Overrides } from './http/overrides';
import { isLoopbackBind, isServedHost } from './http/hosts';
import { RateLimits } from './http/rate-limit';
import { Journal, parseByteSize } from './http/journal';
import type { RateLimitOptions } from './http/rate-limit';
import { createRequestLog, RequestLog, type RequestLogOption } from './http/request-log';
import { isLoopbackAddress } from './http/request';
import { Store, type ClockMode, type StoreSnapshot } from './store';

export { createApp } from './app';
export { Store } from './store';
export { parseRateLimit } from './http/rate-limit';
export { parseByteSize } from './http/journal';
export { parseAllowedHosts } from './http/hosts';
export { isLoopbackAddress } from './http/request';
export { FakeInputError } from './http/errors';
export { parseDuration } from './http/patterns';
export { WorldError } from './fixtures';
export * from './contract';
export { formatSummary, recordWorld, RecordError, writeRecording } from './record';
export type { Recording, RecordOptions } from './record';
export type { World, WorldIssue } from './fixtures';
export type { AppOptions, RateLimitOptions, SeedOptions, SeededWorld, StoreSnapshot, ClockMode };
export type { ExpressApp, Middleware } from './app';
export type { Fault, FaultEffect, FaultMatch, FaultRule } from './http/faults';
export type { PathPattern } from './http/patterns';
export type { RequestMatch } from './http/request-match';
export type { Override, OverrideAnswer, OverrideRequest, OverrideRule } from './http/overrides';
export type { ActiveRateLimit, RackAttackOptions, RateLimitRule } from './http/rate-limit';
export type { JournalEntry, JournalFilter } from './http/journal';
export type { LogWriter, RequestLogOption, RequestLogRecord } from './http/request-log';
export type {
  FakeWebhooks,
  WaitForOptions,
  WebhookDelivery,
  WebhookOptions,
  WebhookQueue,
  WebhookTarget,
} from './events/webhooks';
export type { CableEvent, CableOptions, CableWaitOptions, FakeCable } from './events/cable';
export type { DomainEvent, EventData, EventName } from './events/types';
export type { FakeClock } from './control/clock';
export type { DeepReadonly, FakeDb, RowOf } from './control/db';
export type {
  DelayRule,
  FailNextRule,
  FakeAccount,
  FakeHarness,
  FakeInboxInfo,
  FakeInfo,
  FakeSnapshot,
  FakeTokens,
  ResetOptions,
} from './control/harness';
export type { AccountOptions, SeedInput } from './control/worlds';

export interface FakeOptions extends SeedOptions {
  /** Port to listen on; 0 (the default for startFake) picks a free one. */
  port?: number;
  /**
   * Address to bind; default 127.0.0.1. A non-loopback address (0.0.0.0) serves other machines: every
   * route then answers only the fake's own names and IP addresses (see `allowedHosts`), and the pages
   * show tokens and passwords to loopback clients only.
   */
  host?: string;
  /**
   * Further Host names of the fake (Vite's `server.allowedHosts`): `['chatwoot.test', '.dev.test']`
   * (a leading dot: the name and its subdomains), or `true` for any. localhost, loopback addresses, the
   * bound host and the address a client connected to need no entry. The control API answers only the
   * fake's names; bound to a non-loopback address, so does every route (IP addresses too).
   */
  allowedHosts?: string[] | true;
  /**
   * The world to seed: a YAML or JSON file path, or a world object; default: the embedded
   * fixtures/default.yaml. Validated: a bad world throws a WorldError naming file:line and field.
   */
  fixtures?: string | World;
  /** Append the `fixtures` world's sections to the default world instead of replacing it. */
  mergeFixtures?: boolean;
  /**
   * The directory the control API may read world files from (`POST /__fake/accounts {"fixtures":
   * "team.yaml"}`, relative to it). Without one, worlds sent over HTTP must be the world itself: the
   * control API reads no file of the machine. In-process calls (`fake.createAccount({ fixtures })`)
   * read any path.
   */
  fixturesDir?: string;
  /**
   * The Chatwoot version to emulate: a profile (`'3.16'`, `'4.0'`, `'4.15'`), `'latest'` (default) or a
   * version such as `'3.13.0'`. Answers, webhook bodies, `GET /api` and `/openapi.json` follow it; see
   * docs/versions.md. Throws on a text that is no version.
   */
  chatwootVersion?: string;
  /** Clock start as an ISO string or epoch ms; default 2026-01-15T09:00:00Z. */
  clockStart?: string | number;
  /** `step` (default), `frozen` or `real`; see FakeClock. */
  clockMode?: ClockMode;
  /** Check every response against the spec (default on; a broken response answers 500). */
  validateResponses?: boolean;
  /**
   * Serve a GET's answer again, without running its handler, while nothing it read has changed
   * (default on; the answer is byte for byte the same, see src/http/answer-cache.ts).
   */
  cacheAnswers?: boolean;
  /**
   * Rate limits from the start: one for every caller (`limit`, `periodMs`) and/or Chatwoot's throttles
   * (`rackAttack: true`); `fake.rateLimit()` changes them at run time.
   */
  rateLimit?: RateLimitOptions;
  /** Allowed CORS origin(s); default any. */
  corsOrigin?: string | string[];
  /** Largest request body (default '1mb'). */
  bodyLimit?: string | number;
  /**
   * The `/__fake` control API and the `X-Fake-Fault` header. `true` (the default): served to loopback
   * clients only (127.0.0.0/8, ::1) — a client from another machine, when the fake binds a
   * non-loopback `host` such as 0.0.0.0, gets the normal 404 and its header is ignored. `'expose'`:
   * served to every client (anyone who can reach the port can reset the fake or inject faults).
   * `false`: off for everyone. The in-process API works in every case.
   */
  control?: boolean | 'expose';
  /**
   * How long `close()` lets requests in flight finish before dropping their connections (default
   * 5000 ms; 0 drops them at once).
   */
  closeGraceMs?: number;
  /** Requests the journal keeps (default 1000; 0 turns it off). */
  journalSize?: number;
  /**
   * Bytes the journal keeps in all — bodies, headers, paths (default 64 MiB; a number or '64mb'): past
   * it the oldest entries go, whatever `journalSize` says.
   */
  journalBytes?: number | string;
  /**
   * Largest request or response body the journal keeps whole (default 1 MiB): a bigger one is kept cut
   * to this size, as text, with `bodyTruncated` / `responseBodyTruncated` set.
   */
  journalBodyBytes?: number | string;
  /** Webhook delivery (timeouts, retries, log size); `false` sends nothing. */
  webhooks?: WebhookOptions | false;
  /**
   * The ActionCable endpoint `/cable` of startFake (ping interval, limits) and the log of broadcasts
   * (`log`, default 1000, for `fake.cable`); `false` turns both off.
   */
  cable?: CableOptions | false;
  /**
   * The request log, a line per Chatwoot API request: method, path (tokens masked), status, duration,
   * operationId, the fault applied. `'pretty'` (stdout, coloured on a terminal), `'json'` (stdout, one
   * JSON object a line, via pino), `{ write(line), format?: 'json' | 'pretty' }` for lines of your
   * own, or `false` (the default: nothing is logged, and nothing is done per request).
   */
  log?: RequestLogOption;
}

/** A fake built but not listening: its Express app plus the harness (for supertest or your own server). */
export interface BuiltFake extends FakeHarness {
  /** The Express app (typed without Express's types: see ExpressApp). */
  app: ExpressApp;
  /**
   * What startFake serves (`http.createServer(fake.listener)`): the same answers as `app`, Chatwoot
   * routes without Express's set-up of each request.
   */
  listener: http.RequestListener;
  /** Webhook deliveries: `await fake.webhooks.waitFor({ event: 'message_created' })`. */
  webhooks: FakeWebhooks;
  /** Cable broadcasts: `await fake.cable.waitFor({ event: 'message.created' })`. */
  cable: FakeCable;
}

/** A fake listening on a port. */
export interface RunningFake extends FakeHarness {
  /** Webhook deliveries: `await fake.webhooks.waitFor({ event: 'message_created' })`. */
  webhooks: FakeWebhooks;
  /** Cable broadcasts: `await fake.cable.waitFor({ event: 'message.created' })`. */
  cable: FakeCable;
  /** Base URL, e.g. `http://127.0.0.1:49152` (no trailing slash). */
  url: string;
  port: number;
  /**
   * Re-seeds the fake from a world (a file path or a world object; default: the `fixtures` it started
   * with, read again), on the same port: a new store behind the same URL, as if restarted — journal,
   * faults, snapshots and extra accounts start empty, `/cable` clients are told to reconnect. This
   * object's harness (`tokens`, `accountId`, `db`, `requests()`, …) then belongs to the new world. A
   * world that does not load throws (a WorldError naming file:line) and the old world keeps serving.
   */
  reload(fixtures?: string | World): Promise<void>;
  /**
   * Graceful stop: no new connections; idle keep-alive connections and `/cable` websockets are closed
   * at once; webhook deliveries queued or in flight are aborted (`await fake.webhooks.idle()` first to
   * let them finish); requests in flight get their full answer for up to `closeGraceMs` (default 5 s),
   * then their connections are dropped. Resolves once the port is free; calling it again returns the
   * same promise.
   */
  close(): Promise<void>;
}

function checkOptions(options: FakeOptions): number | undefined {
  if (options.journalBytes !== undefined) parseByteSize(options.journalBytes, 'journalBytes');
  if (options.journalBodyBytes !== undefined) parseByteSize(options.journalBodyBytes, 'journalBodyBytes');
  const clockStart =
    typeof options.clockStart === 'string' ? Date.parse(options.clockStart) : options.clockStart;
  if (clockStart !== undefined && Number.isNaN(clockStart)) {
    throw new Error(`invalid clock start: ${options.clockStart}`);
  }
  if (
    options.journalSize !== undefined &&
    (!Number.isInteger(options.journalSize) || options.journalSize < 0)
  ) {
    throw new Error(`journalSize must be a non-negative integer (got ${options.journalSize})`);
  }
  if (options.control !== undefined && ![true, false, 'expose'].includes(options.control)) {
    throw new Error(`control must be true, false or 'expose' (got ${JSON.stringify(options.control)})`);
  }
  if (
    options.allowedHosts !== undefined &&
    options.allowedHosts !== true &&
    !(Array.isArray(options.allowedHosts) && options.allowedHosts.every((h) => typeof h === 'string' && h))
  ) {
    throw new Error(
      `allowedHosts must be true or a list of host names (got ${JSON.stringify(options.allowedHosts)})`,
    );
  }
  if (options.fixturesDir !== undefined) {
    let dir: fs.Stats | undefined;
    try {
      dir = fs.statSync(options.fixturesDir);
    } catch {
      dir = undefined;
    }
    if (!dir?.isDirectory()) throw new Error(`fixturesDir is not a directory: ${options.fixturesDir}`);
  }
  if (
    options.closeGraceMs !== undefined &&
    (!Number.isFinite(options.closeGraceMs) || options.closeGraceMs < 0)
  ) {
    throw new Error(`closeGraceMs must be a non-negative number (got ${options.closeGraceMs})`);
  }
  return clockStart;
}

/** The cable server of each built fake (by its store), for startFake to serve. */
const cableServers = new WeakMap<Store, CableServer>();

/** Builds a seeded store and its app without listening (for supertest or a custom server). */
export async function buildFake(options: FakeOptions = {}): Promise<BuiltFake> {
  return build(options, createRequestLog(options.log));
}

/** buildFake with its request log made (startFake keeps one log across reloads). */
async function build(options: FakeOptions, log: RequestLog | undefined): Promise<BuiltFake> {
  const clockStart = checkOptions(options);
  const store = new Store({
    clockStart,
    clockMode: options.clockMode,
    seed: options.seed,
    chatwootVersion: resolveVersion(options.chatwootVersion),
  });
  const world = loadWorld({ fixtures: options.fixtures, merge: options.mergeFixtures });
  const seeded = seedWorld(store, world, options);
  backfillReportingEvents(store); // the seeded history's reporting events, before the reset point
  seedNotifications(store); // and the notifications its assignments made
  const events = new EventBus();
  attachReporting(store, events); // reporting events, audit logs and CSAT responses from domain events
  attachNotifications(store, events); // notifications from domain events (NotificationListener)
  const journal = new Journal(options.journalSize ?? 1000, store.clock, {
    maxBytes:
      options.journalBytes === undefined ? undefined : parseByteSize(options.journalBytes, 'journalBytes'),
    bodyBytes:
      options.journalBodyBytes === undefined
        ? undefined
        : parseByteSize(options.journalBodyBytes, 'journalBodyBytes'),
  });
  const faults = new FaultInjector();
  const overrides = new Overrides();
  const rateLimits = new RateLimits(store.clock);
  const harness = createHarness({
    store,
    events,
    journal,
    faults,
    overrides,
    rateLimits,
    main: {
      accountId: seeded.accountId,
      tokens: { ...seeded.tokens },
      accessTokens: { ...seeded.accessTokens },
      passwords: { ...seeded.passwords },
    },
    initialRateLimit: options.rateLimit,
    seed: options.seed,
  });
  overrides.useState(() => harness.db); // what a computed override reads
  const dispatcher = new WebhookDispatcher(
    store,
    events,
    options.webhooks || {},
    await webhookShaper(store.chatwootVersion),
  );
  if (options.webhooks === false) dispatcher.close();
  const webhooks: FakeWebhooks & { close(): void } = dispatcher;
  // The cable's broadcasts are logged from here on; startFake serves its `/cable`.
  const cableServer =
    options.cable === false
      ? undefined
      : new CableServer(store, events, options.cable, await cableShaper(store.chatwootVersion));
  if (cableServer) cableServers.set(store, cableServer);
  const cable: FakeCable = cableServer?.log ?? new CableLog(store, 0);
  Object.assign(harness, { webhooks, cable }); // read by the /__fake/webhook-deliveries and cable-events routes
  // A full reset also empties the delivery log and aborts deliveries still in flight, and sends what
  // the cable had queued before emptying its log.
  const resetHarness = harness.reset;
  harness.reset = (resetOptions = {}) => {
    resetHarness(resetOptions);
    if (resetOptions.accountId !== undefined) return;
    dispatcher.reset();
    cableServer?.settle();
    cableServer?.log.reset();
  };
  const appOptions: AppOptions = {
    store,
    events,
    validateResponses: options.validateResponses,
    cacheAnswers: options.cacheAnswers,
    corsOrigin: options.corsOrigin,
    bodyLimit: options.bodyLimit,
    journal,
    faults,
    overrides,
    rateLimits,
    control: options.control === false ? false : controlRouter(harness, { fixturesDir: options.fixturesDir }),
    // The control API (/__fake, X-Fake-Fault) is for loopback clients unless exposed.
    controlClients:
      options.control === 'expose' ? undefined : (req) => isLoopbackAddress(req.socket.remoteAddress),
    // The pages' secrets go where the control API goes: loopback clients, unless it is exposed.
    secretClients: options.control === 'expose' ? () => true : undefined,
    host: options.host,
    allowedHosts: options.allowedHosts,
    log,
  };
  const fakeApp = await createApp(appOptions);
  return { ...harness, app: fakeApp.app, listener: fakeApp.listener, webhooks, cable };
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers over 16 KB, malformed
 * request lines): answered with a JSON body like every other error, rather than Node's bare status line.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status =
    err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify({ status, error: http.STATUS_CODES[status] });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Starts a fake Chatwoot listening on `host:port` (default 127.0.0.1, a free port). */
export async function startFake(options: FakeOptions = {}): Promise<RunningFake> {
  const log = createRequestLog(options.log);
  // A running fake serves the listener (which hands non-Chatwoot routes to the app); no `app` of its own.
  const { app, listener, ...harness } = await build(options, log);
  void app;
  const host = options.host ?? '127.0.0.1';
  /** What the server hands requests and websockets to: replaced by reload(). */
  let current = { listener, webhooks: harness.webhooks, cable: await cableFor(harness, options) };
  const active = new Map<http.ServerResponse, Socket>(); // requests being answered, and their sockets
  const sockets = new Set<Socket>(); // every connection, upgraded ones included
  let stopping = false;
  // Closing: every connection without a request being answered goes (Node's closeIdleConnections
  // misses a connection that has not sent a request yet).
  const closeIdle = () => {
    const busy = new Set(active.values());
    for (const socket of sockets) if (!busy.has(socket)) socket.destroy();
  };
  const server = http.createServer((req, res) => {
    if (stopping) res.setHeader('Connection', 'close');
    active.set(res, req.socket);
    res.once('close', () => {
      active.delete(res);
      // Closing: the connection is not kept alive once its answer is out.
      if (stopping) setImmediate(closeIdle);
    });
    current.listener(req, res);
  });
  // Clients (fetch/undici, axios agents) keep idle connections a little less than the server says;
  // Node's default 5 s makes a test that pauses a few seconds race the server closing the socket
  // ("other side closed"). A test fake can afford long idle connections: close() drops them.
  server.keepAliveTimeout = 30_000;
  server.on('clientError', answerClientError);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  if (options.cable !== false) {
    // Bound to a non-loopback address, `/cable` answers only the fake's names too (DNS rebinding).
    const hosts = { boundHost: host, allowedHosts: options.allowedHosts };
    server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      if (isLoopbackBind(host) || isServedHost(req, hosts))
        current.cable?.upgrades.emit('upgrade', req, socket, head);
      else socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const graceMs = options.closeGraceMs ?? 5000;
  let closing: Promise<void> | undefined;
  const shutdown = async () => {
    stopping = true;
    const closed = new Promise<void>((resolve, reject) =>
      server.close((err) => (err ? reject(err) : resolve())),
    );
    // Answers still to be written end their connection; idle keep-alive connections go now.
    for (const res of active.keys()) if (!res.headersSent) res.setHeader('Connection', 'close');
    closeWebhooks(current.webhooks);
    await current.cable?.server.close(); // says goodbye on each websocket first
    closeIdle();
    const grace = setTimeout(() => {
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
    }, graceMs);
    try {
      await closed;
    } finally {
      clearTimeout(grace);
    }
  };
  const running: RunningFake = {
    ...harness,
    url: `http://${urlHost}:${port}`,
    port,
    close: () => (closing ??= shutdown()),
    reload: async (fixtures) => {
      if (closing) throw new Error('the fake is closed');
      const next = await build({ ...options, fixtures: fixtures ?? options.fixtures }, log);
      const { app: nextApp, listener: nextListener, ...nextHarness } = next;
      void nextApp;
      const previous = current;
      current = {
        listener: nextListener,
        webhooks: nextHarness.webhooks,
        cable: await cableFor(nextHarness, options),
      };
      Object.assign(running, nextHarness);
      closeWebhooks(previous.webhooks);
      // ActionCable's goodbye on a restart (`reconnect: true`): clients come back to the new world.
      await previous.cable?.server.close();
    },
  };
  return running;
}

/**
 * A built fake's `/cable` server (made by build, which logs its broadcasts), fed the upgrades the
 * http server passes on; none with `cable: false`.
 */
async function cableFor(
  harness: FakeHarness,
  options: FakeOptions,
): Promise<{ server: CableServer; upgrades: EventEmitter } | undefined> {
  if (options.cable === false) return undefined;
  const server = cableServers.get(harness.store);
  if (!server) return undefined;
  const upgrades = new EventEmitter();
  server.attach(upgrades as unknown as http.Server);
  return { server, upgrades };
}

function closeWebhooks(webhooks: FakeWebhooks): void {
  (webhooks as FakeWebhooks & { close?: () => void }).close?.();
}
