/**
 * The control API under `/__fake/`, for test suites that are not in Node (Python, Ruby, a browser):
 * the same operations as the in-process harness, as JSON over HTTP. Not part of Chatwoot: it needs no
 * token and ignores `api_access_token`; bad input answers 4xx `{"error": "…"}` naming the field
 * (FakeInputError; rendered by http/pipeline.ts with every other error).
 *
 *   GET    /__fake/info[?accountId=]           url, accountId, tokens, inboxes
 *   POST   /__fake/reset                       {accountId?}
 *   GET    /__fake/snapshots                   ids
 *   POST   /__fake/snapshots                   {name?} → {id}
 *   POST   /__fake/snapshots/{id}/restore
 *   DELETE /__fake/snapshots/{id}
 *   POST   /__fake/seed[?merge=&seed=&name=]   a world (JSON or YAML) → a new isolated account
 *   POST   /__fake/accounts                    {seed?, contacts?, conversations?, messages?, name?, fixtures? | world?,
 *                                               merge?} → a new isolated account (default world)
 *   GET    /__fake/requests?method=&path=&pathRegex=&status=&operationId=&token=&accountId=&limit=
 *   DELETE /__fake/requests
 *   GET    /__fake/cable-events?event=&stream=   the cable broadcasts (fake.cable.events)
 *   GET    /__fake/faults / POST (a rule) / DELETE (all) / DELETE /__fake/faults/{id}
 *   GET    /__fake/overrides / POST (a rule) / DELETE (all) / DELETE /__fake/overrides/{id}
 *   GET    /__fake/clock / POST {set?, mode?} / POST /__fake/clock/advance {by}
 *   GET    /__fake/rate-limit / POST {limit, per?, token?, headers?}, {rackAttack} or {off: true, token?}
 *   GET    /__fake/webhook-deliveries?event=     the webhook delivery log, oldest first
 *   GET    /__fake/webhook-queues                per target URL: deliveries queued, in flight, dropped
 *
 * A world given as a file path is read only from the directory the user named at start
 * (`--fixtures-dir`, `fixturesDir`): the control API never reads arbitrary files of the machine.
 */
import fs from 'node:fs';
import nodePath from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { FakeInputError } from '../http/errors';
import { checkPathPattern, regexFrom } from '../http/patterns';
import type { JournalFilter } from '../http/journal';
import { checkClockMode, parseInstant } from './clock';
import type { FakeHarness } from './harness';
import type { FakeWebhooks } from '../events/webhooks';
import type { FakeCable } from '../events/cable';
import { isWorldPath, type SeedInput } from './worlds';

export interface ControlOptions {
  /**
   * The directory world files may be read from over HTTP (`fixtures` paths, a path as the world),
   * relative paths resolved in it; without one, only worlds sent in the request are accepted.
   */
  fixturesDir?: string;
}

/**
 * A world's path as sent over HTTP, resolved in the fixtures directory (symbolic links followed): a
 * path outside it, or with no directory named, is refused.
 */
function worldPathIn(root: string | undefined, file: string): string {
  if (root === undefined) {
    throw new FakeInputError(
      'world files are read over HTTP only from the directory named at start (--fixtures-dir, ' +
        'fixturesDir); send the world itself (JSON or YAML) instead',
      403,
    );
  }
  const inside = (p: string) => p === root || p.startsWith(root + nodePath.sep);
  const wanted = nodePath.resolve(root, file.trim());
  if (!inside(wanted))
    throw new FakeInputError(`${JSON.stringify(file)} is outside the fixtures directory`, 403);
  let real: string;
  try {
    real = fs.realpathSync(wanted);
  } catch {
    throw new FakeInputError(
      `${JSON.stringify(file)} cannot be read: no such file in the fixtures directory`,
    );
  }
  if (!inside(real))
    throw new FakeInputError(`${JSON.stringify(file)} is outside the fixtures directory`, 403);
  return real;
}

type Handler = (req: Request, res: Response) => void;

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'text/plain'];

function bodyObject(req: Request): Record<string, unknown> {
  const body = req.body;
  if (body === undefined || body === null || (typeof body === 'string' && !body.trim())) return {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw new FakeInputError('the body must be a JSON object');
  return body as Record<string, unknown>;
}

function only(body: Record<string, unknown>, allowed: string[]): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) {
      throw new FakeInputError(
        `unknown field "${key}"${allowed.length ? ` (expected ${allowed.join(', ')})` : ''}`,
      );
    }
  }
}

function queryString(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new FakeInputError(`query parameter "${name}" must be given once`);
  return value;
}

function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new FakeInputError(`"${name}" must be a positive integer (got "${value}")`);
  }
  return Number(value);
}

function nonNegativeInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value))
    throw new FakeInputError(`"${name}" must be a non-negative integer (got "${value}")`);
  return Number(value);
}

function baseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function clockState(harness: FakeHarness) {
  return { now: harness.clock.iso(), epochMs: harness.clock.now(), mode: harness.clock.mode };
}

/** Builds the `/__fake` router of one fake. */
export function controlRouter(harness: FakeHarness, options: ControlOptions = {}): express.Router {
  const router = express.Router({ strict: false });
  const fixturesRoot = options.fixturesDir === undefined ? undefined : fs.realpathSync(options.fixturesDir);
  /** A world as sent: a path is resolved in the fixtures directory (or refused). */
  const worldInput = (input: SeedInput): SeedInput =>
    typeof input === 'string' && isWorldPath(input) ? worldPathIn(fixturesRoot, input) : input;
  router.use(
    express.json({ limit: '10mb', strict: false, type: ['application/json', 'application/*+json'] }),
  );
  router.use(express.text({ limit: '10mb', type: YAML_TYPES }));

  const routes: { method: string; pattern: RegExp; handler: Handler }[] = [];
  const on = (method: string, path: string, handler: Handler) => {
    const pattern = new RegExp(`^${path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}/?$`);
    routes.push({ method, pattern, handler });
  };

  on('GET', '/info', (req, res) => {
    res.json(harness.info(baseUrl(req), positiveInteger(queryString(req, 'accountId'), 'accountId')));
  });

  on('POST', '/reset', (req, res) => {
    const body = bodyObject(req);
    only(body, ['accountId']);
    if (
      body.accountId !== undefined &&
      (typeof body.accountId !== 'number' || !Number.isInteger(body.accountId))
    ) {
      throw new FakeInputError('"accountId" must be an integer');
    }
    harness.reset(body.accountId === undefined ? {} : { accountId: body.accountId as number });
    res.status(204).end();
  });

  on('GET', '/snapshots', (_req, res) => {
    res.json(harness.snapshots().map((id) => ({ id })));
  });
  on('POST', '/snapshots', (req, res) => {
    const body = bodyObject(req);
    only(body, ['name']);
    res.status(201).json({ id: harness.snapshot(body.name as string | undefined).id });
  });
  on('POST', '/snapshots/:id/restore', (req, res) => {
    harness.restore(decodeURIComponent(req.params.id as string));
    res.status(204).end();
  });

  on('DELETE', '/snapshots/:id', (req, res) => {
    const id = decodeURIComponent(req.params.id as string);
    if (!harness.deleteSnapshot(id)) throw new FakeInputError(`no snapshot ${JSON.stringify(id)}`, 404);
    res.status(204).end();
  });

  on('POST', '/seed', (req, res) => {
    for (const key of Object.keys(req.query as object)) {
      if (!['merge', 'seed', 'name'].includes(key)) {
        throw new FakeInputError(`unknown query parameter "${key}" (merge, seed, name)`);
      }
    }
    const merge = queryString(req, 'merge');
    if (merge !== undefined && !['true', 'false'].includes(merge)) {
      throw new FakeInputError('"merge" must be true or false');
    }
    const input = typeof req.body === 'string' ? req.body : bodyObject(req);
    if (typeof input === 'object' && !Object.keys(input).length) {
      throw new FakeInputError('the body must be a world (JSON, or YAML with Content-Type application/yaml)');
    }
    const account = harness.seed(worldInput(input), {
      merge: merge === undefined ? undefined : merge === 'true',
      seed: nonNegativeInteger(queryString(req, 'seed'), 'seed'),
      name: queryString(req, 'name'),
    });
    res.status(201).json({
      ...harness.info(baseUrl(req), account.accountId),
      accessTokens: account.accessTokens,
      passwords: account.passwords,
    });
  });

  on('POST', '/accounts', (req, res) => {
    const body = bodyObject(req);
    only(body, ['seed', 'contacts', 'conversations', 'messages', 'name', 'fixtures', 'world', 'merge']);
    for (const key of ['seed', 'contacts', 'conversations', 'messages']) {
      const v = body[key];
      if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 0)) {
        throw new FakeInputError(`"${key}" must be a non-negative integer`);
      }
    }
    if (body.name !== undefined && (typeof body.name !== 'string' || !body.name.trim())) {
      throw new FakeInputError('"name" must be a non-empty string');
    }
    if (body.merge !== undefined && typeof body.merge !== 'boolean') {
      throw new FakeInputError('"merge" must be true or false');
    }
    if (body.fixtures !== undefined && body.world !== undefined) {
      throw new FakeInputError('give either "fixtures" (a file path) or "world", not both');
    }
    if (
      body.fixtures !== undefined &&
      (typeof body.fixtures !== 'string' || !/\.(ya?ml|json)$/i.test(body.fixtures))
    ) {
      throw new FakeInputError(
        '"fixtures" must be the path of a .yaml, .yml or .json file on the fake\'s machine',
      );
    }
    if (
      body.world !== undefined &&
      (body.world === null || !['object', 'string'].includes(typeof body.world))
    ) {
      throw new FakeInputError('"world" must be a world object or YAML text');
    }
    const account = harness.createAccount({
      seed: body.seed as number | undefined,
      contacts: body.contacts as number | undefined,
      conversations: body.conversations as number | undefined,
      messages: body.messages as number | undefined,
      name: body.name as string | undefined,
      merge: body.merge as boolean | undefined,
      fixtures:
        body.fixtures === undefined && body.world === undefined
          ? undefined
          : worldInput((body.fixtures ?? body.world) as SeedInput),
    });
    res.status(201).json({
      ...harness.info(baseUrl(req), account.accountId),
      accessTokens: account.accessTokens,
      passwords: account.passwords,
    });
  });

  on('GET', '/requests', (req, res) => {
    const filter: JournalFilter = {};
    const method = queryString(req, 'method');
    if (method) {
      if (!/^[a-z]+$/i.test(method)) throw new FakeInputError('"method" must be an HTTP method such as POST');
      filter.method = method;
    }
    const path = queryString(req, 'path');
    const pathRegex = queryString(req, 'pathRegex');
    if (path && pathRegex) throw new FakeInputError('give either "path" or "pathRegex", not both');
    if (path) filter.path = checkPathPattern(path, 'path');
    if (pathRegex) filter.path = regexFrom(pathRegex, 'pathRegex');
    const status = queryString(req, 'status');
    if (status) {
      const statuses = status.split(',').map((s) => s.trim());
      if (!statuses.every((s) => /^\d{1,3}$/.test(s))) {
        throw new FakeInputError(
          `"status" must be a status code or a comma-separated list (got "${status}")`,
        );
      }
      filter.status = statuses.map(Number);
    }
    const operationId = queryString(req, 'operationId');
    if (operationId) filter.operationId = operationId;
    const token = queryString(req, 'token');
    if (token) filter.token = token;
    filter.accountId = positiveInteger(queryString(req, 'accountId'), 'accountId');
    filter.limit = positiveInteger(queryString(req, 'limit'), 'limit');
    for (const key of Object.keys(req.query as object)) {
      if (
        !['method', 'path', 'pathRegex', 'status', 'operationId', 'token', 'accountId', 'limit'].includes(key)
      ) {
        throw new FakeInputError(
          `unknown query parameter "${key}" (method, path, pathRegex, status, operationId, token, accountId, limit)`,
        );
      }
    }
    res.json(harness.requests(filter));
  });
  on('DELETE', '/requests', (_req, res) => {
    harness.clearRequests();
    res.status(204).end();
  });

  // Webhook deliveries (src/events/webhooks.ts): request, receiver status, latency, attempts.
  on('GET', '/webhook-deliveries', (req, res) => {
    const webhooks = (harness as FakeHarness & { webhooks?: FakeWebhooks }).webhooks;
    const event = queryString(req, 'event');
    res.json(webhooks ? webhooks.deliveries(event ? { event } : {}) : []);
  });
  on('GET', '/cable-events', (req, res) => {
    const cable = (harness as FakeHarness & { cable?: FakeCable }).cable;
    const event = queryString(req, 'event');
    const stream = queryString(req, 'stream');
    res.json(cable ? cable.events({ event: event?.split(','), stream }) : []);
  });
  on('GET', '/webhook-queues', (_req, res) => {
    const webhooks = (harness as FakeHarness & { webhooks?: FakeWebhooks }).webhooks;
    res.json(webhooks ? webhooks.queues() : []);
  });

  on('GET', '/faults', (_req, res) => {
    res.json(harness.faults());
  });
  on('POST', '/faults', (req, res) => {
    res.status(201).json(harness.fault(bodyObject(req)));
  });
  on('DELETE', '/faults', (_req, res) => {
    harness.clearFaults();
    res.status(204).end();
  });
  on('DELETE', '/faults/:id', (req, res) => {
    const id = positiveInteger(req.params.id as string, 'id')!;
    if (!harness.removeFault(id)) throw new FakeInputError(`no fault ${id}`, 404);
    res.status(204).end();
  });

  on('GET', '/overrides', (_req, res) => {
    res.json(harness.overrides());
  });
  on('POST', '/overrides', (req, res) => {
    res.status(201).json(harness.override(bodyObject(req)));
  });
  on('DELETE', '/overrides', (_req, res) => {
    harness.clearOverrides();
    res.status(204).end();
  });
  on('DELETE', '/overrides/:id', (req, res) => {
    const id = positiveInteger(req.params.id as string, 'id')!;
    if (!harness.removeOverride(id)) throw new FakeInputError(`no override ${id}`, 404);
    res.status(204).end();
  });

  on('GET', '/clock', (_req, res) => {
    res.json(clockState(harness));
  });
  on('POST', '/clock', (req, res) => {
    const body = bodyObject(req);
    only(body, ['set', 'mode']);
    if (body.set === undefined && body.mode === undefined) {
      throw new FakeInputError('give "set" (an ISO-8601 time or epoch ms) and/or "mode"');
    }
    // Check both before changing anything.
    const instant = body.set === undefined ? undefined : parseInstant(body.set, 'set');
    const mode = body.mode === undefined ? undefined : checkClockMode(body.mode);
    if (mode) harness.clock.setMode(mode);
    if (instant !== undefined) harness.clock.set(instant);
    res.json(clockState(harness));
  });
  on('POST', '/clock/advance', (req, res) => {
    const body = bodyObject(req);
    only(body, ['by']);
    if (body.by === undefined) throw new FakeInputError('"by" is required (ms, or a duration such as "2h")');
    harness.clock.advance(body.by as string | number);
    res.json(clockState(harness));
  });

  on('GET', '/rate-limit', (_req, res) => {
    res.json(harness.rateLimits());
  });
  on('POST', '/rate-limit', (req, res) => {
    const body = bodyObject(req);
    if (body.off !== undefined || body.enabled !== undefined) {
      only(body, ['off', 'enabled', 'token']);
      const off = body.off === true || body.enabled === false;
      if (!off) throw new FakeInputError('to turn a limit off send {"off": true} (or {"enabled": false})');
      if (body.token !== undefined && typeof body.token !== 'string') {
        throw new FakeInputError('"token" must be a string');
      }
      res.json(harness.rateLimit({ off: true, token: body.token as string | undefined }));
      return;
    }
    res.json(harness.rateLimit(body as never));
  });

  router.use((req: Request, res: Response, next: NextFunction) => {
    const path = req.path;
    const candidates = routes.filter((r) => r.pattern.test(path));
    const route = candidates.find((r) => r.method === req.method);
    if (!route) {
      if (candidates.length) {
        res.setHeader('Allow', [...new Set(candidates.map((r) => r.method))].join(', '));
        return next(new FakeInputError(`${req.method} is not allowed on /__fake${path}`, 405));
      }
      return next(new FakeInputError(`no control operation ${req.method} /__fake${path}`, 404));
    }
    req.params = { ...(route.pattern.exec(path)!.groups ?? {}) };
    route.handler(req, res);
  });

  return router;
}
