/**
 * Derived data of the contacts table for GET /contacts, /contacts/search and /contacts/filter: the
 * resolved contacts of an account in a sort's order (cached per table version), and the search index
 * of ContactsController#search's SQL (name, email, phone_number and company_name ILIKE '%q%',
 * identifier LIKE '%q%', resolved contacts only): per account, a bucket cache of the contacts
 * table's `account` index (Table.cachedWhere), brought up to date change by change and rebuilt after a
 * burst of writes; and the recent searches' results, kept until the account's contacts change.
 */
import type { Tables } from '..';
import type { BucketChange } from '../table';
import type { Contact } from '../types';

type Contacts = Tables['contacts'];

/** Contact.resolved_contacts (app/models/contact.rb): a non-empty email, phone number or identifier. */
/**
 * Contact.resolved_contacts: a non-empty email, phone number or identifier. The contacts list, search
 * and filter show only these (an anonymous widget visitor is left out), and so does the landing page's
 * count.
 */
export const isResolvedContact = (c: Pick<Contact, 'email' | 'phone_number' | 'identifier'>): boolean =>
  !!(c.email || c.phone_number || c.identifier);

/** Postgres' `jsonb ->> key`: a string as is, any other JSON value as its text, null for none. */
export const jsonbText = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

/** A matcher for `column LIKE '%<text>%'` (or ILIKE): `%`, `_` and `\` keep their SQL meaning. */
function containsLike(text: string, caseInsensitive: boolean): (value: unknown) => boolean {
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) source += text[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const re = new RegExp(source, caseInsensitive ? 'i' : '');
  return (value) => typeof value === 'string' && re.test(value);
}

/**
 * Strings laid end to end, each followed by a NUL (`starts[k]` is where string k begins), so one
 * `indexOf` sweep searches them all; a needle without NUL never matches across two of them.
 */
interface Strip {
  text: string;
  starts: number[];
}

function stripOf(parts: string[]): Strip {
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += part.length + 1;
  }
  return { text: parts.length ? `${parts.join('\u0000')}\u0000` : '', starts };
}

function stripInsert(strip: Strip, k: number, part: string): void {
  const at = k < strip.starts.length ? strip.starts[k] : strip.text.length;
  strip.text = `${strip.text.slice(0, at)}${part}\u0000${strip.text.slice(at)}`;
  strip.starts.splice(k, 0, at);
  for (let j = k + 1; j < strip.starts.length; j++) strip.starts[j] += part.length + 1;
}

function stripRemove(strip: Strip, k: number): void {
  const at = strip.starts[k];
  const end = k + 1 < strip.starts.length ? strip.starts[k + 1] : strip.text.length;
  strip.text = strip.text.slice(0, at) + strip.text.slice(end);
  strip.starts.splice(k, 1);
  for (let j = k; j < strip.starts.length; j++) strip.starts[j] -= end - at;
}

/** Marks in `hit` every string k of the strip that contains `needle` (which has no NUL). */
function markContaining({ text, starts }: Strip, needle: string, hit: Uint8Array): void {
  let k = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return;
    // The string holding `at`: the last start <= at (k only moves forward: O(n) in all).
    while (k + 1 < starts.length && starts[k + 1] <= at) k++;
    hit[k] = 1;
    if (++k >= starts.length) return;
    from = starts[k];
  }
}

/** Contact ids per search chunk: a write rebuilds one chunk's strings, not the account's. */
const CHUNK_IDS = 1024;

/** The resolved contacts with ids in one CHUNK_IDS range, by id, and their search strings. */
interface SearchChunk {
  contacts: Contact[];
  /** Their ids (a plain number array: cheaper to read than the records' `id`s). */
  ids: number[];
  /** Their searchTexts. */
  texts: Strip;
  /** Their identifiers, as they are ('' when none). */
  identifiers: Strip;
}

/**
 * The account's resolved contacts and their search strings, in chunks by id range: cached per
 * account (a bucket cache of the `account` index, brought up to date change by change and rebuilt
 * after a burst of writes), so a plain search is an `indexOf` sweep per chunk rather than string work
 * per contact. Private to the search: never handed out.
 */
interface SearchIndex {
  /** By id range (chunk c holds ids c*CHUNK_IDS ...); holes where no contact is. */
  chunks: (SearchChunk | undefined)[];
  /** How many contacts the index holds. */
  size: number;
}

/** Lowercases A–Z and nothing else: what a case-insensitive JS RegExp (no `u` flag) folds for ASCII. */
function asciiLower(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text.toLowerCase();
}

/** Per record object (records are immutable: an update makes a new record, hence a new text). */
const searchTexts = new WeakMap<Contact, string>();

/** The ILIKE columns of the search, A–Z lowercased and NUL-separated: a NUL-free needle never spans two. */
function searchText(contact: Contact): string {
  let text = searchTexts.get(contact);
  if (text === undefined) {
    text = [
      contact.name,
      contact.email,
      contact.phone_number,
      jsonbText(contact.additional_attributes.company_name),
    ]
      .map((value) => (typeof value === 'string' ? asciiLower(value) : ''))
      .join('\u0000');
    searchTexts.set(contact, text);
  }
  return text;
}

function searchChunk(contacts: Contact[]): SearchChunk {
  return {
    contacts,
    ids: contacts.map((c) => c.id),
    texts: stripOf(contacts.map(searchText)),
    identifiers: stripOf(contacts.map((c) => c.identifier ?? '')),
  };
}

function buildSearchIndex(contacts: Contact[]): SearchIndex {
  const groups: Contact[][] = [];
  let size = 0;
  for (const contact of contacts) {
    if (!isResolvedContact(contact)) continue;
    (groups[Math.floor(contact.id / CHUNK_IDS)] ??= []).push(contact);
    size++;
  }
  return { chunks: Array.from(groups, (group) => (group ? searchChunk(group) : undefined)), size };
}

/** Where `id` is, or would go, in a chunk (ids ascend). */
function chunkPosition(chunk: SearchChunk, id: number): number {
  let lo = 0;
  let hi = chunk.ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chunk.ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Past this many changes a rebuild is cheaper than patching chunk by chunk. */
const MAX_SEARCH_CHANGES = 256;

function updateSearchIndex(
  index: SearchIndex,
  changes: readonly BucketChange<Contact>[],
): SearchIndex | undefined {
  if (changes.length > MAX_SEARCH_CHANGES) return undefined;
  for (const { before, after } of changes) {
    if (before && isResolvedContact(before)) {
      const chunk = index.chunks[Math.floor(before.id / CHUNK_IDS)];
      const k = chunk ? chunkPosition(chunk, before.id) : -1;
      if (!chunk || chunk.ids[k] !== before.id) return undefined;
      chunk.contacts.splice(k, 1);
      chunk.ids.splice(k, 1);
      stripRemove(chunk.texts, k);
      stripRemove(chunk.identifiers, k);
      index.size--;
    }
    if (after && isResolvedContact(after)) {
      const c = Math.floor(after.id / CHUNK_IDS);
      const chunk = (index.chunks[c] ??= searchChunk([]));
      const k = chunkPosition(chunk, after.id);
      chunk.contacts.splice(k, 0, after);
      chunk.ids.splice(k, 0, after.id);
      stripInsert(chunk.texts, k, searchText(after));
      stripInsert(chunk.identifiers, k, after.identifier ?? '');
      index.size++;
    }
  }
  return index;
}

/** The account's search index, brought up to date with the table's writes since it was last read. */
function searchIndex(contacts: Contacts, accountId: number): SearchIndex {
  return contacts.cachedWhere('account', accountId, 'search', buildSearchIndex, updateSearchIndex);
}

/** `name`, `email`, `phone_number`, company name ILIKE '%q%' or `identifier` LIKE '%q%' (LIKE rules). */
function likeMatcher(q: string): (contact: Contact) => boolean {
  const ilike = containsLike(q, true);
  const like = containsLike(q, false);
  return (contact) =>
    ilike(contact.name) ||
    ilike(contact.email) ||
    ilike(contact.phone_number) ||
    like(contact.identifier) ||
    ilike(jsonbText(contact.additional_attributes.company_name));
}

/** The longest run of literal ASCII characters (NUL aside) of a LIKE pattern, as containsLike reads it. */
function longestAsciiRun(q: string): string {
  let longest = '';
  let run = '';
  for (let i = 0; i < q.length; i++) {
    let ch = q[i];
    if (ch === '\\' && i + 1 < q.length) ch = q[++i];
    else if (ch === '%' || ch === '_') ch = '\u0000';
    const code = ch.charCodeAt(0);
    if (code > 0 && code < 128) run += ch;
    else run = '';
    if (run.length > longest.length) longest = run;
  }
  return longest;
}

/**
 * The contacts of the index that match `q`, by id, as the SQL of ContactsController#search finds
 * them: name, email, phone_number and company_name ILIKE '%q%', identifier LIKE '%q%'; `keep` filters
 * them further. An ASCII character of a pattern matches, under RegExp's `i`, only the ASCII letters
 * of either case: so a plain ASCII `q` (no LIKE wildcard or escape, no NUL) matches exactly where it
 * is a substring of a contact's lowercased search text or of its identifier as is. Any other `q` runs
 * the LIKE matchers on the contacts that hold its longest literal ASCII run that way (all of them
 * when it has none).
 */
function searchIds(index: SearchIndex, q: string, keep: (contact: Contact) => boolean): number[] {
  const plain = /^[\x01-\x7f]+$/.test(q) && !/[%_\\]/.test(q);
  const needle = plain ? q : longestAsciiRun(q);
  const lowerNeedle = asciiLower(needle);
  const matches = plain ? undefined : likeMatcher(q);
  const hit = new Uint8Array(CHUNK_IDS);
  const ids: number[] = [];
  for (const chunk of index.chunks) {
    if (!chunk) continue;
    hit.fill(needle ? 0 : 1, 0, chunk.ids.length);
    if (needle) {
      markContaining(chunk.texts, lowerNeedle, hit);
      markContaining(chunk.identifiers, needle, hit);
    }
    for (let k = 0; k < chunk.ids.length; k++) {
      if (!hit[k]) continue;
      const contact = chunk.contacts[k];
      if ((!matches || matches(contact)) && keep(contact)) ids.push(chunk.ids[k]);
    }
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Order (the Sift `sort_on` declarations of ContactsController and the order_on_* scopes of Contact)

type SortValue = string | number | null;
interface SortSpec {
  value: (c: Contact) => SortValue;
  /** The order_on_* scopes say NULLS LAST in both directions; plain columns use Postgres' default. */
  nullsLastAlways: boolean;
}

const SORTS: Record<string, SortSpec> = {
  email: { value: (c) => c.email, nullsLastAlways: false },
  name: { value: (c) => (c.name ?? '').toLowerCase(), nullsLastAlways: false },
  phone_number: { value: (c) => c.phone_number, nullsLastAlways: false },
  last_activity_at: { value: (c) => c.last_activity_at, nullsLastAlways: true },
  created_at: { value: (c) => c.created_at, nullsLastAlways: true },
  company_name: { value: (c) => jsonbText(c.additional_attributes.company_name), nullsLastAlways: true },
  city: { value: (c) => jsonbText(c.additional_attributes.city), nullsLastAlways: true },
  country: { value: (c) => jsonbText(c.additional_attributes.country), nullsLastAlways: true },
};
SORTS.company = SORTS.company_name;

/** Parses `sort` (comma-separated, `-` for descending); unknown keys are ignored as Sift does. */
function sortKeys(sort: unknown): { spec: SortSpec; desc: boolean }[] {
  if (typeof sort !== 'string') return [];
  return sort
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const desc = part.startsWith('-');
      const name = desc ? part.slice(1) : part;
      // Own keys only: `sort=valueOf` is an unknown column, not Object.prototype's method.
      return { spec: Object.hasOwn(SORTS, name) ? SORTS[name] : undefined, desc };
    })
    .filter((k): k is { spec: SortSpec; desc: boolean } => k.spec !== undefined);
}

/** Canonical text of a sort parameter, for cache keys. */
const sortKeyText = (sort: unknown) => (typeof sort === 'string' ? sort : '');

/**
 * The ids of `contacts` in the order `sort` asks, ties (and no sort at all, where Chatwoot adds no
 * ORDER BY) by id. Strings compare by code unit (a C collation).
 */
export function sortContacts(contacts: readonly Contact[], sort: unknown): number[] {
  const keys = sortKeys(sort);
  if (!keys.length) return contacts.map((c) => c.id).sort((a, b) => a - b);
  const rows = contacts.map((c) => ({ id: c.id, values: keys.map((k) => k.spec.value(c)) }));
  rows.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const { desc, spec } = keys[i];
      const x = a.values[i];
      const y = b.values[i];
      if (x === y) continue;
      if (x === null || y === null) {
        // Postgres: ASC puts NULLs last, DESC first — unless the scope says NULLS LAST.
        const nullsLast = spec.nullsLastAlways || !desc;
        return (x === null ? 1 : -1) * (nullsLast ? 1 : -1);
      }
      const cmp = x < y ? -1 : 1;
      return desc ? -cmp : cmp;
    }
    return a.id - b.id;
  });
  return rows.map((r) => r.id);
}

/** `tagged_with(labels, any: true)`: `wanted` lowercased; none wanted keeps every contact. */
export function hasAnyLabel(contact: Contact, wanted: readonly string[]): boolean {
  return contact.labels.some((l) => wanted.includes(l.toLowerCase()));
}

/**
 * The ids of the account's resolved contacts (with any of `labels`, lowercased, when given), in
 * `sort`'s order; cached until the table changes.
 */
export function resolvedContactIds(
  contacts: Contacts,
  accountId: number,
  sort: unknown,
  labels: readonly string[],
): number[] {
  const key = `resolved:${accountId}:${sortKeyText(sort)}:${labels.join('\u0000')}`;
  return contacts.cached(key, () => {
    let resolved = contacts.where('account', accountId).filter(isResolvedContact);
    if (labels.length) resolved = resolved.filter((c) => hasAnyLabel(c, labels));
    return sortContacts(resolved, sort);
  });
}

// ---------------------------------------------------------------------------------------------
// Search

/**
 * Recent searches' results per contacts table, until the account's contacts change: a client paging
 * through results, or polling a search, pays for the scan once (meta.count needs every match).
 */
const recentSearches = new WeakMap<object, Map<string, { version: number; ids: number[] }>>();
const RECENT_SEARCHES = 32;

/**
 * The ids of the account's resolved contacts that match `q` (trimmed; see searchIds) and have any of
 * `labels` (lowercased, when given), in the list's order for `sort`. Served again from the recent
 * searches while the account's contacts bucket is unchanged; at most RECENT_SEARCHES per table.
 */
export function searchContactIds(
  contacts: Contacts,
  accountId: number,
  q: string,
  sort: unknown,
  labels: readonly string[],
): number[] {
  let recent = recentSearches.get(contacts);
  if (!recent) recentSearches.set(contacts, (recent = new Map()));
  const key = JSON.stringify([accountId, q, labels, sortKeyText(sort)]);
  const version = contacts.bucketVersion('account', accountId);
  const hit = recent.get(key);
  if (hit && hit.version === version) return hit.ids;
  const ids = matchingIds(contacts, accountId, q, sort, labels);
  recent.delete(key);
  recent.set(key, { version, ids });
  if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value!);
  return ids;
}

function matchingIds(
  contacts: Contacts,
  accountId: number,
  q: string,
  sort: unknown,
  labels: readonly string[],
): number[] {
  const index = searchIndex(contacts, accountId);
  // By id: the order sortContacts gives without a sort.
  const ids = searchIds(index, q.trim(), labels.length ? (c) => hasAnyLabel(c, labels) : () => true);
  if (!sortKeys(sort).length) return ids;
  if (ids.length * 4 > index.size) {
    // Most contacts match: filter the cached sorted list (the same order) instead of sorting again.
    const found = new Uint8Array((ids.at(-1) ?? 0) + 1);
    for (const id of ids) found[id] = 1;
    return resolvedContactIds(contacts, accountId, sort, labels).filter((id) => found[id] === 1);
  }
  return sortContacts(
    ids.map((id) => contacts.get(id)!),
    sort,
  );
}
