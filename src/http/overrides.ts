/**
 * Overrides (msw / WireMock style): rules that answer matching requests with a given answer instead
 * of the handler — any status 200–599, a body, headers — set in-process (`fake.override(...)`) or over
 * the control API (`POST /__fake/overrides`). Requests are matched as fault rules match them
 * (http/request-match.ts).
 *
 * The contract stays: a static body is checked against the spec's response schema of every operation
 * the rule can match, for its status, when the rule is given (refused with a 422 naming the JSON pointer
 * and what the schema expects); a computed one (`respond`) when it is sent (a broken one answers 500
 * naming the override, as response validation does). `validate: false` turns both off.
 *
 * Where they sit in the request path (http/pipeline.ts): after faults, rate limit, auth and request
 * validation, in place of the handler — an override answers a valid caller's valid request, and a
 * request without a token still gets Chatwoot's 401. A rule with `token: '*'` answers before auth
 * instead: any request to the route, with or without credentials.
 */
import { CountedRules, type ListedRule } from './counted-rules';
import type { Operation } from '../spec';
import { FakeInputError, inputFields } from './errors';
import {
  checkMatch,
  checkMatchAgainstSpec,
  checkTimes,
  MATCH_KEYS,
  operationsMatched,
  requestMatcher,
  type MatchTarget,
  type RequestMatch,
} from './request-match';
import type { SpecValidators, ValidationIssue } from './validation';
import { ResponseValidationError } from './validation';

/** The request a computed override (`respond`) answers. */
export interface OverrideRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  operationId: string;
  /** Path parameters (coerced as the spec says: `account_id` a number); raw strings for `token: '*'`. */
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The parsed body (`{}` when none). */
  body: unknown;
  /** The `api_access_token` sent, if any. */
  token: string | undefined;
  /**
   * The caller: `administrator` or `agent` (a user, by the account's membership; `user` outside an
   * account), `agent_bot`, `platform`; null when unauthenticated (`token: '*'`, public routes).
   */
  role: 'administrator' | 'agent' | 'user' | 'agent_bot' | 'platform' | null;
}

/** What an override answers. */
export interface OverrideAnswer {
  /** 200–599. */
  status: number;
  /**
   * JSON, or text (sent as text/plain) when a string. Omitted: an empty answer, or for 4xx/5xx
   * Chatwoot's body for the status (as a fault's).
   */
  body?: unknown;
  headers?: Record<string, string>;
}

/** An override: what it matches (RequestMatch), how often, and its answer. */
export interface OverrideRule extends RequestMatch, Partial<OverrideAnswer> {
  /** How many matching requests it answers; unlimited when omitted. */
  times?: number;
  /** Check the answer against the spec (default true). */
  validate?: boolean;
  /**
   * In-process only: computes the answer per request (`state` is `fake.db`, read-only). Its answer is
   * checked when sent. Give either `respond` or `status`.
   */
  respond?: (req: OverrideRequest, state: unknown) => OverrideAnswer | Promise<OverrideAnswer>;
}

/** An override as listed by `fake.overrides()` and `GET /__fake/overrides`. */
export interface Override extends ListedRule {
  /** `status` is null for a computed one (`respond`). */
  respond: boolean;
  validate: boolean;
}

export interface ActiveOverride {
  id: number;
  rule: OverrideRule;
  matches: (target: MatchTarget) => boolean;
  remaining: number;
  hits: number;
  /** Operations whose answer was checked when the rule was given (a RegExp path: none). */
  checked: Set<string>;
}

const RULE_KEYS = new Set<string>([
  ...MATCH_KEYS,
  'times',
  'status',
  'body',
  'headers',
  'validate',
  'respond',
]);

/** A status an override may answer. */
const isStatus = (s: unknown): s is number =>
  typeof s === 'number' && Number.isInteger(s) && s >= 200 && s <= 599;

function checkHeaders(value: unknown, field: string): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (
    typeof value !== 'object' ||
    Array.isArray(value) ||
    Object.entries(value).some(([k, v]) => typeof v !== 'string' || !/^[!#$%&'*+.^_`|~\w-]+$/.test(k))
  ) {
    throw new FakeInputError(`"${field}" must be an object of header names and string values`);
  }
  return value as Record<string, string>;
}

/** Why an answer breaks the spec's answer of `op`, or undefined when it fits (or there is nothing to check). */
export function answerProblem(
  validators: SpecValidators,
  op: Operation,
  answer: OverrideAnswer,
): { message: string; issues: ValidationIssue[] } | undefined {
  const { status, body } = answer;
  const of = `${op.operationId} (${op.method.toUpperCase()} ${op.path})`;
  const content = validators.responseContent(op, status);
  if (!content) {
    // An error status the spec does not list (a 503 from a proxy) is Chatwoot's to send; a success is not.
    if (status >= 400) return undefined;
    const documented = validators.documentedStatuses(op).join(', ');
    return {
      message: `"status" ${status} is no answer of ${of} in the spec (it documents ${documented})`,
      issues: [],
    };
  }
  if (body === undefined) {
    if (!content.media || status >= 400) return undefined;
    return {
      message: `"body" is required: the spec's ${status} answer of ${of} has a ${content.media} body`,
      issues: [],
    };
  }
  if (!content.media)
    return {
      message: `"body" must be omitted: the spec's ${status} answer of ${of} has no body`,
      issues: [],
    };
  const json = /json/i.test(content.media);
  if ((typeof body === 'string') === json) {
    return {
      message: json
        ? `"body" must be JSON: the spec's ${status} answer of ${of} is ${content.media} (a string is sent as text/plain)`
        : `"body" must be a string: the spec's ${status} answer of ${of} is ${content.media}`,
      issues: [],
    };
  }
  try {
    validators.checkResponse(op, status, body);
    return undefined;
  } catch (err) {
    if (!(err instanceof ResponseValidationError)) throw err;
    // Ajv's paths are under the wrapper's `/response`: the body's own JSON pointer.
    const issues = err.errors.map((i) => ({
      ...i,
      path: i.path.replace(/^\/response/, '') || '/',
      message: i.keyword === 'required' ? 'is required' : i.message,
    }));
    const detail = issues.map((i) => `${i.path} ${i.message}`).join(', ') || err.message;
    return { message: `"body" breaks the spec's ${status} answer of ${of}: ${detail}`, issues };
  }
}

/** The overrides of one fake. */
export class Overrides extends CountedRules<ActiveOverride, Override> {
  private operations?: readonly Operation[];
  private validators?: SpecValidators;
  private stateOf: () => unknown = () => ({});

  /** The spec the fake serves: rules are checked against its operations and answers (see add). */
  useSpec(operations: readonly Operation[], validators: SpecValidators): void {
    this.operations = operations;
    this.validators = validators;
  }

  /** What a computed override gets as `state` (the harness's read-only `db`). */
  useState(state: () => unknown): void {
    this.stateOf = state;
  }

  get state(): unknown {
    return this.stateOf();
  }

  get spec(): SpecValidators | undefined {
    return this.validators;
  }

  /** Whether any rule is set (the answer cache steps aside then). */
  get size(): number {
    return this.rules.length;
  }

  /** Adds a rule, checked first (fields, operations, answer); returns it as listed. */
  add(input: OverrideRule): Override {
    const rule = this.check(input);
    const ops = this.operations && operationsMatched(rule, this.operations);
    const checked = new Set<string>();
    if (ops && this.validators && rule.validate !== false && rule.status !== undefined) {
      for (const op of ops) {
        const problem = answerProblem(this.validators, op, rule as OverrideAnswer);
        if (problem) throw new FakeInputError(`${problem.message} (or give "validate": false)`, 422);
        checked.add(op.operationId);
      }
    }
    return this.keep((id) => ({
      id,
      rule,
      matches: requestMatcher(rule),
      remaining: rule.times ?? Infinity,
      hits: 0,
      checked,
    }));
  }

  /**
   * The first rule matching a request, counted (and dropped once its `times` are used up). `early`:
   * the step before auth, where only `token: '*'` rules answer; otherwise only the others do.
   */
  take(target: MatchTarget, early: boolean): ActiveOverride | undefined {
    if (!this.rules.length) return undefined;
    const found = this.rules.find(
      (r) => r.remaining > 0 && (r.rule.token === '*') === early && r.matches(target),
    );
    if (!found) return undefined;
    this.spend([found]);
    return found;
  }

  private check(input: unknown): OverrideRule {
    const raw = inputFields(input, 'an override must be an object', 'override', RULE_KEYS);
    const rule: OverrideRule = checkMatch(raw);
    if (rule.path === undefined && rule.operationId === undefined) {
      throw new FakeInputError(
        'an override needs "operationId" or "path" (to make every route fail, use a fault rule)',
      );
    }
    if (this.operations) checkMatchAgainstSpec(rule, this.operations, 'overrides');
    const times = checkTimes(raw.times);
    if (times !== undefined) rule.times = times;
    if (raw.validate !== undefined && raw.validate !== null) {
      if (typeof raw.validate !== 'boolean') throw new FakeInputError('"validate" must be true or false');
      rule.validate = raw.validate;
    }
    if (raw.respond !== undefined && raw.respond !== null) {
      if (typeof raw.respond !== 'function') {
        throw new FakeInputError('"respond" must be a function (req, state) => ({ status, body, headers })');
      }
      for (const key of ['status', 'body', 'headers'])
        if (raw[key] !== undefined) throw new FakeInputError(`give either "respond" or "${key}", not both`);
      rule.respond = raw.respond as OverrideRule['respond'];
      return rule;
    }
    if (raw.status === undefined || raw.status === null) {
      throw new FakeInputError('an override needs a "status" (200–599), or in-process a "respond" function');
    }
    if (!isStatus(raw.status)) {
      throw new FakeInputError(
        `"status" must be an HTTP status from 200 to 599: got ${JSON.stringify(raw.status)}`,
      );
    }
    rule.status = raw.status;
    if (raw.body !== undefined) rule.body = raw.body;
    const headers = checkHeaders(raw.headers, 'headers');
    if (headers) rule.headers = headers;
    return rule;
  }

  protected view(r: ActiveOverride): Override {
    const { rule } = r;
    return this.listed(r, { respond: rule.respond !== undefined, validate: rule.validate !== false });
  }
}

/**
 * Checks a computed answer (`respond`'s) as a status and headers; a bad one is a bug in the test's
 * override, answered 500 naming it.
 */
export function checkComputedAnswer(id: number, value: unknown): OverrideAnswer {
  const name = `override ${id} (respond)`;
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${name} must return { status, body?, headers? }: got ${JSON.stringify(value)}`);
  const answer = value as Record<string, unknown>;
  if (!isStatus(answer.status))
    throw new Error(`${name} returned "status" ${JSON.stringify(answer.status)}: it must be from 200 to 599`);
  try {
    checkHeaders(answer.headers, 'headers');
  } catch (err) {
    throw new Error(`${name} returned ${(err as Error).message}`);
  }
  return answer as unknown as OverrideAnswer;
}
