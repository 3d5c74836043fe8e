import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { EventBus } from './events/bus';
import { authenticate } from './http/auth';
import { bodyParserError, bodyParsers } from './http/body';
import type { RequestContext, UploadedFile } from './http/context';
import { HttpError, routeNotFound } from './http/errors';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit';
import { handlers } from './resources';
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
}

export interface FakeApp {
  app: express.Express;
  router: Router;
  events: EventBus;
  rateLimiter?: RateLimiter;
}

type FakeRequest = Request & { fake?: { match: RouteMatch; ctx: RequestContext } };

/** Ajv's attribute name for an error path such as /body/contact/phone_number or /query/page. */
function attributeOf(path: string): string {
  const parts = path.split('/').filter((p) => p && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? 'base';
}

/** "phone_number" → "Phone number", as Rails' full_messages humanise attribute names. */
function humanize(attribute: string): string {
  const words = attribute.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
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
        return { attribute, message: `${humanize(attribute)} ${e.message}` };
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
 * Builds the Express app, one step per module, in Chatwoot's order:
 * CORS → path normalisation → route match → body → rate limit → auth → request validation
 * → handler → response validation → error rendering.
 */
export async function createApp(options: AppOptions): Promise<FakeApp> {
  const spec = options.spec ?? (await loadSpec());
  const router = new Router(operationsOf(spec));
  const events = options.events ?? new EventBus();
  const { store } = options;
  const rateLimiter = options.rateLimit ? new RateLimiter(options.rateLimit, store.clock) : undefined;

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended'); // labels[]=a&labels[]=b as Rails reads it
  app.set('etag', false);

  app.use(
    cors({
      origin: options.corsOrigin ?? true,
      allowedHeaders: ['api_access_token', 'content-type', 'access-token', 'client', 'uid', 'authorization'],
      exposedHeaders: ['access-token', 'client', 'uid', 'expiry', 'token-type', 'authorization'],
      maxAge: 600,
    }),
  );

  // Rails routes ignore a trailing slash.
  app.use((req, _res, next) => {
    const [pathname, search] = splitUrl(req.url);
    if (pathname.length > 1 && pathname.endsWith('/')) req.url = pathname.replace(/\/+$/, '') + search;
    next();
  });

  app.use((req: FakeRequest, _res, next) => {
    const match = router.match(req.method, req.path);
    if (!match || match === 'method-not-allowed') return next(routeNotFound());
    const ctx: RequestContext = {
      store,
      tables: store.tables,
      events,
      operation: match.operation,
      params: match.params,
      query: {},
      body: {},
      files: [],
    };
    req.fake = { match, ctx };
    next();
  });

  app.use(...bodyParsers({ limit: options.bodyLimit ?? '1mb', fileLimitBytes: 40 * 1024 * 1024 }));

  app.use((req: FakeRequest, res, next) => {
    const { ctx } = req.fake!;
    const token = req.get('api_access_token');
    if (rateLimiter) {
      const headers = rateLimiter.hit(token ? `token:${token}` : `ip:${req.ip}`);
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    }
    authenticate(ctx, { apiAccessToken: token });
    next();
  });

  app.use(
    OpenApiValidator.middleware({
      apiSpec: spec as any,
      validateRequests: {
        allowUnknownQueryParameters: true,
        coerceTypes: 'array',
        removeAdditional: false,
        allErrors: true, // name every bad field, not just the first
      },
      validateResponses: options.validateResponses === false ? false : { removeAdditional: false },
      validateSecurity: false,
      validateFormats: true,
      fileUploader: false,
      useRequestUrl: true,
      ignoreUndocumented: true,
    }),
  );

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
    if ('empty' in reply) res.end();
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

  return { app, router, events, rateLimiter };
}

function splitUrl(url: string): [string, string] {
  const q = url.indexOf('?');
  return q === -1 ? [url, ''] : [url.slice(0, q), url.slice(q)];
}
