/**
 * Checking a fault rule a user gives (`fake.fault`, `failNext`, `delay`, `POST /__fake/faults`): its
 * fields, its latency, and that its method, path or operationId names an operation of the spec, with
 * the one probably meant when it does not.
 */
import type { Operation } from '../spec';
import { FakeInputError } from './errors';
import type { FaultRule } from './faults';
import {
  checkPathPattern,
  editDistance,
  nearestTemplate,
  parseDuration,
  patternFitsTemplate,
  regexFrom,
} from './patterns';

/**
 * The longest latency a fault may add: Node's timers hold 2^31 − 1 ms (about 24.8 days); a longer
 * one would fire at once (TimeoutOverflowWarning) instead of waiting.
 */
export const MAX_LATENCY_MS = 2 ** 31 - 1;

export function checkLatency(ms: number, field: string): number {
  if (ms < 0) throw new FakeInputError(`${field} must not be negative`);
  if (ms > MAX_LATENCY_MS)
    throw new FakeInputError(`${field} must be at most ${MAX_LATENCY_MS} ms (about 24.8 days): got ${ms}`);
  return ms;
}

const RULE_KEYS = new Set([
  'method',
  'path',
  'pathRegex',
  'operationId',
  'token',
  'times',
  'status',
  'body',
  'headers',
  'latency',
  'reset',
  'malformed',
]);

/** The methods a request for an operation can have (HEAD is answered by the GET operation, as in Rails). */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** What a fault rule is checked against: the spec's operations. */
export type FaultOperation = Pick<Operation, 'operationId' | 'method' | 'path'>;

/** ` (did you mean X?)` for the candidate at most `max` edits from `word` (case and `_`/`-` ignored), or ''. */
function didYouMean(word: string, candidates: readonly string[], max: number, quote = true): string {
  const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(plain(word), plain(c));
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  if (best === undefined) return '';
  return quote ? ` (did you mean "${best}"?)` : ` (did you mean ${best}?)`;
}

/** Whether a request with `method` can reach `op` (HEAD reaches a GET operation). */
const methodReaches = (method: string | undefined, op: FaultOperation) =>
  method === undefined || op.method === method.toLowerCase() || (method === 'HEAD' && op.method === 'get');

/**
 * Refuses a rule that could match no operation of the spec — a mistyped operationId, a path that is
 * no route, a method the route does not take — naming the nearest route or operationId.
 */
function checkAgainstSpec(rule: FaultRule, operations: readonly FaultOperation[]): void {
  const { method, operationId, path } = rule;
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
    `"path" ${path} is no route of the Chatwoot API${method ? ` for ${method}` : ''} (faults apply to the spec's operations)${guess ? `: did you mean ${guess}?` : ''}`,
  );
}

/**
 * Checks a user's fault rule and normalises it; throws FakeInputError naming the bad field. Given the
 * spec's operations, a rule that could match none of them is refused too.
 */
export function checkFaultRule(input: unknown, operations?: readonly FaultOperation[]): FaultRule {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new FakeInputError('a fault rule must be an object');
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!RULE_KEYS.has(key)) throw new FakeInputError(`unknown fault field "${key}"`);
  }
  const rule: FaultRule = {};
  if (raw.method !== undefined && raw.method !== null) {
    if (typeof raw.method !== 'string' || !/^[a-z]+$/i.test(raw.method) || !raw.method) {
      throw new FakeInputError('"method" must be an HTTP method such as "POST"');
    }
    rule.method = raw.method.toUpperCase();
    if (!METHODS.includes(rule.method)) {
      throw new FakeInputError(
        `"method" must be one of ${METHODS.join(', ')}: got ${JSON.stringify(raw.method)}${didYouMean(rule.method, METHODS, 1)}`,
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
    rule.operationId = raw.operationId;
  }
  if (raw.pathRegex !== undefined && raw.pathRegex !== null) {
    if (raw.path !== undefined && raw.path !== null) {
      throw new FakeInputError('give either "path" or "pathRegex", not both');
    }
    rule.path = regexFrom(raw.pathRegex, 'pathRegex');
  } else {
    rule.path = checkPathPattern(raw.path, 'path');
  }
  if (raw.token !== undefined && raw.token !== null) {
    if (typeof raw.token !== 'string' || !raw.token) throw new FakeInputError('"token" must be a string');
    rule.token = raw.token;
  }
  if (raw.times !== undefined && raw.times !== null) {
    if (typeof raw.times !== 'number' || !Number.isInteger(raw.times) || raw.times < 1) {
      throw new FakeInputError('"times" must be a positive integer');
    }
    rule.times = raw.times;
  }
  if (raw.status !== undefined && raw.status !== null) {
    if (
      typeof raw.status !== 'number' ||
      !Number.isInteger(raw.status) ||
      raw.status < 400 ||
      raw.status > 599
    ) {
      throw new FakeInputError('"status" must be an HTTP error status (400–599)');
    }
    rule.status = raw.status;
  }
  if (raw.body !== undefined) {
    if (rule.status === undefined) throw new FakeInputError('"body" needs a "status"');
    rule.body = raw.body;
  }
  if (raw.headers !== undefined && raw.headers !== null) {
    const headers = raw.headers as Record<string, unknown>;
    if (
      typeof headers !== 'object' ||
      Array.isArray(headers) ||
      Object.values(headers).some((v) => typeof v !== 'string')
    ) {
      throw new FakeInputError('"headers" must be an object of string values');
    }
    if (rule.status === undefined) throw new FakeInputError('"headers" needs a "status"');
    rule.headers = headers as Record<string, string>;
  }
  if (raw.latency !== undefined && raw.latency !== null) {
    rule.latency = checkLatency(parseDuration(raw.latency, 'latency'), '"latency"');
  }
  for (const flag of ['reset', 'malformed'] as const) {
    if (raw[flag] !== undefined && raw[flag] !== null) {
      if (typeof raw[flag] !== 'boolean') throw new FakeInputError(`"${flag}" must be true or false`);
      if (raw[flag]) rule[flag] = true;
    }
  }
  const terminal = [rule.status !== undefined, rule.reset, rule.malformed].filter(Boolean).length;
  if (terminal > 1) throw new FakeInputError('give only one of "status", "reset" and "malformed"');
  if (!terminal && rule.latency === undefined) {
    throw new FakeInputError('a fault needs an effect: "status", "latency", "reset" or "malformed"');
  }
  if (operations) checkAgainstSpec(rule, operations);
  return rule;
}
