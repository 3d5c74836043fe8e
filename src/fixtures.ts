/**
 * Worlds: reading and validating a world file (fixtures/default.yaml or a user's YAML/JSON, checked
 * against fixtures/world.schema.json and for references between records, with errors that name the
 * file, line and field), seeding the first account from it (seedWorld), and adding further isolated
 * accounts to a running store (seedAccount). Same world + same seed → the same ids, tokens,
 * timestamps and text.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node as YamlNode } from 'yaml';
import {
  DEFAULT_ACCOUNT_FEATURES,
  contactInboxFor,
  insertContact,
  insertConversation,
  insertMessage,
  newApiChannel,
  newInboxFields,
  newWebWidgetChannel,
  nextChannelId,
} from './domain/records';
import type { Channel, ConversationStatus, JsonObject, MessageType, Store, Table } from './store';
import { MESSAGE_TYPES, fnv, hashToken } from './store';

/** The embedded default world. */
export const DEFAULT_WORLD = path.resolve(__dirname, '..', 'fixtures', 'default.yaml');
/** The JSON Schema of world files (for editors: `# yaml-language-server: $schema=<this file>`). */
export const WORLD_SCHEMA = path.resolve(__dirname, '..', 'fixtures', 'world.schema.json');

/** A point in time relative to the clock's start (the three add up). */
interface Ago {
  minutes_ago?: number;
  hours_ago?: number;
  days_ago?: number;
}

/** A world: one account and what it holds. See fixtures/world.schema.json and README "World files". */
export interface World {
  $schema?: string;
  account: {
    id?: number;
    name: string;
    locale?: string;
    domain?: string | null;
    support_email?: string | null;
    auto_resolve_duration?: number | null;
  } & Ago;
  users: ({
    key: string;
    name: string;
    email: string;
    password?: string;
    /** The user's api_access_token in the first account; derived from the seed when missing. */
    access_token?: string;
    role: 'agent' | 'administrator';
    availability?: 'online' | 'offline' | 'busy';
  } & Ago)[];
  agent_bots?: {
    key: string;
    name: string;
    description?: string;
    outgoing_url?: string;
    access_token?: string;
  }[];
  /** Platform apps; each may manage this account and its seeded users and agent bots. */
  platform_apps?: { key: string; name: string; access_token?: string }[];
  teams?: {
    key: string;
    name: string;
    description?: string;
    allow_auto_assign?: boolean;
    members?: string[];
  }[];
  labels?: { title: string; description?: string; color?: string; show_on_sidebar?: boolean }[];
  inboxes?: ({
    key: string;
    name: string;
    channel: Record<string, any>;
    greeting_enabled?: boolean;
    greeting_message?: string;
    members?: string[];
    agent_bot?: string;
  } & Ago)[];
  contacts?: ({
    key: string;
    name: string;
    email?: string;
    phone_number?: string;
    identifier?: string;
    labels?: string[];
    custom_attributes?: JsonObject;
    additional_attributes?: JsonObject;
  } & Ago)[];
  conversations?: {
    contact: string;
    inbox: string;
    status?: ConversationStatus;
    assignee?: string;
    team?: string;
    priority?: 'low' | 'medium' | 'high' | 'urgent';
    labels?: string[];
    snoozed_hours_ahead?: number;
    agent_seen_minutes_ago?: number;
    agent_seen_hours_ago?: number;
    agent_seen_days_ago?: number;
    messages?: ({
      type: (typeof MESSAGE_TYPES)[number];
      content: string;
      sender?: string;
      private?: boolean;
      content_type?: string;
      content_attributes?: JsonObject;
    } & Ago)[];
  }[];
  webhooks?: { name?: string; url: string; subscriptions: string[]; secret?: string }[];
}

/** An account seeded from a world. */
export interface SeededWorld {
  accountId: number;
  /**
   * api_access_tokens: the first administrator, the first agent ('' when none), the first agent bot, the
   * first platform app.
   */
  tokens: { admin: string; agent: string; bot?: string; platform?: string };
  /** Every user's and agent bot's api_access_token, by its key in the world. */
  accessTokens: Record<string, string>;
}

export interface SeedOptions {
  /** Seed of generated records and derived tokens (default 1). */
  seed?: number;
  /** Extra generated contacts (names from faker's locale lists, see src/fixtures-generate.ts). */
  contacts?: number;
  /**
   * Extra generated conversations (on the account's contacts); default with `messages`: one per
   * 10 messages.
   */
  conversations?: number;
  /**
   * Total messages of the generated conversations, spread over them as support threads of varied
   * length (at least one each); default: each thread's natural length (about 4 messages).
   */
  messages?: number;
}

export interface SeedAccountOptions extends SeedOptions {
  /** The account's name (default: the world's). */
  name?: string;
  /** The account id (default: the next free one); must be free. */
  accountId?: number;
}

export interface WorldOptions {
  /** Append the world's sections to the default world's (and override its account fields). */
  merge?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Reading and validation

/** One problem in a world: where it is and what is wrong. */
export interface WorldIssue {
  source: string;
  /** 1-based line, when the world came from text. */
  line?: number;
  /** Field path such as `users[1].role` ('' for the whole world). */
  path: string;
  message: string;
}

/** A world that does not validate; `message` lists every issue as `file:line: path message`. */
export class WorldError extends Error {
  constructor(readonly issues: WorldIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'WorldError';
  }
}

function formatIssue(issue: WorldIssue): string {
  const where = issue.line === undefined ? issue.source : `${issue.source}:${issue.line}`;
  return `${where}: ${issue.path ? `${issue.path} ` : ''}${issue.message}`;
}

type Segment = string | number;
/** Where a path of a world is, as a 1-based line (undefined for a world given as an object). */
type Locate = (at: Segment[]) => number | undefined;

interface Part {
  world: World;
  source: string;
  locate: Locate;
}

const MAX_ISSUES = 20;
const validated = new WeakSet<object>();
let defaultCache: World | undefined;

/**
 * Reads a world file (YAML, or JSON by its `.json` extension — both parse with line numbers) and
 * validates it. `merge: true` appends its sections to the default world. Throws a WorldError.
 */
export function readWorld(file: string = DEFAULT_WORLD, options: WorldOptions = {}): World {
  const isDefault = path.resolve(file) === DEFAULT_WORLD && !options.merge;
  if (isDefault && defaultCache) {
    const copy = structuredClone(defaultCache);
    validated.add(copy);
    return copy;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new WorldError([{ source: file, path: '', message: `cannot be read (${(err as Error).message})` }]);
  }
  // The embedded default world is checked by the test suite (test/fixtures.test.ts); trusting it here
  // keeps a cold start free of compiling the schema.
  const world = isDefault ? parseDefault(text) : parseWorld(text, file, options);
  if (isDefault) defaultCache = structuredClone(world);
  validated.add(world);
  return world;
}

/**
 * Parses and validates a world given as YAML or JSON text; `sourceName` names it in errors
 * (`world.yaml:12: users[1].role must be one of agent, administrator`). Throws a WorldError.
 */
export function parseWorld(text: string, sourceName = 'world', options: WorldOptions = {}): World {
  const YAML = yaml();
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new WorldError(
      doc.errors.slice(0, MAX_ISSUES).map((e) => ({
        source: sourceName,
        line: lineCounter.linePos(e.pos[0]).line,
        path: '',
        message: e.message.split('\n')[0],
      })),
    );
  }
  const locate: Locate = (at) => {
    const node = nodeAt(doc.contents as YamlNode | null, at);
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  };
  return check(doc.toJS(), { source: sourceName, locate }, options);
}

/** The yaml module, loaded on first use (a cold start with the default world does without it). */
export function yaml(): typeof import('yaml') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('yaml');
}

/**
 * The default world's data. Parsing YAML costs a cold process tens of milliseconds, so the parsed
 * world is kept as JSON in the OS temp directory, under a hash of the text (never stale).
 */
function parseDefault(text: string): World {
  const hash = crypto.createHash('sha1').update(text).digest('hex').slice(0, 16);
  const cacheFile = path.join(os.tmpdir(), `chatwoot-fake-world-${hash}.json`);
  try {
    return JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as World;
  } catch {
    // no cache yet (or unreadable): parse the YAML
  }
  const world = yaml().parse(text) as World;
  try {
    const partial = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(partial, JSON.stringify(world));
    fs.renameSync(partial, cacheFile);
  } catch {
    // a read-only temp directory only costs the next start the parse
  }
  return world;
}

/** Validates a world given as an object (no line numbers in errors). Throws a WorldError. */
export function validateWorld(value: unknown, sourceName = 'world', options: WorldOptions = {}): World {
  if (value && typeof value === 'object' && validated.has(value) && !options.merge) return value as World;
  return check(value, { source: sourceName, locate: () => undefined }, options);
}

/** A world from a file path, an object, or nothing (the default world). */
export function loadWorld(options: WorldOptions & { fixtures?: string | object } = {}): World {
  const { fixtures, ...rest } = options;
  if (fixtures === undefined) return readWorld(DEFAULT_WORLD);
  if (typeof fixtures === 'string') return readWorld(fixtures, rest);
  return validateWorld(fixtures, 'world', rest);
}

/** The default world with `extra`'s sections appended (its account fields override the default's). */
export function mergeWorlds(base: World, extra: Partial<World>): World {
  const out: any = { ...base, account: { ...base.account, ...(extra.account ?? {}) } };
  for (const [section, value] of Object.entries(extra)) {
    if (section === 'account' || section === '$schema') continue;
    out[section] = [...((base as any)[section] ?? []), ...(value as unknown[])];
  }
  return out as World;
}

function check(value: unknown, part: Omit<Part, 'world'>, options: WorldOptions): World {
  const fail = (issues: WorldIssue[]) => {
    throw new WorldError(issues.slice(0, MAX_ISSUES));
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    fail([
      {
        source: part.source,
        line: part.locate([]),
        path: '',
        message: 'a world must be a mapping with "account" and "users" (see fixtures/world.schema.json)',
      },
    ]);
  }
  const validate = validator(options.merge ? 'partial' : 'full');
  if (!validate(value)) fail(schemaIssues(validate.errors ?? [], value, part));
  const world = value as World;
  const parts: Part[] = [{ ...part, world }];
  if (options.merge) {
    const base = readWorld(DEFAULT_WORLD);
    parts.unshift({ world: base, source: DEFAULT_WORLD, locate: () => undefined });
  }
  const issues = referenceIssues(parts);
  if (issues.length) fail(issues);
  const result = options.merge ? mergeWorlds(parts[0].world, world) : world;
  validated.add(result);
  return result;
}

// --- JSON Schema -----------------------------------------------------------------------------

let schemaCache: any;
const validators: Partial<Record<'full' | 'partial', ValidateFunction>> = {};

function worldSchema(): any {
  return (schemaCache ??= JSON.parse(fs.readFileSync(WORLD_SCHEMA, 'utf8')));
}

function validator(kind: 'full' | 'partial'): ValidateFunction {
  const cached = validators[kind];
  if (cached) return cached;
  // Loaded on first use: a fake started with the default world never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const ajv = new Ajv({ allErrors: true, discriminator: true, verbose: true, allowUnionTypes: true });
  // A world merged into the default one may leave out the account and users.
  const schema = kind === 'full' ? worldSchema() : { ...worldSchema(), required: [], $id: undefined };
  return (validators[kind] = ajv.compile(schema));
}

/** Splits an ajv instancePath into segments, numbers for array indexes. */
function segmentsOf(instancePath: string, value: unknown): Segment[] {
  const out: Segment[] = [];
  let at: any = value;
  for (const raw of instancePath.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: Segment = Array.isArray(at) ? Number(part) : part;
    out.push(segment);
    at = at?.[segment];
  }
  return out;
}

export function pathText(at: Segment[]): string {
  let out = '';
  for (const s of at) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
  }
  return out;
}

const a = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const TYPE_WORDS: Record<string, string> = {
  string: a('string'),
  number: a('number'),
  integer: a('whole number'),
  boolean: 'true or false',
  array: a('list'),
  object: a('mapping'),
  null: 'null',
};

function closest(word: string, candidates: string[]): string | undefined {
  const distance = (x: string, y: string) => {
    const row = Array.from({ length: y.length + 1 }, (_, i) => i);
    for (let i = 1; i <= x.length; i++) {
      let prev = row[0];
      row[0] = i;
      for (let j = 1; j <= y.length; j++) {
        const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (x[i - 1] === y[j - 1] ? 0 : 1));
        prev = row[j];
        row[j] = next;
      }
    }
    return row[y.length];
  };
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** The allowed `type` values of a discriminated oneOf (e.g. the channel types). */
function discriminatorValues(schema: any): string[] {
  const defs = worldSchema().definitions;
  return (schema?.oneOf ?? []).map((branch: any) => {
    const target = branch.$ref ? defs[branch.$ref.split('/').pop()] : branch;
    return target?.properties?.type?.const;
  });
}

function schemaIssues(errors: ErrorObject[], value: unknown, part: Omit<Part, 'world'>): WorldIssue[] {
  const issues: WorldIssue[] = [];
  const seen = new Set<string>();
  // A failed branch of a discriminated oneOf also reports the oneOf itself: keep the specific error.
  const specific = errors.filter((e) => e.keyword !== 'oneOf' || errors.length === 1);
  for (const e of specific) {
    let at = segmentsOf(e.instancePath, value);
    let locateAt = at;
    let message: string;
    const params = e.params as Record<string, any>;
    switch (e.keyword) {
      case 'required':
        locateAt = at;
        at = [...at, params.missingProperty];
        message = 'is required';
        break;
      case 'additionalProperties': {
        at = [...at, params.additionalProperty];
        locateAt = at;
        const known = Object.keys((e.parentSchema as any)?.properties ?? {});
        const guess = closest(params.additionalProperty, known);
        message = guess
          ? `is not a known field (did you mean "${guess}"?)`
          : `is not a known field (known: ${known.join(', ')})`;
        break;
      }
      case 'enum':
        message = `must be one of ${params.allowedValues.join(', ')}`;
        break;
      case 'const':
        message = `must be ${JSON.stringify(params.allowedValue)}`;
        break;
      case 'discriminator':
        at = [...at, params.tag];
        locateAt = params.tagValue === undefined ? at.slice(0, -1) : at;
        message =
          params.error === 'tag' && params.tagValue === undefined
            ? 'is required'
            : `must be one of ${discriminatorValues(e.parentSchema).join(', ')}`;
        break;
      case 'type': {
        const types: string[] = Array.isArray(params.type) ? params.type : String(params.type).split(',');
        message = `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}`;
        break;
      }
      case 'pattern':
        message = `must be ${(e.parentSchema as any)?.description ?? `text matching ${params.pattern}`}`;
        break;
      case 'minLength':
        message = params.limit === 1 ? 'must not be empty' : `must have at least ${params.limit} characters`;
        break;
      case 'minItems':
        message = `must have at least ${params.limit} item${params.limit === 1 ? '' : 's'}`;
        break;
      case 'minimum':
        message = `must be ${params.limit} or more`;
        break;
      default:
        message = e.message ?? 'is invalid';
    }
    const issue: WorldIssue = {
      source: part.source,
      line: part.locate(locateAt),
      path: pathText(at),
      message,
    };
    const id = formatIssue(issue);
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues.sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
}

/** The YAML node at a path, or the deepest one that exists on the way (its parent mapping, say). */
function nodeAt(root: YamlNode | null, at: Segment[]): YamlNode | null {
  let node: YamlNode | null = root;
  for (const [i, segment] of at.entries()) {
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => (p.key as any)?.value === segment || (p.key as any) === segment);
      if (!pair) return node;
      // A field's own line is its key's (a block list or mapping value starts on the next line).
      node = i === at.length - 1 || !pair.value ? (pair.key as YamlNode) : (pair.value as YamlNode);
    } else if (yaml().isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item) return node;
      node = item;
    } else {
      return node;
    }
  }
  return node;
}

// --- References and uniqueness ------------------------------------------------------------------

type Section =
  | 'users'
  | 'agent_bots'
  | 'platform_apps'
  | 'teams'
  | 'inboxes'
  | 'contacts'
  | 'labels'
  | 'conversations'
  | 'webhooks';

interface Item {
  value: any;
  part: Part;
  at: Segment[];
}

function referenceIssues(parts: Part[]): WorldIssue[] {
  const issues: WorldIssue[] = [];
  const items = (section: Section): Item[] =>
    parts.flatMap((part) =>
      ((part.world as any)[section] ?? []).map((value: any, i: number) => ({
        value,
        part,
        at: [section, i],
      })),
    );
  const report = (item: Item, sub: Segment[], message: string) =>
    issues.push({
      source: item.part.source,
      line: item.part.locate([...item.at, ...sub]),
      path: pathText([...item.at, ...sub]),
      message,
    });
  /** First item of each key (per `keyOf`), reporting later duplicates. */
  const unique = (list: Item[], field: string, keyOf: (v: any) => string | undefined = (v) => v[field]) => {
    const first = new Map<string, Item>();
    for (const item of list) {
      const key = keyOf(item.value);
      if (key === undefined || key === null) continue;
      const other = first.get(key);
      if (other) {
        const where =
          other.part === item.part ? pathText(other.at) : `${pathText(other.at)} of ${other.part.source}`;
        report(item, [field], `${JSON.stringify(item.value[field])} is already used by ${where}`);
      } else first.set(key, item);
    }
    return first;
  };
  const refCheck = (item: Item, sub: Segment[], key: unknown, keys: Map<string, Item>, what: string) => {
    if (key !== undefined && !keys.has(String(key)))
      report(item, sub, `${JSON.stringify(key)} is not ${what}`);
  };

  const users = items('users');
  const bots = items('agent_bots');
  const userKeys = unique(users, 'key');
  const botKeys = unique(bots, 'key');
  for (const bot of bots) {
    if (userKeys.has(bot.value.key))
      report(bot, ['key'], `${JSON.stringify(bot.value.key)} is also a user key`);
  }
  unique(users, 'email', (v) => v.email?.toLowerCase());
  const platformApps = items('platform_apps');
  unique(platformApps, 'key');
  unique([...users, ...bots, ...platformApps], 'access_token');
  if (users.length && !users.some((u) => u.value.role === 'administrator')) {
    issues.push({
      source: parts[parts.length - 1].source,
      line: parts[parts.length - 1].locate(['users']),
      path: 'users',
      message: 'must include an administrator (role: administrator)',
    });
  }

  const teams = items('teams');
  const teamKeys = unique(teams, 'key');
  for (const team of teams) {
    (team.value.members ?? []).forEach((m: string, i: number) =>
      refCheck(team, ['members', i], m, userKeys, 'a user key'),
    );
  }
  unique(items('labels'), 'title', (v) => v.title?.toLowerCase());

  const inboxes = items('inboxes');
  const inboxKeys = unique(inboxes, 'key');
  for (const inbox of inboxes) {
    (inbox.value.members ?? []).forEach((m: string, i: number) =>
      refCheck(inbox, ['members', i], m, userKeys, 'a user key'),
    );
    refCheck(inbox, ['agent_bot'], inbox.value.agent_bot, botKeys, 'an agent bot key');
  }
  const channelKey = (field: string) => (v: any) => v.channel?.[field];
  for (const field of ['identifier', 'website_token']) {
    const first = new Map<string, Item>();
    for (const inbox of inboxes) {
      const token = channelKey(field)(inbox.value);
      if (token === undefined) continue;
      const other = first.get(token);
      if (other)
        report(
          inbox,
          ['channel', field],
          `${JSON.stringify(token)} is already used by ${pathText(other.at)}`,
        );
      else first.set(token, inbox);
    }
  }

  const contacts = items('contacts');
  const contactKeys = unique(contacts, 'key');
  unique(contacts, 'email', (v) => v.email?.toLowerCase());
  unique(contacts, 'phone_number');
  unique(contacts, 'identifier');

  for (const conversation of items('conversations')) {
    const c = conversation.value;
    refCheck(conversation, ['contact'], c.contact, contactKeys, 'a contact key');
    refCheck(conversation, ['inbox'], c.inbox, inboxKeys, 'an inbox key');
    refCheck(conversation, ['assignee'], c.assignee, userKeys, 'a user key');
    refCheck(conversation, ['team'], c.team, teamKeys, 'a team key');
    (c.messages ?? []).forEach((m: any, i: number) => {
      if (m.sender === undefined) return;
      if (m.type === 'incoming') {
        report(
          conversation,
          ['messages', i, 'sender'],
          'must be left out: incoming messages come from the contact',
        );
      } else if (!userKeys.has(m.sender) && !botKeys.has(m.sender)) {
        report(
          conversation,
          ['messages', i, 'sender'],
          `${JSON.stringify(m.sender)} is not a user or agent bot key`,
        );
      }
    });
  }
  unique(items('webhooks'), 'url');
  return issues.sort((x, y) =>
    x.source === y.source ? (x.line ?? 0) - (y.line ?? 0) : x.source === parts[0].source ? -1 : 1,
  );
}

// ---------------------------------------------------------------------------------------------
// Seeding

const DAY = 86_400_000;

function agoMs(t: Ago): number {
  return (t.minutes_ago ?? 0) * 60_000 + (t.hours_ago ?? 0) * 3_600_000 + (t.days_ago ?? 0) * DAY;
}

/** How a seeding names what must be unique in the store: tokens and user emails. */
interface Naming {
  /** A user's or bot's api_access_token (`literal` is the world's). */
  accessToken(kind: 'user' | 'bot' | 'platform', key: string, literal: string | undefined): string;
  /** A channel's or webhook's token field. */
  secret(kind: string, key: string, literal: string | undefined): string | undefined;
  email(email: string): string;
}

const slug = (key: string) => key.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 20) || 'key';

/** Tokens derived from the seed and account id, skipping any already in use. */
function derivedNaming(store: Store, accountId: number, seed: number, fresh: boolean): Naming {
  const tokenTables = (Object.values(store.tables) as Table<any, any>[]).filter((t) => t.hasIndex('token'));
  const taken = (token: string) => tokenTables.some((t) => t.findBy('token', token));
  const { inboxes, users } = store.tables;
  const derive = (kind: string, key: string, length: number, inUse: (t: string) => boolean, prefix = '') => {
    for (let n = 0; ; n++) {
      const token = prefix + hashToken(fnv(`${seed}:${accountId}:${kind}:${key}:${n}`), length);
      if (!inUse(token)) return token;
    }
  };
  return {
    accessToken: (kind, key, literal) =>
      !fresh && literal && !taken(literal)
        ? literal
        : derive(kind, key, 16, taken, `${slug(key)}-a${accountId}-`),
    secret: (kind, key, literal) => {
      if (!fresh) return literal;
      const inUse =
        kind === 'identifier'
          ? (t: string) => inboxes.findBy('apiIdentifier', t) !== undefined
          : kind === 'website_token'
            ? (t: string) => inboxes.findBy('websiteToken', t) !== undefined
            : () => false;
      return derive(kind, key, 24, inUse);
    },
    email: (email) => {
      if (!fresh && !users.findBy('email', email.toLowerCase())) return email;
      const [local, domain] = [
        email.slice(0, email.lastIndexOf('@')),
        email.slice(email.lastIndexOf('@') + 1),
      ];
      for (let n = 1; ; n++) {
        const candidate = `${local}+acct${accountId}${n > 1 ? `-${n}` : ''}@${domain}`.toLowerCase();
        if (!users.findBy('email', candidate)) return candidate;
      }
    },
  };
}

function buildChannel(store: Store, spec: Record<string, any>): Channel {
  if (spec.type === 'Channel::Api') return newApiChannel(store, spec);
  if (spec.type === 'Channel::WebWidget') return newWebWidgetChannel(store, spec);
  throw new Error(
    `unsupported channel type ${JSON.stringify(spec.type)} (Channel::WebWidget or Channel::Api)`,
  );
}

/**
 * Loads `world` into `store` as its first account (the world's tokens as written) and returns the
 * account id and tokens. The account's state right after is its baseline for `store.resetAccount`.
 */
export function seedWorld(store: Store, world: World, options: SeedOptions = {}): SeededWorld {
  const checked = validateWorld(world);
  const accountId = checked.account.id ?? 1;
  if (store.tables.accounts.get(accountId)) {
    throw new Error(`account ${accountId} already exists: add further accounts with seedAccount`);
  }
  return seed(store, checked, accountId, checked.account.name, options, false);
}

/**
 * Adds a new, isolated account to a store that already holds others (parallel test files sharing one
 * fake): the world's records (default: the default world) with a fresh account id, fresh users
 * (emails made unique as `ada+acct2@acme.test`), and tokens, inbox identifiers, website tokens and
 * secrets derived from the seed and account id — deterministic, never colliding with existing ones.
 * The account's state right after is its baseline for `store.resetAccount`.
 */
export function seedAccount(store: Store, world?: World, options: SeedAccountOptions = {}): SeededWorld {
  const checked = world === undefined ? readWorld(DEFAULT_WORLD) : validateWorld(world);
  const accountId =
    options.accountId ?? Math.max(0, ...[...store.tables.accounts.all()].map((a) => a.id)) + 1;
  if (store.tables.accounts.get(accountId)) throw new Error(`account ${accountId} already exists`);
  return seed(store, checked, accountId, options.name ?? checked.account.name, options, true);
}

function seed(
  store: Store,
  world: World,
  accountId: number,
  name: string,
  options: SeedOptions,
  fresh: boolean,
): SeededWorld {
  const { tables } = store;
  const naming = derivedNaming(store, accountId, options.seed ?? 1, fresh);
  const start = store.clock.peek();
  const at = (t: Ago) => start - agoMs(t);
  const ref = (kind: string, map: Map<string, number>, key: string | undefined) => {
    if (key === undefined) return null;
    const id = map.get(key);
    if (id === undefined) throw new Error(`fixtures: unknown ${kind} "${key}"`);
    return id;
  };

  const account = tables.accounts.insert({
    id: accountId,
    name,
    locale: world.account.locale ?? 'en',
    domain: world.account.domain ?? null,
    support_email: world.account.support_email ?? null,
    status: 'active',
    auto_resolve_duration: world.account.auto_resolve_duration ?? null,
    custom_attributes: {},
    features: { ...DEFAULT_ACCOUNT_FEATURES },
    created_at: at(world.account),
    last_display_id: 0,
  });

  const accessTokens: Record<string, string> = {};
  const users = new Map<string, number>();
  for (const u of world.users) {
    const created = at(u) || at(world.account);
    const token = naming.accessToken('user', u.key, u.access_token);
    const user = tables.users.insert({
      name: u.name,
      display_name: null,
      email: naming.email(u.email).toLowerCase(),
      password: u.password ?? 'Password1!',
      access_token: token,
      pubsub_token: store.nextToken('', 24),
      confirmed: true,
      avatar_url: '',
      custom_attributes: {},
      message_signature: null,
      type: 'User',
      created_at: created,
    });
    users.set(u.key, user.id);
    accessTokens[u.key] = token;
    tables.accountUsers.insert({
      account_id: account.id,
      user_id: user.id,
      role: u.role,
      availability: u.availability ?? 'offline',
      auto_offline: true,
      inviter_id: null,
      active_at: start,
      created_at: created,
    });
  }

  const bots = new Map<string, number>();
  for (const b of world.agent_bots ?? []) {
    const token = naming.accessToken('bot', b.key, b.access_token);
    const bot = tables.agentBots.insert({
      account_id: account.id,
      name: b.name,
      description: b.description ?? null,
      outgoing_url: b.outgoing_url ?? null,
      access_token: token,
      bot_type: 'webhook',
      bot_config: {},
      created_at: at(world.account),
    });
    bots.set(b.key, bot.id);
    accessTokens[b.key] = token;
  }

  // Platform apps are installation-wide in Chatwoot; a world's apps are granted its account, users and
  // bots (as a super admin would), so a platform token can manage the seeded account from the start.
  const platformTokens: string[] = [];
  for (const p of world.platform_apps ?? []) {
    const token = naming.accessToken('platform', p.key, p.access_token);
    const app = tables.platformApps.insert({
      name: p.name,
      access_token: token,
      created_at: at(world.account),
    });
    platformTokens.push(token);
    const grant = (type: 'Account' | 'User' | 'AgentBot', id: number, accountId: number | null) =>
      tables.platformAppPermissibles.insert({
        platform_app_id: app.id,
        permissible_type: type,
        permissible_id: id,
        account_id: accountId,
        created_at: at(world.account),
      });
    grant('Account', account.id, account.id);
    for (const id of users.values()) grant('User', id, null);
    for (const id of bots.values()) grant('AgentBot', id, account.id);
  }

  const teams = new Map<string, number>();
  for (const t of world.teams ?? []) {
    const team = tables.teams.insert({
      account_id: account.id,
      name: t.name.toLowerCase(),
      description: t.description ?? null,
      allow_auto_assign: t.allow_auto_assign ?? true,
      created_at: at(world.account),
      updated_at: at(world.account),
    });
    teams.set(t.key, team.id);
    for (const member of t.members ?? []) {
      tables.teamMembers.insert({
        account_id: account.id,
        team_id: team.id,
        user_id: ref('user', users, member)!,
      });
    }
  }

  for (const l of world.labels ?? []) {
    tables.labels.insert({
      account_id: account.id,
      title: l.title.toLowerCase(),
      description: l.description ?? null,
      color: l.color ?? '#1f93ff',
      show_on_sidebar: l.show_on_sidebar ?? true,
      created_at: at(world.account),
    });
  }

  const inboxes = new Map<string, number>();
  for (const i of world.inboxes ?? []) {
    const spec: Record<string, any> = { ...i.channel };
    const fields =
      spec.type === 'Channel::Api' ? ['identifier', 'hmac_token', 'secret'] : ['website_token', 'hmac_token'];
    for (const field of fields) {
      const value = naming.secret(field, i.key, spec[field]);
      if (value === undefined) delete spec[field];
      else spec[field] = value;
    }
    const channel = buildChannel(store, spec);
    const inbox = tables.inboxes.insert({
      ...newInboxFields(
        account.id,
        i.name,
        channel,
        nextChannelId(store, channel.type),
        at(i) || at(world.account),
      ),
      greeting_enabled: i.greeting_enabled ?? false,
      greeting_message: i.greeting_message ?? null,
    });
    inboxes.set(i.key, inbox.id);
    for (const member of i.members ?? []) {
      tables.inboxMembers.insert({
        account_id: account.id,
        inbox_id: inbox.id,
        user_id: ref('user', users, member)!,
      });
    }
    if (i.agent_bot) {
      tables.agentBotInboxes.insert({
        account_id: account.id,
        inbox_id: inbox.id,
        agent_bot_id: ref('agent bot', bots, i.agent_bot)!,
      });
    }
  }

  const contacts = new Map<string, number>();
  for (const c of world.contacts ?? []) {
    const contact = insertContact(store, {
      account_id: account.id,
      name: c.name,
      email: c.email,
      phone_number: c.phone_number,
      identifier: c.identifier,
      labels: c.labels,
      custom_attributes: c.custom_attributes,
      additional_attributes: c.additional_attributes,
      created_at: at(c),
    });
    contacts.set(c.key, contact.id);
  }

  // Conversations are created in order of their first message, so display ids follow time.
  const conversations = [...(world.conversations ?? [])].sort((x, y) => {
    const first = (c: typeof x) => Math.max(0, ...(c.messages ?? []).map(agoMs));
    return first(y) - first(x);
  });
  for (const c of conversations) {
    const contact = tables.contacts.get(ref('contact', contacts, c.contact)!)!;
    const inbox = tables.inboxes.get(ref('inbox', inboxes, c.inbox)!)!;
    const messages = c.messages ?? [];
    const createdAt = messages.length ? at(messages[0]) : start;
    const conversation = insertConversation(store, {
      contactInbox: contactInboxFor(store, contact, inbox, undefined, createdAt),
      assignee_id: ref('user', users, c.assignee),
      team_id: ref('team', teams, c.team),
      priority: c.priority ?? null,
      labels: c.labels,
      created_at: createdAt,
    });
    for (const m of messages) {
      const type = MESSAGE_TYPES.indexOf(m.type) as MessageType;
      if (type < 0) throw new Error(`fixtures: unknown message type "${m.type}"`);
      const botSender = m.sender && bots.has(m.sender);
      insertMessage(store, tables.conversations.get(conversation.id)!, {
        content: m.content,
        message_type: type,
        content_type: m.content_type,
        content_attributes: m.content_attributes,
        private: m.private,
        sender_type: type === 0 ? 'Contact' : m.sender ? (botSender ? 'AgentBot' : 'User') : null,
        sender_id:
          type === 0
            ? contact.id
            : m.sender
              ? botSender
                ? bots.get(m.sender)!
                : ref('user', users, m.sender)
              : null,
        created_at: at(m),
      });
    }
    const seen =
      c.agent_seen_minutes_ago ?? (c.agent_seen_hours_ago ?? 0) * 60 + (c.agent_seen_days_ago ?? 0) * 1440;
    const hasSeen =
      c.agent_seen_minutes_ago !== undefined ||
      c.agent_seen_hours_ago !== undefined ||
      c.agent_seen_days_ago !== undefined;
    tables.conversations.update(conversation.id, {
      status: c.status ?? 'open',
      snoozed_until: c.status === 'snoozed' ? start + (c.snoozed_hours_ahead ?? 24) * 3_600_000 : null,
      agent_last_seen_at: hasSeen ? start - seen * 60_000 : null,
      assignee_last_seen_at: hasSeen && c.assignee ? start - seen * 60_000 : null,
    });
  }

  (world.webhooks ?? []).forEach((w, i) => {
    tables.webhooks.insert({
      account_id: account.id,
      inbox_id: null,
      name: w.name ?? null,
      url: w.url,
      subscriptions: w.subscriptions,
      secret: naming.secret('webhook_secret', String(i), w.secret) ?? store.nextToken('', 24),
      created_at: at(world.account),
    });
  });

  if (options.contacts || options.conversations || options.messages) {
    // Loaded on first use: a fake without generated records never needs the generator and its phrases.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateRecords } = require('./fixtures-generate') as typeof import('./fixtures-generate');
    generateRecords(store, account.id, options);
  }
  store.setBaseline(account.id, store.checkpoint());

  const tokenOf = (role: 'administrator' | 'agent') => {
    const user = world.users.find((u) => u.role === role);
    return user ? accessTokens[user.key] : '';
  };
  const firstBot = world.agent_bots?.[0];
  return {
    accountId: account.id,
    tokens: {
      admin: tokenOf('administrator'),
      agent: tokenOf('agent'),
      bot: firstBot ? accessTokens[firstBot.key] : undefined,
      ...(platformTokens.length ? { platform: platformTokens[0] } : {}),
    },
    accessTokens,
  };
}
