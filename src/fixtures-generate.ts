/**
 * Generated records for `--contacts N` / `--conversations N` / `--messages N` (SeedOptions): realistic
 * and coherent, deterministic for a seed.
 *
 * - Contacts in five languages (en, de, fr, es, pt) with names from the language's name pool
 *   (src/fixtures-names.ts, faker's locale lists), an email on a reserved domain (`.example`, never a
 *   real mailbox), an E.164 mobile number of their country, city/country/company, and for most an
 *   initials avatar as an SVG data URL (no external host).
 * - Conversations that read like support threads in the contact's language (src/fixtures-text.ts),
 *   spread over the last six weeks, in the account's inboxes, assigned to members of the inbox, with
 *   the topic's labels and team. The status follows the thread: resolved ones end with the resolution
 *   activity, open ones wait on the agent (unread incoming messages) or on the customer, pending ones
 *   sit in an agent-bot inbox with the bot's answer, snoozed ones end with the agent's promise.
 *   `agent_last_seen_at` makes unread counts match, `contact_last_seen_at` marks replies read.
 * - `messages`: exactly that many messages over the generated conversations. Threads keep their
 *   natural shape; the difference goes to the conversations an agent works on (longer back-and-forth
 *   before the answer, a few very long ones) or, when there are fewer messages than the natural
 *   threads hold, comes off optional steps first (goodbyes, notes, nudges) and then off the thread's
 *   end (the conversation is then open, waiting on whoever is to answer).
 *
 * Speed and memory (100k contacts, 500k messages): no faker at run time (a seeded sfc32 PRNG picks
 * from the pools); emails and phones made unique in local sets; avatars and texts without
 * placeholders shared (one string per initials and colour, per template); flat strings rather than
 * V8 cons-string trees; shared frozen empty objects; records handed to the table without a copy
 * (Table.insertOwned); threads drawn from a per-conversation random stream instead of kept in memory;
 * each conversation written once with its final state (the messages' callbacks applied to a draft).
 */
import {
  EMPTY_ARRAY,
  EMPTY_OBJECT,
  contactInboxFor,
  contactRecord,
  flat,
  messageEffects,
  messageRecord,
  newConversationRecord,
} from './domain/records';
import type { NamePool } from './fixtures-names';
import {
  BROWSERS,
  COUNTRIES,
  LANGUAGE_WEIGHTS,
  LANGUAGES,
  NOTES,
  PLANS,
  TEXT,
  TOPIC_LABELS,
  TOPIC_TEAMS,
  TOPICS,
  type Country,
  type Language,
  type Topic,
} from './fixtures-text';
import {
  fnv,
  type Contact,
  type Conversation,
  type ConversationStatus,
  type Inbox,
  type JsonObject,
  type Message,
  type Priority,
  type Store,
} from './store';

export interface GenerateOptions {
  seed?: number;
  contacts?: number;
  conversations?: number;
  /** Total messages of the generated conversations (default: each thread's natural length). */
  messages?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Generated conversations per message when only `messages` is given. */
const MESSAGES_PER_CONVERSATION = 10;

/** Reserved domains (RFC 2606/6761): generated addresses never reach a real mailbox. */
const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example', 'inbox.example'];

const AVATAR_COLORS = [
  '#1f93ff',
  '#7c3aed',
  '#db2777',
  '#ea580c',
  '#16a34a',
  '#0891b2',
  '#4f46e5',
  '#b45309',
];

const AMOUNTS: Record<Language, string[]> = {
  en: ['$49.00', '$99.00', '$19.00', '$249.00'],
  de: ['49,00 €', '99,00 €', '19,00 €', '249,00 €'],
  fr: ['49,00 €', '99,00 €', '19,00 €', '249,00 €'],
  es: ['49,00 €', '99,00 €', '19,00 €', '249,00 €'],
  pt: ['R$ 249,00', 'R$ 99,00', 'R$ 49,00', 'R$ 499,00'],
};

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/**
 * A small, fast seeded PRNG (sfc32, state from splitmix32): the same seed and stream name give the
 * same numbers on every platform and Node version.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = '') {
    let s = fnv(`${seed}/${stream}`);
    const split = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) | 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (((this.c << 21) | (this.c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  weighted<T>(items: readonly { weight: number; value: T }[]): T {
    let total = 0;
    for (const item of items) total += item.weight;
    let x = this.next() * total;
    for (const item of items) if ((x -= item.weight) < 0) return item.value;
    return items[items.length - 1].value;
  }

  /** `length` decimal digits (leading zeros allowed). */
  digits(length: number): string {
    let out = '';
    while (out.length < length) out += String(this.below(1e6)).padStart(6, '0');
    return out.slice(0, length);
  }

  /** A standard normal deviate (Box-Muller). */
  gaussian(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
}

// ---------------------------------------------------------------------------------------------
// Names, emails, avatars

interface Names {
  first: string[];
  last: string[];
  /** ASCII forms (email local parts) and initials of the pool entries, filled on first use. */
  firstAscii: string[];
  lastAscii: string[];
  firstInitial: string[];
  lastInitial: string[];
  /** The company patterns split into literal text and `{L}`/`{S}` slots. */
  companyParts: string[][];
  pool: NamePool;
}

let namesCache: Record<Language, Names> | undefined;

/** The name pools, split on first use (a fake without generated contacts never loads them). */
function names(): Record<Language, Names> {
  if (namesCache) return namesCache;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NAME_POOLS } = require('./fixtures-names') as typeof import('./fixtures-names');
  const out = {} as Record<Language, Names>;
  for (const lang of LANGUAGES) {
    const pool = NAME_POOLS[lang];
    const first = pool.first.split('|');
    const last = pool.last.split('|');
    out[lang] = {
      first,
      last,
      firstAscii: new Array<string>(first.length),
      lastAscii: new Array<string>(last.length),
      firstInitial: new Array<string>(first.length),
      lastInitial: new Array<string>(last.length),
      companyParts: pool.companyPatterns.map((p) => p.split(/(\{[LS]\})/).filter(Boolean)),
      pool,
    };
  }
  return (namesCache = out);
}

const asciiCache = new Map<string, string>();

/** Plain ASCII for email local parts: "Zoë Müller-Lüdenscheidt" → "zoe", "muller-ludenscheidt". */
function ascii(text: string): string {
  if (/^[A-Za-z0-9-]*$/.test(text)) return text.toLowerCase();
  let out = asciiCache.get(text);
  if (out === undefined) {
    out = text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '');
    if (asciiCache.size < 10_000) asciiCache.set(text, out);
  }
  return out;
}

/** The first code point of a word, upper-cased and safe in SVG text. */
function initialOf(word: string): string {
  const code = word.codePointAt(0);
  return code === undefined
    ? ''
    : String.fromCodePoint(code)
        .toUpperCase()
        .replace(/[<>&'"]/g, '');
}

/** The SVG around the initials, URL-encoded once per colour. */
const avatarParts = new Map<string, [string, string]>();
/** One string per initials and colour: 100k contacts share a few thousand avatars. */
const avatars = new Map<string, string>();

/** An initials avatar as an SVG data URL (Chatwoot's dashboard draws the same for contacts without one). */
function avatarOf(initials: string, color: string): string {
  const key = initials + color;
  let url = avatars.get(key);
  if (url === undefined) {
    let parts = avatarParts.get(color);
    if (!parts) {
      const head =
        `<svg xmlns='http://www.w3.org/2000/svg' width='128' height='128' viewBox='0 0 128 128'>` +
        `<rect width='128' height='128' fill='${color}'/>` +
        `<text x='64' y='64' dy='.35em' text-anchor='middle' font-family='Helvetica,Arial,sans-serif' ` +
        `font-size='52' font-weight='600' fill='#fff'>`;
      parts = [`data:image/svg+xml,${encodeURIComponent(head)}`, encodeURIComponent('</text></svg>')];
      avatarParts.set(color, parts);
    }
    url = parts[0] + encodeURIComponent(initials) + parts[1];
    avatars.set(key, url);
  }
  return url;
}

// ---------------------------------------------------------------------------------------------
// Contacts

/** The generated contacts' languages: `langs[id - firstId]` (ids of one run are consecutive). */
interface Languages {
  firstId: number;
  langs: Language[];
}

export function generateRecords(store: Store, accountId: number, options: GenerateOptions): void {
  const contactCount = options.contacts ?? 0;
  const messageCount = options.messages;
  const conversationCount =
    options.conversations || (messageCount ? Math.ceil(messageCount / MESSAGES_PER_CONVERSATION) : 0);
  for (const [key, value] of Object.entries({ contacts: contactCount, conversations: conversationCount })) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`${key} must be a non-negative integer`);
  }
  if (messageCount !== undefined) {
    if (!Number.isInteger(messageCount) || messageCount < 0)
      throw new Error('messages must be a non-negative integer');
    if (messageCount < conversationCount) {
      throw new Error(
        `messages (${messageCount}) must be at least conversations (${conversationCount}): every conversation starts with the contact's message`,
      );
    }
  }
  if (!contactCount && !conversationCount) return;
  const seed = options.seed ?? 1;
  const languageOf: Languages = { firstId: 0, langs: [] };
  if (contactCount) generateContacts(store, accountId, contactCount, new Rng(seed, 'contacts'), languageOf);
  if (conversationCount) {
    generateConversations(store, accountId, conversationCount, messageCount, seed, languageOf);
  }
}

/** One generated person, drawn into a reused object (no allocation per contact). */
interface Person {
  name: string;
  firstAscii: string;
  lastAscii: string;
  initials: string;
  company: string | null;
  /** ASCII of the company's first last name (its email domain). */
  companyAscii: string;
}

function drawPerson(rng: Rng, n: Names, person: Person): void {
  const f = rng.below(n.first.length);
  const first = n.first[f];
  // Last names by the language's pattern: one, two (Spanish) or double-barrelled.
  const patterns = n.pool.lastPatterns;
  const pattern = patterns.length > 1 ? rng.weighted(patterns) : patterns[0].value;
  const l = rng.below(n.last.length);
  let last = n.last[l];
  let lastAscii = (n.lastAscii[l] ??= ascii(last));
  if (pattern !== 'L') {
    const l2 = rng.below(n.last.length);
    const dash = pattern !== 'L L';
    last = `${last}${dash ? '-' : ' '}${n.last[l2]}`;
    lastAscii = `${lastAscii}${dash ? '-' : ''}${(n.lastAscii[l2] ??= ascii(n.last[l2]))}`;
  }
  person.name = flat(`${first} ${last}`);
  person.firstAscii = n.firstAscii[f] ??= ascii(first);
  person.lastAscii = lastAscii;
  person.initials = (n.firstInitial[f] ??= initialOf(first)) + (n.lastInitial[l] ??= initialOf(n.last[l]));
  person.company = null;
  if (rng.chance(0.45)) {
    // A company name by the language's patterns (every pattern starts with a last name).
    const parts = rng.pick(n.companyParts);
    const lead = rng.below(n.last.length);
    let company = n.last[lead];
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i];
      company +=
        part === '{L}'
          ? n.last[rng.below(n.last.length)]
          : part === '{S}'
            ? rng.pick(n.pool.legalEntityTypes)
            : part;
    }
    person.company = flat(company);
    person.companyAscii = n.lastAscii[lead] ??= ascii(n.last[lead]);
  }
}

/** An email on a reserved domain (the company's, else a mail provider's), unique in `taken`. */
function drawEmail(rng: Rng, person: Person, taken: Set<string>): string {
  const a = person.firstAscii || 'user';
  const b = person.lastAscii || 'contact';
  const variant = rng.below(5);
  const local =
    variant === 0
      ? `${a}.${b}`
      : variant === 1
        ? `${a}${b}`
        : variant === 2
          ? `${a[0]}.${b}`
          : variant === 3
            ? `${a}_${b}`
            : `${a}.${b}${rng.below(100)}`;
  const domain = person.company ? `${person.companyAscii || 'company'}.example` : rng.pick(MAIL_DOMAINS);
  let email = flat(`${local}@${domain}`);
  for (let k = 2; taken.has(email); k++) email = flat(`${local}${k}@${domain}`);
  taken.add(email);
  return email;
}

/** An E.164 mobile number of the country, unique in `taken`. */
function drawPhone(rng: Rng, country: Country, taken: Set<string>): string {
  const prefix = rng.pick(country.mobile);
  let phone: string;
  do phone = flat(prefix + rng.digits(country.digits));
  while (taken.has(phone));
  taken.add(phone);
  return phone;
}

function generateContacts(
  store: Store,
  accountId: number,
  count: number,
  rng: Rng,
  languageOf: Languages,
): void {
  const start = store.clock.peek();
  const pools = names();
  // Emails and phones already used in the account: generated ones never collide with them.
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const c of store.tables.contacts.where('account', accountId)) {
    if (c.email) emails.add(c.email.toLowerCase());
    if (c.phone_number) phones.add(c.phone_number);
  }
  /** One frozen `{city, country, country_code}` per place, shared by the contacts without a company. */
  const places = new Map<string, JsonObject>();
  const person: Person = {
    name: '',
    firstAscii: '',
    lastAscii: '',
    initials: '',
    company: null,
    companyAscii: '',
  };
  for (let i = 0; i < count; i++) {
    const lang = rng.weighted(LANGUAGE_WEIGHTS);
    drawPerson(rng, pools[lang], person);
    const country = rng.pick(COUNTRIES[lang]);
    const email = rng.chance(0.9) ? drawEmail(rng, person, emails) : null;
    // Every generated contact has an email or a phone: Chatwoot lists only those (not anonymous visitors).
    const phone = !email || rng.chance(0.6) ? drawPhone(rng, country, phones) : null;
    const avatar = rng.chance(0.65) ? avatarOf(person.initials, rng.pick(AVATAR_COLORS)) : '';
    const city = rng.pick(country.cities);
    const additional: JsonObject = person.company
      ? { city, country: country.name, country_code: country.code, company_name: person.company }
      : placeOf(places, country, city);
    const contact = store.tables.contacts.insertOwned(
      contactRecord(store, {
        account_id: accountId,
        name: person.name,
        email,
        phone_number: phone,
        avatar_url: avatar,
        additional_attributes: additional,
        custom_attributes: EMPTY_OBJECT,
        labels: EMPTY_ARRAY,
        created_at: start - Math.round(rng.float(7, 180) * DAY),
      }),
    );
    if (i === 0) languageOf.firstId = contact.id;
    languageOf.langs.push(lang);
  }
}

/** The shared `additional_attributes` of a contact without a company in `city` (see generateContacts). */
function placeOf(places: Map<string, JsonObject>, country: Country, city: string): JsonObject {
  const key = `${country.code}\u0000${city}`;
  let place = places.get(key);
  if (!place) {
    place = Object.freeze({ city, country: country.name, country_code: country.code });
    places.set(key, place);
  }
  return place;
}

// ---------------------------------------------------------------------------------------------
// Conversations

function fill(text: string, values: Record<string, string>): string {
  if (!text.includes('{')) return text; // shared: no copy per message
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

type Kind = 'open-agent' | 'open-customer' | 'resolved' | 'snoozed' | 'pending';

const KIND_WEIGHTS: { weight: number; value: Kind }[] = [
  { weight: 45, value: 'resolved' },
  { weight: 20, value: 'open-agent' },
  { weight: 15, value: 'open-customer' },
  { weight: 8, value: 'snoozed' },
  { weight: 12, value: 'pending' },
];

/** How long ago (days) a conversation of each kind started: [min, max]. */
const AGE_DAYS: Record<Kind, [number, number]> = {
  resolved: [1, 42],
  'open-agent': [0, 3],
  'open-customer': [0, 10],
  snoozed: [0.5, 10],
  pending: [0, 2],
};

type Who = 'contact' | 'agent' | 'note' | 'bot' | 'activity';

/**
 * One planned message: who writes, what, the pause before it (minutes), and how dispensable it is
 * when a thread must be shorter (0: never dropped; higher goes first).
 */
interface Step {
  who: Who;
  text: string;
  after: number;
  drop: number;
}

/**
 * A conversation planned before any is inserted (so display ids follow time, as in the seed). Its
 * thread is not kept: it is drawn from the plan's own random stream (`thread <n>`), once to learn its
 * natural length and again when the conversation is written — 500k planned messages never sit in
 * memory at once.
 */
interface Plan {
  n: number;
  contact: Contact;
  lang: Language;
  topic: Topic;
  inbox: Inbox;
  kind: Kind;
  bot: number | undefined;
  assigneeId: number | null;
  agentName: string;
  teamId: number | null;
  labels: readonly string[];
  priority: Priority;
  begin: number;
  additional: JsonObject;
  /** Messages to add (> 0) or take off (< 0) from the natural thread (`messages`). */
  delta: number;
}

/** A plan's thread: its steps and where more back-and-forth goes (-1: only the contact may add). */
interface Thread {
  steps: Step[];
  insertAt: number;
  values: Record<string, string>;
  rng: Rng;
}

/** The shared pieces of the generated conversations of one account. */
interface Context {
  store: Store;
  seed: number;
  start: number;
  /** Interned texts: activity messages, one per agent. */
  texts: Map<string, string>;
}

function generateConversations(
  store: Store,
  accountId: number,
  count: number,
  messageCount: number | undefined,
  seed: number,
  languageOf: Languages,
): void {
  const { tables } = store;
  const contacts = tables.contacts.where('account', accountId);
  const inboxes = tables.inboxes.where('account', accountId);
  if (!contacts.length || !inboxes.length) return;
  const rng = new Rng(seed, 'conversations');
  const ctx: Context = { store, seed, start: store.clock.peek(), texts: new Map() };
  const { start } = ctx;

  // Per inbox and team, once: members, bot, team memberships, widget details.
  const accountUsers = tables.accountUsers.where('account', accountId).map((m) => m.user_id);
  const inboxInfo = new Map(
    inboxes.map((inbox) => {
      const members = tables.inboxMembers.where('inbox', inbox.id).map((m) => m.user_id);
      const channel = inbox.channel;
      const site =
        (channel.type === 'Channel::WebWidget' && channel.website_url) || 'https://www.example.com';
      return [
        inbox.id,
        {
          members: members.length ? members : accountUsers,
          bot: tables.agentBotInboxes.where('inbox', inbox.id)[0]?.agent_bot_id as number | undefined,
          referers:
            channel.type === 'Channel::WebWidget'
              ? ['/', '/pricing', '/help', '/account'].map((p) => `${site}${p}`)
              : [],
        },
      ];
    }),
  );
  const teamsByName = new Map(tables.teams.where('account', accountId).map((t) => [t.name.toLowerCase(), t]));
  const labelTitles = new Set(tables.labels.where('account', accountId).map((l) => l.title));
  const hasVip = labelTitles.has('vip');
  /** Frozen label lists per topic (and with `vip`), shared by the conversations. */
  const topicLabels = new Map<string, readonly string[]>();
  const labelsFor = (topic: Topic, vip: boolean) => {
    const key = `${topic}:${vip}`;
    let labels = topicLabels.get(key);
    if (!labels) {
      const list = TOPIC_LABELS[topic].filter((l) => labelTitles.has(l));
      if (vip) list.push('vip');
      topicLabels.set(key, (labels = Object.freeze(list)));
    }
    return labels;
  };
  const browsers = BROWSERS.map((b) => Object.freeze({ ...b, device_name: 'Unknown' }));
  const userNames = new Map<number, string>();
  const userName = (id: number) => {
    let name = userNames.get(id);
    if (name === undefined) userNames.set(id, (name = tables.users.get(id)?.name ?? ''));
    return name;
  };

  const plans: Plan[] = [];
  /** Natural thread lengths, and whether an agent works on the thread (it can grow both ways). */
  const natural = new Int32Array(count);
  const worked = new Uint8Array(count);
  for (let n = 0; n < count; n++) {
    const contact = rng.pick(contacts);
    const lang = languageOf.langs[contact.id - languageOf.firstId] ?? 'en';
    const inbox = rng.pick(inboxes);
    const info = inboxInfo.get(inbox.id)!;
    const bot = info.bot;
    const topic: Topic = rng.pick(TOPICS);
    let kind = rng.weighted(KIND_WEIGHTS);
    if (kind === 'pending' && bot === undefined) kind = 'open-agent';
    const members = info.members;
    const assigneeId =
      kind === 'pending' || !members.length || (kind === 'open-agent' && rng.chance(0.4))
        ? null
        : rng.pick(members);
    const team = teamsByName.get(TOPIC_TEAMS[topic]);
    const teamId =
      team &&
      rng.chance(0.6) &&
      (assigneeId === null || tables.teamMembers.findBy('membership', [team.id, assigneeId]))
        ? team.id
        : null;
    const priority: Priority =
      topic === 'bug' && rng.chance(0.5)
        ? rng.pick(['high', 'urgent'] as const)
        : rng.chance(0.2)
          ? rng.pick(['low', 'medium'] as const)
          : null;
    // The thread starts some days ago, never before the contact existed.
    const [minAge, maxAge] = AGE_DAYS[kind];
    const age = minAge + (maxAge - minAge) * Math.pow(rng.next(), 1.4);
    const begin = Math.max(
      contact.created_at + 10 * MINUTE,
      start - Math.round(age * DAY) - Math.round(rng.float(5, 60) * MINUTE),
    );
    const additional: JsonObject = {};
    if (info.referers.length) {
      additional.browser = rng.pick(browsers);
      additional.referer = rng.pick(info.referers);
      additional.initiated_at = { timestamp: new Date(begin).toString() };
      additional.browser_language = lang;
    }
    const plan: Plan = {
      n,
      contact,
      lang,
      topic,
      inbox,
      kind,
      bot,
      assigneeId,
      agentName: assigneeId === null ? '' : userName(assigneeId),
      teamId,
      labels: labelsFor(topic, hasVip && contact.labels.includes('vip')),
      priority,
      begin,
      additional,
      delta: 0,
    };
    if (messageCount !== undefined) {
      const thread = planThread(ctx, plan);
      natural[n] = thread.steps.length;
      worked[n] = thread.insertAt >= 0 ? 1 : 0;
    }
    plans.push(plan);
  }
  if (messageCount !== undefined) fitThreads(rng, plans, natural, worked, messageCount);

  // Inserted oldest first, so display ids follow time.
  plans.sort((a, b) => a.begin - b.begin);
  const contactActivity = new Map<number, number>();
  for (let i = 0; i < plans.length; i++) {
    insertPlan(ctx, plans[i], contactActivity);
    plans[i] = undefined as unknown as Plan; // done with it
  }
  // update_contact_activity, once per contact: its latest message (as if written in time order).
  for (const [id, at] of contactActivity) {
    const before = tables.contacts.get(id)!.last_activity_at;
    if (before === null || at > before) tables.contacts.update(id, { last_activity_at: at });
  }
}

const firstWord = (name: string) => name.split(/\s+/)[0] || name;

/** The thread of a plan's kind, in its natural length, from the plan's own random stream. */
function planThread(ctx: Context, plan: Plan): Thread {
  const rng = new Rng(ctx.seed, `thread ${plan.n}`);
  const { kind, assigneeId, bot } = plan;
  const values: Record<string, string> = {
    name: firstWord(plan.contact.name),
    agent: plan.agentName ? firstWord(plan.agentName) : 'Alex',
    order: `#${rng.int(10_000, 99_999)}`,
    invoice: `INV-2025-${rng.digits(4)}`,
    plan: rng.pick(PLANS),
    amount: rng.pick(AMOUNTS[plan.lang]),
  };
  const thread: Thread = { steps: [], insertAt: -1, values, rng };
  const steps = thread.steps;
  const text = TEXT[plan.lang];
  const t = text.topics[plan.topic];
  const assigned = assigneeId !== null;
  const say = (options: string[]) => fill(rng.pick(options), values);
  const push = (who: Who, words: string, after: number, drop = 0) =>
    steps.push({ who, text: words, after, drop });
  const mark = () => (thread.insertAt = steps.length);

  push('contact', say(t.opening), 0);
  const botReply = () => {
    if (bot !== undefined) push('bot', say(text.bot), rng.float(0.1, 0.5), kind === 'pending' ? 0 : 1);
  };
  const pickUp = (after: number) => {
    if (assigned) push('activity', activityText(ctx, 'self-assigned', plan.agentName), after, 2);
  };
  const note = () => {
    if (assigned && rng.chance(0.3)) push('note', rng.pick(NOTES[plan.topic]), rng.float(1, 10), 3);
  };
  if (kind === 'resolved' && rng.chance(0.3)) {
    botReply();
    pickUp(rng.float(2, 120));
    mark();
    push('agent', say(t.solve), rng.float(1, 5));
    push('contact', say(text.thanks), rng.float(1, 40), 4);
  } else if (kind === 'resolved') {
    botReply();
    pickUp(rng.float(2, 120));
    push('agent', say(t.ask), rng.float(1, 5));
    push('contact', say(t.detail), rng.float(1, 60));
    note();
    mark();
    push('agent', say(t.solve), rng.float(5, 240));
    if (rng.chance(0.7)) push('contact', say(text.thanks), rng.float(1, 60), 4);
    if (rng.chance(0.5)) push('agent', say(text.closing), rng.float(1, 15), 5);
  } else if (kind === 'open-agent') {
    botReply();
    if (assigned && rng.chance(0.5)) {
      pickUp(rng.float(2, 120));
      push('agent', say(t.ask), rng.float(1, 5));
      push('contact', say(t.detail), rng.float(1, 60));
      mark();
    }
    if (rng.chance(0.35)) push('contact', say(text.nudge), rng.float(30, 600), 4);
  } else if (kind === 'open-customer') {
    botReply();
    pickUp(rng.float(2, 120));
    if (rng.chance(0.5)) {
      push('agent', say(t.ask), rng.float(1, 5));
      push('contact', say(t.detail), rng.float(1, 60));
      note();
      mark();
      push('agent', say(t.solve), rng.float(5, 240));
    } else {
      mark();
      push('agent', say(t.ask), rng.float(1, 5));
    }
  } else if (kind === 'snoozed') {
    botReply();
    pickUp(rng.float(2, 120));
    push('agent', say(t.ask), rng.float(1, 5));
    push('contact', say(t.detail), rng.float(1, 60));
    note();
    mark();
    push('agent', say(text.snooze), rng.float(5, 120));
  } else {
    botReply();
    if (rng.chance(0.4)) push('contact', say(t.detail), rng.float(1, 20), 4);
  }
  if (kind === 'resolved' && assigned) {
    push('activity', activityText(ctx, 'resolved', plan.agentName), rng.float(1, 30));
  }
  if (kind === 'snoozed' && assigned) {
    push('activity', activityText(ctx, 'snoozed', plan.agentName), rng.float(0.1, 1));
  }
  if (!assigned) thread.insertAt = -1;
  return thread;
}

function activityText(ctx: Context, what: 'self-assigned' | 'resolved' | 'snoozed', agent: string): string {
  const key = `${what}\u0000${agent}`;
  let text = ctx.texts.get(key);
  if (text === undefined) {
    text =
      what === 'self-assigned'
        ? `${agent} self-assigned this conversation`
        : what === 'resolved'
          ? `Conversation was marked resolved by ${agent}`
          : `Conversation was snoozed by ${agent}`;
    ctx.texts.set(key, text);
  }
  return text;
}

/**
 * Sets each plan's `delta` so that the threads hold exactly `total` messages: the difference to
 * their natural lengths is spread by weight (systematic allocation: exact, O(n)). More: to the
 * threads an agent works on (log-normal weights, so some run long). Fewer: off every thread in
 * proportion to what it can lose (all but its first message).
 */
function fitThreads(rng: Rng, plans: Plan[], natural: Int32Array, worked: Uint8Array, total: number): void {
  let sum = 0;
  for (let i = 0; i < plans.length; i++) sum += natural[i];
  const diff = total - sum;
  if (diff === 0) return;
  const weights = new Float64Array(plans.length);
  const anyWorked = worked.includes(1);
  for (let i = 0; i < plans.length; i++) {
    weights[i] = diff < 0 ? natural[i] - 1 : worked[i] ? Math.exp(0.8 * rng.gaussian()) : anyWorked ? 0 : 1;
  }
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const amount = Math.abs(diff);
  let cumulative = 0;
  let given = 0;
  for (let i = 0; i < plans.length; i++) {
    cumulative += weights[i];
    const upTo = i === plans.length - 1 ? amount : Math.floor((amount * cumulative) / weightSum);
    plans[i].delta = diff > 0 ? upTo - given : given - upTo;
    given = upTo;
  }
}

/** Adds `extra` messages: back-and-forth before the agent's answer, or the contact's follow-ups. */
function lengthen(plan: Plan, thread: Thread, extra: number): void {
  const { rng, values } = thread;
  const text = TEXT[plan.lang];
  const t = text.topics[plan.topic];
  const say = (options: string[]) => fill(rng.pick(options), values);
  const added: Step[] = [];
  const contactSays = () => say(rng.chance(0.6) ? text.followUp : rng.chance(0.6) ? t.detail : text.nudge);
  if (thread.insertAt < 0) {
    // Nobody answers here (yet): the contact writes on.
    for (let i = 0; i < extra; i++) {
      thread.steps.push({ who: 'contact', text: contactSays(), after: rng.float(5, 240), drop: 0 });
    }
    return;
  }
  // Agent answers, contact follows up; an odd count gets a private note in the block.
  for (let i = 0; i < extra >> 1; i++) {
    added.push({
      who: 'agent',
      text: say(rng.chance(0.7) ? text.followUpReply : t.ask),
      after: rng.float(1, 90),
      drop: 0,
    });
    added.push({ who: 'contact', text: contactSays(), after: rng.float(1, 120), drop: 0 });
  }
  if (extra & 1) {
    const at = 2 * rng.below((extra >> 1) + 1);
    added.splice(at, 0, { who: 'note', text: rng.pick(NOTES[plan.topic]), after: rng.float(1, 10), drop: 0 });
  }
  thread.steps.splice(thread.insertAt, 0, ...added);
}

/** Cuts a thread to `length` messages: dispensable steps first, then its end (the kind follows). */
function shorten(plan: Plan, thread: Thread, length: number): void {
  let steps = thread.steps;
  for (let level = 5; level > 0 && steps.length > length; level--) {
    let over = steps.length - length;
    // Later steps of a level go first (a goodbye before a greeting).
    for (let i = steps.length - 1; i >= 0 && over > 0; i--) {
      if (steps[i].drop === level) {
        steps[i] = undefined as unknown as Step;
        over--;
      }
    }
    steps = steps.filter(Boolean);
  }
  if (steps.length > length) {
    steps = steps.slice(0, length);
    // The thread now ends mid-way: open, waiting on whoever is to answer.
    let last: Who = 'contact';
    for (const s of steps) if (s.who === 'contact' || s.who === 'agent' || s.who === 'bot') last = s.who;
    plan.kind =
      last === 'agent'
        ? 'open-customer'
        : last === 'bot' && plan.assigneeId === null && plan.bot !== undefined
          ? 'pending'
          : 'open-agent';
  }
  thread.steps = steps;
}

/** Writes one planned conversation: the conversation, its messages, then its final state. */
function insertPlan(ctx: Context, plan: Plan, contactActivity: Map<number, number>): void {
  const { store, start } = ctx;
  const { tables } = store;
  const thread = planThread(ctx, plan);
  if (plan.delta > 0) lengthen(plan, thread, plan.delta);
  else if (plan.delta < 0) shorten(plan, thread, thread.steps.length + plan.delta);
  const { rng, steps } = thread;
  const { contact, kind, assigneeId } = plan;

  // Times: the thread starts at `begin` and fits before now (gaps shrink when it would not).
  const begin = plan.begin;
  let total = 0;
  for (const s of steps) total += s.after;
  total *= MINUTE;
  const room = start - MINUTE - begin;
  const scale = total > room ? Math.max(0, room) / total : 1;
  const times: number[] = new Array(steps.length);
  let at = begin;
  let lastOutgoing = -Infinity;
  for (let i = 0; i < steps.length; i++) {
    times[i] = at += Math.round(steps[i].after * MINUTE * scale);
    if (steps[i].who === 'agent') lastOutgoing = times[i];
  }
  const last = times[times.length - 1];
  const contactSeen =
    kind !== 'pending' && kind !== 'open-agent' && Number.isFinite(lastOutgoing) && rng.chance(0.7)
      ? Math.min(start, lastOutgoing + Math.round(rng.float(1, 30) * MINUTE))
      : null;

  // The conversation's row, written once in its final state: its messages' callbacks are applied to
  // it first, then it is inserted, then its messages (which get its id).
  const draft = newConversationRecord(store, {
    contactInbox: contactInboxFor(store, contact, plan.inbox, undefined, begin),
    assignee_id: assigneeId,
    team_id: plan.teamId,
    priority: plan.priority,
    labels: plan.labels as string[],
    additional_attributes: plan.additional,
    custom_attributes: EMPTY_OBJECT,
    created_at: begin,
  }) as Conversation;
  const messages: (Omit<Message, 'id'> & { id?: number })[] = new Array(steps.length);
  let lastAgentMessage: number | null = null;
  for (let i = 0; i < steps.length; i++) {
    const who = steps[i].who;
    const outgoing = who === 'agent' || who === 'note' || who === 'bot';
    const message = (messages[i] = messageRecord(
      draft,
      {
        content: steps[i].text,
        message_type: who === 'contact' ? 0 : who === 'activity' ? 2 : 1,
        private: who === 'note',
        sender_type: who === 'contact' ? 'Contact' : who === 'bot' ? 'AgentBot' : outgoing ? 'User' : null,
        sender_id: who === 'contact' ? contact.id : who === 'bot' ? plan.bot! : outgoing ? assigneeId : null,
        status:
          outgoing && who !== 'note' && contactSeen !== null && times[i] <= contactSeen ? 'read' : 'sent',
      },
      times[i],
    ));
    Object.assign(draft, messageEffects(store, draft, message as Message, true));
    if (who === 'agent') lastAgentMessage = times[i];
    if (who === 'contact' && !(times[i] <= contactActivity.get(contact.id)!)) {
      contactActivity.set(contact.id, times[i]);
    }
  }

  const status: ConversationStatus =
    kind === 'resolved'
      ? 'resolved'
      : kind === 'snoozed'
        ? 'snoozed'
        : kind === 'pending'
          ? 'pending'
          : 'open';
  // Unread = incoming after agent_last_seen_at: none once an agent has handled the latest message.
  const agentSeen =
    kind === 'open-agent'
      ? lastAgentMessage
      : kind === 'pending'
        ? null
        : Math.min(start, last + Math.round(rng.float(1, 5) * MINUTE));
  Object.assign(draft, {
    waiting_since: status === 'resolved' ? null : draft.waiting_since,
    status,
    snoozed_until:
      status === 'snoozed' ? start - (start % DAY) + Math.round(rng.float(1, 3)) * DAY + 9 * HOUR : null,
    agent_last_seen_at: agentSeen,
    assignee_last_seen_at: assigneeId !== null ? agentSeen : null,
    contact_last_seen_at: contactSeen,
    updated_at: last,
  });
  const conversation = tables.conversations.insertOwned(draft);
  for (const message of messages) {
    message.conversation_id = conversation.id;
    tables.messages.insertOwned(message);
  }
}
