/**
 * Request and response validation against the spec, one compiled Ajv validator per operation part
 * (parameters, body, response status), compiled on first use and shared by every fake of a process.
 *
 * Why not express-openapi-validator's middleware (used at first): profiled under load, its
 * route lookup rebuilt a path-to-regexp for every route of the spec on every request (a quarter of
 * the CPU time at 232 operations), and its start-up preprocessed, deep-cloned and walked the whole
 * spec (~0.9 s per process). The fake has already matched the route (src/spec.ts Router), so this
 * module validates the matched operation only, with the Ajv options the middleware used: JSON Schema
 * 2020-12 (OpenAPI 3.1), `coerceTypes: 'array'` and defaults for requests, formats in ajv-formats'
 * fast mode, errors as `{ path: '/body/contact/email', message }` — a request's in ActiveModel's words
 * ("is not included in the list"), a response's in Ajv's. The contract checker
 * (src/contract/checker.ts) uses the same class, so what the fake accepts is what the checker accepts.
 */
import type Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020';
import { errorMessage } from '../rails/messages';
import type { OpenApiDocument, Operation } from '../spec';

/** One invalid value: where (`/query/page`, `/body/email`, `/response/payload/0/id`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

/** A request that breaks the spec: answered as Chatwoot's 422, naming each field. */
export class RequestValidationError extends Error {
  constructor(
    readonly errors: ValidationIssue[],
    message: string,
  ) {
    super(message);
    this.name = 'RequestValidationError';
  }
}

/** A response that breaks the spec: a bug in the fake, answered 500 with the errors. */
export class ResponseValidationError extends Error {
  constructor(
    readonly errors: ValidationIssue[],
    message: string,
  ) {
    super(message);
    this.name = 'ResponseValidationError';
  }
}

export interface SpecValidatorOptions {
  /** Report every error of a response, not just the first (the contract checker's choice). */
  allResponseErrors?: boolean;
}

const BASE_OPTIONS: Options = {
  strict: false, // OpenAPI keywords (example, x-policy…) are not JSON Schema ones
  strictNumbers: true,
  strictTuples: true,
  allowUnionTypes: false,
  validateSchema: false, // the spec is linted by npm test, not at every start
  removeAdditional: false,
  // Ajv's code optimisation pass stays on: measured on the conversation and messages views, it halves
  // validation time (15 vs 37 µs a conversation) for no measurable compile cost.
};

/** Ajv is loaded with the first validator compiled (~50 ms of a cold start that validates nothing). */
function newAjv(options: Options): Ajv2020 {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const Ajv = (require('ajv/dist/2020') as typeof import('ajv/dist/2020')).default;
  const addFormats = (require('ajv-formats') as typeof import('ajv-formats')).default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ajv = new Ajv({ ...BASE_OPTIONS, ...options });
  addFormats(ajv, { mode: 'fast' });
  // OpenAPI's own formats, which JSON Schema does not define: accepted as annotations.
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'media-range'])
    ajv.addFormat(format, true);
  return ajv;
}

/** Ajv's errors as issues: the missing or extra property named in the path, enum values listed. */
export function issuesOf(errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => {
    const params = e.params as Record<string, unknown>;
    const child = (params.missingProperty ?? params.additionalProperty) as string | undefined;
    const allowed = e.keyword === 'enum' ? (params.allowedValues as unknown[] | undefined) : undefined;
    return {
      path: child !== undefined ? `${e.instancePath}/${child}` : e.instancePath,
      message: allowed ? `${e.message}: ${allowed.join(', ')}` : (e.message ?? 'is invalid'),
      keyword: e.keyword,
    };
  });
}

/** The value at a JSON pointer (Ajv's instancePath) of the data validated. */
function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

/** A number, or text Ruby's Kernel#Float reads as one ("1.5", " 2e3 "). */
const numeric = (value: unknown): boolean =>
  typeof value === 'number' ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value.trim())));

/**
 * What a Rails model would say of a value that breaks a request schema, in ActiveModel's default
 * messages (rails/messages.ts): enum → inclusion; a type it cannot cast → not_a_number for a number
 * (not_an_integer for a fraction where an integer is wanted), else invalid; required → blank;
 * minLength / maxLength → too_short / too_long; minimum, maximum and their exclusive forms →
 * greater_than(_or_equal_to) / less_than(_or_equal_to); anything else (pattern, format, a shape of
 * anyOf/oneOf) → invalid.
 */
function railsMessage(e: ErrorObject, value: unknown): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return errorMessage('blank');
    case 'enum':
    case 'const':
      return errorMessage('inclusion');
    case 'type': {
      const wanted = String(params.type).split(',');
      if (wanted.includes('string') || !(wanted.includes('integer') || wanted.includes('number')))
        return errorMessage('invalid');
      return !wanted.includes('number') && numeric(value)
        ? errorMessage('not_an_integer')
        : errorMessage('not_a_number');
    }
    case 'minLength':
      return errorMessage('too_short', params.limit as number);
    case 'maxLength':
      return errorMessage('too_long', params.limit as number);
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const key = (
        {
          '>=': 'greater_than_or_equal_to',
          '>': 'greater_than',
          '<=': 'less_than_or_equal_to',
          '<': 'less_than',
        } as const
      )[params.comparison as '>=' | '>' | '<=' | '<'];
      return key ? errorMessage(key, params.limit as number) : errorMessage('invalid');
    }
    case 'additionalProperties':
      return 'is not a permitted parameter';
    default:
      return errorMessage('invalid');
  }
}

/**
 * A request's errors as issues in Rails' words (railsMessage), one per field and problem: the errors
 * inside a failed anyOf/oneOf are left out (the value fits none of its shapes: "is invalid"), so are
 * a field's other errors when its type is wrong, and repeats (each item of a list: one message).
 */
function requestIssuesOf(errors: ErrorObject[] | null | undefined, data: unknown): ValidationIssue[] {
  const all = errors ?? [];
  const combinators = all.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const list = all.filter((e) => !combinators.some((c) => e.schemaPath.startsWith(`${c.schemaPath}/`)));
  const wrongType = new Set(list.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const e of list) {
    if (e.keyword !== 'type' && wrongType.has(e.instancePath)) continue;
    const [issue] = issuesOf([e]);
    issue.message = railsMessage(e, valueAt(data, e.instancePath));
    const key = `${issue.path.replace(/\/\d+(?=\/|$)/g, '')} ${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/** Collects numbers that are not finite (Infinity, NaN) in a coerced value; bodies are at most 100 deep. */
function nonFiniteNumbers(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value === 'number') {
    // Answered as a value that is no number: "is not a number".
    if (!Number.isFinite(value))
      issues.push({ path, message: errorMessage('not_a_number'), keyword: 'type' });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) nonFiniteNumbers(child, `${path}/${key}`, issues);
  }
}

function messageOf(issues: ValidationIssue[]): string {
  return issues.map((i) => `${i.path} ${i.message}`).join(', ');
}

/** A response's documented content for a status: exact, then `4XX`-style range, then `default`. */
export function responseKey(responses: Record<string, unknown>, status: number): string | undefined {
  const exact = String(status);
  if (exact in responses) return exact;
  const range = `${exact[0]}XX`;
  return (
    Object.keys(responses).find((k) => k.toUpperCase() === range) ??
    ('default' in responses ? 'default' : undefined)
  );
}

interface RequestChecks {
  params?: ValidateFunction;
  body?: ValidateFunction;
}

const NO_BODY = 'response should NOT have a body';

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json$/;

export class SpecValidators {
  private ajvRequest?: Ajv2020;
  private ajvResponse?: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly requestCache = new Map<string, RequestChecks>();
  private readonly responseCache = new Map<string, ValidateFunction | string>();

  constructor(
    readonly spec: OpenApiDocument,
    private readonly options: SpecValidatorOptions = {},
  ) {}

  /** Parameters and bodies: coerced as Rails reads them ("42" → 42, "a" → ["a"]), defaults applied. */
  get requestAjv(): Ajv2020 {
    return (this.ajvRequest ??= newAjv({ coerceTypes: 'array', useDefaults: true, allErrors: true }));
  }

  get responseAjv(): Ajv2020 {
    return (this.ajvResponse ??= newAjv({ allErrors: this.options.allResponseErrors ?? false }));
  }

  /** The operation object of the spec (parameters, requestBody, responses). */
  operationObject(op: Operation): Record<string, any> {
    return this.spec.paths[op.path][op.method];
  }

  /** Path-level and operation-level parameters (operation-level ones win). */
  parameters(op: Operation): Record<string, any>[] {
    const item = this.spec.paths[op.path];
    const own: Record<string, any>[] = item[op.method].parameters ?? [];
    const shared: Record<string, any>[] = (item.parameters ?? []).filter(
      (p: any) => !own.some((o) => o.name === p.name && o.in === p.in),
    );
    return [...shared, ...own];
  }

  /** Compiles once per key (an operation part); Ajv compiling is the costly step. */
  compile(key: string, ajv: Ajv2020, schema: () => object): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = ajv.compile(schema());
      this.compiled.set(key, fn);
    }
    return fn;
  }

  /**
   * The JSON schema of an operation's request body: the body step has turned every encoding (JSON,
   * form, multipart) into an object, so the JSON one if documented, else the first documented one.
   */
  requestBodySchema(op: Operation): { schema: object; required: boolean } | undefined {
    const requestBody = this.operationObject(op).requestBody as Record<string, any> | undefined;
    const content: Record<string, any> = requestBody?.content ?? {};
    const media = Object.keys(content).find((m) => JSON_MEDIA.test(m)) ?? Object.keys(content)[0];
    const schema = media && content[media].schema;
    if (!schema) return undefined;
    return { schema: schema.format === 'binary' ? {} : schema, required: requestBody?.required === true };
  }

  /** An operation's request validators, built on its first request. */
  private requestChecks(op: Operation): RequestChecks {
    let checks = this.requestCache.get(op.operationId);
    if (checks) return checks;
    checks = {};
    const params = this.parameters(op);
    if (params.length) {
      const group = (where: string) => {
        const list = params.filter((p) => p.in === where);
        return {
          type: 'object',
          properties: Object.fromEntries(list.map((p) => [p.name, p.schema ?? {}])),
          required: list.filter((p) => p.required).map((p) => p.name),
        };
      };
      checks.params = this.compile(`params ${op.operationId}`, this.requestAjv, () => ({
        type: 'object',
        properties: { params: group('path'), query: group('query') },
      }));
    }
    const body = this.requestBodySchema(op);
    if (body) {
      checks.body = this.compile(`body ${op.operationId}`, this.requestAjv, () => ({
        type: 'object',
        properties: { body: body.schema },
        required: body.required ? ['body'] : [],
      }));
    }
    this.requestCache.set(op.operationId, checks);
    return checks;
  }

  /**
   * Checks a matched request; coerces `params` and `body` in place (the handler reads them coerced)
   * and `query` too (pass a copy to keep the raw one). Throws a RequestValidationError naming every field.
   */
  checkRequest(
    op: Operation,
    data: { params: Record<string, unknown>; query: Record<string, unknown>; body: unknown },
  ): void {
    const { params, body } = this.requestChecks(op);
    const paramsValid = !params || params(data);
    const bodyValid = !body || body(data);
    const issues = [
      ...(paramsValid ? [] : requestIssuesOf(params!.errors, data)),
      ...(bodyValid ? [] : requestIssuesOf(body!.errors, data)),
    ];
    // Ajv's coercion turns "1e309" into Infinity, which then passes `integer` and `maximum`
    // (ajv-validator/ajv#2212): refuse any number that is not finite.
    if (!issues.length) {
      if (params) nonFiniteNumbers(data.params, '/params', issues);
      if (body) nonFiniteNumbers(data.body, '/body', issues);
    }
    if (issues.length) throw new RequestValidationError(issues, messageOf(issues));
  }

  /**
   * Checks a JSON body the fake is about to send for `status`; throws a ResponseValidationError when
   * the spec does not document the status or the body breaks its schema.
   */
  checkResponse(op: Operation, status: number, body: unknown): void {
    const check = this.responseCheck(op, status);
    let issues: ValidationIssue[] = [];
    if (typeof check === 'string') {
      if (check === '' || (check === NO_BODY && body === undefined)) return;
    } else if (body === undefined) {
      if (this.emptyAllowed(op, status)) return;
      return this.failResponse('response body required.');
    } else if (check({ response: body })) return;
    else issues = issuesOf(check.errors);
    this.failResponse(typeof check === 'string' ? check : messageOf(issues), issues);
  }

  /** The status's response says `x-empty-body: true`: it may also come without a body (Rails' `head`). */
  private emptyAllowed(op: Operation, status: number): boolean {
    const responses: Record<string, any> = this.operationObject(op).responses ?? {};
    const key = responseKey(responses, status);
    return key !== undefined && responses[key]['x-empty-body'] === true;
  }

  private failResponse(message: string, issues: ValidationIssue[] = []): never {
    throw new ResponseValidationError(issues, message);
  }

  /**
   * The check of an operation's response for a status, built once: a validator, '' (a documented
   * body without schema: anything goes) or the failure message when the status or body is undocumented.
   */
  /** The JSON schema of an operation's answer for a status, if the spec documents one. */
  responseSchema(op: Operation, status: number): unknown {
    const responses: Record<string, any> = this.operationObject(op).responses ?? {};
    const key = responseKey(responses, status);
    if (key === undefined) return undefined;
    const content: Record<string, any> = responses[key].content ?? {};
    const media = Object.keys(content).find((m) => JSON_MEDIA.test(m)) ?? Object.keys(content)[0];
    return media ? content[media].schema : undefined;
  }

  /**
   * What the spec documents for an operation's answer with `status`: nothing (undefined), or the
   * documented key (`200`, `4XX`, `default`), the statuses it documents, and the media type of its
   * body (none for a bodiless answer).
   */
  responseContent(op: Operation, status: number): { key: string; media?: string } | undefined {
    const responses: Record<string, any> = this.operationObject(op).responses ?? {};
    const key = responseKey(responses, status);
    if (key === undefined) return undefined;
    const content: Record<string, any> = responses[key].content ?? {};
    const media = Object.keys(content).find((m) => JSON_MEDIA.test(m)) ?? Object.keys(content)[0];
    return media ? { key, media } : { key };
  }

  /** The statuses the spec documents for an operation (`200`, `4XX`, `default`, …). */
  documentedStatuses(op: Operation): string[] {
    return Object.keys(this.operationObject(op).responses ?? {});
  }

  private responseCheck(op: Operation, status: number): ValidateFunction | string {
    const cacheKey = `${op.operationId} ${status}`;
    const cached = this.responseCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const responses: Record<string, any> = this.operationObject(op).responses ?? {};
    const key = responseKey(responses, status);
    let check: ValidateFunction | string;
    if (key === undefined) check = `no schema defined for status code '${status}' in the openapi spec`;
    else {
      const content: Record<string, any> = responses[key].content ?? {};
      const media = Object.keys(content).find((m) => JSON_MEDIA.test(m)) ?? Object.keys(content)[0];
      const schema = media && content[media].schema;
      if (!media) check = NO_BODY;
      else if (!schema) check = '';
      else
        check = this.compile(`response ${op.operationId} ${key}`, this.responseAjv, () => ({
          type: 'object',
          properties: { response: schema },
        }));
    }
    this.responseCache.set(cacheKey, check);
    return check;
  }
}
