/**
 * The path of every request, listed once (DESIGN.md, "The path of a request"):
 *
 *   route match → CORS → journal (and request log) → body → faults → rate limit → [override, token '*']
 *     → auth → request validation → override or handler (or a GET's kept answer) → response validation
 *     → answer;  every error → renderError
 *
 * A Chatwoot route (an operation of the spec) takes every step, over Node's own request and response.
 * `listener` (what startFake serves) answers those before Express sees them — Express's set-up of a
 * request (its prototype swap) costs more than most handlers — and hands everything else to the Express
 * app; the app's first middleware is the same Chatwoot path, for an app served by others (supertest).
 *
 * The other routes go on through Express, with their steps from here too: the control API first
 * (/__fake: no CORS, no journal, no faults, its own error bodies, own Host names only), then CORS for
 * every other one, the browser pages and the stored files (nothing more), and last an unknown route
 * (journaled, Rails' 404). Bound to a non-loopback address, no route answers a foreign Host.
 */
import { projectToSchema } from '../versions/project';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { EventBus } from '../events/bus';
import { sessionHeaders } from '../domain/sessions';
import type { Router, RouteMatch, Operation } from '../spec';
import type { Store } from '../store';
import { track, type ReadSet } from '../store/reads';
import { isHash } from '../rails/casts';
import { JSON_TYPE, sendAnswer, textAnswer, type Answer } from './answer';
import { AnswerCache } from './answer-cache';
import { authenticate, sessionCredentialsOf } from './auth';
import {
  asQueryParams,
  bodyParser,
  forbiddenKeyPath,
  isEmptyObject,
  MAX_PARAMS,
  parseParams,
  type BodyRequest,
} from './body';
import type { HandlerMap, Reply, RequestContext, UploadedFile } from './context';
import { corsStep } from './cors';
import { FakeInputError, badRequest, invalidRecord, routeNotFound } from './errors';
import { faultStep, type FaultInjector } from './faults';
import { overrideStep } from './override-step';
import type { Overrides } from './overrides';
import { controlRefusal, foreignHostMessage, isServedHost, type HostPolicy } from './hosts';
import type { Journal, RouteInfo } from './journal';
import { throttleRequest } from './rack-attack';
import type { RateLimits } from './rate-limit';
import { isDecodable, normalizePath, splitUrl } from './request';
import { logFault, type RequestLog } from './request-log';
import { HttpRequestContext } from './request-context';
import { renderError } from './render-error';
import type { SpecValidators } from './validation';

export interface PipelineOptions {
  store: Store;
  events: EventBus;
  router: Router;
  validators: SpecValidators;
  /** Handlers by operationId (src/resources). */
  handlers: HandlerMap;
  validateResponses: boolean;
  /** Drop from each JSON answer what the spec (of the emulated version) does not have. */
  projectAnswers?: boolean;
  cacheAnswers: boolean;
  bodyLimit: string | number;
  corsOrigin?: string | string[];
  journal: Journal;
  /** The request log (http/request-log.ts), when on: a line for every request the journal records. */
  log?: RequestLog;
  faults: FaultInjector;
  /** Overrides: answers given by the test suite instead of the handler's (http/overrides.ts). */
  overrides: Overrides;
  rateLimits: RateLimits;
  /** The control API (/__fake), if on, and the clients it is for (see AppOptions.controlClients). */
  control?: RequestHandler;
  controlFor: (req: IncomingMessage) => boolean;
  /**
   * The fake's names (http/hosts.ts): the control API and X-Fake-Fault answer only them, and never a
   * page of another origin; with `everyRoute` (a non-loopback bind) no route answers a foreign Host.
   */
  hosts: HostPolicy & { everyRoute: boolean };
  /** The browser pages (/, /docs, /openapi.json, /demo). */
  pages: RequestHandler;
  /** The stored files (ActiveStorage's blob and representation paths). */
  files: { path: string[]; handler: RequestHandler };
  /** Where direct uploads PUT their bytes (ActiveStorage's Disk service path). */
  diskUpload?: { path: string; handler: RequestHandler };
}

/** One request on the Chatwoot path: what the steps share. */
interface Call {
  req: BodyRequest;
  res: ServerResponse;
  match: RouteMatch;
  ctx: HttpRequestContext;
  /** The query string's parameters when the body step had to parse them (see bodyStep). */
  query?: Record<string, any>;
  /** A GET the answer cache may serve or keep (its key). */
  cacheKey?: string;
  reply?: Reply;
  read?: ReadSet;
  answer?: Answer;
}

type Step = (call: Call, next: (err?: unknown) => void) => void;

export { renderError, toHttpError, type ErrorKind } from './render-error';

/** Requests the listener handed to Express, so the app's first middleware does not match them again. */
const NOT_CHATWOOT = Symbol('chatwoot-fake: not a Chatwoot route');

/** The spec operation a request matched, kept on the request for routeOf. */
const MATCHED = Symbol('chatwoot-fake: matched operation');

/** The spec operation a request matched (for the journal and fault rules), if any. */
export function routeOf(req: IncomingMessage): RouteInfo | undefined {
  const match = (req as IncomingMessage & { [MATCHED]?: RouteMatch })[MATCHED];
  return match && routeInfo(match);
}

function apiOf(req: IncomingMessage): Operation['api'] | undefined {
  return (req as IncomingMessage & { [MATCHED]?: RouteMatch })[MATCHED]?.operation.api;
}

function routeInfo(match: RouteMatch): RouteInfo {
  return { operationId: match.operation.operationId, route: match.operation.path, params: match.params };
}

export interface Pipeline {
  /** The Express app: every route (the Chatwoot ones through its first middleware). */
  app: express.Express;
  /** A node:http listener: Chatwoot routes answered directly, anything else by `app`. */
  listener: RequestListener;
}

export function createPipeline(options: PipelineOptions): Pipeline {
  const { store, events, router, validators, journal, faults, handlers } = options;
  const limits = options.rateLimits;
  const answers = options.cacheAnswers ? new AnswerCache(store.clock) : undefined;
  const cors = corsStep(options.corsOrigin);
  const parseBody = bodyParser({
    limit: options.bodyLimit,
    fileLimitBytes: 40 * 1024 * 1024,
    takesFiles: (req) => (req as { [MATCHED]?: RouteMatch })[MATCHED]?.operation.multipart === true,
  });
  /** Whether an operation takes a body; a body sent to one that does not is merged into its query. */
  const takesBody = (op: Operation) => validators.operationObject(op).requestBody !== undefined;
  /**
   * Whether the spec declares `status` for an operation without a body: its errors then answer with
   * none, whatever their cause (Rails' `head :unprocessable_entity` where a handler's own 422 is bodiless).
   */
  const bodiless =
    (op: Operation) =>
    (status: number): boolean => {
      const response = validators.operationObject(op).responses?.[String(status)];
      return response !== undefined && response.content === undefined;
    };
  /** The path parameters of each operation that Rails would `find` by id (integer in the spec). */
  const idParams = new Map<string, string[]>();
  const idParamsOf = (op: Operation): string[] => {
    let names = idParams.get(op.operationId);
    if (!names) {
      names = validators
        .parameters(op)
        .filter((p) => p.in === 'path' && [p.schema?.type].flat().includes('integer'))
        .map((p) => p.name as string);
      idParams.set(op.operationId, names);
    }
    return names;
  };
  const injectFaults = faultStep({
    injector: faults,
    // The header is the control API's: honoured for its clients, never from a page of another origin.
    headerFaults: (req) =>
      req.headers['x-fake-fault'] !== undefined &&
      options.controlFor(req) &&
      controlRefusal(req, options.hosts) === undefined,
    onFault: (res, fault) => {
      journal.noteFault(res, fault.description);
      logFault(res, fault.description);
    },
    onReset: (res) => journal.noteReset(res),
  });
  const { overrides } = options;
  const override = overrideStep({ overrides, journal });

  // ---- The Chatwoot path, step by step (route match and CORS first: see answerChatwoot) ----

  const { log } = options;
  const journalStep: Step = ({ req, res, match }, next) => {
    const route = routeInfo(match);
    journal.begin(req, res, route);
    log?.begin(req, res, route);
    next();
  };

  /**
   * Params as Rails parses them before any before_action runs (so a malformed body is a 400 even
   * without a token): the query string, then the body (bodies of unknown routes are never read: Rails
   * answers their 404 first). A body of an operation that takes one may not carry prototype keys
   * (answered 422 naming the key); other bodies are merged into the query later, without them.
   */
  const bodyStep: Step = (call, next) => {
    const { req, res, match } = call;
    const [, search] = splitUrl(req.url!);
    // Only a query with an escape, a bracket or thousands of pairs can be refused; others are parsed
    // when validation needs them (a GET served from the answer cache never does).
    if (search && (search.includes('%') || search.includes('[') || search.length > MAX_PARAMS))
      call.query = parseParams(search.slice(1));
    const done = (err?: unknown) => {
      if (err !== undefined && err !== null) return next(err);
      journal.captureBody(req, res);
      const bad = takesBody(match.operation) ? forbiddenKeyPath(req.body) : undefined;
      if (bad) {
        return next(
          invalidRecord([{ attribute: bad[0], message: `${bad.join('.')} is not a permitted parameter` }]),
        );
      }
      next();
    };
    // No body at all (most GETs): nothing to parse, an empty params hash as in Rails.
    if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
      req.body = {};
      return done();
    }
    parseBody(req, res, done);
  };

  const faultsStep: Step = ({ req, res, match }, next) => injectFaults(req, res, match.operation, next);

  const rateLimitStep: Step = (call, next) => {
    const { req, res } = call;
    if (!limits.active) return next();
    const token = req.headers['api_access_token'] as string | undefined;
    const headers = limits.hit(
      token?.trim() || undefined,
      throttleRequest(req, () => call.query, true),
    );
    if (headers) for (const k in headers) res.setHeader(k, headers[k]);
    next();
  };

  const authStep: Step = ({ req, res, ctx }, next) => {
    const token = req.headers['api_access_token'] as string | undefined;
    authenticate(ctx, { apiAccessToken: token, ...sessionCredentialsOf(req.headers) });
    // devise_token_auth's update_auth_header: an answer to a session repeats its auth headers.
    if (ctx.session && ctx.operation.api === 'application') {
      for (const [k, v] of Object.entries(sessionHeaders(store, ctx.session))) res.setHeader(k, v);
    }
    next();
  };

  /**
   * A GET without a body is answered as before while nothing it read has changed (http/answer-cache.ts);
   * the URL passed request validation when the answer was kept.
   */
  const keptAnswerStep: Step = (call, next) => {
    const { req, ctx } = call;
    // While overrides are set, every GET goes on to them (and to its handler): no kept answer.
    if (!answers || overrides.size || req.method !== 'GET' || !isEmptyObject(req.body)) return next();
    call.cacheKey = AnswerCache.keyOf(req.url!, ctx);
    const kept = answers.lookup(call.cacheKey, ctx);
    if (kept) return sendAnswer(call.res, kept);
    next();
  };

  /**
   * Validation coerces path parameters and the body in place, as the handler reads them; it checks a
   * copy of the query, and the handler gets the query as sent, since Chatwoot echoes `page` as sent.
   * Rails merges a body into `params` whatever the method, the query winning: an operation that takes
   * no body reads the keys of one in its query.
   */
  const requestValidationStep: Step = ({ req, match, ctx, query: parsed }, next) => {
    const search = splitUrl(req.url!)[1];
    let query = parsed ?? (search ? parseParams(search.slice(1)) : {});
    const body = req.body ?? {};
    if (!takesBody(match.operation) && isHash(body) && !isEmptyObject(body))
      query = { ...(asQueryParams(body) as Record<string, any>), ...query };
    const request = { params: { ...ctx.params }, query: copyQuery(query), body };
    validators.checkRequest(match.operation, request);
    ctx.params = request.params as RequestContext['params'];
    ctx.query = query;
    ctx.body = request.body;
    ctx.files = (req.files as UploadedFile[] | undefined) ?? [];
    next();
  };

  /** `token: '*'` overrides: any request to the route, before auth. */
  const earlyOverrideStep: Step = ({ req, res, match }, next) =>
    override(req, res, match, undefined, true, next);

  /** The other overrides: a valid caller's valid request, in place of the handler. */
  const overrideHandlerStep: Step = ({ req, res, match, ctx }, next) =>
    override(req, res, match, ctx, false, next);

  const handlerStep: Step = (call, next) => {
    const { ctx } = call;
    const handler = handlers[ctx.operation.operationId];
    if (!handler) throw new Error(`no handler for ${ctx.operation.operationId}`);
    // What the handler reads is tracked only when its answer may be kept.
    if (call.cacheKey) ({ value: call.reply, read: call.read } = track(() => handler(ctx)));
    else call.reply = handler(ctx);
    next();
  };

  const responseValidationStep: Step = (call, next) => {
    const reply = call.reply!;
    if ('empty' in reply) call.answer = { status: reply.status, headers: reply.headers, bytes: 0 };
    else if ('text' in reply)
      call.answer = textAnswer(reply.status, reply.headers, reply.contentType, reply.text, reply.asIs);
    else {
      // A JSON `null` body (Rails `render json: nil`) is not checked: the spec's schemas admit null
      // where Chatwoot sends it.
      if (reply.body !== null && options.projectAnswers) {
        const schema = validators.responseSchema(call.match.operation, reply.status);
        if (schema) reply.body = projectToSchema(reply.body, schema).value as typeof reply.body;
      }
      if (reply.body !== null && options.validateResponses)
        validators.checkResponse(call.match.operation, reply.status, reply.body);
      call.answer = textAnswer(reply.status, reply.headers, JSON_TYPE, JSON.stringify(reply.body));
    }
    next();
  };

  const answerStep: Step = (call) => {
    const answer = call.answer!;
    if (call.cacheKey && call.read && answer.status < 300)
      answers!.remember(call.cacheKey, call.ctx, call.read, answer);
    sendAnswer(call.res, answer);
  };

  const corsOnChatwoot: Step = ({ req, res }, next) => cors(req, res, next);

  /** Every step of a Chatwoot route after the route match, in order. */
  const CHATWOOT_STEPS: Step[] = [
    corsOnChatwoot,
    journalStep,
    bodyStep,
    faultsStep,
    rateLimitStep,
    earlyOverrideStep,
    authStep,
    keptAnswerStep,
    requestValidationStep,
    overrideHandlerStep,
    handlerStep,
    responseValidationStep,
    answerStep,
  ];

  /** Route match, then the Chatwoot steps; false when the request is not for an operation of the spec. */
  const answerChatwoot = (req: BodyRequest, res: ServerResponse): boolean => {
    if ((req as { [NOT_CHATWOOT]?: true })[NOT_CHATWOOT]) return false;
    // Bound to a non-loopback address: a foreign Host (DNS rebinding) gets no route at all.
    if (options.hosts.everyRoute && !isServedHost(req, options.hosts)) {
      renderError(new FakeInputError(foreignHostMessage(req), 403), res, 'control');
      return true;
    }
    const pathname = normalizePath(req);
    const match =
      req.method === 'OPTIONS' || !isDecodable(pathname) ? undefined : router.match(req.method!, pathname);
    if (!match || match === 'method-not-allowed') {
      // A preflight, a malformed path (Rails' 400), an unknown route or a page: Express's.
      (req as { [NOT_CHATWOOT]?: true })[NOT_CHATWOOT] = true;
      return false;
    }
    (req as { [MATCHED]?: RouteMatch })[MATCHED] = match;
    const ctx = new HttpRequestContext(store, events, match, req, idParamsOf(match.operation));
    const call: Call = { req, res, match, ctx };
    const api = match.operation.api;
    const noBody = bodiless(match.operation);
    let i = 0;
    const next = (err?: unknown): void => {
      if (err !== undefined && err !== null) return renderError(err, res, api, noBody);
      const step = CHATWOOT_STEPS[i++];
      if (!step) return;
      try {
        step(call, next);
      } catch (e) {
        renderError(e, res, api, noBody);
      }
    };
    next();
    return true;
  };

  // ---- Every other route, through Express ----

  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended'); // labels[]=a&labels[]=b as Rails reads it
  app.set('etag', false);

  const { control, controlFor } = options;
  // Chatwoot routes first: the whole path above (answered here when not by the listener).
  app.use((req, res, next) => (answerChatwoot(req, res) ? undefined : next()));
  // The control API belongs to the test suite: no CORS, no journal, no faults, its own error bodies;
  // a foreign Host or a page of another origin is refused (http/hosts.ts). A client it is not for
  // falls through to the 404, as if it did not exist.
  if (control) {
    app.use('/__fake', (req, res, next) => {
      if (!controlFor(req)) return next();
      const refusal = controlRefusal(req, options.hosts);
      if (refusal) return renderError(new FakeInputError(refusal, 403), res, 'control');
      control(req, res, (err?: unknown) =>
        err === undefined || err === null || err === 'router' ? next() : renderError(err, res, 'control'),
      );
    });
  }
  // Every other route: CORS, preflights included (OPTIONS is no operation of the spec).
  app.use((req, res, next) => cors(req, res, next));
  // rack-attack's throttles (behind Rack::Cors, as in Chatwoot) see every other route too: the /widget page's.
  app.use((req, res, next) => {
    if (!limits.active) return next();
    const headers = limits.throttle(throttleRequest(req, () => undefined, false));
    if (headers) res.set(headers);
    next();
  });
  app.use(options.pages);
  app.get(options.files.path, options.files.handler);
  if (options.diskUpload) app.put(options.diskUpload.path, options.diskUpload.handler);
  // Anything else: journaled, and answered as Rails answers an unknown route (or a malformed path).
  app.use((req, res, next) => {
    journal.begin(req, res);
    log?.begin(req, res);
    next(isDecodable(splitUrl(req.url)[0]) ? routeNotFound() : badRequest());
  });
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) =>
    renderError(err, res, apiOf(req)),
  );

  const listener: RequestListener = (req, res) => {
    try {
      if (answerChatwoot(req, res)) return;
    } catch (err) {
      return renderError(err, res, apiOf(req));
    }
    app(req, res);
  };
  return { app, listener };
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
