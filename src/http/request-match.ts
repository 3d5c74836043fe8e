/**
 * Which requests a rule applies to — the one home of request matching for fault rules
 * (http/faults.ts) and overrides (http/overrides.ts): `method`, `path` (or `pathRegex` over HTTP),
 * `operationId` and `token`, each optional, every one given must match. A rule is checked here when it
 * is given: its fields, and that it can match some operation of the spec (else the error names the
 * route or operationId probably meant).
 */
import type { Operation } from '../spec';
import { closest } from '../suggest';
import { FakeInputError } from './errors';
import {
  checkPathPattern,
  nearestTemplate,
  patternFitsTemplate,
  pathMatcher,
  regexFrom,
  type PathPattern,
} from './patterns';

/** Which requests a rule applies to; every field given must match. */
export interface RequestMatch {
  /** HTTP method (GET, HEAD, POST, PUT, PATCH or DELETE), case-insensitive; any when omitted. */
  method?: string;
  /**
   * A route template such as `/api/v1/accounts/:account_id/contacts` (`:name`, `{name}` or `*` for a
   * parameter), a literal path such as `/api/v1/accounts/1/contacts`, or a RegExp tested against
   * the request path (not checked against the spec). Any path when omitted.
   */
  path?: PathPattern;
  /** The operation of the spec, e.g. `createContact` (not together with `path`). */
  operationId?: string;
  /** The request's `api_access_token`; `'*'` is any request, with or without one. */
  token?: string;
}

/** The request facts a rule is matched against. */
export interface MatchTarget {
  method: string;
  path: string;
  /** The matched operation's template, e.g. /api/v1/accounts/{account_id}/contacts */
  route?: string | null;
  /** The matched operation's operationId, e.g. createContact */
  operationId?: string | null;
  token?: string;
}

/** What a rule is checked against: the spec's operations. */
export type SpecOperation = Pick<Operation, 'operationId' | 'method' | 'path'>;

/** The fields of a rule that say what it matches (`pathRegex`: a regex given as text, over HTTP). */
export const MATCH_KEYS = ['method', 'path', 'pathRegex', 'operationId', 'token'] as const;

/** The methods a request for an operation can have (HEAD is answered by the GET operation, as in Rails). */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** ` (did you mean X?)` for the candidate at most `max` edits from `word` (case and `_`/`-` ignored), or ''. */
export function didYouMean(word: string, candidates: readonly string[], max: number, quote = true): string {
  const best = closest(word, candidates, max, (s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
  if (best === undefined) return '';
  return quote ? ` (did you mean "${best}"?)` : ` (did you mean ${best}?)`;
}

/** Whether a request with `method` can reach `op` (HEAD reaches a GET operation). */
const methodReaches = (method: string | undefined, op: SpecOperation) =>
  method === undefined || op.method === method.toLowerCase() || (method === 'HEAD' && op.method === 'get');

/**
 * Reads the matching fields of a user's rule (`raw`), naming a bad one in a FakeInputError; `path`
 * and `pathRegex` are exclusive, so are a path and `operationId`.
 */
export function checkMatch(raw: Record<string, unknown>): RequestMatch {
  const match: RequestMatch = {};
  if (raw.method !== undefined && raw.method !== null) {
    if (typeof raw.method !== 'string' || !/^[a-z]+$/i.test(raw.method) || !raw.method) {
      throw new FakeInputError('"method" must be an HTTP method such as "POST"');
    }
    match.method = raw.method.toUpperCase();
    if (!METHODS.includes(match.method)) {
      throw new FakeInputError(
        `"method" must be one of ${METHODS.join(', ')}: got ${JSON.stringify(raw.method)}${didYouMean(match.method, METHODS, 1)}`,
      );
    }
  }
  if (raw.operationId !== undefined && raw.operationId !== null) {
    if (typeof raw.operationId !== 'string' || !raw.operationId) {
      throw new FakeInputError('"operationId" must be a string such as "createContact"');
    }
    if ((raw.path ?? raw.pathRegex ?? null) !== null) {
      throw new FakeInputError('give either "operationId" or a path, not both');
    }
    match.operationId = raw.operationId;
  }
  if (raw.pathRegex !== undefined && raw.pathRegex !== null) {
    if (raw.path !== undefined && raw.path !== null) {
      throw new FakeInputError('give either "path" or "pathRegex", not both');
    }
    match.path = regexFrom(raw.pathRegex, 'pathRegex');
  } else {
    match.path = checkPathPattern(raw.path, 'path');
  }
  if (match.path === undefined) delete match.path;
  if (raw.token !== undefined && raw.token !== null) {
    if (typeof raw.token !== 'string' || !raw.token) throw new FakeInputError('"token" must be a string');
    match.token = raw.token;
  }
  return match;
}

/**
 * Refuses a rule that could match no operation of the spec — a mistyped operationId, a path that is
 * no route, a method the route does not take — naming the nearest route or operationId. `what` says
 * what applies to the spec's operations only ("faults", "overrides").
 */
export function checkMatchAgainstSpec(
  match: RequestMatch,
  operations: readonly SpecOperation[],
  what: string,
): void {
  const { method, operationId, path } = match;
  if (operationId !== undefined) {
    const op = operations.find((o) => o.operationId === operationId);
    if (!op) {
      const ids = operations.map((o) => o.operationId);
      throw new FakeInputError(
        `"operationId" ${JSON.stringify(operationId)} is no operation of the spec${didYouMean(operationId, ids, Math.max(2, Math.floor(operationId.length / 4)))}`,
      );
    }
    if (!methodReaches(method, op)) {
      throw new FakeInputError(
        `"method" ${method} never matches ${operationId}, which is ${op.method.toUpperCase()} ${op.path}`,
      );
    }
  }
  if (typeof path !== 'string') return;
  const fitting = operations.filter((o) => patternFitsTemplate(path, o.path));
  if (fitting.some((o) => methodReaches(method, o))) return;
  if (fitting.length) {
    const taken = [...new Set(fitting.map((o) => o.method.toUpperCase()))];
    throw new FakeInputError(
      `"method" ${method} never matches ${path}: its operations are ${taken.join(', ')}`,
    );
  }
  const templates = [...new Set(operations.filter((o) => methodReaches(method, o)).map((o) => o.path))];
  const guess = nearestTemplate(path, templates);
  throw new FakeInputError(
    `"path" ${path} is no route of the Chatwoot API${method ? ` for ${method}` : ''} (${what} apply to the spec's operations)${guess ? `: did you mean ${guess}?` : ''}`,
  );
}

const segments = (path: string) => path.split('/').filter(Boolean);
const isParamSegment = (s: string) => /^(?::\w+|\{\w+\}|\*)$/.test(s);

/**
 * The operations a checked rule can match, or undefined when that cannot be known before a request
 * (a RegExp path). A literal segment of the pattern where one operation has the same text and another a
 * parameter reaches the literal one only, as the router routes it (`/contacts/search` is not
 * `/contacts/{id}`).
 */
export function operationsMatched<T extends SpecOperation>(
  match: RequestMatch,
  operations: readonly T[],
): T[] | undefined {
  const { method, operationId, path } = match;
  if (path instanceof RegExp) return undefined;
  const reachable = operations.filter(
    (o) =>
      methodReaches(method, o) &&
      (operationId === undefined || o.operationId === operationId) &&
      (path === undefined || patternFitsTemplate(path, o.path)),
  );
  if (typeof path !== 'string') return reachable;
  const wanted = segments(path);
  const literalHits = (o: SpecOperation) =>
    segments(o.path).filter((s, i) => !isParamSegment(s) && !isParamSegment(wanted[i])).length;
  return reachable.filter(
    (o) => !reachable.some((other) => other.method === o.method && literalHits(other) > literalHits(o)),
  );
}

/** A rule's `times` (how many matching requests it applies to): a positive integer, or undefined. */
export function checkTimes(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new FakeInputError('"times" must be a positive integer');
  }
  return value;
}

/** A checked rule as a test of one request. */
export function requestMatcher(match: RequestMatch): (target: MatchTarget) => boolean {
  const paths = match.path === undefined ? undefined : pathMatcher(match.path);
  const { method, operationId, token } = match;
  return (target) =>
    (!method || method === target.method.toUpperCase()) &&
    (operationId === undefined || operationId === target.operationId) &&
    (token === undefined || token === '*' || token === target.token) &&
    (!paths || paths(target.path, target.route));
}

/** A rule's matching fields as listed by `faults()` / `overrides()` (a RegExp as its source text). */
export function matchView(match: RequestMatch) {
  const { method, path, operationId, token } = match;
  return {
    method: method ?? null,
    path: path === undefined ? null : path instanceof RegExp ? path.source : path,
    pathRegex: path instanceof RegExp,
    operationId: operationId ?? null,
    token: token ?? null,
  };
}
