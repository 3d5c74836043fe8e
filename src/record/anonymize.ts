/**
 * `record --anonymize`: stand-ins for what identifies people in a recorded account — names, emails,
 * phone numbers, contact identifiers, message texts, URLs — drawn from the fixtures' own name pools and
 * support phrases (src/fixtures/names.ts, text/), with a seeded PRNG: the same recording gives the same
 * world. Consistent: a person (by record and by email) gets one stand-in wherever they appear, and
 * activity messages ("… resolved by <agent>") name the agent's stand-in.
 */
import { Rng } from '../fixtures/generate/rng';
import { NAME_POOLS } from '../fixtures/names';
import { NOTES, PLANS, TEXT, TOPICS, type Topic } from '../fixtures/text';

export interface Stand {
  name: string;
  first: string;
  email: string;
  phone: string;
  identifier: string;
}

const EMAIL = /[^@\s<>()"',;]+@[^@\s<>()"',;]+\.[A-Za-z]{2,}/g;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"')]+/gi;
const PHONE = /\+\d[\d\s().-]{6,}\d/g;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;

/** additional_attributes keys that describe a person: replaced (or dropped) as a whole. */
const PERSONAL_KEYS = new Set([
  'city',
  'company_name',
  'description',
  'social_profiles',
  'location',
  'created_at_ip',
  'updated_at_ip',
  'avatar_url',
  'social_telegram_user_id',
  'social_telegram_user_name',
  'source_id',
]);

const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export class Anonymizer {
  private readonly rng: Rng;
  private readonly first: string[];
  private readonly last: string[];
  /** Identity ("contact:12", "user:3", "email:ada@x.test") → its stand-in. */
  private readonly people = new Map<string, Stand>();
  private readonly urls = new Map<string, string>();
  /** Original names → stand-in names, for texts that name people (activity messages). */
  private readonly names = new Map<string, string>();
  private count = 0;

  constructor(seed = 1) {
    this.rng = new Rng(seed, 'record');
    this.first = NAME_POOLS.en.first.split('|');
    this.last = NAME_POOLS.en.last.split('|');
  }

  /** The stand-in of a person known by `identities` (the first that has one wins; all then share it). */
  person(identities: (string | null | undefined)[], originalName?: string | null): Stand {
    const keys = identities.filter((k): k is string => Boolean(k));
    let stand = keys.map((k) => this.people.get(k)).find(Boolean);
    if (!stand) {
      const n = ++this.count;
      const first = this.rng.pick(this.first);
      const last = this.rng.pick(this.last);
      stand = {
        name: `${first} ${last}`,
        first,
        email: `${ascii(first) || 'person'}.${ascii(last) || 'example'}.${n}@example.test`,
        phone: `+1555${String(n).padStart(7, '0')}`,
        identifier: `person-${n}`,
      };
    }
    for (const key of keys) this.people.set(key, stand);
    if (originalName && originalName.trim().length > 2) this.names.set(originalName, stand.name);
    return stand;
  }

  /** An email's identity key (case-insensitive), for `person`. */
  static email(email: string | null | undefined): string | undefined {
    return email ? `email:${email.trim().toLowerCase()}` : undefined;
  }

  /** A stand-in URL on a reserved domain, the same for the same URL. */
  url(original: string): string {
    let url = this.urls.get(original);
    if (!url) {
      url = `https://site${this.urls.size + 1}.example.test/`;
      this.urls.set(original, url);
    }
    return url;
  }

  /** A message text of the customer (incoming) or of an agent (outgoing, template); notes for private ones. */
  text(kind: 'customer' | 'agent' | 'note', names: { contact?: string; agent?: string } = {}): string {
    const topic: Topic = this.rng.pick(TOPICS);
    const en = TEXT.en;
    const t = en.topics[topic];
    const pool =
      kind === 'note'
        ? NOTES[topic]
        : kind === 'customer'
          ? [...t.opening, ...t.detail, ...en.thanks, ...en.nudge]
          : [...t.ask, ...t.solve, ...en.closing];
    return this.rng.pick(pool).replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'name') return names.contact?.split(' ')[0] || 'there';
      if (name === 'agent') return names.agent?.split(' ')[0] || 'your agent';
      if (name === 'plan') return PLANS[1];
      if (name === 'amount') return '$49.00';
      if (name === 'invoice') return 'INV-1001';
      return '#1001';
    });
  }

  /** A text with the names, emails, URLs and phone numbers it mentions replaced (activity messages). */
  scrub(text: string): string {
    let out = text;
    const known = [...this.names.keys()].sort((a, b) => b.length - a.length);
    for (const name of known) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
      out = out.replace(word, this.names.get(name)!);
    }
    return out
      .replace(URL_PATTERN, (url) => this.url(url))
      .replace(EMAIL, (email) => this.person([Anonymizer.email(email)]).email)
      .replace(PHONE, () => '+15550000000')
      .replace(IPV4, '192.0.2.1');
  }

  /** Contact attributes: personal keys replaced or dropped, personal data in other strings scrubbed. */
  attributes(value: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (PERSONAL_KEYS.has(key)) {
        if (key === 'city') out.city = 'Springfield';
        else if (key === 'company_name') out.company_name = `${this.rng.pick(this.last)} Ltd`;
        continue;
      }
      out[key] = this.scrubValue(v);
    }
    return out;
  }

  private scrubValue(value: unknown): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.scrubValue(v)]));
    }
    return value;
  }
}
