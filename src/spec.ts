import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deriveSpec } from './versions/derive';
import { resolveVersion, type ChatwootVersion } from './versions';
import { withoutUnsent } from './versions/project';

/** The root of the hand-written spec; paths/ and schemas/ hang off it by relative $ref. */
export const SPEC_ROOT = path.resolve(__dirname, '..', 'openapi', 'chatwoot.yaml');

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Who may call an operation: Chatwoot's policy, read by the auth step (x-policy / x-bot-access). */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template, e.g. /api/v1/accounts/{account_id}/contacts/{id} */
  path: string;
  api: 'application' | 'platform' | 'public' | 'other';
  /** 'administrator': agents get Chatwoot's 401 "not authorized to do this action". */
  policy: 'administrator' | 'member';
  /** Agent-bot tokens may call it (Chatwoot's BOT_ACCESSIBLE_ENDPOINTS). */
  botAccess: boolean;
  /** `security: []`: anyone may call it, with no credentials (public APIs, the survey page). */
  anonymous: boolean;
  /**
   * `x-account-scope: current_user`: Api::V1::AccountsController is no Accounts::BaseController (its
   * route says `:id`), so no shared account check runs; its handler finds the account among the
   * caller's own (`current_user.accounts.find`) and judges the role itself.
   */
  userAccount: boolean;
  /** Its requestBody documents multipart/form-data: it takes files (other operations' are ignored). */
  multipart: boolean;
  regex: RegExp;
  paramNames: string[];
  /** Static segments before params, for choosing `/contacts/search` over `/contacts/{id}`. */
  rank: string;
}

export type OpenApiDocument = Record<string, any> & { paths: Record<string, Record<string, any>> };

let cached: Promise<string> | undefined;

/** Every YAML file of the spec, sorted (for a content hash that says when a cached bundle is stale). */
export function specFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? specFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

let specHash: string | undefined;

/** A hash of the spec files' names and contents: a changed spec never reuses a stale cache. */
function hashOfSpec(): string {
  if (specHash) return specHash;
  const hash = crypto.createHash('sha256');
  for (const file of specFiles(path.dirname(SPEC_ROOT))) {
    hash
      .update(path.relative(path.dirname(SPEC_ROOT), file))
      .update('\0')
      .update(fs.readFileSync(file))
      .update('\0');
  }
  return (specHash = hash.digest('hex').slice(0, 16));
}

/**
 * A text derived from the spec, kept in the OS temp directory under `name` and the spec's hash; a
 * cache that cannot be written or read is simply skipped.
 */
async function cachedSpecText(name: string, produce: () => Promise<string>): Promise<string> {
  const cacheFile = path.join(os.tmpdir(), `chatwoot-fake-${name}-${hashOfSpec()}.json`);
  try {
    return fs.readFileSync(cacheFile, 'utf8');
  } catch {
    // not cached yet
  }
  const text = await produce();
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, cacheFile); // atomic, so parallel test workers never read half a file
  } catch {
    // read-only temp dir: no cache
  }
  return text;
}

/** The dereferenced spec as JSON text (dereferencing the YAML files costs ~400 ms: cached). */
function bundledSpecText(): Promise<string> {
  return cachedSpecText('spec', async () => {
    // Loaded only here: most starts find the cached bundle and never need the parser.
    const { default: $RefParser } = await import('@apidevtools/json-schema-ref-parser');
    return JSON.stringify(await $RefParser.dereference(SPEC_ROOT));
  });
}

/** Loads the multi-file spec, dereferenced (once per process); callers get a private copy. */
export async function loadSpec(): Promise<OpenApiDocument> {
  cached ??= bundledSpecText();
  return JSON.parse(await cached) as OpenApiDocument;
}

const derived = new Map<string, Promise<string>>();

/**
 * The spec as one Chatwoot version sees it (`'any'`: as any version may answer; see
 * versions/derive.ts), derived once per process. Callers get a private copy.
 */
export async function loadSpecFor(version: ChatwootVersion | 'any'): Promise<OpenApiDocument> {
  const key = version === 'any' ? 'any' : version.text;
  let text = derived.get(key);
  if (!text) {
    // Deriving copies and walks the whole document (~100 ms): cached like the bundle.
    text = cachedSpecText(`spec-${key}`, async () =>
      JSON.stringify(deriveSpec(await loadSpec(), version === 'any' ? 'any' : version.version)),
    );
    derived.set(key, text);
  }
  return JSON.parse(await text) as OpenApiDocument;
}

/** The body schema of each webhook event (`message_created` → its payload schema). */
export function webhookPayloadSchemas(spec: OpenApiDocument): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [event, item] of Object.entries<any>(spec.webhooks ?? {})) {
    const schema = item?.post?.requestBody?.content?.['application/json']?.schema;
    if (schema) out.set(event, schema);
  }
  return out;
}

type Shaper = (event: string, payload: Record<string, unknown>) => Record<string, unknown>;

/** Each webhook event's payload schema in the newest version and in `version`. */
async function payloadSchemaPairs(version: ChatwootVersion) {
  const newest = webhookPayloadSchemas(await loadSpecFor(resolveVersion('latest')));
  const older = webhookPayloadSchemas(await loadSpecFor(version));
  return (event: string) => {
    const pair = [newest.get(event), older.get(event)];
    return pair[0] && pair[1] ? (pair as [unknown, unknown]) : undefined;
  };
}

/**
 * For an older Chatwoot version: turns the newest webhook body of an event into that version's (the
 * keys it does not send dropped). Undefined for the newest version.
 */
export async function webhookShaper(version: ChatwootVersion): Promise<Shaper | undefined> {
  if (version.newest) return undefined;
  const schemas = await payloadSchemaPairs(version);
  return (event, payload) => {
    const pair = schemas(event);
    return pair ? (withoutUnsent(payload, ...pair) as Record<string, unknown>) : payload;
  };
}

/**
 * The same for `/cable` broadcasts, whose payloads are the push data the webhooks carry: a
 * conversation event's as `conversation_created`'s, a contact's as `contact_created`'s, a message's as
 * a conversation's last message. What the webhook schemas do not describe (`account_id`,
 * `performer`, …) stays.
 */
export async function cableShaper(version: ChatwootVersion): Promise<Shaper | undefined> {
  if (version.newest) return undefined;
  const schemas = await payloadSchemaPairs(version);
  return (event, payload) => {
    if (event.startsWith('message.')) {
      const pair = schemas('conversation_created');
      if (!pair) return payload;
      const shaped = withoutUnsent({ messages: [payload] }, ...pair) as {
        messages: Record<string, unknown>[];
      };
      return shaped.messages[0];
    }
    const webhookEvent = event.startsWith('conversation.')
      ? 'conversation_created'
      : event.startsWith('contact.')
        ? 'contact_created'
        : undefined;
    const pair = webhookEvent && schemas(webhookEvent);
    return pair ? (withoutUnsent(payload, ...pair) as Record<string, unknown>) : payload;
  };
}

function apiOf(template: string): Operation['api'] {
  if (template.startsWith('/platform/')) return 'platform';
  if (template.startsWith('/public/')) return 'public';
  if (template.startsWith('/api/')) return 'application';
  return 'other';
}

/** Every operation of the spec, sorted so the most specific template matches first. */
export function operationsOf(spec: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const paramNames: string[] = [];
      const segments = template.split('/').filter(Boolean);
      const pattern = segments
        .map((segment) => {
          const m = /^\{(\w+)\}$/.exec(segment);
          if (!m) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          paramNames.push(m[1]);
          return '([^/]+)';
        })
        .join('/');
      ops.push({
        operationId: op.operationId,
        method,
        path: template,
        api: apiOf(template),
        policy: op['x-policy'] === 'administrator' ? 'administrator' : 'member',
        botAccess: op['x-bot-access'] === true,
        anonymous: Array.isArray(op.security) && op.security.length === 0,
        userAccount: op['x-account-scope'] === 'current_user',
        multipart: op.requestBody?.content?.['multipart/form-data'] !== undefined,
        regex: new RegExp(`^/${pattern}$`),
        paramNames,
        rank: segments.map((s) => (s.startsWith('{') ? '1' : '0')).join(''),
      });
    }
  }
  // '0' (static) sorts before '1' (param) at the first differing segment.
  return ops.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
}

/** decodeURIComponent, or the raw text when its percent-encoding is malformed (`%ZZ`, `%C0%AF`). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface RouteMatch {
  operation: Operation;
  params: Record<string, string>;
}

/**
 * Finds the operation for a method and a path (trailing slash already removed). Operations are
 * grouped by segment count, so a request is compared with the few templates of its length only, in
 * the order of operationsOf (the most specific template first). HEAD finds the GET operation, as in Rails.
 */
export class Router {
  private readonly byLength = new Map<number, Operation[]>();

  constructor(readonly operations: Operation[]) {
    for (const operation of operations) {
      const length = segmentCount(operation.path);
      let list = this.byLength.get(length);
      if (!list) this.byLength.set(length, (list = []));
      list.push(operation);
    }
  }

  /**
   * The operation for a path; failing that, Rails' optional `(.:format)` that every route carries:
   * `/reports/agents.csv` is `/reports/agents` asked for as CSV. (A path that matches as it is keeps
   * its dots: the fake's parameters take them, where Rails' `:id` would stop at the dot.)
   */
  match(method: string, pathname: string): RouteMatch | 'method-not-allowed' | undefined {
    const found = this.matchPath(method, pathname);
    if (found !== undefined) return found;
    const formatted = /^(.*\/[^/.]+)\.([A-Za-z0-9]+)$/.exec(pathname);
    return formatted ? this.matchPath(method, formatted[1]) : undefined;
  }

  private matchPath(method: string, pathname: string): RouteMatch | 'method-not-allowed' | undefined {
    const candidates = this.byLength.get(segmentCount(pathname));
    if (!candidates) return undefined;
    // Rails routes HEAD to the GET action (and Rack drops the body).
    const wanted = method === 'HEAD' || method === 'head' ? 'get' : method.toLowerCase();
    let pathMatched = false;
    for (const operation of candidates) {
      const m = operation.regex.exec(pathname);
      if (!m) continue;
      pathMatched = true;
      if (operation.method !== wanted) continue;
      const params: Record<string, string> = {};
      operation.paramNames.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]);
      });
      return { operation, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

/** Non-empty segments of a path: `/api/v1/accounts/1` → 4. */
function segmentCount(pathname: string): number {
  let count = 0;
  for (let i = 0; i < pathname.length; i++) {
    if (pathname.charCodeAt(i) === 47 /* / */ && i + 1 < pathname.length && pathname.charCodeAt(i + 1) !== 47)
      count++;
  }
  return count;
}
