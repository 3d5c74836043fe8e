import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { EventBus } from './events/bus';
import { diskUploadRoute, fileRoute } from './http/files';
import { createDb } from './control/db';
import { FaultInjector } from './http/faults';
import { Overrides } from './http/overrides';
import { isLoopbackBind, isOwnHost, type HostPolicy } from './http/hosts';
import { Journal } from './http/journal';
import { createPipeline } from './http/pipeline';
import { RateLimits, type RateLimitOptions } from './http/rate-limit';
import { createRequestLog, RequestLog, type RequestLogOption } from './http/request-log';
import { isLoopbackAddress } from './http/request';
import { SpecValidators } from './http/validation';
import { handlers } from './resources';
import { loadSpecFor, operationsOf, Router, type OpenApiDocument } from './spec';
import type { Store } from './store';
import { webRouter } from './web';

/**
 * The fake's Express application, described without Express's types (the package's typings need no
 * @types/express): a request handler to hand to supertest (`request(fake.app)`) or
 * `http.createServer(fake.app)`, or to mount in an app of yours (`yourApp.use(fake.app)`), and it
 * listens like any Express app. With Express's types installed, `fake.app as unknown as
 * express.Express` has all of them.
 */
export interface ExpressApp {
  (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): void;
  listen(port: number, hostname: string, backlog: number, callback?: (error?: Error) => void): Server;
  listen(port: number, hostname: string, callback?: (error?: Error) => void): Server;
  listen(port: number, callback?: (error?: Error) => void): Server;
  listen(callback?: (error?: Error) => void): Server;
  listen(path: string, callback?: (error?: Error) => void): Server;
}

/**
 * Connect-style middleware, as the control API is. Declared as a method so that its parameters are
 * compared both ways: an Express router or handler (which wants Express's request) fits.
 */
export type Middleware = {
  middleware(req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void;
}['middleware'];

export interface AppOptions {
  store: Store;
  events?: EventBus;
  /** The bundled spec; loaded (once per process) when omitted. */
  spec?: OpenApiDocument;
  /** Check every response against the spec (default on; a broken response answers 500). */
  validateResponses?: boolean;
  bodyLimit?: string | number;
  rateLimit?: RateLimitOptions;
  /** Allowed CORS origin(s); default any. */
  corsOrigin?: string | string[];
  /** The request journal (default: a new one keeping `journalSize` entries). */
  journal?: Journal;
  /** Entries the journal keeps (default 1000; 0: no journal). */
  journalSize?: number;
  /** Fault rules (default: a new, empty set). */
  faults?: FaultInjector;
  /** Overrides (default: a new, empty set). */
  overrides?: Overrides;
  /** Run-time rate limits (default: `rateLimit`, if given). */
  rateLimits?: RateLimits;
  /**
   * The control API, mounted at `/__fake` before the Chatwoot routes; `false` (or omitted) leaves
   * `/__fake` a normal 404, and `false` also ignores the `X-Fake-Fault` header.
   */
  control?: Middleware | false;
  /**
   * The clients the control API is for (default: every client): `/__fake`, the `X-Fake-Fault` header
   * and the landing page's link to the control API. To any other client `/__fake` is a normal 404 and
   * the header is ignored. buildFake passes loopback clients, unless the control API is exposed.
   */
  controlClients?: (req: IncomingMessage) => boolean;
  /**
   * The clients the pages (`/`, `/docs`, `/demo`) show tokens and passwords to (default: loopback
   * clients); others get a page that says where to find them. A Host that is not one of the fake's
   * names sees none either.
   */
  secretClients?: (req: IncomingMessage) => boolean;
  /**
   * The address the app is served on (startFake's `host`; default 127.0.0.1). A non-loopback one turns
   * on the Host check of every route (DNS rebinding, see http/hosts.ts), and names the fake.
   */
  host?: string;
  /**
   * Further Host names of the fake, like Vite's `server.allowedHosts`: exact names, or `.example.test`
   * for it and its subdomains; `true` allows every Host. The fake's own names (localhost, loopback
   * addresses, the bound host, the address a client connected to) need no entry. The control API
   * answers only these names; with a non-loopback `host`, so does every route (IP addresses too).
   */
  allowedHosts?: string[] | true;
  /** Serve a GET's answer again while nothing it read has changed (default on; see http/answer-cache.ts). */
  cacheAnswers?: boolean;
  /**
   * The request log: a line per Chatwoot API request (method, path with tokens masked, status,
   * duration, operationId, fault). `'pretty'` or `'json'` to stdout, `{ write(line), format? }`, or
   * `false` (the default).
   */
  log?: RequestLogOption | RequestLog;
}

export interface FakeApp {
  /** The Express app: every route; serve it, mount it or hand it to supertest. */
  app: ExpressApp;
  /** What startFake serves: the same answers, Chatwoot routes without Express's set-up of a request. */
  listener: RequestListener;
  router: Router;
  events: EventBus;
  journal: Journal;
  faults: FaultInjector;
  overrides: Overrides;
  rateLimits: RateLimits;
}

/**
 * Compiled validators hold no request state, so every fake of a process built on the bundled spec
 * shares one set (each operation's validators are compiled on its first request).
 */
const bundledValidators = new Map<string, SpecValidators>();

function validatorsFor(spec: OpenApiDocument, bundledVersion: string | undefined): SpecValidators {
  if (bundledVersion === undefined) return new SpecValidators(spec);
  let validators = bundledValidators.get(bundledVersion);
  if (!validators) bundledValidators.set(bundledVersion, (validators = new SpecValidators(spec)));
  return validators;
}

/**
 * Builds the app: the request path of http/pipeline.ts over the spec's routes and handlers, the
 * control API, the browser pages and the stored files.
 */
export async function createApp(options: AppOptions): Promise<FakeApp> {
  const version = options.store.chatwootVersion;
  const spec = options.spec ?? (await loadSpecFor(version));
  const router = new Router(operationsOf(spec));
  const events = options.events ?? new EventBus();
  const { store } = options;
  const journal = options.journal ?? new Journal(options.journalSize ?? 1000, store.clock);
  const faults = options.faults ?? new FaultInjector();
  faults.useOperations(router.operations); // a rule that could match no operation is refused
  const validators = validatorsFor(spec, options.spec === undefined ? version.text : undefined);
  const overrides = options.overrides ?? new Overrides();
  overrides.useSpec(router.operations, validators); // and an answer that breaks the spec
  if (!options.overrides) {
    const db = createDb(store);
    overrides.useState(() => db);
  }
  let rateLimits = options.rateLimits;
  if (!rateLimits) {
    rateLimits = new RateLimits(store.clock);
    if (options.rateLimit) rateLimits.configure(options.rateLimit);
  }
  // Whether a request's client gets the control API (see AppOptions.controlClients).
  const control = (options.control || undefined) as RequestHandler | undefined;
  const controlFor: (req: IncomingMessage) => boolean = !control
    ? () => false
    : (options.controlClients ?? (() => true));

  const hosts: HostPolicy = { boundHost: options.host, allowedHosts: options.allowedHosts };
  const secretClients =
    options.secretClients ?? ((req: IncomingMessage) => isLoopbackAddress(req.socket?.remoteAddress));

  const { app, listener } = createPipeline({
    store,
    events,
    router,
    validators,
    // An older version's answers: the newest shapes without what that version does not send.
    projectAnswers: !version.newest,
    handlers,
    validateResponses: options.validateResponses !== false,
    cacheAnswers: options.cacheAnswers !== false,
    bodyLimit: options.bodyLimit ?? '1mb',
    corsOrigin: options.corsOrigin,
    journal,
    log: options.log instanceof RequestLog ? options.log : createRequestLog(options.log),
    faults,
    overrides,
    rateLimits,
    control,
    controlFor,
    hosts: { ...hosts, everyRoute: !isLoopbackBind(options.host) },
    pages: webRouter(store, {
      control: controlFor,
      secrets: (req) => secretClients(req) && isOwnHost(req, hosts),
      ownHost: (req) => isOwnHost(req, hosts),
    }),
    files: fileRoute(store),
    diskUpload: diskUploadRoute(store),
  });
  return { app, listener, router, events, journal, faults, overrides, rateLimits };
}
