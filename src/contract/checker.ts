/**
 * Checks a request or a response against the bundled spec — the very spec and the very validators
 * (src/http/validation.ts: Ajv 2020 with the fake's options) the fake answers with, so what the fake
 * accepts is what the checker accepts.
 *
 *   const contract = await loadContract();
 *   contract.checkResponse({ method: 'GET', path: '/api/v1/accounts/1/agents', status: 200,
 *                            headers: { 'content-type': 'application/json' }, body: [...] });
 *   // → [] or violations: { kind, pointer, expected, actual, excerpt, operationId, … }
 */
import qs from 'qs';
import { SpecValidators, responseKey } from '../http/validation';
import { isHash } from '../rails/casts';
import { resolveVersion, type ChatwootVersion } from '../versions';
import { projectToSchema } from '../versions/project';
import {
  loadSpecFor,
  operationsOf,
  webhookPayloadSchemas,
  Router,
  type OpenApiDocument,
  type Operation,
  type RouteMatch,
} from '../spec';
import {
  normalizeRequest,
  normalizeResponse,
  type Body,
  type MatchOptions,
  type RequestInput,
  type ResponseInput,
} from './inputs';
import {
  dedupeViolations,
  driftViolations,
  excerptOf,
  schemaViolations,
  violation,
  type Violation,
  type ViolationBase,
} from './violations';

interface MediaType {
  type: string;
  subtype: string;
  suffix?: string;
}

function parseMediaType(value: string | undefined): MediaType | undefined {
  if (!value) return undefined;
  const m = /^\s*([a-z0-9!#$&^_.+-]+|\*)\/([a-z0-9!#$&^_.+-]+|\*)/i.exec(value);
  if (!m) return undefined;
  const type = m[1].toLowerCase();
  const subtype = m[2].toLowerCase();
  const plus = subtype.lastIndexOf('+');
  return { type, subtype, suffix: plus === -1 ? undefined : subtype.slice(plus + 1) };
}

function isJsonMedia(media: MediaType | undefined): boolean {
  return !!media && (media.subtype === 'json' || media.suffix === 'json');
}

/** The documented media type (a key of `content`) an actual Content-Type matches, if any. */
function matchMedia(documented: string[], actual: string | undefined): string | undefined {
  const a = parseMediaType(actual);
  if (!a) return undefined;
  const exact = documented.find((d) => {
    const m = parseMediaType(d);
    return m && m.type === a.type && m.subtype === a.subtype;
  });
  if (exact) return exact;
  return documented.find((d) => {
    const m = parseMediaType(d);
    return m && (m.type === '*' || (m.type === a.type && m.subtype === '*'));
  });
}

/** Parses a JSON text, or says why not. */
function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

export class ContractChecker {
  readonly router: Router;
  readonly operations: Operation[];
  private readonly byId = new Map<string, Operation>();
  /** `allErrors` on for responses too, to name every drifted field rather than the first. */
  private readonly validators: SpecValidators;

  /** What it expects: one version's answers, or any version's (see loadContract). */
  readonly version: ChatwootVersion | 'any';
  private readonly webhookSchemas: Map<string, unknown>;

  /** `spec`: a dereferenced spec (of one version, see loadSpecFor); `version`: the version it is of. */
  constructor(
    readonly spec: OpenApiDocument,
    version: ChatwootVersion | 'any' = 'any',
  ) {
    this.version = version;
    this.webhookSchemas = webhookPayloadSchemas(spec);
    this.validators = new SpecValidators(spec, { allResponseErrors: true });
    this.operations = operationsOf(spec);
    this.router = new Router(this.operations);
    for (const op of this.operations) this.byId.set(op.operationId, op);
  }

  /** The operation with this operationId, if the spec has it. */
  operation(operationId: string): Operation | undefined {
    return this.byId.get(operationId);
  }

  /** The dereferenced OpenAPI operation object (responses, parameters, requestBody). */
  operationObject(op: Operation): Record<string, any> {
    return this.validators.operationObject(op);
  }

  /** Parameters of an operation, path-level ones included (operation-level ones win). */
  parameters(op: Operation): Record<string, any>[] {
    return this.validators.parameters(op);
  }

  match(method: string, path: string): RouteMatch | 'method-not-allowed' | undefined {
    return this.router.match(method, path);
  }

  /** Route violations (unknown path / method) or the match. */
  private route(base: ViolationBase): RouteMatch | Violation {
    const match = this.router.match(base.method, base.path);
    if (match === undefined) {
      return violation(base, 'unknown-path', {
        expected: 'a path of the spec',
        actual: `${base.method} ${base.path}`,
        message: `no operation of the spec has the path ${base.path}`,
      });
    }
    if (match === 'method-not-allowed') {
      const methods = this.operations
        .filter((o) => o.regex.test(base.path))
        .map((o) => o.method.toUpperCase())
        .join(', ');
      return violation(base, 'unknown-method', {
        expected: `one of ${methods}`,
        actual: base.method,
        message: `the spec has ${base.path} only for ${methods}, not ${base.method}`,
      });
    }
    return match;
  }

  /**
   * Checks one response; returns its violations (none: it matches the spec). Accepts plain objects,
   * supertest/superagent and axios responses, and fetch Responses (pass the body you read in `options`).
   */
  checkResponse(input: ResponseInput | unknown, options: MatchOptions = {}): Violation[] {
    const res = normalizeResponse(input, options);
    if (typeof res === 'string') throw new TypeError(res);
    const base: ViolationBase = { side: 'response', method: res.method, path: res.path, status: res.status };
    const match = this.route(base);
    if ('kind' in match) return [match];
    const op = match.operation;
    base.operationId = op.operationId;
    base.route = op.path;

    const responses: Record<string, any> = this.operationObject(op).responses ?? {};
    const key = responseKey(responses, res.status);
    if (key === undefined) {
      return [
        violation(base, 'undocumented-status', {
          expected: `one of ${Object.keys(responses).join(', ')}`,
          actual: String(res.status),
          excerpt: excerptOfBody(res.body, res.headers['content-type']),
          message: `status ${res.status} is not documented for ${op.operationId} (documented: ${Object.keys(responses).join(', ')})`,
        }),
      ];
    }
    // A HEAD is answered as its GET, without the body (Rails' Rack::Head): the status is all there is to check.
    if (res.method.toUpperCase() === 'HEAD') return [];
    const content: Record<string, any> = responses[key].content ?? {};
    const documented = Object.keys(content);
    const contentType = res.headers['content-type'];
    if (!documented.length) {
      if (res.body.kind === 'none') return [];
      return [
        violation(base, 'unexpected-body', {
          expected: 'no body',
          actual: `${contentType ?? 'a body'}: ${excerptOfBody(res.body, contentType)}`,
        }),
      ];
    }
    // `x-empty-body`: the status may also come bare (a Rails `head` beside a rendered error).
    if (res.body.kind === 'none' && responses[key]['x-empty-body'] === true) return [];
    if (res.body.kind === 'none') {
      return [
        violation(base, 'missing-body', { expected: `a ${documented.join(' or ')} body`, actual: 'no body' }),
      ];
    }
    const media = matchMedia(documented, contentType);
    if (!media) {
      return [
        violation(base, 'content-type', {
          pointer: '',
          expected: documented.join(' or '),
          actual: contentType ?? 'no Content-Type',
          excerpt: excerptOfBody(res.body, contentType),
          message: `Content-Type: expected ${documented.join(' or ')}, got ${contentType ?? 'none'}`,
        }),
      ];
    }
    const schema = content[media].schema;
    if (!schema || !isJsonMedia(parseMediaType(contentType) ?? parseMediaType(media))) return [];
    const parsed = jsonBody(res.body);
    if ('error' in parsed) {
      return [
        violation(base, 'invalid-json', {
          expected: 'a JSON body',
          actual: `unparsable (${parsed.error})`,
          excerpt: excerptOfBody(res.body, contentType),
        }),
      ];
    }
    return this.checkBody(base, `res ${op.operationId} ${key} ${media}`, schema, parsed.value);
  }

  /**
   * A JSON body against its schema: the keys the spec does not know are drift notices; what is left
   * is validated, and what breaks it is breaking.
   */
  private checkBody(base: ViolationBase, cacheKey: string, schema: unknown, value: unknown): Violation[] {
    const { validators } = this;
    const validate = validators.compile(cacheKey, validators.responseAjv, () => schema as object);
    const projection = projectToSchema(value, schema);
    // The validator may rewrite values (serdes): give it a copy.
    const data = structuredClone(projection.value);
    const breaking = validate(data) ? [] : schemaViolations(base, validate.errors ?? [], projection.value);
    return [...breaking, ...driftViolations(base, projection.unknown, value)];
  }

  /** The webhook events the spec describes (`message_created`, …). */
  webhookEvents(): string[] {
    return [...this.webhookSchemas.keys()];
  }

  /**
   * Checks a webhook body as Chatwoot POSTs it (the parsed JSON or its text); `event` defaults to the
   * body's own `event` key.
   */
  checkWebhook(body: unknown, event?: string): Violation[] {
    const value = typeof body === 'string' ? parseJson(body) : { value: body };
    const name = event ?? ('value' in value && isHash(value.value) ? value.value.event : undefined);
    const base: ViolationBase = { side: 'webhook', method: 'POST', path: `webhook ${name ?? '?'}` };
    if ('error' in value) {
      return [
        violation(base, 'invalid-json', { expected: 'a JSON body', actual: `unparsable (${value.error})` }),
      ];
    }
    const schema = typeof name === 'string' ? this.webhookSchemas.get(name) : undefined;
    if (!schema) {
      return [
        violation(base, 'unknown-path', {
          expected: `a webhook event of the spec (${this.webhookEvents().join(', ')})`,
          actual: String(name),
          message: `the spec describes no webhook event ${JSON.stringify(name)}`,
        }),
      ];
    }
    base.operationId = name;
    return this.checkBody(base, `webhook ${name}`, schema, value.value);
  }

  /** Checks a request: its path, path and query parameters, Content-Type and JSON/form body. */
  checkRequest(input: RequestInput): Violation[] {
    const req = normalizeRequest(input);
    const base: ViolationBase = { side: 'request', method: req.method, path: req.path };
    const match = this.route(base);
    if ('kind' in match) return [match];
    const op = match.operation;
    base.operationId = op.operationId;
    base.route = op.path;
    const out: Violation[] = [];

    // Path and query parameters, coerced as the fake coerces them.
    const params = this.parameters(op).filter((p) => p.in === 'path' || p.in === 'query');
    if (params.length) {
      const schema = {
        type: 'object',
        properties: {
          path: {
            type: 'object',
            properties: Object.fromEntries(
              params.filter((p) => p.in === 'path').map((p) => [p.name, p.schema ?? {}]),
            ),
          },
          query: {
            type: 'object',
            properties: Object.fromEntries(
              params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]),
            ),
            required: params.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
          },
        },
      };
      const validate = this.validators.compile(
        `req-params ${op.operationId}`,
        this.validators.requestAjv,
        () => schema,
      );
      const data = { path: { ...match.params }, query: qs.parse(req.query, { depth: 10, arrayLimit: 100 }) };
      const original = structuredClone(data);
      if (!validate(data)) out.push(...schemaViolations(base, validate.errors ?? [], original));
    }

    const requestBody = this.operationObject(op).requestBody as Record<string, any> | undefined;
    if (requestBody)
      out.push(...this.checkRequestBody(base, op, requestBody, req.headers['content-type'], req.body));
    return dedupeViolations(out);
  }

  private checkRequestBody(
    base: ViolationBase,
    op: Operation,
    requestBody: Record<string, any>,
    contentType: string | undefined,
    body: Body,
  ): Violation[] {
    const documented = Object.keys(requestBody.content ?? {});
    if (body.kind === 'none') {
      return requestBody.required
        ? [
            violation(base, 'missing-body', {
              pointer: '/body',
              expected: 'a request body',
              actual: 'no body',
            }),
          ]
        : [];
    }
    const media = matchMedia(documented, contentType);
    if (!media) {
      return [
        violation(base, 'content-type', {
          pointer: '/body',
          expected: documented.join(' or '),
          actual: contentType ?? 'no Content-Type',
          message: `request Content-Type: expected ${documented.join(' or ')}, got ${contentType ?? 'none'}`,
        }),
      ];
    }
    const schema = requestBody.content[media].schema;
    if (!schema) return [];
    const m = parseMediaType(contentType)!;
    let value: unknown;
    if (isJsonMedia(m)) {
      const parsed = jsonBody(body);
      if ('error' in parsed) {
        return [
          violation(base, 'invalid-json', {
            pointer: '/body',
            expected: 'a JSON body',
            actual: `unparsable (${parsed.error})`,
          }),
        ];
      }
      value = parsed.value;
    } else if (m.subtype === 'x-www-form-urlencoded') {
      value = body.kind === 'text' ? qs.parse(body.text, { depth: 10, arrayLimit: 100 }) : body.value;
    } else {
      return []; // multipart and other bodies: the parts are not checked
    }
    const validate = this.validators.compile(
      `req-body ${op.operationId} ${media}`,
      this.validators.requestAjv,
      () => ({
        type: 'object',
        properties: { body: schema },
      }),
    );
    const data = { body: structuredClone(value) };
    if (validate(data)) return [];
    return schemaViolations(base, validate.errors ?? [], { body: value });
  }
}

function jsonBody(body: Body): { value: unknown } | { error: string } {
  if (body.kind === 'value') return { value: body.value };
  if (body.kind === 'text') return parseJson(body.text);
  return { error: 'no body' };
}

function excerptOfBody(body: Body, contentType: string | undefined): string {
  if (body.kind === 'none') return '(no body)';
  if (body.kind === 'value') return excerptOf(body.value);
  if (isJsonMedia(parseMediaType(contentType))) {
    const parsed = parseJson(body.text);
    if ('value' in parsed) return excerptOf(parsed.value);
  }
  const text = body.text.replace(/\s+/g, ' ').trim();
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

export interface ContractOptions {
  /**
   * The Chatwoot version whose answers are expected: a profile (`3.16`, `4.0`, `4.15`), `latest` or a
   * version such as `3.13.0`. Default: any version — a key is required only when every version sends it.
   */
  chatwootVersion?: string;
}

const shared = new Map<string, Promise<ContractChecker>>();
const loaded = new Map<string, ContractChecker>();

const versionKey = (text: string | undefined) => (text === undefined ? 'any' : resolveVersion(text).text);

/** The checker for the bundled spec as one version (or any version) sees it, built once per process. */
export function loadContract(options: ContractOptions = {}): Promise<ContractChecker> {
  const key = versionKey(options.chatwootVersion);
  let contract = shared.get(key);
  if (!contract) {
    const version = options.chatwootVersion === undefined ? 'any' : resolveVersion(options.chatwootVersion);
    contract = loadSpecFor(version).then((spec) => {
      const checker = new ContractChecker(spec, version);
      loaded.set(key, checker);
      return checker;
    });
    shared.set(key, contract);
  }
  return contract;
}

/** The checker if `loadContract()` (with the same version) already finished (the jest matcher is synchronous). */
export function loadedContract(options: ContractOptions = {}): ContractChecker | undefined {
  return loaded.get(versionKey(options.chatwootVersion));
}

/** Checks one response against the bundled spec (see ContractChecker.checkResponse). */
export async function checkResponse(
  input: ResponseInput | unknown,
  options: MatchOptions & ContractOptions = {},
): Promise<Violation[]> {
  return (await loadContract(options)).checkResponse(input, options);
}

/** Checks one request against the bundled spec (see ContractChecker.checkRequest). */
export async function checkRequest(input: RequestInput, options: ContractOptions = {}): Promise<Violation[]> {
  return (await loadContract(options)).checkRequest(input);
}

/** Checks one webhook body against the bundled spec (see ContractChecker.checkWebhook). */
export async function checkWebhook(
  body: unknown,
  options: ContractOptions & { event?: string } = {},
): Promise<Violation[]> {
  return (await loadContract(options)).checkWebhook(body, options.event);
}
