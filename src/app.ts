import { createRequire } from 'node:module';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { EventBus } from './events/bus';
import { sessionCredentialsOf, sessionHeaders } from './domain/sessions';
import { authenticate } from './http/auth';
import { bodyParserError, bodyParsers } from './http/body';
import { fileRoute } from './http/files';
import type { RequestContext, UploadedFile } from './http/context';
import { HttpError, badRequest, humanizeAttribute, routeNotFound } from './http/errors';
import { FaultInjector, RateLimits, faultStep } from './http/faults';
import { Journal, type RouteInfo } from './http/journal';
import type { RateLimitOptions } from './http/rate-limit';
import { handlers } from './resources';
import { corsStep } from './web/cors';
import { webRouter } from './web';
import { loadSpec, operationsOf, Router, type OpenApiDocument, type RouteMatch } from './spec';
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
function toHttpError(err: any): HttpError {
  if (err instanceof HttpError) return err;
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
 * express-openapi-validator compiles each route's validators from a schema to which it attaches the
 * whole spec's `paths` and `components` (for multi-file $refs), and Ajv's getSchemaRefs walks all of it
 * with json-schema-traverse: O(spec size) per route and status, ~150 ms a route at 200+ operations. The
 * spec is fully dereferenced (no $ref, no $id), so nothing there needs finding: let the walk skip those
 * two keys (schema-level keys that are never JSON Schema keywords). Cuts compiling a route by ~3x.
 */
function skipSpecCopiesWhenCompiling(): void {
  const load = createRequire(require.resolve('express-openapi-validator'));
  const traverse = createRequire(load.resolve('ajv'))('json-schema-traverse') as {
    skipKeywords: Record<string, boolean>;
  };
  traverse.skipKeywords.paths = true;
  traverse.skipKeywords.components = true;
}

function newValidator(spec: OpenApiDocument, validateResponses: boolean) {
  skipSpecCopiesWhenCompiling();
  return OpenApiValidator.middleware({
    apiSpec: spec as any,
    validateRequests: {
      allowUnknownQueryParameters: true,
      coerceTypes: 'array',
      removeAdditional: false,
      allErrors: true, // name every bad field, not just the first
    },
    validateResponses: validateResponses ? { removeAdditional: false } : false,
    validateSecurity: false,
    validateApiSpec: false, // the spec is linted by npm test (lint:spec + spec tests), not at every start
    validateFormats: true,
    fileUploader: false,
    useRequestUrl: true,
    ignoreUndocumented: true,
  });
}

/**
 * Compiled validators hold no request state, so every fake of a process built on the bundled spec
 * shares one (compiling them costs about half a second per app).
 */
const sharedValidators = new Map<boolean, ReturnType<typeof newValidator>>();

function validatorFor(spec: OpenApiDocument, validateResponses: boolean, bundled: boolean) {
  if (!bundled) return newValidator(spec, validateResponses);
  let validator = sharedValidators.get(validateResponses);
  if (!validator)
    sharedValidators.set(validateResponses, (validator = newValidator(spec, validateResponses)));
  return validator;
}

/**
 * Builds the Express app, one step per module, in Chatwoot's order:
 * CORS → path normalisation → control API (/__fake, off the Chatwoot path) → journal → route match
 * → body → fault injection → route 404 → rate limit → auth → request validation → handler
 * → response validation → error rendering.
 *
 * The journal starts first so it sees every request, and records the parsed body and the final
 * status and body when the answer is sent, whatever step answered.
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

  app.use(corsStep(options.corsOrigin));

  // Rails routes ignore a trailing slash.
  app.use((req, _res, next) => {
    const [pathname, search] = splitUrl(req.url);
    if (pathname.length > 1 && pathname.endsWith('/')) req.url = pathname.replace(/\/+$/, '') + search;
    next();
  });

  // Not Chatwoot: the harness's control API, before any Chatwoot step (no token, no journal, no faults).
  if (options.control) app.use('/__fake', options.control);

  // Not Chatwoot: the browser pages (/, /docs, /openapi.json|yaml, /demo), off the Chatwoot path too.
  app.use(webRouter(store, { control: Boolean(options.control) }));

  // ActiveStorage's blob URLs (message attachments' data_url, exports): the files the fake keeps.
  const files = fileRoute(store);
  app.get(files.path, files.handler);

  app.use(journal.start);

  app.use((req: FakeRequest, _res, next) => {
    // Rails: "Invalid path parameters: Invalid encoding" (ActionController::BadRequest) → 400.
    try {
      decodeURIComponent(req.path);
    } catch {
      return next(badRequest());
    }
    const match = router.match(req.method, req.path);
    if (!match || match === 'method-not-allowed') return next();
    const ctx: RequestContext = {
      store,
      tables: store.tables,
      events,
      operation: match.operation,
      params: match.params,
      query: {},
      body: {},
      files: [],
      baseUrl: `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`,
    };
    req.fake = { match, ctx };
    next();
  });

  // Bodies of unknown routes are not read: Rails answers their 404 before parsing params.
  const parseBody = chain(
    bodyParsers({ limit: options.bodyLimit ?? '1mb', fileLimitBytes: 40 * 1024 * 1024 }),
  );
  app.use((req: FakeRequest, res, next) => (req.fake ? parseBody(req, res, next) : next()));
  app.use(journal.captureBody);

  app.use(
    faultStep({
      injector: faults,
      headerFaults: options.control !== false,
      routeOf: (req) => routeOf(req)?.route ?? null,
      onFault: (req, _res, fault) => journal.noteFault(req, fault.description),
      onReset: (req, res) => journal.noteReset(req, res),
    }),
  );

  app.use((req: FakeRequest, _res, next) => next(req.fake ? undefined : routeNotFound()));

  app.use((req: FakeRequest, res, next) => {
    const { ctx } = req.fake!;
    const token = req.get('api_access_token');
    const headers = limits.hit(token?.trim() || undefined, req.ip);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    authenticate(ctx, { apiAccessToken: token, ...sessionCredentialsOf(req) });
    // devise_token_auth's update_auth_header: an answer to a session repeats its auth headers.
    if (ctx.session && ctx.operation.api === 'application') {
      for (const [k, v] of Object.entries(sessionHeaders(store, ctx.session))) res.setHeader(k, v);
    }
    next();
  });

  app.use(validatorFor(spec, options.validateResponses !== false, options.spec === undefined));

  app.use((req: FakeRequest, res: Response) => {
    const { match, ctx } = req.fake!;
    ctx.params = { ...match.params, ...(req.params ?? {}) };
    ctx.query = (req.query ?? {}) as Record<string, any>;
    ctx.body = req.body ?? {};
    ctx.files = ((req as any).files ?? []) as UploadedFile[];
    const handler = handlers[match.operation.operationId];
    if (!handler) throw new Error(`no handler for ${match.operation.operationId}`);
    const reply = handler(ctx);
    res.status(reply.status);
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    if ('empty' in reply) res.end();
    else if ('text' in reply) res.type(reply.contentType).send(reply.text);
    // A JSON `null` body (Rails `render json: nil`): the response validator would take it for a
    // missing body, so it is sent as text (the spec's schemas admit null where Chatwoot sends it).
    else if (reply.body === null) res.type('application/json').send('null');
    else res.json(reply.body);
  });

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const error = toHttpError(err);
    if (res.headersSent) return res.end();
    for (const [k, v] of Object.entries(error.headers)) res.setHeader(k, v);
    res.status(error.status);
    if (error.contentType === 'text') res.type('text/plain').send(error.body as string);
    else res.type('application/json').send(JSON.stringify(error.body));
  });

  return { app, router, events, journal, faults, rateLimits: limits };
}

function splitUrl(url: string): [string, string] {
  const q = url.indexOf('?');
  return q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}
