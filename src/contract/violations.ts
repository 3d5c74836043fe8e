/**
 * Contract violations: what a request or a response does differently from the spec, in words a
 * person can act on (where, what the spec expects, what came instead, a short excerpt), and the
 * helpers that turn Ajv's errors into them, fold repeats and keep secrets out of every excerpt.
 */
import type { ErrorObject } from 'ajv';

export type ViolationKind =
  /** No operation of the spec has this path. */
  | 'unknown-path'
  /** The path is in the spec, but not with this method. */
  | 'unknown-method'
  /** The operation documents no response for this status code. */
  | 'undocumented-status'
  /** The Content-Type is not one the spec documents for this answer (or request body). */
  | 'content-type'
  /** The spec documents a body and none came (or the reverse). */
  | 'missing-body'
  | 'unexpected-body'
  /** The Content-Type says JSON but the body does not parse. */
  | 'invalid-json'
  /** The body, a query or a path parameter breaks the schema. */
  | 'schema';

/**
 * `breaking`: something a client may rely on is missing or changed (a required key, a type, an
 * envelope, a status, a Content-Type). `drift`: a key the spec does not know yet — news, reported,
 * failing only in strict mode.
 */
export type Severity = 'breaking' | 'drift';

export interface Violation {
  kind: ViolationKind;
  severity: Severity;
  /** Whether the request (proxy), the response or a webhook body broke the spec. */
  side: 'request' | 'response' | 'webhook';
  /** The operation the request matched, when it matched one. */
  operationId?: string;
  method: string;
  /** The request path as sent, without the query string. */
  path: string;
  /** The spec's path template, e.g. `/api/v1/accounts/{account_id}/contacts/{id}`. */
  route?: string;
  status?: number;
  /**
   * JSON pointer to the offending value: into the response body for responses (`/payload/0/id`,
   * `''` for the whole body); `/body/…`, `/query/<name>` or `/path/<name>` for requests.
   */
  pointer: string;
  /** What the spec expects there, e.g. `integer`, `required property`, `application/json`. */
  expected: string;
  /** What came instead, e.g. `string "12"`, `missing`. */
  actual: string;
  /** A short excerpt of the surrounding JSON (secrets redacted), when it helps. */
  excerpt?: string;
  /** One line: pointer, expected and actual together. */
  message: string;
  /** How many places broke the same rule (array items folded into the first one). */
  count: number;
}

const EXCERPT_LENGTH = 160;
const SECRET_KEY = /token|secret|password|api_key|private_key/i;

/** Replaces the values of secret-looking keys (access_token, secret, password…) by "[redacted]". */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] =
      SECRET_KEY.test(k) && (typeof v === 'string' || typeof v === 'number')
        ? '[redacted]'
        : redact(v, depth + 1);
  }
  return out;
}

/** Compact JSON of a value, secrets redacted, cut to `max` characters. */
export function excerptOf(value: unknown, max = EXCERPT_LENGTH): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : JSON.stringify(redact(value));
  } catch {
    text = String(value);
  }
  if (text === undefined) text = String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `string "12"`, `null`, `object {"id":1,…}`: the JSON type and a short rendering. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  const type = Array.isArray(value)
    ? 'array'
    : typeof value === 'number'
      ? Number.isInteger(value)
        ? 'integer'
        : 'number'
      : typeof value;
  return `${type} ${excerptOf(value, 60)}`;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (!pointer) return root;
  let value: any = root;
  for (const raw of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[unescapePointer(raw)];
  }
  return value;
}

function parentPointer(pointer: string): string {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}

/** `/payload/3/id` → `/payload/*\/id`: array items collapse so repeats fold together. */
export function genericPointer(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

function typeList(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map(String).join(' or ');
}

const BRANCH_KEYWORDS = new Set(['anyOf', 'oneOf']);

/**
 * A chosen list of Ajv errors: the errors of each anyOf/oneOf reduced to its closest branch's. Inner
 * combinators first, so a branch is judged by its errors as they will be reported (a nested oneOf
 * counts for its closest branch only). The closest branch, in order:
 * - one whose type fits the value (a `null` branch is no match for an object);
 * - one that knows some of an object's keys: a branch that refuses every key it has (the `{}` of a
 *   jbuilder block left empty: `maxProperties: 0`, `additionalProperties: false`) is no match for a
 *   message that lacks one key;
 * - the fewest errors; then the first documented.
 */
function pruneBranches(errors: ErrorObject[], root: unknown): ErrorObject[] {
  const combinators = errors
    .filter((e) => BRANCH_KEYWORDS.has(e.keyword))
    .sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  if (!combinators.length) return errors;
  const drop = new Set<ErrorObject>();
  for (const combinator of combinators) {
    const prefix = `${combinator.schemaPath}/`;
    const at = combinator.instancePath;
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (e === combinator || drop.has(e) || !e.schemaPath.startsWith(prefix)) continue;
      // The same schema over other array items is another combinator's.
      if (e.instancePath !== at && !e.instancePath.startsWith(`${at}/`)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    if (!byBranch.size) continue;
    const value = valueAt(root, at);
    const keys = isObject(value) ? Object.keys(value).length : 0;
    const typeMismatch = (list: ErrorObject[]) =>
      list.some((e) => e.instancePath === at && (e.keyword === 'type' || e.keyword === 'x-eov-type'));
    /** Whether the branch refuses every key of a non-empty object. */
    const knowsNoKey = (list: ErrorObject[]) => {
      if (!keys) return false;
      const refused = new Set<string>();
      for (const e of list) {
        if (e.instancePath !== at) continue;
        const params = e.params as Record<string, any>;
        if (e.keyword === 'maxProperties' && params.limit === 0) return true;
        const name = params.additionalProperty ?? params.unevaluatedProperty;
        if (name !== undefined) refused.add(name);
      }
      return refused.size >= keys;
    };
    const score = (list: ErrorObject[]) =>
      (typeMismatch(list) ? 2_000_000 : knowsNoKey(list) ? 1_000_000 : 0) + list.length;
    const best = [...byBranch.values()].sort((a, b) => score(a) - score(b))[0];
    const bestIsTypeMismatch = typeMismatch(best);
    for (const list of byBranch.values())
      if (list !== best || bestIsTypeMismatch) list.forEach((e) => drop.add(e));
    // Keep the combinator's own error only when no branch comes close (e.g. a wrong type altogether).
    if (!bestIsTypeMismatch) drop.add(combinator);
  }
  return errors.filter((e) => !drop.has(e));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How the spec's expectation reads for one Ajv error. */
function expectationOf(e: ErrorObject, root: unknown): { pointer: string; expected: string; actual: string } {
  const params = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'required':
      return {
        pointer: `${e.instancePath}/${escapePointer(params.missingProperty)}`,
        expected: 'required property',
        actual: 'missing',
      };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = params.additionalProperty ?? params.unevaluatedProperty;
      const pointer = `${e.instancePath}/${escapePointer(name)}`;
      return {
        pointer,
        expected: 'no such property (not in the spec)',
        actual: describeValue(valueAt(root, pointer)),
      };
    }
    case 'type':
    case 'x-eov-type':
      return {
        pointer: e.instancePath,
        expected: typeList(params.type),
        actual: describeValue(valueAt(root, e.instancePath)),
      };
    case 'enum':
      return {
        pointer: e.instancePath,
        expected: `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        actual: describeValue(valueAt(root, e.instancePath)),
      };
    case 'const':
      return {
        pointer: e.instancePath,
        expected: JSON.stringify(params.allowedValue),
        actual: describeValue(valueAt(root, e.instancePath)),
      };
    case 'format':
      return {
        pointer: e.instancePath,
        expected: `format ${params.format}`,
        actual: describeValue(valueAt(root, e.instancePath)),
      };
    case 'anyOf':
    case 'oneOf':
      return {
        pointer: e.instancePath,
        expected:
          e.keyword === 'oneOf' ? 'exactly one of the documented shapes' : 'one of the documented shapes',
        actual: describeValue(valueAt(root, e.instancePath)),
      };
    default:
      return {
        pointer: e.instancePath,
        expected: (e.message ?? e.keyword).replace(/^must /, ''),
        actual: describeValue(valueAt(root, e.instancePath)),
      };
  }
}

export interface ViolationBase {
  side: Violation['side'];
  method: string;
  path: string;
  operationId?: string;
  route?: string;
  status?: number;
}

export function violation(
  base: ViolationBase,
  kind: ViolationKind,
  fields: {
    pointer?: string;
    expected: string;
    actual: string;
    excerpt?: string;
    message?: string;
    severity?: Severity;
  },
): Violation {
  const pointer = fields.pointer ?? '';
  const where = pointer ? `${pointer}: ` : kind === 'schema' ? 'body: ' : '';
  return {
    kind,
    severity: fields.severity ?? 'breaking',
    side: base.side,
    ...(base.operationId ? { operationId: base.operationId } : {}),
    method: base.method,
    path: base.path,
    ...(base.route ? { route: base.route } : {}),
    ...(base.status !== undefined ? { status: base.status } : {}),
    pointer,
    expected: fields.expected,
    actual: fields.actual,
    ...(fields.excerpt !== undefined ? { excerpt: fields.excerpt } : {}),
    message: fields.message ?? `${where}expected ${fields.expected}, got ${fields.actual}`,
    count: 1,
  };
}

/**
 * Ajv errors on `root` → violations, one per broken rule, with repeats over array items folded
 * (`count`). `prefix` goes in front of every pointer (e.g. `/body` for a request body).
 */
export function schemaViolations(
  base: ViolationBase,
  errors: ErrorObject[],
  root: unknown,
  prefix = '',
): Violation[] {
  const out: Violation[] = [];
  for (const e of pruneBranches(errors, root)) {
    const { pointer, expected, actual } = expectationOf(e, root);
    const container =
      e.keyword === 'required' ||
      e.keyword === 'additionalProperties' ||
      e.keyword === 'unevaluatedProperties'
        ? e.instancePath
        : parentPointer(e.instancePath);
    const context = valueAt(root, container);
    out.push(
      violation(base, 'schema', {
        pointer: prefix + pointer,
        expected,
        actual,
        excerpt: context !== undefined && typeof context === 'object' ? excerptOf(context) : undefined,
      }),
    );
  }
  return dedupeViolations(out);
}

/** The key under which two violations are "the same drift" (array items folded). */
export function violationKey(v: Violation): string {
  return [
    v.side,
    v.operationId ?? v.path,
    v.kind,
    v.severity,
    genericPointer(v.pointer),
    v.expected,
    v.status ?? '',
  ].join('\u0000');
}

/** Keys the spec does not know at `pointers` of `root`: drift notices. */
export function driftViolations(
  base: ViolationBase,
  pointers: string[],
  root: unknown,
  prefix = '',
): Violation[] {
  return dedupeViolations(
    pointers.map((pointer) => {
      const parent = valueAt(root, parentPointer(pointer));
      return violation(base, 'schema', {
        pointer: prefix + pointer,
        expected: 'no such property (not in the spec)',
        actual: describeValue(valueAt(root, pointer)),
        excerpt: parent !== undefined && typeof parent === 'object' ? excerptOf(parent) : undefined,
        severity: 'drift',
        message: `${prefix + pointer}: a key the spec does not know (drift notice)`,
      });
    }),
  );
}

/** The violations that fail a check: the breaking ones, and in strict mode the drift notices too. */
export function failing(violations: Violation[], strict = false): Violation[] {
  return strict ? violations : violations.filter((v) => v.severity === 'breaking');
}

/** Folds violations that break the same rule at the same (generic) place; counts add up. */
export function dedupeViolations(violations: Violation[]): Violation[] {
  const seen = new Map<string, Violation>();
  for (const v of violations) {
    const key = violationKey(v);
    const first = seen.get(key);
    if (first) first.count += v.count;
    else seen.set(key, { ...v });
  }
  return [...seen.values()];
}

/** Hides secrets (tokens) wherever they appear in a text. */
export class Masker {
  private readonly secrets = new Set<string>();

  constructor(
    secrets: (string | undefined)[] = [],
    private readonly limit = 200,
  ) {
    secrets.forEach((s) => this.add(s));
  }

  add(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    if (this.secrets.has(secret)) return;
    if (this.secrets.size >= this.limit) this.secrets.delete(this.secrets.values().next().value as string);
    this.secrets.add(secret);
  }

  mask(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[token]');
    return out;
  }

  maskViolation(v: Violation): Violation {
    const masked: Violation = { ...v };
    for (const key of ['path', 'pointer', 'expected', 'actual', 'excerpt', 'message'] as const) {
      const value = masked[key];
      if (typeof value === 'string') (masked as any)[key] = this.mask(value);
    }
    return masked;
  }
}
