/**
 * A spec-driven fuzzer for chatwoot-fake: for every operation of the bundled spec it sends valid
 * requests (sampled from the request schemas, with ids of records that exist) and malformed ones
 * (wrong types, unknown enum values, nulls, huge strings, unicode and NUL bytes, deep nesting,
 * `__proto__`/`constructor` keys, invalid JSON, wrong content types, missing or non-object bodies, bad
 * path and query parameters, no or unknown tokens) and what Rails itself refuses or reads its own way
 * (forms nested deeper than 32 or with over 5000 parameters, compressed or corrupt bodies, bodies on
 * GETs and DELETEs, HEAD, ids that are not integers, media types Rails has no parser for), as
 * administrator, agent, agent bot and nobody.
 *
 * Invariants checked on every answer:
 * - never a 5xx, never a hung request (response validation is on, so a view that breaks the spec is
 *   a 500 and shows up here too);
 * - the contract checker finds nothing wrong: the status is declared for the operation the request
 *   routes to (a path no operation has: Rails' 404, or 400 for a malformed one) and the body is
 *   valid against the declared schema;
 * - what a case must get: Rails' 400 for params it cannot parse; a HEAD's status is its GET's, with
 *   no body; a GET with a body no controller reads answers as without it; a 422 never blames an id;
 * - every 4xx is JSON with a Chatwoot-shaped error body;
 * - a rejected request (4xx) and any GET change nothing: every table holds the same records (by
 *   identity) and the same id sequence, and no domain event is recorded;
 * - after each operation's batch the store's references hold (no orphaned messages, conversations,
 *   memberships, …; display ids unique per account) and the records it touched still render (the
 *   resource's GETs answer without a 5xx, so every record is valid against its view schema);
 * - nothing polluted Object.prototype.
 *
 * Deterministic: one seed gives the same requests. Used by test/fuzz.test.ts (bounded) and
 * `npm run fuzz -- --runs N` (test/support/fuzz-cli.ts).
 *
 * Valid values come from fast-check arbitraries built from the dereferenced request schemas
 * (`arbitraryFor`), with ids of existing records for the id-bearing fields (a request with random ids
 * stops at the 404); the malformed cases are mutations of a valid sample, chosen by a seeded PRNG.
 */
import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import zlib from 'node:zlib';
import fc from 'fast-check';
import qs from 'qs';
import type { RunningFake } from '../../src/index';
import { loadSpec, operationsOf, type OpenApiDocument, type Operation } from '../../src/spec';
import { sameRecord, type Store, type TableName } from '../../src/store';
import { E164_PATTERN } from '../../src/domain/validations';
import { loadContract } from '../../src/contract';
import { MAX_FORM_DEPTH, MAX_PARAMS } from '../../src/http/body';

// -------------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, deterministic. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/** A seed per (run seed, operation, case) so one failing case can be replayed alone. */
export function caseSeed(seed: number, operationId: string, index: number): number {
  let h = (seed ^ 0x811c9dc5) >>> 0;
  for (const ch of `${operationId}#${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

// -------------------------------------------------------------------------------------------------
// The world the requests refer to

export type Role = 'admin' | 'agent' | 'bot' | 'platform' | 'none' | 'invalid';

export interface World {
  store: Store;
  /** The account the requests address (`/api/v1/accounts/{account_id}`). */
  accountId: number;
  tokens: Partial<Record<Role, string>>;
  /**
   * Where ids in paths and bodies come from (default: `accountId`). Another account's id makes every
   * request point at records of that account: an isolation probe.
   */
  idAccountId?: number;
}

/** The world of one account of a fake (default: its main account). */
export function worldOf(
  fake: RunningFake,
  account: { accountId: number; tokens: Partial<Record<Role, string>> } = fake,
): World {
  const { admin, agent, bot, platform } = account.tokens;
  return { store: fake.store, accountId: account.accountId, tokens: { admin, agent, bot, platform } };
}

type Rec = Record<string, any> & { id: number };

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const singular = (s: string) => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.replace(/s$/, ''));

function tableOf(store: Store, name: string): Rec[] {
  const table = (store.tables as Record<string, any>)[name];
  return table ? ([...table.all()] as Rec[]) : [];
}

function accountRecords(world: World, table: string): Rec[] {
  const accountId = world.idAccountId ?? world.accountId;
  return tableOf(world.store, table).filter(
    (r) => !('account_id' in r) || r.account_id === accountId || r.account_id === null,
  );
}

/** The users of the account (agents and administrators). */
function accountUserIds(world: World): number[] {
  const accountId = world.idAccountId ?? world.accountId;
  return tableOf(world.store, 'accountUsers')
    .filter((m) => m.account_id === accountId)
    .map((m) => m.user_id);
}

/** Prefer the newest records (what a batch just created), else any. */
function pickRecord(rng: Rng, records: Rec[]): Rec | undefined {
  if (!records.length) return undefined;
  const sorted = [...records].sort((a, b) => a.id - b.id);
  return rng.chance(0.4) ? sorted[sorted.length - 1] : rng.pick(sorted);
}

/**
 * A value for each path parameter that names an existing record where the fake has one, walking the
 * path so nested ids belong to their parent (a conversation's message, a portal's article).
 */
function validPathParams(op: Operation, world: World, rng: Rng): Record<string, string> {
  const out: Record<string, string> = {};
  const segments = op.path.split('/').filter(Boolean);
  let parent: { segment: string; record: Rec } | undefined;
  for (let i = 0; i < segments.length; i++) {
    const m = /^\{(\w+)\}$/.exec(segments[i]);
    if (!m) continue;
    const name = m[1];
    const collection = segments[i - 1] ?? '';
    const { value, record } = pathValue(name, collection, op, world, rng, parent);
    out[name] = value;
    parent = record ? { segment: collection, record } : undefined;
  }
  return out;
}

function pathValue(
  name: string,
  collection: string,
  op: Operation,
  world: World,
  rng: Rng,
  parent: { segment: string; record: Rec } | undefined,
): { value: string; record?: Rec } {
  const fallback = () => ({ value: String(rng.int(1, 3)) });
  if (name === 'account_id' && collection === 'accounts') {
    if (op.api === 'platform') {
      const r = pickRecord(rng, tableOf(world.store, 'accounts'));
      return r ? { value: String(r.id), record: r } : fallback();
    }
    return { value: String(world.accountId), record: { id: world.accountId } };
  }
  if (name === 'inbox_identifier') {
    const inboxes = accountRecords(world, 'inboxes').filter((i) => i.channel?.type === 'Channel::Api');
    const r = pickRecord(rng, inboxes);
    return r ? { value: String(r.channel.identifier), record: r } : { value: 'unknown-inbox' };
  }
  if (name === 'contact_identifier') {
    const cis = tableOf(world.store, 'contactInboxes').filter(
      (ci) => !parent || ci.inbox_id === parent.record.id,
    );
    const r = pickRecord(rng, cis);
    return r
      ? {
          value: String(r.source_id),
          record: tableOf(world.store, 'contacts').find((c) => c.id === r.contact_id),
        }
      : { value: 'unknown-contact' };
  }
  if (collection === 'agents' || collection === 'users') {
    const ids =
      collection === 'agents' ? accountUserIds(world) : tableOf(world.store, 'users').map((u) => u.id);
    return ids.length ? { value: String(rng.pick(ids)) } : fallback();
  }
  if (collection === 'apps') {
    return { value: rng.pick(['webhook', 'dashboard_apps', 'slack', 'dialogflow', 'openai']) };
  }
  const tableName =
    collection === 'inbox_members'
      ? 'inboxes'
      : collection === 'hooks'
        ? 'integrationHooks'
        : camel(collection);
  let records = accountRecords(world, tableName);
  if (parent) {
    const key = `${singular(parent.segment)}_id`;
    if (records.some((r) => key in r)) records = records.filter((r) => r[key] === parent.record.id);
  }
  const r = pickRecord(rng, records);
  if (!r) return fallback();
  if (tableName === 'portals') return { value: String(r.slug), record: r };
  if ('display_id' in r) return { value: String(r.display_id), record: r };
  return { value: String(r.id), record: r };
}

/** Body fields named like Chatwoot's foreign keys (also as `…_ids`), by the table they point into. */
const ID_FIELDS: Record<string, string[]> = {
  inboxes: ['inbox_id', 'widget_inbox_id'],
  contacts: ['contact_id', 'base_contact_id', 'mergee_contact_id'],
  accountUsers: ['assignee_id', 'user_id', 'agent_id', 'author_id'],
  teams: ['team_id'],
  labels: ['label_id'],
  conversations: ['conversation_id'],
  portals: ['portal_id'],
  categories: ['category_id', 'parent_category_id', 'associated_category_id'],
  agentBots: ['agent_bot_id', 'agent_bot'],
  articles: ['article_id', 'associated_article_id'],
};

/** Existing ids for a body field named like a foreign key (conversations by display id). */
function idPool(field: string, world: World): number[] | undefined {
  const f = field.replace(/_ids$/, '_id');
  const table = Object.keys(ID_FIELDS).find((t) => ID_FIELDS[t].includes(f));
  if (table === 'accountUsers') return accountUserIds(world);
  const key = table === 'conversations' ? 'display_id' : 'id';
  return table ? accountRecords(world, table).map((r) => r[key]) : undefined;
}

// -------------------------------------------------------------------------------------------------
// Values valid for a schema: fast-check arbitraries built from the dereferenced request schemas

type Schema = Record<string, any>;
type Arb = fc.Arbitrary<unknown>;

const ANY_SCALAR: Arb = fc.oneof(fc.string(), fc.integer(), fc.boolean());
/** Dates around the fake's clock (2026). */
const ISO_DATE = fc
  .date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
const FORMATS: Record<string, Arb> = {
  email: fc.emailAddress(),
  uri: fc.webUrl(),
  'date-time': ISO_DATE,
  date: ISO_DATE.map((d) => d.slice(0, 10)),
  uuid: fc.uuid(),
};

/** Formats the spec leaves to Chatwoot's model validations, by field name. */
const FIELD_FORMATS: [RegExp, Arb][] = [
  [/email/, fc.emailAddress()],
  [/url$|website|link/, fc.webUrl()],
  [/phone/, fc.stringMatching(E164_PATTERN)],
  [/color|colour/, fc.stringMatching(/^#[0-9a-f]{6}$/)],
  [/(^|_)(since|until)$/, fc.integer({ min: 1768400000, max: 1768500000 }).map(String)],
];

/** Values Chatwoot accepts for fields whose request schema is a plain string (the rules live in the handlers). */
const FIELD_VALUES: Record<string, unknown[]> = {
  type: ['account', 'agent', 'inbox', 'team', 'label'],
  group_by: ['day', 'week', 'month', 'agent', 'inbox'],
  metric: ['conversations_count', 'incoming_messages_count', 'avg_first_response_time'],
  locale: ['en'],
  default_locale: ['en'],
  availability: ['online', 'busy', 'offline'],
  attribute_model: ['contact_attribute', 'conversation_attribute'],
  attribute_display_type: ['text', 'number', 'list', 'checkbox', 'date', 'link'],
  app_id: ['openai', 'webhook', 'dialogflow'],
  slug: ['fuzz-slug', 'billing-faq', 'getting-started'],
};

/**
 * What a field's name tells beyond its schema: a format, or values read from the world at generation
 * (ids of existing records, `always`: random ids stop at the 404; label titles, known values).
 */
function fieldHint(field: string, world: World, types: string[]) {
  const strings = types.includes('string');
  const format = strings ? FIELD_FORMATS.find(([re]) => re.test(field))?.[1] : undefined;
  if (format) return { format };
  const pool =
    field === 'account_id' ? () => [world.accountId] : idPool(field, world) && (() => idPool(field, world)!);
  if (pool && (strings || types.includes('integer'))) {
    const values = () => pool().map((id) => (types.includes('integer') ? id : String(id)));
    return { values, always: field !== 'account_id' };
  }
  if (strings && FIELD_VALUES[field]) return { values: () => FIELD_VALUES[field] };
  if (strings && /^(labels?|title)$/.test(field))
    return { values: () => accountRecords(world, 'labels').map((l) => l.title) };
  return undefined;
}

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties || schema.additionalProperties) return ['object'];
  return schema.items ? ['array'] : ['string', 'integer', 'boolean'];
}

function typedArbitrary(type: string, schema: Schema, world: World, field: string, depth: number): Arb {
  switch (type) {
    case 'string':
      if (FORMATS[schema.format]) return FORMATS[schema.format];
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: schema.minLength, maxLength: schema.maxLength });
    case 'integer':
      return fc.integer({ min: schema.minimum, max: schema.maximum });
    case 'number':
      return fc.double({ min: schema.minimum, max: schema.maximum, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth > 6) return fc.constant([]);
      const items = arbitraryFor(schema.items, world, singular(field), depth + 1);
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, minLength + 3));
      return fc.array(items, { minLength, maxLength });
    }
    case 'object': {
      if (depth > 6) return fc.constant({});
      const props = Object.entries((schema.properties ?? {}) as Record<string, Schema>).filter(
        ([, p]) => !p?.readOnly,
      );
      if (props.length || schema.additionalProperties === false) {
        const model = Object.fromEntries(
          props.map(([key, p]) => [key, arbitraryFor(p, world, key, depth + 1)]),
        );
        const requiredKeys = (schema.required ?? []).filter((k: string) => k in model);
        return fc.record(model, { requiredKeys, noNullPrototype: true });
      }
      const values =
        typeof schema.additionalProperties === 'object'
          ? arbitraryFor(schema.additionalProperties, world, '', depth + 1)
          : ANY_SCALAR;
      return fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/), values, {
        maxKeys: 3,
        noNullPrototype: true,
      });
    }
    default:
      return ANY_SCALAR;
  }
}

/**
 * A fast-check arbitrary of the values valid against `schema` (const, enum, type unions, formats,
 * patterns, bounds, oneOf/anyOf/allOf, arrays, objects, examples), plus what the field's name tells.
 */
export function arbitraryFor(schema: Schema | undefined, world: World, field = '', depth = 0): Arb {
  if (!schema || typeof schema !== 'object') return ANY_SCALAR;
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length) return fc.constantFrom(...schema.enum);
  const types = typesOf(schema);
  const hint = fieldHint(field, world, types);
  if (hint?.format) return hint.format;
  let arb: Arb;
  const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(branches)) arb = fc.oneof(...branches.map((b) => arbitraryFor(b, world, field, depth)));
  else if (Array.isArray(schema.allOf)) {
    const parts = (schema.allOf as Schema[]).map((s) => arbitraryFor(s, world, field, depth));
    arb = fc
      .tuple(...parts)
      .map((values) =>
        values.every((v) => v && typeof v === 'object' && !Array.isArray(v))
          ? Object.assign({}, ...values)
          : values[0],
      );
  } else {
    const arbs = types.filter((t) => t !== 'null').map((t) => typedArbitrary(t, schema, world, field, depth));
    arb = arbs.length ? fc.oneof(...arbs) : fc.constant(null);
    if (arbs.length && types.includes('null')) arb = fc.option(arb, { nil: null, freq: 7 });
  }
  const documented = [schema.example, schema.default, ...(schema.examples ?? [])].filter(
    (v) => v !== undefined,
  );
  if (documented.length)
    arb = fc.oneof({ arbitrary: arb, weight: 7 }, { arbitrary: fc.constantFrom(...documented), weight: 3 });
  const values = hint?.values;
  if (!values) return arb;
  const hinted = fc.tuple(fc.noBias(fc.nat()), arb).map(([i, fallback]) => {
    const v = values();
    return v.length ? v[i % v.length] : fallback;
  });
  return hint.always ? hinted : fc.oneof({ arbitrary: hinted, weight: 3 }, { arbitrary: arb, weight: 1 });
}

/** One value of `arb`, reproducible from `rng`. */
const draw = (arb: fc.Arbitrary<unknown>, rng: Rng) =>
  fc.sample(arb, { seed: rng.int(0, 0x7fffffff), numRuns: 1 })[0];

const arbitraries = new WeakMap<World, WeakMap<object, Arb>>();

/** A value valid for `schema`, as a fresh copy the mutations may edit (arbitraries built once per world). */
export function sampleOf(schema: Schema, world: World, rng: Rng): unknown {
  let cache = arbitraries.get(world);
  if (!cache) arbitraries.set(world, (cache = new WeakMap()));
  let arb = cache.get(schema);
  if (!arb) cache.set(schema, (arb = arbitraryFor(schema, world)));
  return structuredClone(draw(arb, rng));
}

// -------------------------------------------------------------------------------------------------
// Requests

export interface FuzzRequest {
  operationId: string;
  /** What kind of case this is, e.g. `valid`, `wrong-type`, `bad-path-param`. */
  kind: string;
  role: Role;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The only statuses this case may get (e.g. Rails' 400 for a body it cannot parse). */
  expectStatus?: number[];
  /** A request whose status this one must share (the same GET without a body, HEAD's GET). */
  twin?: FuzzRequest;
  /** A path parameter that must not be blamed in a 422 (an id Rails reads with `to_i`). */
  notBlamed?: string;
}

export interface FuzzResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  ms: number;
}

export interface OperationInfo {
  op: Operation;
  /** Statuses the spec declares without a body (Rails' `head :unprocessable_entity` and the like). */
  emptyStatuses: Set<string>;
  bodySchema?: Schema;
  contentTypes: string[];
  /** The query parameters, as one object schema (no other keys). */
  querySchema: Schema;
  /** Path parameters the spec types as integers: ids Rails finds with `to_i`. */
  idParams: string[];
}

export function operationInfo(spec: OpenApiDocument, op: Operation): OperationInfo {
  const item = spec.paths[op.path];
  const o = item[op.method];
  const params = [...(item.parameters ?? []), ...(o.parameters ?? [])] as Schema[];
  const content = (o.requestBody?.content ?? {}) as Record<string, { schema?: Schema }>;
  const contentTypes = Object.keys(content);
  const query = params.filter((p) => p.in === 'query');
  const emptyStatuses = new Set(
    Object.entries((o.responses ?? {}) as Record<string, { content?: unknown; 'x-empty-body'?: boolean }>)
      .filter(([, r]) => !r.content || r['x-empty-body'] === true)
      .map(([status]) => status),
  );
  return {
    op,
    emptyStatuses,
    bodySchema: content['application/json']?.schema ?? content[contentTypes[0]]?.schema,
    contentTypes,
    querySchema: {
      type: 'object',
      properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])),
      required: query.filter((p) => p.required).map((p) => p.name),
      additionalProperties: false,
    },
    idParams: params
      .filter((p) => p.in === 'path' && [p.schema?.type].flat().includes('integer'))
      .map((p) => p.name as string),
  };
}

/** Every case kind, in the order a batch cycles through them. */
export const CASE_KINDS = [
  'valid',
  'valid-other-role',
  'wrong-type',
  'bad-enum',
  'null-fields',
  'missing-required',
  'extra-fields',
  'huge-string',
  'unicode',
  'deep-nesting',
  'proto-keys',
  'invalid-json',
  'wrong-content-type',
  'form-encoded',
  'multipart',
  'missing-body',
  'non-object-body',
  'arrays-for-objects',
  'bad-path-param',
  'bad-query',
  'bad-token',
  'huge-body',
  'deep-form',
  'wide-form',
  'corrupt-encoding',
  'unexpected-body',
  'head',
  'odd-id',
  'unknown-content-type',
  'valid',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

const BAD_PATH_VALUES = [
  '-1',
  '0',
  '99999999999999999999',
  '1.5',
  '1e3',
  'abc',
  '%00',
  '%ZZ',
  '%',
  '%2F',
  '%2e%2e',
  '%F0%9F%98%80',
  '%C0%AF',
  '0x10',
  '+1',
  '%20%201',
  'a'.repeat(3000),
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '1;2',
  '1%3B%20DROP%20TABLE%20contacts',
];

/** Ids that are not integers, and the names of collection routes (`/contacts/export` is `show` with id "export"). */
const ODD_IDS = [
  'abc',
  '1abc',
  ' 1',
  '0',
  '-1',
  '99999999999999999999',
  '1e3',
  '0x10',
  'export',
  'search',
  'filter',
  'meta',
  'active',
  'import',
];

/** Media types Rails has no parameter parser for, and ones it reads whatever their charset says. */
const UNKNOWN_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-foo',
  'application/octet-stream',
  'text/csv; charset=utf-8',
  'multipart/form-data',
  'multipart/mixed; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=bogus',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'image/png',
  ';;;',
];

const WEIRD_STRINGS = [
  '\u0000',
  'a\u0000b',
  '😀👍🏽',
  '\ud800',
  '\udfff\ud800',
  'مرحبا',
  '\u202e\u200b\ufeff',
  "'; DROP TABLE contacts; --",
  '<script>alert(1)</script>',
  '{{7*7}}',
  '%s%n%x',
  '../../etc/passwd',
  '   ',
  '',
  'true',
  '0',
  '-1',
  'NaN',
  '1e309',
];

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A JSON value of another type than `value` (fast-check's jsonValue: numbers at the edges, nesting, …). */
function wrongTypeValue(value: unknown, rng: Rng): unknown {
  return draw(
    fc.jsonValue({ maxDepth: 2 }).filter((v) => kindOf(v) !== kindOf(value)),
    rng,
  );
}

/** Every path to a leaf or object inside a value (property names and array indexes). */
function pathsIn(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...prefix, Array.isArray(value) ? Number(k) : k];
      out.push(p);
      pathsIn(v, p, out);
    }
  }
  return out;
}

function setAt(root: any, path: (string | number)[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  Object.defineProperty(node, path[path.length - 1], {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Properties with an enum somewhere in the schema, as paths of property names. */
function enumPaths(
  schema: Schema | undefined,
  prefix: string[] = [],
  depth = 0,
  out: string[][] = [],
): string[][] {
  if (!schema || depth > 5) return out;
  for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) {
    enumPaths(branch, prefix, depth + 1, out);
  }
  for (const [key, sub] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    if (Array.isArray(sub?.enum)) out.push([...prefix, key]);
    enumPaths(sub, [...prefix, key], depth + 1, out);
  }
  return out;
}

function objectProperties(schema: Schema | undefined): Record<string, Schema> {
  if (!schema) return {};
  const props: Record<string, Schema> = { ...(schema.properties ?? {}) };
  for (const branch of [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) {
    Object.assign(props, objectProperties(branch));
  }
  return props;
}

function deepNesting(depth: number, array: boolean): string {
  return array
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Builds the request of one case. */
export function buildCase(info: OperationInfo, kind: CaseKind, world: World, rng: Rng): FuzzRequest {
  const { op } = info;
  const roles: Role[] = ['admin', 'agent', 'bot', 'none'];
  if (world.tokens.platform) roles.push('platform');
  const defaultRole: Role =
    op.api === 'platform' && world.tokens.platform ? 'platform' : op.api === 'public' ? 'none' : 'admin';
  let role: Role =
    kind === 'valid-other-role' ? rng.pick(roles) : rng.chance(0.85) ? defaultRole : rng.pick(roles);

  const params = validPathParams(op, world, rng);
  let queryObj = sampleOf(info.querySchema, world, rng) as Record<string, unknown>;
  const queryNames = Object.keys(info.querySchema.properties);
  let rawQuery: string | undefined;
  const hasBody = info.contentTypes.length > 0;
  let body: unknown = hasBody ? sampleOf(info.bodySchema ?? {}, world, rng) : undefined;
  let raw: string | Buffer | undefined;
  let contentType: string | undefined = hasBody ? 'application/json' : undefined;
  const headers: Record<string, string> = {};
  let method = op.method.toUpperCase();
  let expectStatus: number[] | undefined;
  let notBlamed: string | undefined;
  let twinOf: 'get' | 'no-body' | undefined;

  const mutateLeaf = (make: (old: unknown) => unknown) => {
    if (!body || typeof body !== 'object') body = {};
    const paths = pathsIn(body);
    if (!paths.length) {
      const props = Object.keys(objectProperties(info.bodySchema));
      const key = props.length ? rng.pick(props) : 'name';
      (body as Record<string, unknown>)[key] = make(undefined);
      return;
    }
    const path = rng.pick(paths);
    let old: any = body;
    for (const k of path) old = old?.[k];
    setAt(body, path, make(old));
  };

  switch (kind) {
    case 'valid':
    case 'valid-other-role':
      break;
    case 'wrong-type':
      for (let i = rng.int(1, 3); i > 0; i--) mutateLeaf((old) => wrongTypeValue(old, rng));
      break;
    case 'bad-enum': {
      const paths = enumPaths(info.bodySchema);
      if (!paths.length) {
        mutateLeaf(() => 'zz-not-an-enum');
        break;
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) body = {};
      const path = rng.pick(paths);
      let node: any = body;
      for (const k of path.slice(0, -1)) {
        if (!node[k] || typeof node[k] !== 'object' || Array.isArray(node[k])) node[k] = {};
        node = node[k];
      }
      node[path[path.length - 1]] = rng.pick(['zz-not-an-enum', 'OPEN', '', 'open ', 42]);
      break;
    }
    case 'null-fields': {
      const props = Object.keys(objectProperties(info.bodySchema));
      body = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
      for (const key of props) if (rng.chance(0.7)) (body as Record<string, unknown>)[key] = null;
      break;
    }
    case 'missing-required':
      body = rng.chance(0.5)
        ? {}
        : Object.fromEntries(Object.entries((body as object) ?? {}).filter(() => rng.chance(0.3)));
      break;
    case 'extra-fields':
      body = {
        ...(body && typeof body === 'object' && !Array.isArray(body) ? body : {}),
        id: 424242,
        account_id: 999,
        created_at: 'yesterday',
        unknown_field_zz: { x: [1, 2, 3] },
        role: 'administrator',
      };
      break;
    case 'huge-string': {
      const huge = rng.pick(['x', 'é', '😀', 'a@', ' ']).repeat(rng.int(50_000, 200_000));
      mutateLeaf(() => huge);
      if (rng.chance(0.5)) queryObj[rng.pick([...queryNames, 'q'])] = huge.slice(0, 20_000);
      break;
    }
    case 'unicode':
      for (let i = rng.int(1, 4); i > 0; i--) mutateLeaf(() => rng.pick(WEIRD_STRINGS));
      for (const q of queryNames) if (rng.chance(0.5)) queryObj[q] = rng.pick(WEIRD_STRINGS);
      break;
    case 'deep-nesting': {
      const depth = rng.pick([64, 1000, 20_000, 100_000]);
      const props = Object.keys(objectProperties(info.bodySchema));
      const key = props.length ? rng.pick(props) : 'custom_attributes';
      raw = `{"${key}":${deepNesting(depth, rng.chance(0.5))}}`;
      contentType = 'application/json';
      if (rng.chance(0.3)) {
        rawQuery = `${key}${'[a]'.repeat(200)}=1`;
      }
      break;
    }
    case 'proto-keys': {
      const base = JSON.stringify(body && typeof body === 'object' && !Array.isArray(body) ? body : {});
      const payload = rng.pick([
        '"__proto__":{"polluted":"yes","role":"administrator"}',
        '"constructor":{"prototype":{"polluted":"yes"}}',
        '"prototype":{"polluted":"yes"}',
        '"custom_attributes":{"__proto__":{"polluted":"yes"}}',
        '"additional_attributes":{"constructor":{"prototype":{"polluted":"yes"}}}',
        '"toString":"x","valueOf":1,"hasOwnProperty":"y"',
      ]);
      raw = base === '{}' ? `{${payload}}` : `${base.slice(0, -1)},${payload}}`;
      contentType = 'application/json';
      if (rng.chance(0.4))
        rawQuery = rng.pick([
          '__proto__[polluted]=yes',
          'constructor[prototype][polluted]=yes',
          'page[__proto__]=1',
        ]);
      break;
    }
    case 'invalid-json':
      raw = rng.pick([
        '{"name": ',
        "{'name': 'x'}",
        'nul',
        '{"a":1,}',
        '\u0000',
        '{"a":"\\x"}',
        '[1,2',
        '{"a":1}{"b":2}',
        '\ufeff{"a":1}',
        '"unterminated',
        '{"a":NaN}',
      ]);
      contentType = rng.pick([
        'application/json',
        'application/json; charset=utf-8',
        'application/vnd.api+json',
      ]);
      break;
    case 'wrong-content-type':
      raw = JSON.stringify(body ?? {});
      contentType = rng.pick([
        'text/plain',
        'application/xml',
        'text/html',
        'application/octet-stream',
        'application/json; charset=utf-16',
        'application/json; charset=bogus',
        'image/png',
        'multipart/form-data',
        'multipart/form-data; boundary=',
        '',
        ';;;',
      ]);
      break;
    case 'form-encoded':
      raw = rng.chance(0.5)
        ? qs.stringify(body && typeof body === 'object' ? body : { value: body }, { arrayFormat: 'brackets' })
        : rng.pick([
            'a[b][c]=1&a[]=2',
            'a[]=1&a[x]=2',
            '%ZZ=1',
            '=&=&&',
            'name[',
            'x'.repeat(5000) + '=1',
            '__proto__[polluted]=yes',
            'contact[name][]=a&contact[name][x]=b',
          ]);
      contentType = 'application/x-www-form-urlencoded';
      break;
    case 'multipart': {
      const boundary = 'fuzzboundary';
      const fields = body && typeof body === 'object' && !Array.isArray(body) ? Object.entries(body) : [];
      const parts = fields.map(
        ([k, v]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'object' ? JSON.stringify(v) : String(v)}\r\n`,
      );
      if (rng.chance(0.5)) {
        parts.push(
          `--${boundary}\r\nContent-Disposition: form-data; name="attachments[]"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n`,
        );
      }
      raw = rng.chance(0.2) ? `--${boundary}\r\ngarbage` : `${parts.join('')}--${boundary}--\r\n`;
      contentType = `multipart/form-data; boundary=${boundary}`;
      break;
    }
    case 'missing-body':
      raw = rng.chance(0.5) ? '' : undefined;
      contentType = rng.chance(0.5) ? 'application/json' : undefined;
      body = undefined;
      break;
    case 'non-object-body':
      raw = rng.pick([
        '[]',
        '[{}]',
        JSON.stringify([body ?? {}]),
        'null',
        '"str"',
        '42',
        'true',
        '-0',
        '1e999',
      ]);
      contentType = 'application/json';
      break;
    case 'arrays-for-objects':
      mutateLeaf((old) =>
        Array.isArray(old) ? { 0: old[0] ?? 'x' } : old && typeof old === 'object' ? [old] : [old, old],
      );
      break;
    case 'bad-path-param': {
      const names = Object.keys(params);
      if (names.length) params[rng.pick(names)] = rng.pick(BAD_PATH_VALUES);
      else rawQuery = 'id=-1';
      break;
    }
    case 'bad-query': {
      const parts: string[] = [];
      for (const name of queryNames.length ? queryNames : ['page', 'q']) {
        if (!rng.chance(0.7)) continue;
        const v = rng.pick([
          '-1',
          '0',
          '99999999999999999999',
          'abc',
          '%00',
          '%ZZ',
          '',
          '1.5',
          '[]',
          'true',
          '%F0%9F%98%80',
        ]);
        const shape = rng.int(0, 3);
        parts.push(
          shape === 0
            ? `${name}=${v}`
            : shape === 1
              ? `${name}[]=${v}&${name}[]=2`
              : shape === 2
                ? `${name}[x][y]=${v}`
                : `${name}`,
        );
      }
      parts.push('page=-5', 'per_page=100000', 'sort=-zz_unknown');
      rawQuery = parts.join('&');
      queryObj = {};
      break;
    }
    case 'bad-token':
      role = rng.pick(['none', 'invalid'] as Role[]);
      if (rng.chance(0.3))
        headers.api_access_token = rng.pick(['', '   ', 'x'.repeat(5000), 'null', world.tokens.admin + ' ']);
      break;
    case 'huge-body':
      raw = `{"name":"${'x'.repeat(rng.pick([900_000, 1_100_000, 3_000_000]))}"}`;
      contentType = 'application/json';
      break;
    // Rack refuses form keys nested deeper than its param_depth_limit: Rails' 400, token or not.
    case 'deep-form':
      raw = `${rng.pick(['contact', 'payload', 'a'])}${'[a]'.repeat(rng.pick([MAX_FORM_DEPTH + 1, 100, 2000]))}=1`;
      contentType = 'application/x-www-form-urlencoded';
      expectStatus = [400];
      break;
    // More parameters than Rack's limit: Rails' 400.
    case 'wide-form': {
      const n = rng.pick([MAX_PARAMS + 1, 20_000]);
      raw = Array.from({ length: n }, (_, i) => `k${i}=${i}`).join('&');
      contentType = 'application/x-www-form-urlencoded';
      expectStatus = [400];
      break;
    }
    // Rails decodes no Content-Encoding: compressed (or corrupt) bytes are not JSON nor UTF-8 text: 400.
    case 'corrupt-encoding': {
      const json = JSON.stringify(body ?? {});
      const bytes = rng.pick([
        () => zlib.gzipSync(json),
        () => zlib.gzipSync(json).subarray(0, 12),
        () => zlib.deflateSync(json),
        () => zlib.brotliCompressSync(json),
        () => Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef, 0xff, 0xfe]),
      ])();
      raw = bytes;
      headers['content-encoding'] = rng.pick(['gzip', 'deflate', 'br', 'gzip, deflate']);
      contentType = rng.pick(['application/json', 'application/x-www-form-urlencoded']);
      // A brotli stream may happen to start with bytes that are UTF-8 (then Rack reads a form of them).
      expectStatus = contentType === 'application/json' || !isUtf8(bytes) ? [400] : undefined;
      break;
    }
    // A body where the operation takes none (GET, DELETE…): Rails merges it into params, where
    // `__proto__` is just a key; a GET answers as it does without it.
    case 'unexpected-body':
      if (hasBody) {
        rawQuery = rng.pick(['__proto__[polluted]=yes', 'constructor[prototype][polluted]=yes']);
        break;
      }
      raw = rng.pick([
        '{"__proto__":{"polluted":"yes"}}',
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"unknown_zz":[1,{"a":null}]}',
        '{"prototype":1,"toString":"x"}',
        '[{"__proto__":1}]',
      ]);
      contentType = rng.pick(['application/json', 'application/json; charset=utf-8']);
      if (op.method === 'get') twinOf = 'no-body';
      break;
    // HEAD is routed to the GET action and answered without a body.
    case 'head':
      method = 'HEAD';
      body = undefined;
      contentType = undefined;
      if (op.method === 'get') twinOf = 'get';
      break;
    // Chatwoot's routes constrain no id: a value that is not an integer reaches `find` (to_i).
    case 'odd-id': {
      if (!info.idParams.length) break;
      notBlamed = rng.pick(info.idParams);
      params[notBlamed] = rng.pick(ODD_IDS);
      break;
    }
    // A media type Rails has no parser for: the body is not read.
    case 'unknown-content-type':
      raw = JSON.stringify(body ?? { name: 'x' });
      contentType = rng.pick(UNKNOWN_TYPES);
      if (op.method === 'get') twinOf = 'no-body';
      break;
  }

  const token = role === 'invalid' ? 'not-a-real-token-zz' : role === 'none' ? undefined : world.tokens[role];
  if (token !== undefined && headers.api_access_token === undefined) headers.api_access_token = token;
  if (raw === undefined && body !== undefined && kind !== 'missing-body') raw = JSON.stringify(body);
  if (raw !== undefined && contentType !== undefined) headers['content-type'] = contentType;
  if (rawQuery === undefined && Object.keys(queryObj).length)
    rawQuery = qs.stringify(queryObj, { arrayFormat: 'brackets' });

  const path =
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = params[name];
      return BAD_PATH_VALUES.includes(v) ? v : encodeURIComponent(v);
    }) + (rawQuery ? `?${rawQuery}` : '');
  const request: FuzzRequest = { operationId: op.operationId, kind, role, method, path, headers, body: raw };
  if (expectStatus) request.expectStatus = expectStatus;
  if (notBlamed) request.notBlamed = notBlamed;
  if (twinOf === 'get') request.twin = { ...request, method: 'GET', twin: undefined };
  if (twinOf === 'no-body') {
    const { 'content-type': _type, ...rest } = headers;
    void _type;
    request.twin = { ...request, headers: rest, body: undefined, twin: undefined };
  }
  return request;
}

// -------------------------------------------------------------------------------------------------
// Sending

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

export function send(baseUrl: string, req: FuzzRequest, timeoutMs = 10_000): Promise<FuzzResponse> {
  const url = new URL(baseUrl);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const r = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers: {
          ...req.headers,
          ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}),
        },
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', reject);
      },
    );
    r.setTimeout(timeoutMs, () => r.destroy(new Error(`no answer within ${timeoutMs} ms (hung request)`)));
    r.on('error', (e: NodeJS.ErrnoException) => {
      // A server may answer (413) and close before the whole body is sent: read what came back.
      reject(e);
    });
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

// -------------------------------------------------------------------------------------------------
// Invariants

/**
 * Chatwoot's error bodies: `{error}`, `{errors:[]}`, `{message, attributes?}`, `{status, error}`,
 * `{error:{attr:[msgs]}}`, and DeviseTokenAuth's `{success:false, errors:[]}` (the /auth routes).
 */
export function isChatwootError(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  const keys = Object.keys(b);
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  if (b.success === false && Array.isArray(b.errors)) {
    return only('success', 'errors') && b.errors.every((e) => typeof e === 'string');
  }
  if (typeof b.error === 'string')
    return only('error', 'status') && (b.status === undefined || typeof b.status === 'number');
  if (b.error && typeof b.error === 'object' && !Array.isArray(b.error)) {
    return (
      only('error') &&
      Object.values(b.error).every((v) => Array.isArray(v) && v.every((m) => typeof m === 'string'))
    );
  }
  if (Array.isArray(b.errors)) return only('errors') && b.errors.every((e) => typeof e === 'string');
  if (typeof b.message === 'string') {
    // Devise's token errors (passwords / confirmations): `{"message":"Invalid token","redirect_url":"/"}`.
    if (typeof b.redirect_url === 'string') return only('message', 'redirect_url');
    return (
      only('message', 'attributes') &&
      (b.attributes === undefined ||
        (Array.isArray(b.attributes) && b.attributes.every((a) => typeof a === 'string')))
    );
  }
  return false;
}

interface TableFingerprint {
  rows: unknown[];
  nextId: number;
}

export function fingerprint(store: Store): Map<string, TableFingerprint> {
  const out = new Map<string, TableFingerprint>();
  for (const [name, table] of Object.entries(store.tables)) {
    const state = (table as any).snapshot() as TableFingerprint;
    out.set(name, state);
  }
  return out;
}

/** The tables whose records (see sameRecord) or id sequence differ. */
export function changedTables(
  before: Map<string, TableFingerprint>,
  after: Map<string, TableFingerprint>,
): string[] {
  const changed: string[] = [];
  for (const [name, a] of after) {
    const b = before.get(name);
    if (
      !b ||
      b.nextId !== a.nextId ||
      b.rows.length !== a.rows.length ||
      b.rows.some((r, i) => !sameRecord(r as object, a.rows[i] as object))
    ) {
      changed.push(name);
    }
  }
  return changed;
}

interface ForeignKey {
  table: TableName | string;
  field: string;
  target: TableName | string;
  nullable?: boolean;
}

/** References that must point at an existing record (Chatwoot's foreign keys and dependent destroys). */
const FOREIGN_KEYS: ForeignKey[] = [
  { table: 'accountUsers', field: 'account_id', target: 'accounts' },
  { table: 'accountUsers', field: 'user_id', target: 'users' },
  { table: 'inboxes', field: 'account_id', target: 'accounts' },
  { table: 'inboxMembers', field: 'inbox_id', target: 'inboxes' },
  { table: 'inboxMembers', field: 'user_id', target: 'users' },
  { table: 'agentBotInboxes', field: 'inbox_id', target: 'inboxes' },
  { table: 'agentBotInboxes', field: 'agent_bot_id', target: 'agentBots' },
  { table: 'contacts', field: 'account_id', target: 'accounts' },
  { table: 'contactInboxes', field: 'contact_id', target: 'contacts' },
  { table: 'contactInboxes', field: 'inbox_id', target: 'inboxes' },
  { table: 'conversations', field: 'account_id', target: 'accounts' },
  { table: 'conversations', field: 'inbox_id', target: 'inboxes' },
  { table: 'conversations', field: 'contact_id', target: 'contacts' },
  { table: 'conversations', field: 'contact_inbox_id', target: 'contactInboxes' },
  { table: 'conversations', field: 'assignee_id', target: 'users', nullable: true },
  { table: 'conversations', field: 'team_id', target: 'teams', nullable: true },
  { table: 'messages', field: 'conversation_id', target: 'conversations' },
  { table: 'messages', field: 'inbox_id', target: 'inboxes' },
  { table: 'teamMembers', field: 'team_id', target: 'teams' },
  { table: 'teamMembers', field: 'user_id', target: 'users' },
  { table: 'conversationParticipants', field: 'conversation_id', target: 'conversations' },
  { table: 'conversationParticipants', field: 'user_id', target: 'users' },
  { table: 'notes', field: 'contact_id', target: 'contacts' },
  { table: 'categories', field: 'portal_id', target: 'portals' },
  { table: 'articles', field: 'portal_id', target: 'portals' },
  { table: 'csatSurveyResponses', field: 'conversation_id', target: 'conversations' },
  // Not webhooks.inbox_id, integrationHooks.inbox_id nor articles.category_id: Chatwoot stores them as
  // given (optional belongs_to, no foreign key); the views show only records of the same account.
];

/** Broken references and duplicate keys in the store; empty when it is consistent. */
export function storeInvariants(store: Store): string[] {
  const problems: string[] = [];
  const tables = store.tables as Record<string, any>;
  for (const fk of FOREIGN_KEYS) {
    const from = tables[fk.table];
    const to = tables[fk.target];
    if (!from || !to) continue;
    for (const r of from.all() as Iterable<Rec>) {
      const v = r[fk.field];
      if (v === null || v === undefined) {
        if (!fk.nullable && v === undefined) problems.push(`${fk.table}#${r.id}.${fk.field} is missing`);
        continue;
      }
      const target = to.get(v);
      if (!target) problems.push(`${fk.table}#${r.id}.${fk.field} → ${fk.target}#${v} does not exist`);
      // Accounts isolate: a record never points into another account.
      else if (
        typeof r.account_id === 'number' &&
        typeof target.account_id === 'number' &&
        r.account_id !== target.account_id
      ) {
        problems.push(
          `${fk.table}#${r.id} (account ${r.account_id}).${fk.field} → ${fk.target}#${v} of account ${target.account_id}`,
        );
      }
    }
  }
  // Users a record ties to an account must be members of it.
  const member = (accountId: number, userId: number) =>
    tables.accountUsers.findBy('membership', [accountId, userId]) !== undefined;
  const memberChecks: [string, string, (r: Rec) => number | undefined][] = [
    ['conversations', 'assignee_id', (r) => r.account_id],
    ['teamMembers', 'user_id', (r) => tables.teams.get(r.team_id)?.account_id],
    ['inboxMembers', 'user_id', (r) => tables.inboxes.get(r.inbox_id)?.account_id],
    ['conversationParticipants', 'user_id', (r) => tables.conversations.get(r.conversation_id)?.account_id],
  ];
  for (const [table, field, accountOf] of memberChecks) {
    for (const r of tables[table].all() as Iterable<Rec>) {
      const accountId = accountOf(r);
      if (r[field] === null || accountId === undefined) continue;
      if (!member(accountId, r[field])) {
        problems.push(
          `${table}#${r.id}.${field} → user #${r[field]} is not a member of account ${accountId}`,
        );
      }
    }
  }
  for (const m of tables.messages.all() as Iterable<Rec>) {
    if (m.sender_type !== 'Contact' || m.sender_id === null) continue;
    const sender = tables.contacts.get(m.sender_id);
    if (sender && sender.account_id !== m.account_id) {
      problems.push(
        `message #${m.id} (account ${m.account_id}) sent by contact #${sender.id} of account ${sender.account_id}`,
      );
    }
  }
  const seen = new Map<string, number>();
  for (const c of tables.conversations.all() as Iterable<Rec>) {
    const key = `${c.account_id}:${c.display_id}`;
    if (seen.has(key)) problems.push(`conversations #${seen.get(key)} and #${c.id} share display id ${key}`);
    seen.set(key, c.id);
    const account = tables.accounts.get(c.account_id);
    if (account && typeof account.last_display_id === 'number' && c.display_id > account.last_display_id) {
      problems.push(
        `conversation #${c.id} display id ${c.display_id} > account's last_display_id ${account.last_display_id}`,
      );
    }
  }
  for (const m of tables.messages.all() as Iterable<Rec>) {
    const c = tables.conversations.get(m.conversation_id);
    if (c && c.account_id !== m.account_id)
      problems.push(`message #${m.id} is in account ${m.account_id}, its conversation in ${c.account_id}`);
  }
  const emails = new Map<string, number>();
  for (const c of tables.contacts.all() as Iterable<Rec>) {
    if (!c.email) continue;
    const key = `${c.account_id}:${String(c.email).toLowerCase()}`;
    if (emails.has(key)) problems.push(`contacts #${emails.get(key)} and #${c.id} share email ${key}`);
    emails.set(key, c.id);
  }
  return problems;
}

// -------------------------------------------------------------------------------------------------
// The run

/**
 * Records the default world lacks, created through the API before fuzzing so that every operation
 * has something to act on (a portal with a category and an article, an automation rule, a canned
 * response, a note, a custom attribute and filter, an integration hook, a campaign).
 */
function setupRequests(world: World): { method: string; path: string; body: unknown }[] {
  const base = `/api/v1/accounts/${world.accountId}`;
  const inboxes = accountRecords(world, 'inboxes');
  const widget = inboxes.find((i) => i.channel?.type === 'Channel::WebWidget') ?? inboxes[0];
  const contact = accountRecords(world, 'contacts')[0];
  const author = accountUserIds(world)[0] ?? 1;
  return [
    {
      method: 'POST',
      path: `${base}/portals`,
      body: {
        name: 'Fuzz Help',
        slug: 'fuzz-help',
        config: { allowed_locales: ['en'], default_locale: 'en' },
      },
    },
    {
      method: 'POST',
      path: `${base}/portals/fuzz-help/categories`,
      body: { name: 'Billing', slug: 'billing', locale: 'en' },
    },
    {
      method: 'POST',
      path: `${base}/portals/fuzz-help/articles`,
      body: { title: 'Refunds', content: 'How refunds work.', author_id: author, category_id: 1 },
    },
    {
      method: 'POST',
      path: `${base}/automation_rules`,
      body: {
        name: 'Tag VIPs',
        event_name: 'conversation_created',
        conditions: [
          {
            attribute_key: 'browser_language',
            filter_operator: 'equal_to',
            values: ['en'],
            query_operator: null,
          },
        ],
        actions: [{ action_name: 'add_label', action_params: ['vip'] }],
      },
    },
    {
      method: 'POST',
      path: `${base}/canned_responses`,
      body: { short_code: 'thanks', content: 'Thank you!' },
    },
    ...(contact
      ? [
          {
            method: 'POST',
            path: `${base}/contacts/${contact.id}/notes`,
            body: { content: 'Prefers email.' },
          },
        ]
      : []),
    {
      method: 'POST',
      path: `${base}/custom_attribute_definitions`,
      body: {
        attribute_display_name: 'Plan',
        attribute_key: 'plan',
        attribute_display_type: 'text',
        attribute_model: 'contact_attribute',
      },
    },
    {
      method: 'POST',
      path: `${base}/custom_filters`,
      body: {
        name: 'Open',
        filter_type: 'conversation',
        query: {
          payload: [
            { attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null },
          ],
        },
      },
    },
    {
      method: 'POST',
      path: `${base}/integrations/hooks`,
      body: { app_id: 'openai', settings: { api_key: 'sk-fuzz' } },
    },
    ...(widget
      ? [
          {
            method: 'POST',
            path: `${base}/campaigns`,
            body: {
              title: 'Welcome',
              message: 'Hi!',
              inbox_id: widget.id,
              trigger_rules: { url: 'https://www.acme.test/', time_on_page: 10 },
            },
          },
        ]
      : []),
  ];
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

/**
 * Answers that change the store on purpose, as Chatwoot does (`operationId status` → tables, `*`: any):
 * - the platform login URL (a GET) stores a one-time SSO token;
 * - the custom filter that reaches the per-user limit is saved, yet answered 422 (the controller
 *   re-validates after `create!`);
 * - a conversation create that fails (a custom attribute over 1500 characters) keeps the contact inbox
 *   the controller's `contact_inbox` before_action created outside the create's transaction.
 */
const WRITES_ALLOWED: Record<string, string[]> = {
  'getPlatformUserLoginUrl 200': ['*'],
  'createCustomFilter 422': ['*'],
  'createConversation 422': ['contactInboxes'],
};

export interface Violation {
  operationId: string;
  kind: string;
  seed: number;
  problem: string;
  request: { method: string; path: string; role: Role; headers: Record<string, string>; body?: string };
  status?: number;
  response?: string;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  operations: number;
  operationIds: string[];
  byStatus: Record<string, number>;
  byKind: Record<string, number>;
  /** The records created before fuzzing (see setupRequests), with their statuses. */
  setup?: string[];
  /** Statuses per operation (its own cases, not the sweeps). */
  byOperation: Record<string, Record<string, number>>;
  fiveHundreds: number;
  violations: Violation[];
  slowest: { operationId: string; kind: string; ms: number }[];
  ms: number;
}

export interface FuzzOptions {
  seed?: number;
  /** Batches per operation; each batch sends one request of every case kind. */
  runs?: number;
  /** Only operations whose operationId matches. */
  only?: RegExp | ((operationId: string) => boolean);
  /** Stops collecting after this many violations (default 200). */
  maxViolations?: number;
  /** Called after each operation's batch (progress). */
  onOperation?: (operationId: string, done: number, total: number) => void;
  /**
   * The account and tokens to fuzz (default: the fake's main account, reset first). With a world
   * given, the fake is not reset: its state (extra accounts included) is snapshotted and restored.
   */
  world?: World;
  /** Only these case kinds (default: all of CASE_KINDS). */
  kinds?: readonly CaseKind[];
  /** An extra check of every answer: a problem to report, or undefined. */
  check?: (request: FuzzRequest, response: FuzzResponse) => string | undefined;
  /**
   * Check every answer with the contract checker (default on): its status must be declared for the
   * operation the request routes to (an unknown route: Rails' 404, or 400 for a malformed path), its
   * body valid against the declared schema.
   */
  contract?: boolean;
}

/** What the contract checker (the spec) finds wrong with an answer. */
function contractProblems(
  contract: Awaited<ReturnType<typeof loadContract>> | undefined,
  req: FuzzRequest,
  res: FuzzResponse,
): string[] {
  if (!contract) return [];
  const violations = contract.checkResponse({
    method: req.method,
    path: req.path,
    status: res.status,
    headers: res.headers as Record<string, string>,
    body: res.text,
  });
  return violations
    .filter(
      (v) => !((v.kind === 'unknown-path' || v.kind === 'unknown-method') && [400, 404].includes(res.status)),
    )
    .map(
      (v) =>
        `contract: ${v.kind}: ${v.message ?? `${v.pointer ?? ''} expected ${v.expected}, got ${v.actual}`}`,
    );
}

/** Whether a 422 body names `attribute` among its attributes. */
function blames(text: string, attribute: string): boolean {
  try {
    const body = JSON.parse(text) as { attributes?: unknown };
    return Array.isArray(body.attributes) && body.attributes.includes(attribute);
  } catch {
    return false;
  }
}

function preview(body: string | Buffer | undefined): string | undefined {
  if (body === undefined) return undefined;
  const s = body.toString();
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s;
}

/**
 * Fuzzes every operation of the spec against a running fake (started with webhooks off: sampled
 * webhook URLs must never be called). Resets the fake before each operation.
 */
export async function fuzz(fake: RunningFake, options: FuzzOptions = {}): Promise<FuzzReport> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const runs = options.runs ?? 1;
  const maxViolations = options.maxViolations ?? 200;
  const spec = await loadSpec();
  const operations = operationsOf(spec)
    .filter((op) => {
      const only = options.only;
      return !only || (typeof only === 'function' ? only(op.operationId) : only.test(op.operationId));
    })
    .sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
  const infos = operations.map((op) => operationInfo(spec, op));
  const world: World = options.world ?? worldOf(fake);
  const report: FuzzReport = {
    seed,
    requests: 0,
    operations: operations.length,
    operationIds: operations.map((o) => o.operationId),
    byStatus: {},
    byKind: {},
    byOperation: {},
    fiveHundreds: 0,
    violations: [],
    slowest: [],
    ms: 0,
  };
  const contract = options.contract === false ? undefined : await loadContract();
  let events = 0;
  const off = fake.events.on(() => events++);
  const violation = (v: Violation) => {
    if (report.violations.length < maxViolations) report.violations.push(v);
  };

  const start = options.world ? fake.snapshot() : undefined;
  if (!start) fake.reset();
  report.setup = [];
  for (const step of setupRequests({ ...world, idAccountId: undefined })) {
    const { method, path } = step;
    const body = JSON.stringify(step.body);
    const headers = { api_access_token: world.tokens.admin!, 'content-type': 'application/json' };
    const res = await send(fake.url, {
      operationId: 'setup',
      kind: 'setup',
      role: 'admin',
      method,
      path,
      headers,
      body,
    });
    report.setup.push(`${method} ${path} → ${res.status}`);
    if (res.status >= 500) {
      const request = { method, path, role: 'admin' as const, headers: {}, body };
      violation({
        operationId: 'setup',
        kind: 'setup',
        seed,
        problem: `answered ${res.status}`,
        request,
        status: res.status,
        response: res.text.slice(0, 500),
      });
    }
  }
  const baseline = fake.snapshot();

  try {
    let done = 0;
    for (const info of infos) {
      fake.restore(baseline);
      const opId = info.op.operationId;
      for (let run = 0; run < runs; run++) {
        for (let k = 0; k < CASE_KINDS.length; k++) {
          const index = run * CASE_KINDS.length + k;
          const s = caseSeed(seed, opId, index);
          const kind = CASE_KINDS[k];
          if (options.kinds && !options.kinds.includes(kind)) continue;
          const req = buildCase(info, kind, world, new Rng(s));
          const detail = {
            method: req.method,
            path: req.path.length > 300 ? `${req.path.slice(0, 300)}…` : req.path,
            role: req.role,
            headers: Object.fromEntries(
              Object.entries(req.headers).map(([h, v]) => [h, v.length > 100 ? `${v.slice(0, 100)}…` : v]),
            ),
            body: preview(req.body),
          };
          const before = fingerprint(fake.store);
          const eventsBefore = events;
          let res: FuzzResponse | undefined;
          const fail = (problem: string) =>
            violation({
              operationId: opId,
              kind,
              seed: s,
              problem,
              request: detail,
              status: res?.status,
              response: res?.text.slice(0, 500),
            });
          report.requests++;
          try {
            res = await send(fake.url, req);
          } catch (e) {
            fail(`request failed: ${(e as Error).message}`);
            continue;
          }
          report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
          report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
          const perOp = (report.byOperation[opId] ??= {});
          perOp[res.status] = (perOp[res.status] ?? 0) + 1;
          report.slowest.push({ operationId: opId, kind, ms: Math.round(res.ms) });
          report.slowest = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
          if (res.status >= 500) {
            report.fiveHundreds++;
            fail(`answered ${res.status}`);
          }
          const extra = options.check?.(req, res);
          if (extra) fail(extra);
          for (const problem of contractProblems(contract, req, res)) fail(problem);
          if (req.expectStatus && !req.expectStatus.includes(res.status))
            fail(`expected ${req.expectStatus.join(' or ')}, answered ${res.status}`);
          if (req.method === 'HEAD' && res.text !== '') fail('HEAD answered with a body');
          if (req.notBlamed && res.status === 422 && blames(res.text, req.notBlamed))
            fail(`422 blames the id ${req.notBlamed} (Rails reads it with to_i)`);
          if (req.twin) {
            const twin = await send(fake.url, req.twin).catch((e: Error) => e);
            report.requests++;
            if (twin instanceof Error) fail(`${req.twin.method} twin failed: ${twin.message}`);
            else if (twin.status !== res.status)
              fail(
                `answered ${res.status} where the same ${req.twin.method}${req.twin.body === undefined ? ' without a body' : ''} answers ${twin.status}`,
              );
          }
          const emptyAllowed = info.emptyStatuses.has(String(res.status)) && res.text === '';
          if (
            res.status >= 400 &&
            res.status < 500 &&
            res.status !== 429 &&
            !emptyAllowed &&
            req.method !== 'HEAD'
          ) {
            let parsed: unknown;
            try {
              parsed = JSON.parse(res.text);
            } catch {
              fail('4xx body is not JSON');
            }
            if (parsed !== undefined && !isChatwootError(parsed)) fail('4xx body is not a Chatwoot error');
            if (!String(res.headers['content-type'] ?? '').startsWith('application/json')) {
              fail(`4xx content-type ${res.headers['content-type']}`);
            }
          }
          const allowed = WRITES_ALLOWED[`${opId} ${res.status}`] ?? [];
          if ((res.status >= 400 || req.method === 'GET') && !allowed.includes('*')) {
            const changed = changedTables(before, fingerprint(fake.store)).filter(
              (t) => !allowed.includes(t),
            );
            if (changed.length)
              fail(`${res.status >= 400 ? 'rejected request' : 'GET'} changed ${changed.join(', ')}`);
            if (events !== eventsBefore)
              fail(
                `${res.status >= 400 ? 'rejected request' : 'GET'} recorded ${events - eventsBefore} event(s)`,
              );
          }
          const protoKeys = Object.getOwnPropertyNames(Object.prototype);
          if (protoKeys.length !== PROTOTYPE_KEYS.length || Array.prototype.hasOwnProperty('polluted')) {
            fail(
              `Object.prototype was polluted: ${protoKeys.filter((k) => !PROTOTYPE_KEYS.includes(k)).join(', ')}`,
            );
            for (const k of protoKeys) if (!PROTOTYPE_KEYS.includes(k)) delete (Object.prototype as any)[k];
          }
        }
      }
      for (const problem of storeInvariants(fake.store)) {
        violation({
          operationId: info.op.operationId,
          kind: 'store-invariant',
          seed,
          problem,
          request: { method: '-', path: '-', role: 'admin', headers: {} },
        });
      }
      if (info.op.method !== 'get')
        await sweep(fake, info, infos, world, new Rng(caseSeed(seed, opId, -1)), report, violation);
      options.onOperation?.(opId, ++done, infos.length);
    }
  } finally {
    off();
    fake.deleteSnapshot(baseline);
    if (start) {
      fake.restore(start);
      fake.deleteSnapshot(start);
    } else fake.reset();
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

/**
 * After a write operation's batch: the GETs of the same resource, with the newest records, still
 * answer without a 5xx (so what the batch stored renders valid against the view schemas).
 */
async function sweep(
  fake: RunningFake,
  info: OperationInfo,
  infos: OperationInfo[],
  world: World,
  rng: Rng,
  report: FuzzReport,
  violation: (v: Violation) => void,
): Promise<void> {
  // The resource: the path up to its first id (other than the account's), e.g. …/{account_id}/contacts.
  const segments = info.op.path.split('/');
  const firstId = segments.findIndex((s, i) => s.startsWith('{') && segments[i - 1] !== 'accounts');
  const resource = (firstId < 0 ? segments : segments.slice(0, firstId))
    .join('/')
    .replace(/\/(search|filter|meta|active|import|export|actions\/contact_merge)$/, '');
  const reads = infos.filter((i) => i.op.method === 'get' && i.op.path.startsWith(resource));
  for (const read of reads) {
    const req = buildCase(read, 'valid', world, rng);
    if (read.op.api !== 'platform' && read.op.api !== 'public')
      req.headers.api_access_token = world.tokens.admin!;
    const request = { method: req.method, path: req.path, role: req.role, headers: req.headers };
    const fail = (problem: string, res?: FuzzResponse) =>
      violation({
        operationId: read.op.operationId,
        kind: `sweep after ${info.op.operationId}`,
        seed: 0,
        problem,
        request,
        status: res?.status,
        response: res?.text.slice(0, 500),
      });
    const res = await send(fake.url, req).catch((e: Error) => fail(`request failed: ${e.message}`));
    if (!res) continue;
    report.requests++;
    report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
    if (res.status >= 500) {
      report.fiveHundreds++;
      fail(`answered ${res.status}`, res);
    }
  }
}

/** The operations that answered a 2xx at least once (their own cases, not the sweeps). */
export function okOperations(byOperation: FuzzReport['byOperation']): string[] {
  return Object.keys(byOperation).filter((id) => Object.keys(byOperation[id]).some((s) => Number(s) < 300));
}

/** A human summary of a report (for the CLI and failing tests). */
export function formatReport(report: FuzzReport, limit = 40): string {
  const lines = [
    `fuzzed ${report.requests} requests over ${report.operations} operations (seed ${report.seed}) in ${(report.ms / 1000).toFixed(1)} s`,
    `statuses: ${Object.entries(report.byStatus)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}`,
    `operations answering a 2xx: ${okOperations(report.byOperation).length}/${report.operations}`,
    `5xx: ${report.fiveHundreds}; violations: ${report.violations.length}`,
    `slowest: ${report.slowest.map((s) => `${s.operationId}/${s.kind} ${s.ms} ms`).join(', ')}`,
  ];
  for (const v of report.violations.slice(0, limit)) {
    lines.push(
      `- ${v.operationId} [${v.kind}, seed ${v.seed}] ${v.problem}\n    ${v.request.method} ${v.request.path} as ${v.request.role}` +
        (v.request.headers['content-type'] !== undefined ? ` (${v.request.headers['content-type']})` : '') +
        (v.request.body !== undefined ? `\n    body: ${v.request.body}` : '') +
        (v.status !== undefined ? `\n    → ${v.status} ${v.response}` : ''),
    );
  }
  if (report.violations.length > limit) lines.push(`… and ${report.violations.length - limit} more`);
  return lines.join('\n');
}
