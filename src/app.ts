import qs from 'qs';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { EventBus } from './events/bus';
import { sessionHeaders } from './domain/sessions';
import { authenticate, sessionCredentialsOf } from './http/auth';
import { bodyParserError, bodyParsers, isEmptyObject } from './http/body';
import { fileRoute } from './http/files';
import type { RequestContext, UploadedFile } from './http/context';
import { HttpError, badRequest, httpErrorOf, humanizeAttribute, routeNotFound } from './http/errors';
import { FaultInjector, faultStep } from './http/faults';
import { Journal, journalResponses, type RouteInfo } from './http/journal';
import { SpecValidators } from './http/validation';
import { AnswerCache } from './http/answer-cache';
import { JSON_TYPE, sendAnswer, sendText, textAnswer, type Answer } from './http/answer';
import { noteOriginRead, noteVolatile, track } from './store/reads';
import { splitUrl } from './http/request';
import { RateLimits, type RateLimitOptions } from './http/rate-limit';
import { handlers } from './resources';
import { corsStep } from './web/cors';
import { webRouter } from './web';
import {
  loadSpec,
  operationsOf,
  Router,
  type OpenApiDocument,
  type Operation,
  type RouteMatch,
} from './spec';
import type { Store } from './store';

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
  /** Run-time rate limits (default: `rateLimit`, if given). */
  rateLimits?: RateLimits;
  /**
   * The control API, mounted at `/__fake` before the Chatwoot routes; `false` (or omitted) leaves
   * `/__fake` a normal 404, and `false` also ignores the `X-Fake-Fault` header.
   */
  control?: RequestHandler | false;
  /**
   * The clients the control API is for (default: every client): `/__fake`, the `X-Fake-Fault` header
   * and the landing page's link to the control API. To any other client `/__fake` is a normal 404 and
   * the header is ignored. buildFake passes loopback clients, unless the control API is exposed.
   */
  controlClients?: (req: Request) => boolean;
  /** Serve a GET's answer again while nothing it read has changed (default on; see http/answer-cache.ts). */
  cacheAnswers?: boolean;
}

export interface FakeApp {
  app: express.Express;
  router: Router;
  events: EventBus;
  journal: Journal;
  faults: FaultInjector;
  rateLimits: RateLimits;
}

type FakeRequest = Request & { fake?: { match: RouteMatch; ctx: RequestContext } };

/** The spec operation a request matched (for the journal and fault rules). */
export function routeOf(req: Request): RouteInfo | undefined {
  const match = (req as FakeRequest).fake?.match;
  return (
    match && { operationId: match.operation.operationId, route: match.operation.path, params: match.params }
  );
}

/** Runs middleware in sequence as one (Express has no conditional `use`). */
function chain(handlers: RequestHandler[]): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    let i = 0;
    const step = (err?: unknown) => {
      if (err !== undefined && err !== null) return next(err);
      const handler = handlers[i++];
      if (!handler) return next();
      try {
        void handler(req, res, step);
      } catch (e) {
        next(e);
      }
    };
    step();
  };
}

/** Ajv's attribute name for an error path such as /body/contact/phone_number or /query/page. */
function attributeOf(path: string): string {
  const parts = path.split('/').filter((p) => p && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? 'base';
}

/** Renders any error as Chatwoot would; the one place error bodies are written. */
function toHttpError(err: any, api?: Operation['api']): HttpError {
  const known = httpErrorOf(err, api);
  if (known) return known;
  const parserError = bodyParserError(err);
  if (parserError) return parserError;
  if (Array.isArray(err?.errors) && typeof err.status === 'number') {
    if (err.status === 400) {
      // Request validation: answered like a model validation failure, naming each field.
      const errors = (err.errors as { path: string; message: string }[]).map((e) => {
        const attribute = attributeOf(e.path);
        return { attribute, message: `${humanizeAttribute(attribute)} ${e.message}` };
      });
      return new HttpError(422, {
        message: errors.map((e) => e.message).join(', '),
        attributes: [...new Set(errors.map((e) => e.attribute))],
      });
    }
    if (err.status === 415) return new HttpError(415, { status: 415, error: 'Unsupported Media Type' });
    if (err.status === 404 || err.status === 405) return routeNotFound();
    if (err.status === 413) return new HttpError(413, { status: 413, error: 'Payload Too Large' });
    // A response that breaks the spec is a bug in the fake: surface it loudly.
    return new HttpError(500, { error: String(err.message), errors: err.errors });
  }
  console.error(err);
  return new HttpError(500, { error: 'Internal Server Error' });
}

/**
 * Compiled validators hold no request state, so every fake of a process built on the bundled spec
 * shares one set (each operation's validators are compiled on its first request).
 */
let bundledValidators: SpecValidators | undefined;

function validatorsFor(spec: OpenApiDocument, bundled: boolean): SpecValidators {
  if (!bundled) return new SpecValidators(spec);
  return (bundledValidators ??= new SpecValidators(spec));
}

/**
 * Builds the Express app, one step per module. A request for an operation of the spec takes the
 * Chatwoot path, in Chatwoot's order: path normalisation → route match → CORS → journal → body →
 * fault injection → rate limit → auth → (a GET's answer served again from the answer cache, or:)
 * request validation → handler → response validation → error rendering, with Node's request and
 * response API only (see answerChatwootRoutesFirst). Anything else goes through Express's layers: CORS
 * (preflights), the control API (/__fake), the browser pages, stored files, and last the journaled
 * Rails 404 (or 400).
 *
 * The journal records the parsed body and the final status and body when the answer is sent,
 * whatever step answered.
 */
export async function createApp(options: AppOptions): Promise<FakeApp> {
  const spec = options.spec ?? (await loadSpec());
  const router = new Router(operationsOf(spec));
  const events = options.events ?? new EventBus();
  const { store } = options;
  const journal = options.journal ?? new Journal(options.journalSize ?? 1000, store.clock, routeOf);
  const faults = options.faults ?? new FaultInjector();
  let rateLimits = options.rateLimits;
  if (!rateLimits) {
    rateLimits = new RateLimits(store.clock);
    if (options.rateLimit) rateLimits.set(options.rateLimit);
  }
  const limits = rateLimits;

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended'); // labels[]=a&labels[]=b as Rails reads it
  app.set('etag', false);
  journalResponses(app.response);

  const cors = corsStep(options.corsOrigin);
  const validators = validatorsFor(spec, options.spec === undefined);
  const validateResponses = options.validateResponses !== false;

  // Bodies of unknown routes are not read: Rails answers their 404 before parsing params.
  const parseBody = chain(
    bodyParsers({ limit: options.bodyLimit ?? '1mb', fileLimitBytes: 40 * 1024 * 1024 }),
  );
  const parseBodyIfAny: RequestHandler = (req, res, next) => {
    // No body at all (most GETs): nothing to parse, an empty params hash as in Rails.
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      req.body = {};
      return next();
    }
    parseBody(req, res, next);
  };

  /** Whether a request's client gets the control API (see AppOptions.controlClients). */
  const control = options.control;
  const controlFor: (req: Request) => boolean = !control
    ? () => false
    : (options.controlClients ?? (() => true));

  const faultsStep = faultStep({
    injector: faults,
    headerFaults: controlFor,
    routeOf: (req) => routeOf(req)?.route ?? null,
    onFault: (_req, res, fault) => journal.noteFault(res, fault.description),
    onReset: (_req, res) => journal.noteReset(res),
  });

  const authStep: RequestHandler = (req: FakeRequest, res, next) => {
    const { ctx } = req.fake!;
    const token = req.headers['api_access_token'] as string | undefined;
    // Express's req.ip without a trusted proxy: the peer's address.
    const headers = limits.hit(token?.trim() || undefined, () => req.socket?.remoteAddress);
    if (headers) for (const k in headers) res.setHeader(k, headers[k]);
    authenticate(ctx, { apiAccessToken: token, ...sessionCredentialsOf(req.headers) });
    // devise_token_auth's update_auth_header: an answer to a session repeats its auth headers.
    if (ctx.session && ctx.operation.api === 'application') {
      for (const [k, v] of Object.entries(sessionHeaders(store, ctx.session))) res.setHeader(k, v);
    }
    next();
  };

  const answers = options.cacheAnswers === false ? undefined : new AnswerCache(store.clock);

  const handlerStep: RequestHandler = (req: FakeRequest, res) => {
    const { match, ctx } = req.fake!;
    // A GET without a body may be answered as before, if nothing it read has changed since.
    const cacheKey =
      answers && req.method === 'GET' && isEmptyObject(req.body)
        ? AnswerCache.keyOf(req.url, ctx)
        : undefined;
    if (cacheKey) {
      const hit = answers!.lookup(cacheKey, ctx);
      if (hit) return sendAnswer(res, hit);
    }
    // The query is parsed as Express's "extended" parser does (qs, prototype keys allowed). Request
    // validation coerces path parameters and the body in place, as the handler reads them; it checks
    // a copy of the query, and the handler gets the query as sent, since Chatwoot echoes `page` as sent.
    const [, search] = splitUrl(req.url);
    const query = (search ? qs.parse(search.slice(1), { allowPrototypes: true }) : {}) as Record<string, any>;
    const request = { params: { ...match.params }, query: copyQuery(query), body: req.body ?? {} };
    validators.checkRequest(match.operation, request);
    ctx.params = request.params as RequestContext['params'];
    ctx.query = query;
    ctx.body = request.body;
    ctx.files = ((req as any).files ?? []) as UploadedFile[];
    const handler = handlers[match.operation.operationId];
    if (!handler) throw new Error(`no handler for ${match.operation.operationId}`);
    const { value: reply, read } = cacheKey
      ? track(() => handler(ctx))
      : { value: handler(ctx), read: undefined };
    let answer: Answer;
    if ('empty' in reply) answer = { status: reply.status, headers: reply.headers, bytes: 0 };
    else if ('text' in reply) answer = textAnswer(reply.status, reply.headers, reply.contentType, reply.text);
    else {
      // A JSON `null` body (Rails `render json: nil`) is not checked: the spec's schemas admit null
      // where Chatwoot sends it.
      if (reply.body !== null && validateResponses)
        validators.checkResponse(match.operation, reply.status, reply.body);
      answer = textAnswer(reply.status, reply.headers, JSON_TYPE, JSON.stringify(reply.body));
    }
    if (cacheKey && read && answer.status < 300) answers!.remember(cacheKey, ctx, read, answer);
    sendAnswer(res, answer);
  };

  /** The Chatwoot request path, run as one chain (not as Express layers: it is the hot path). */
  const chatwootSteps = chain([
    journal.start,
    parseBodyIfAny,
    journal.captureBody,
    faultsStep,
    authStep,
    handlerStep,
  ]);

  // Chatwoot's routes first: a request for an operation of the spec takes the shortest path.
  const chatwootRoute = (req: FakeRequest, res: Response, next: () => void) => {
    const pathname = normalizePath(req);
    if (req.method === 'OPTIONS') return next(); // CORS preflight
    // Rails: "Invalid path parameters: Invalid encoding" (ActionController::BadRequest) → 400.
    if (!isDecodable(pathname)) return next();
    const match = router.match(req.method, pathname);
    if (!match || match === 'method-not-allowed') return next();
    req.fake = { match, ctx: new HttpRequestContext(store, events, match, req) };
    const run = () =>
      chatwootSteps(req, res, (err?: unknown) =>
        renderError(err ?? routeNotFound(), res, match.operation.api),
      );
    // CORS headers only matter to browsers, which always send Origin.
    if (req.headers.origin === undefined) {
      res.setHeader('Vary', 'Origin');
      run();
    } else cors(req, res, run);
  };
  answerChatwootRoutesFirst(app, chatwootRoute);

  app.use(cors);

  // Not Chatwoot: the harness's control API, before any Chatwoot step (no token, no journal, no faults).
  // A client it is not for falls through to the Chatwoot routes, whose 404 answers as if it did not exist.
  if (control) app.use('/__fake', (req, res, next) => (controlFor(req) ? control(req, res, next) : next()));

  // Not Chatwoot: the browser pages (/, /docs, /openapi.json|yaml, /demo), off the Chatwoot path too.
  app.use(webRouter(store, { control: controlFor }));

  // ActiveStorage's blob URLs (message attachments' data_url, exports): the files the fake keeps.
  const files = fileRoute(store);
  app.get(files.path, files.handler);

  // Anything else: journaled, and answered as Rails answers an unknown route (or a malformed path).
  app.use(journal.start);
  app.use((req, _res, next) => next(isDecodable(req.path) ? routeNotFound() : badRequest()));

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use((err: unknown, req: FakeRequest, res: Response, _next: NextFunction) =>
    renderError(err, res, req.fake?.match.operation.api),
  );

  return { app, router, events, journal, faults, rateLimits: limits };
}

/**
 * Lets `chatwootRoute` see every request before Express does: a request for an operation of the spec
 * is answered with Node's own request and response API, without Express's set-up of the request (its
 * prototype swap costs about 100 µs a request on this machine); anything else goes through the app as
 * usual, which does that set-up itself.
 */
function answerChatwootRoutesFirst(
  app: express.Express,
  chatwootRoute: (req: FakeRequest, res: Response, next: () => void) => void,
): void {
  const expressHandle = (app as unknown as { handle: (...args: unknown[]) => void }).handle;
  Object.assign(app, {
    handle(req: FakeRequest, res: Response, callback?: unknown) {
      const viaExpress = () => expressHandle.call(app, req, res, callback);
      try {
        chatwootRoute(req, res, viaExpress);
      } catch (err) {
        renderError(err, res, req.fake?.match.operation.api);
      }
    },
  });
}

/** A request's context, as handlers see it (a class: no per-request closures on the hot path). */
class HttpRequestContext implements RequestContext {
  readonly tables: Store['tables'];
  readonly operation: RouteMatch['operation'];
  params: Record<string, any>;
  query: Record<string, any> = {};
  body: any = {};
  files: UploadedFile[] = [];
  principal?: RequestContext['principal'];
  account?: RequestContext['account'];
  membership?: RequestContext['membership'];
  session?: RequestContext['session'];

  constructor(
    readonly store: Store,
    readonly events: EventBus,
    match: RouteMatch,
    private readonly req: Request,
  ) {
    this.tables = store.tables;
    this.operation = match.operation;
    this.params = match.params;
  }

  get baseUrl(): string {
    // Express's req.protocol without a trusted proxy.
    const protocol = (this.req.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http';
    const origin = `${protocol}://${this.req.headers.host ?? '127.0.0.1'}`;
    noteOriginRead(origin);
    return origin;
  }

  /** Headers have no version: an answer that reads one is not served again (see answer-cache.ts). */
  get headers(): Request['headers'] {
    noteVolatile();
    return this.req.headers;
  }
}

/** The one place error bodies are written. */
function renderError(err: unknown, res: Response, api?: Operation['api']): void {
  const error = toHttpError(err, api);
  if (res.headersSent) {
    res.end();
    return;
  }
  for (const [k, v] of Object.entries(error.headers)) res.setHeader(k, v);
  res.statusCode = error.status;
  if (error.contentType === 'text') sendText(res, 'text/plain', error.body as string);
  else sendText(res, JSON_TYPE, JSON.stringify(error.body));
}

/** A copy of a parsed query that validation may coerce (values are strings, arrays or nested objects). */
function copyQuery(query: Record<string, any>): Record<string, any> {
  const copy: Record<string, any> = {};
  for (const key in query) {
    const value = query[key];
    copy[key] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
  }
  return copy;
}

/** Rails routes ignore a trailing slash: drops it from req.url; returns the path. */
function normalizePath(req: Request): string {
  const [pathname, search] = splitUrl(req.url);
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const trimmed = pathname.replace(/\/+$/, '') || '/';
    req.url = trimmed + search;
    return trimmed;
  }
  return pathname;
}

function isDecodable(pathname: string): boolean {
  if (!pathname.includes('%')) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
