/**
 * Contacts (app/controllers/api/v1/accounts/contacts_controller.rb, contacts/contact_inboxes_controller.rb,
 * contacts/conversations_controller.rb, app/models/contact.rb).
 */
import { canSeeInbox, visibleInboxIds } from '../domain/access';
import { MalformedCsvError, parseCsvWithHeaders, rubyInspect } from '../domain/csv';
import { blobUrl, storeFile } from '../domain/files';
import { labelList } from '../domain/labels';
import { contactInboxFor, insertContact, isResolvedContact } from '../domain/records';
import { customAttributeKeys } from '../domain/custom_attributes';
import { compileFilter, parseConditions, type FilterAttributes } from '../domain/filters';
import {
  accountOf,
  actingUser,
  empty,
  isAdministrator,
  ok,
  recordEvent,
  type HandlerMap,
  type RequestContext,
} from '../http/context';
import { couldNotCreate, forbiddenAction, invalidAttribute, invalidRecord, notFound } from '../http/errors';
import { paginate } from '../http/pagination';
import { toId } from '../http/params';
import { blank, deepMerge, isHash, present } from '../rails/casts';
import { csvLine } from '../rails/csv';
import { currentPage, pageNumber } from '../rails/pagination';
import { timeToS } from '../rails/time';
import type { Contact, Inbox, JsonObject, Note } from '../store';
import type { BucketChange } from '../store/table';
import { E164_PATTERN, EMAIL_PATTERN, Errors, type FieldError } from '../domain/validations';
import { contactInboxView, contactView, inboxRecordView } from '../views/contact';
import { conversationView } from '../views/conversation';
import { inboxView } from '../views/inbox';
import { noteView } from '../views/note';

/** ContactsController::RESULTS_PER_PAGE */
const PER_PAGE = 15;

/** What Rails answers for an exception nobody rescues (here: ActiveRecord::RecordNotUnique). */

// ---------------------------------------------------------------------------------------------
// Reading contacts

function findContact(ctx: RequestContext, id: unknown): Contact {
  const contact = ctx.tables.contacts.get(Number(id));
  if (!contact || contact.account_id !== accountOf(ctx).id) throw notFound();
  return contact;
}

/** Contact.resolved_contacts (the rule lives in domain/records). */
const isResolved = isResolvedContact;

/** `include_contact_inboxes`: true unless present and not exactly "true". */
function includeContactInboxes(ctx: RequestContext): boolean {
  const value = ctx.query.include_contact_inboxes;
  return blank(value) ? true : value === 'true';
}

function render(ctx: RequestContext, contact: Contact, withInboxes: boolean) {
  return contactView(contact, withInboxes ? { withContactInboxes: { tables: ctx.tables } } : {});
}

/**
 * Answers `{meta: {count, current_page}, payload}` for one page of an id list. The view echoes
 * `@current_page = params[:page] || 1` as sent (a string from a query), while Kaminari pages by its `to_i`.
 */
function listReply(ctx: RequestContext, ids: readonly number[], raw: unknown) {
  const withInboxes = includeContactInboxes(ctx);
  const payload = paginate(ids, pageNumber(raw), PER_PAGE).map((id) =>
    render(ctx, ctx.tables.contacts.get(id)!, withInboxes),
  );
  return ok({ meta: { count: ids.length, current_page: currentPage(raw) }, payload });
}

// ---------------------------------------------------------------------------------------------
// Sorting (Sift `sort_on` declarations of the controller and the order_on_* scopes of Contact)

type SortValue = string | number | null;
interface SortSpec {
  value: (c: Contact) => SortValue;
  /** The order_on_* scopes say NULLS LAST in both directions; plain columns use Postgres' default. */
  nullsLastAlways: boolean;
}

const jsonText = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

const SORTS: Record<string, SortSpec> = {
  email: { value: (c) => c.email, nullsLastAlways: false },
  name: { value: (c) => (c.name ?? '').toLowerCase(), nullsLastAlways: false },
  phone_number: { value: (c) => c.phone_number, nullsLastAlways: false },
  last_activity_at: { value: (c) => c.last_activity_at, nullsLastAlways: true },
  created_at: { value: (c) => c.created_at, nullsLastAlways: true },
  company_name: { value: (c) => jsonText(c.additional_attributes.company_name), nullsLastAlways: true },
  city: { value: (c) => jsonText(c.additional_attributes.city), nullsLastAlways: true },
  country: { value: (c) => jsonText(c.additional_attributes.country), nullsLastAlways: true },
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
 * Orders contacts as the sort asks, ties (and no sort at all, where Chatwoot adds no ORDER BY) by id.
 * Strings compare by code unit (a C collation).
 */
function sortContacts(contacts: Contact[], sort: unknown): number[] {
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

/** `labels[]`: tagged_with(labels, any: true), case-insensitively. */
function labelsParam(ctx: RequestContext): string[] {
  const raw = ctx.query.labels;
  const list = Array.isArray(raw) ? raw : blank(raw) ? [] : [raw];
  return list.map((l) => String(l).toLowerCase()).filter(Boolean);
}

function hasAnyLabel(contact: Contact, wanted: string[]): boolean {
  return contact.labels.some((l) => wanted.includes(l.toLowerCase()));
}

/** The account's resolved contacts (optionally with any of `labels`), sorted; cached per table version. */
function resolvedIds(ctx: RequestContext, sort: unknown, labels: string[]): number[] {
  const accountId = accountOf(ctx).id;
  const key = `resolved:${accountId}:${sortKeyText(sort)}:${labels.join('\u0000')}`;
  return ctx.tables.contacts.cached(key, () => {
    let contacts = ctx.tables.contacts.where('account', accountId).filter(isResolved);
    if (labels.length) contacts = contacts.filter((c) => hasAnyLabel(c, labels));
    return sortContacts(contacts, sort);
  });
}

// ---------------------------------------------------------------------------------------------
// Validation and writes

interface ContactFields {
  name?: string | null;
  email?: string | null;
  phone_number?: string | null;
  identifier?: string | null;
  blocked?: boolean;
  avatar_url?: string;
  additional_attributes?: JsonObject;
  custom_attributes?: JsonObject;
}

/** The permitted scalar params that were sent, normalised as the model's callbacks do. */
function readFields(body: Record<string, any>): ContactFields {
  const fields: ContactFields = {};
  if (body.name !== undefined) fields.name = body.name === null ? null : String(body.name);
  // prepare_email_attribute: blank becomes nil, anything else is downcased.
  if (body.email !== undefined) fields.email = blank(body.email) ? null : String(body.email).toLowerCase();
  if (body.phone_number !== undefined)
    fields.phone_number = blank(body.phone_number) ? null : String(body.phone_number);
  if (body.identifier !== undefined)
    fields.identifier = blank(body.identifier) ? null : String(body.identifier);
  if (typeof body.blocked === 'boolean') fields.blocked = body.blocked;
  if (typeof body.avatar_url === 'string' && body.avatar_url) fields.avatar_url = body.avatar_url;
  return fields;
}

/** app/models/contact.rb validations, in declaration order, against the other contacts of the account. */
function validate(ctx: RequestContext, fields: ContactFields, selfId?: number): void {
  const errors = contactErrors(ctx, fields, selfId);
  if (errors.length) throw invalidRecord(errors);
}

/** The validation errors of a contact with these fields (see validate). */
function contactErrors(ctx: RequestContext, fields: ContactFields, selfId?: number): FieldError[] {
  const { contacts } = ctx.tables;
  const accountId = accountOf(ctx).id;
  const taken = (index: 'email' | 'phone' | 'identifier', key: string) => {
    const other = contacts.findBy(index, [accountId, key]);
    return other !== undefined && other.id !== selfId;
  };
  const errors = new Errors();
  if (fields.email) {
    if (taken('email', fields.email)) errors.add('email', 'Email has already been taken');
    if (!EMAIL_PATTERN.test(fields.email)) errors.add('email', 'Email Invalid email');
  }
  if (fields.identifier && taken('identifier', fields.identifier)) {
    errors.add('identifier', 'Identifier has already been taken');
  }
  if (fields.phone_number) {
    if (taken('phone', fields.phone_number))
      errors.add('phone_number', 'Phone number has already been taken');
    if (!E164_PATTERN.test(fields.phone_number)) {
      errors.add('phone_number', 'Phone number should be in e164 format');
    }
  }
  return errors.list;
}

/** An inbox of the account by id (`Current.account.inboxes.find`), 404 otherwise. */
function accountInbox(ctx: RequestContext, id: unknown): Inbox {
  const inboxId = toId(id);
  const inbox = inboxId === undefined ? undefined : ctx.tables.inboxes.get(inboxId);
  if (!inbox || inbox.account_id !== accountOf(ctx).id) throw notFound();
  return inbox;
}

function create(ctx: RequestContext) {
  const account = accountOf(ctx);
  const { store, tables } = ctx;
  const body: Record<string, any> = ctx.body ?? {};
  const fields = readFields(body);
  validate(ctx, fields);

  // build_contact_inbox runs after the contact is saved, inside the same transaction.
  let inbox: Inbox | undefined;
  let sourceId: string | undefined;
  if (!blank(body.inbox_id)) {
    inbox = accountInbox(ctx, body.inbox_id);
    if (body.source_id !== undefined && body.source_id !== null) {
      sourceId = String(body.source_id);
      // ContactInboxBuilder: the source id of another contact of that inbox raises RecordNotUnique
      // (Rails answers 500); the fake answers 422 "Source id has already been taken".
      if (sourceId && tables.contactInboxes.findBy('source', [inbox.id, sourceId])) {
        throw invalidAttribute('source_id', 'has already been taken');
      }
    }
  }

  const contact = insertContact(store, {
    account_id: account.id,
    name: fields.name,
    email: fields.email,
    phone_number: fields.phone_number,
    identifier: fields.identifier,
    blocked: fields.blocked,
    avatar_url: fields.avatar_url,
    additional_attributes: isHash(body.additional_attributes) ? body.additional_attributes : {},
    custom_attributes: isHash(body.custom_attributes) ? body.custom_attributes : {},
  });
  // A blank (but given) source id is kept as "" by `||=` and then skipped by `present?`.
  const contactInbox =
    inbox && sourceId !== '' ? contactInboxFor(store, contact, inbox, sourceId) : undefined;
  recordEvent(ctx, 'contact_created', { contactId: contact.id });

  return ok({
    payload: {
      contact: render(ctx, contact, true),
      contact_inbox: {
        inbox: contactInbox ? inboxRecordView(tables.inboxes.get(contactInbox.inbox_id)!) : null,
        source_id: contactInbox ? contactInbox.source_id : null,
      },
    },
  });
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function update(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.id);
  const body: Record<string, any> = ctx.body ?? {};
  const fields = readFields(body);
  validate(ctx, fields, contact.id);

  // contact_update_params: custom and additional attributes are merged into the stored ones.
  const { name, ...rest } = fields;
  const next: Partial<Contact> = { ...rest };
  if (name !== undefined) next.name = name ?? '';
  if (isHash(body.custom_attributes)) {
    next.custom_attributes = { ...contact.custom_attributes, ...body.custom_attributes };
  }
  if (isHash(body.additional_attributes)) {
    next.additional_attributes = { ...contact.additional_attributes, ...body.additional_attributes };
  }

  const changed: Record<string, { previous_value: unknown; current_value: unknown }> = {};
  const changes: Partial<Contact> = {};
  for (const [key, value] of Object.entries(next) as [keyof Contact, unknown][]) {
    if (sameJson(contact[key], value)) continue;
    changed[key] = { previous_value: contact[key], current_value: value };
    (changes as Record<string, unknown>)[key] = value;
  }
  if (Object.keys(changes).length) {
    const now = ctx.store.clock.now();
    changed.updated_at = { previous_value: contact.updated_at, current_value: now };
    changes.updated_at = now;
    ctx.tables.contacts.update(contact.id, changes);
  }
  recordEvent(ctx, 'contact_updated', { contactId: contact.id, changedAttributes: changed });
  return ok({ payload: render(ctx, ctx.tables.contacts.get(contact.id)!, includeContactInboxes(ctx)) });
}

function remove(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.id);
  const { tables } = ctx;
  // Recorded first, so that listeners can still read the contact they are told about.
  recordEvent(ctx, 'contact_deleted', { contactId: contact.id });
  // has_many :conversations / :contact_inboxes / :messages (as sender), dependent: :destroy_async.
  for (const conversation of tables.conversations.where('contact', contact.id)) {
    for (const message of tables.messages.where('conversation', conversation.id))
      tables.messages.delete(message.id);
    tables.conversations.delete(conversation.id);
  }
  for (const ci of tables.contactInboxes.where('contact', contact.id)) tables.contactInboxes.delete(ci.id);
  for (const note of tables.notes.where('contact', contact.id)) tables.notes.delete(note.id);
  tables.contacts.delete(contact.id);
  return empty();
}

function destroyCustomAttributes(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.id);
  const raw = ctx.body?.custom_attributes;
  const keys = new Set(
    (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).map(String),
  );
  const remaining = Object.fromEntries(
    Object.entries(contact.custom_attributes).filter(([k]) => !keys.has(k)),
  );
  if (Object.keys(remaining).length !== Object.keys(contact.custom_attributes).length) {
    const now = ctx.store.clock.now();
    recordEvent(ctx, 'contact_updated', {
      contactId: contact.id,
      changedAttributes: {
        custom_attributes: { previous_value: contact.custom_attributes, current_value: remaining },
        updated_at: { previous_value: contact.updated_at, current_value: now },
      },
    });
    ctx.tables.contacts.update(contact.id, { custom_attributes: remaining, updated_at: now });
  }
  return ok({ payload: render(ctx, ctx.tables.contacts.get(contact.id)!, true) });
}

function removeAvatar(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.id);
  if (contact.avatar_url) ctx.tables.contacts.update(contact.id, { avatar_url: '' });
  return ok({ payload: render(ctx, ctx.tables.contacts.get(contact.id)!, false) });
}

// ---------------------------------------------------------------------------------------------
// Search and filter

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
      jsonText(contact.additional_attributes.company_name),
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
    if (!isResolved(contact)) continue;
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
    if (before && isResolved(before)) {
      const chunk = index.chunks[Math.floor(before.id / CHUNK_IDS)];
      const k = chunk ? chunkPosition(chunk, before.id) : -1;
      if (!chunk || chunk.ids[k] !== before.id) return undefined;
      chunk.contacts.splice(k, 1);
      chunk.ids.splice(k, 1);
      stripRemove(chunk.texts, k);
      stripRemove(chunk.identifiers, k);
      index.size--;
    }
    if (after && isResolved(after)) {
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

function searchIndex(ctx: RequestContext, accountId: number): SearchIndex {
  return ctx.tables.contacts.cachedWhere('account', accountId, 'search', buildSearchIndex, updateSearchIndex);
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
    ilike(jsonText(contact.additional_attributes.company_name));
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

/**
 * Recent searches' results per contacts table, until the account's contacts change: a client paging
 * through results, or polling a search, pays for the scan once (meta.count needs every match).
 */
const recentSearches = new WeakMap<object, Map<string, { version: number; ids: number[] }>>();
const RECENT_SEARCHES = 32;

function search(ctx: RequestContext) {
  const q = ctx.query.q;
  if (typeof q !== 'string' || blank(q)) throw couldNotCreate('Specify search string with parameter q');
  const accountId = accountOf(ctx).id;
  const { contacts } = ctx.tables;
  let recent = recentSearches.get(contacts);
  if (!recent) recentSearches.set(contacts, (recent = new Map()));
  const key = JSON.stringify([accountId, q, ctx.query.labels ?? null, ctx.query.sort ?? null]);
  const version = contacts.bucketVersion('account', accountId);
  const hit = recent.get(key);
  if (hit && hit.version === version) return listReply(ctx, hit.ids, ctx.query.page);
  const ids = searchMatches(ctx, q, accountId);
  recent.delete(key);
  recent.set(key, { version, ids });
  if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value!);
  return listReply(ctx, ids, ctx.query.page);
}

/** The ids of the account's contacts matching `q` (and the labels), in the list's order. */
function searchMatches(ctx: RequestContext, q: string, accountId: number): number[] {
  const labels = labelsParam(ctx);
  const index = searchIndex(ctx, accountId);
  // By id: the order sortContacts gives without a sort.
  let ids = searchIds(index, q.trim(), labels.length ? (c) => hasAnyLabel(c, labels) : () => true);
  const sort = ctx.query.sort;
  if (sortKeys(sort).length) {
    if (ids.length * 4 > index.size) {
      // Most contacts match: filter the cached sorted list (the same order) instead of sorting again.
      const found = new Uint8Array((ids.at(-1) ?? 0) + 1);
      for (const id of ids) found[id] = 1;
      ids = resolvedIds(ctx, sort, labels).filter((id) => found[id] === 1);
    } else {
      ids = sortContacts(
        ids.map((id) => ctx.tables.contacts.get(id)!),
        sort,
      );
    }
  }
  return ids;
}

const additional = (key: string) => (c: Contact) => jsonText(c.additional_attributes[key]);
const TEXT_OPERATORS = ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'] as const;
const DATE_OPERATORS = ['is_greater_than', 'is_less_than', 'days_before'] as const;

/** The `contacts:` section of lib/filters/filter_keys.yml, in its order. */
const FILTER_ATTRIBUTES: FilterAttributes<Contact> = {
  name: { dataType: 'text_case_insensitive', operators: TEXT_OPERATORS, value: (c) => c.name },
  phone_number: {
    dataType: 'text_case_insensitive',
    operators: [...TEXT_OPERATORS, 'starts_with'],
    value: (c) => c.phone_number,
  },
  email: { dataType: 'text_case_insensitive', operators: TEXT_OPERATORS, value: (c) => c.email },
  identifier: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to'],
    value: (c) => c.identifier,
  },
  country_code: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to'],
    value: additional('country_code'),
  },
  city: { dataType: 'text_case_insensitive', operators: TEXT_OPERATORS, value: additional('city') },
  company: { dataType: 'text_case_insensitive', operators: TEXT_OPERATORS, value: additional('company') },
  labels: {
    dataType: 'labels',
    operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'],
    value: (c) => c.labels,
  },
  created_at: { dataType: 'date', operators: DATE_OPERATORS, value: (c) => c.created_at },
  last_activity_at: { dataType: 'date', operators: DATE_OPERATORS, value: (c) => c.last_activity_at },
  blocked: { dataType: 'boolean', operators: ['equal_to', 'not_equal_to'], value: (c) => c.blocked },
};

/**
 * Chatwoot's rewriting of conditions before they become SQL: Contacts::FilterService#filter_values
 * (equality on a standard key compares the first value only, and a phone number as "+" followed by
 * the value stripped of its "+"). Whole-day date comparison and `days_before` live in src/filters.ts.
 */
function contactFilterPayload(payload: unknown): unknown {
  if (!Array.isArray(payload)) return payload;
  return parseConditions(payload).map((c) => {
    const attribute = Object.prototype.hasOwnProperty.call(FILTER_ATTRIBUTES, c.attribute_key)
      ? FILTER_ATTRIBUTES[c.attribute_key]
      : undefined;
    const first = c.values[0];
    if (!attribute || blank(first)) return c;
    if (!['equal_to', 'not_equal_to'].includes(c.filter_operator)) return c;
    const value = c.attribute_key === 'phone_number' ? `+${String(first).replace(/\+/g, '')}` : first;
    return { ...c, values: [value] };
  });
}

function filter(ctx: RequestContext) {
  const body: Record<string, any> = ctx.body ?? {};
  const now = ctx.store.clock.peek();
  const predicate = compileFilter(contactFilterPayload(body.payload), FILTER_ATTRIBUTES, {
    customAttributeKeys: customAttributeKeys(ctx.tables, accountOf(ctx).id, 'contact_attribute'),
    now,
  });
  // Newest upstream filters the resolved contacts only.
  const matches = ctx.tables.contacts
    .where('account', accountOf(ctx).id)
    .filter((c) => isResolved(c) && predicate(c));
  return listReply(ctx, sortContacts(matches, ctx.query.sort), body.page ?? ctx.query.page);
}

// ---------------------------------------------------------------------------------------------
// Contact inboxes and conversations

/** Contacts::ContactableInboxesService, then `policy(inbox).show?`. */
function contactableInboxes(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.id);
  const { tables, store } = ctx;
  const admin = isAdministrator(ctx);
  const mine = tables.contactInboxes.where('contact', contact.id);
  const payload = [];
  for (const inbox of tables.inboxes.where('account', accountOf(ctx).id)) {
    if (!canSeeInbox(ctx, inbox.id)) continue;
    const latest = mine.filter((ci) => ci.inbox_id === inbox.id).pop();
    let sourceId: string;
    if (inbox.channel.type === 'Channel::Api') {
      sourceId = latest?.source_id ?? store.nextUuid();
    } else {
      // Web widget: only an existing contact inbox without conversations.
      if (!latest || tables.conversations.countWhere('contactInbox', latest.id) > 0) continue;
      sourceId = latest.source_id;
    }
    payload.push({ inbox: inboxView(inbox, { admin }), source_id: sourceId });
  }
  return ok({ payload });
}

/** ContactInboxesController#create with ContactInboxBuilder. */
function createContactInbox(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  const body: Record<string, any> = ctx.body ?? {};
  const inbox = accountInbox(ctx, body.inbox_id);
  if (!canSeeInbox(ctx, inbox.id)) throw forbiddenAction();
  const given = body.source_id === undefined || body.source_id === null ? undefined : String(body.source_id);
  // `@source_id ||= uuid` keeps "", and then no contact inbox is built: the view fails on nil (Rails
  // answers 500); the fake answers 422 "Source id can't be blank".
  if (given === '') throw invalidAttribute('source_id', "can't be blank");
  const { tables, store } = ctx;
  const sourceId = given ?? store.nextUuid();
  const existing = tables.contactInboxes.findBy('source', [inbox.id, sourceId]);
  if (existing && existing.contact_id !== contact.id) {
    throw invalidAttribute('source_id', 'has already been taken'); // Rails: RecordNotUnique, a 500
  }
  let contactInbox = existing ?? contactInboxFor(store, contact, inbox, sourceId);
  const hmacVerified = body.hmac_verified === true || body.hmac_verified === 'true';
  if (!existing && hmacVerified)
    contactInbox = tables.contactInboxes.update(contactInbox.id, { hmac_verified: true });
  return ok(contactInboxView(tables, contactInbox));
}

/** Contacts::ConversationsController#index: newest first, at most 20, in the caller's inboxes. */
function contactConversations(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  const visible = visibleInboxIds(ctx);
  const viewerId = actingUser(ctx)?.id;
  const conversations = ctx.tables.conversations
    .where('contact', contact.id)
    .filter((c) => visible === 'all' || visible.has(c.inbox_id))
    .sort((a, b) => b.id - a.id)
    .slice(0, 20);
  return ok({ payload: conversations.map((c) => conversationView(ctx.tables, c, viewerId)) });
}

// ---------------------------------------------------------------------------------------------
// Labels (contacts/labels_controller.rb with LabelConcern)

function listLabels(ctx: RequestContext) {
  return ok({ payload: findContact(ctx, ctx.params.contact_id).labels });
}

/** The posted list replaces the contact's labels (`update_labels`). */
function setLabels(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  const labels = labelList(ctx.body?.labels);
  if (!sameJson(contact.labels, labels)) {
    const now = ctx.store.clock.now();
    ctx.tables.contacts.update(contact.id, { labels, updated_at: now });
    recordEvent(ctx, 'contact_updated', {
      contactId: contact.id,
      changedAttributes: {
        labels: { previous_value: contact.labels, current_value: labels },
        updated_at: { previous_value: contact.updated_at, current_value: now },
      },
    });
  }
  return ok({ payload: ctx.tables.contacts.get(contact.id)!.labels });
}

// ---------------------------------------------------------------------------------------------
// Notes (contacts/notes_controller.rb)

function findNote(ctx: RequestContext, contact: Contact): Note {
  const note = ctx.tables.notes.get(Number(ctx.params.id));
  if (!note || note.contact_id !== contact.id) throw notFound();
  return note;
}

/** `params[:note].present? ? params.require(:note) : params`, permitting `content`. */
function noteContent(body: Record<string, any>): { given: boolean; content: string | null } {
  const source = isHash(body?.note) && Object.keys(body.note).length ? body.note : (body ?? {});
  if (!Object.prototype.hasOwnProperty.call(source, 'content')) return { given: false, content: null };
  const value = source.content;
  return { given: true, content: value === null || value === undefined ? null : String(value) };
}

function checkNoteContent(content: string | null): string {
  if (blank(content)) throw invalidRecord([{ attribute: 'content', message: "Content can't be blank" }]);
  return content!;
}

/** Newest first (`notes.latest`). */
function listNotes(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  const notes = [...ctx.tables.notes.where('contact', contact.id)].sort(
    (a, b) => b.created_at - a.created_at || b.id - a.id,
  );
  return ok(notes.map((n) => noteView(ctx.tables, n)));
}

function createNote(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  const content = checkNoteContent(noteContent(ctx.body).content);
  const at = ctx.store.clock.now();
  const note = ctx.tables.notes.insert({
    account_id: contact.account_id,
    contact_id: contact.id,
    user_id: actingUser(ctx)?.id ?? null,
    content,
    created_at: at,
    updated_at: at,
  });
  return ok(noteView(ctx.tables, note));
}

function showNote(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  return ok(noteView(ctx.tables, findNote(ctx, contact)));
}

function updateNote(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  let note = findNote(ctx, contact);
  const { given, content } = noteContent(ctx.body);
  if (given) {
    const next = checkNoteContent(content);
    if (next !== note.content) {
      note = ctx.tables.notes.update(note.id, { content: next, updated_at: ctx.store.clock.now() });
    }
  }
  return ok(noteView(ctx.tables, note));
}

function deleteNote(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  ctx.tables.notes.delete(findNote(ctx, contact).id);
  return empty();
}

// ---------------------------------------------------------------------------------------------
// Merge (actions/contact_merges_controller.rb, app/actions/contact_merge_action.rb)

const MERGEABLE = [
  'identifier',
  'name',
  'email',
  'phone_number',
  'additional_attributes',
  'custom_attributes',
] as const;
type Mergeable = (typeof MERGEABLE)[number];

/**
 * Moves the mergee's conversations, contact inboxes, sent messages and notes to the base contact,
 * deletes the mergee, and fills the base contact's blank attributes from the mergee's (the base
 * wins; hashes are deep-merged). Answers the base contact (contact partial, no contact inboxes).
 */
function mergeContacts(ctx: RequestContext) {
  const body: Record<string, any> = ctx.body ?? {};
  const base = findContact(ctx, body.base_contact_id);
  const mergee = findContact(ctx, body.mergee_contact_id);
  const { tables, store } = ctx;
  if (base.id === mergee.id) return ok(contactView(base));

  for (const conversation of tables.conversations.where('contact', mergee.id)) {
    for (const m of tables.messages.where('conversation', conversation.id)) {
      if (m.sender_type === 'Contact' && m.sender_id === mergee.id) {
        tables.messages.update(m.id, { sender_id: base.id });
      }
    }
    tables.conversations.update(conversation.id, { contact_id: base.id });
  }
  for (const ci of tables.contactInboxes.where('contact', mergee.id)) {
    tables.contactInboxes.update(ci.id, { contact_id: base.id });
  }
  for (const note of tables.notes.where('contact', mergee.id)) {
    tables.notes.update(note.id, { contact_id: base.id });
  }

  const pick = (c: Contact) => {
    const out: Partial<Record<Mergeable, unknown>> = {};
    for (const key of MERGEABLE) if (!blank(c[key])) out[key] = c[key];
    return out;
  };
  const fromMergee = pick(mergee);
  const fromBase = pick(base);
  const merged: Partial<Record<Mergeable, unknown>> = { ...fromMergee };
  for (const [key, value] of Object.entries(fromBase) as [Mergeable, unknown][]) {
    const prev = merged[key];
    merged[key] = isHash(prev) && isHash(value) ? deepMerge(prev, value) : value;
  }

  recordEvent(ctx, 'contact_deleted', { contactId: mergee.id });
  tables.contacts.delete(mergee.id);

  const changed: Record<string, { previous_value: unknown; current_value: unknown }> = {};
  const changes: Partial<Contact> = {};
  for (const [key, value] of Object.entries(merged) as [Mergeable, unknown][]) {
    if (sameJson(base[key], value)) continue;
    changed[key] = { previous_value: base[key], current_value: value };
    (changes as Record<string, unknown>)[key] = value;
  }
  if (Object.keys(changes).length) {
    const now = store.clock.now();
    changed.updated_at = { previous_value: base.updated_at, current_value: now };
    tables.contacts.update(base.id, { ...changes, updated_at: now });
    recordEvent(ctx, 'contact_updated', { contactId: base.id, changedAttributes: changed });
  }
  recordEvent(ctx, 'contact_merged', { contactId: base.id, mergeeContactId: mergee.id });
  return ok(contactView(tables.contacts.get(base.id)!));
}

// ---------------------------------------------------------------------------------------------
// Export and import (ContactsController#export / #import, Account::ContactsExportJob, DataImportJob)

/** I18n errors.contacts.export.success, sent by `head :ok, message:` as a response header. */
const EXPORT_MESSAGE = 'We will notify you once contacts export file is ready to view.';
const EXPORT_DEFAULT_COLUMNS = ['id', 'name', 'email', 'phone_number'];

/** Contact.column_names the fake keeps, with how the CSV writes each (`contact.send(column).to_s`). */
const EXPORT_COLUMNS: Record<string, (c: Contact) => string | null> = {
  id: (c) => String(c.id),
  name: (c) => c.name,
  email: (c) => c.email,
  phone_number: (c) => c.phone_number,
  account_id: (c) => String(c.account_id),
  created_at: (c) => timeToS(c.created_at),
  updated_at: (c) => timeToS(c.updated_at),
  additional_attributes: (c) => rubyInspect(c.additional_attributes),
  identifier: (c) => c.identifier,
  custom_attributes: (c) => rubyInspect(c.custom_attributes),
  last_activity_at: (c) => (c.last_activity_at === null ? null : timeToS(c.last_activity_at)),
  blocked: (c) => String(c.blocked),
};

/** The contacts the export job writes: the filter `payload`, else the `label`, else all resolved ones. */
function exportedContacts(ctx: RequestContext, body: Record<string, any>): Contact[] {
  const accountId = accountOf(ctx).id;
  const all = ctx.tables.contacts.where('account', accountId);
  if (Array.isArray(body.payload) && body.payload.length) {
    const predicate = compileFilter(contactFilterPayload(body.payload), FILTER_ATTRIBUTES, {
      customAttributeKeys: customAttributeKeys(ctx.tables, accountId, 'contact_attribute'),
      now: ctx.store.clock.peek(),
    });
    return all.filter((c) => isResolved(c) && predicate(c));
  }
  if (!blank(body.label)) {
    const wanted = labelList([body.label]).map((l) => l.toLowerCase());
    return all.filter((c) => isResolved(c) && hasAnyLabel(c, wanted));
  }
  return all.filter(isResolved);
}

/**
 * POST /contacts/export: Chatwoot queues the job and answers 200 with an empty body and the
 * `Message` header; the CSV is then mailed as a link. The fake writes the CSV at once, serves it at
 * its blob URL and records a `contact_export_complete` event carrying that URL. A filter that fails
 * only fails the job: the answer is the same and no file is made.
 */
function exportContacts(ctx: RequestContext) {
  const body: Record<string, any> = ctx.body ?? {};
  const account = accountOf(ctx);
  const requested =
    Array.isArray(body.column_names) && body.column_names.length
      ? body.column_names.map(String)
      : EXPORT_DEFAULT_COLUMNS;
  const columns = requested.filter((c: string) => Object.prototype.hasOwnProperty.call(EXPORT_COLUMNS, c));
  let contacts: Contact[] | undefined;
  try {
    contacts = exportedContacts(ctx, body);
  } catch {
    contacts = undefined;
  }
  if (contacts) {
    let csv = csvLine(columns);
    for (const c of [...contacts].sort((a, b) => a.id - b.id)) {
      csv += csvLine(columns.map((col: string) => EXPORT_COLUMNS[col](c)));
    }
    const blob = storeFile(ctx.store, {
      accountId: account.id,
      filename: `${account.name}_${account.id}_contacts.csv`,
      contentType: 'text/csv',
      data: Buffer.from(csv, 'utf8'),
    });
    recordEvent(ctx, 'contact_export_complete', {
      blobId: blob.id,
      url: blobUrl(ctx.baseUrl ?? 'http://127.0.0.1:3000', blob),
      userId: actingUser(ctx)?.id ?? null,
    });
  }
  return empty(200, { Message: EXPORT_MESSAGE });
}

/** DataImport::ContactManager#format_phone_number */
const importPhone = (phone: string) => (phone.startsWith('+') ? phone : `+${phone}`);

interface ImportRow {
  params: Record<string, string | null>;
}

/** DataImport::ContactManager#update_contact_attributes on a contact's fields. */
function importedAttributes(params: Record<string, string | null>, contact: ContactDraft): void {
  if (present(params.name)) contact.name = params.name!;
  const additional: JsonObject = { ...contact.additional_attributes };
  const company = params.company ?? params.company_name;
  if (present(company)) additional.company_name = company!;
  if (present(params.city)) additional.city = params.city!;
  contact.additional_attributes = additional;
  const custom: JsonObject = { ...contact.custom_attributes };
  for (const [key, value] of Object.entries(params)) {
    if (!['identifier', 'email', 'name', 'phone_number'].includes(key)) custom[key] = value;
  }
  contact.custom_attributes = custom;
}

type ContactDraft = Pick<
  Contact,
  'name' | 'email' | 'phone_number' | 'identifier' | 'additional_attributes' | 'custom_attributes'
>;

const draftOf = (c: Contact): ContactDraft => ({
  name: c.name,
  email: c.email,
  phone_number: c.phone_number,
  identifier: c.identifier,
  additional_attributes: c.additional_attributes,
  custom_attributes: c.custom_attributes,
});

/** The contact fields validate() checks, normalised as Contact's before_validation does. */
const fieldsOf = (d: ContactDraft): ContactFields => ({
  email: d.email ? d.email.toLowerCase() : null,
  phone_number: d.phone_number || null,
  identifier: d.identifier || null,
});

/**
 * POST /contacts/import: Chatwoot stores the file and imports it in DataImportJob; the fake imports
 * at once, as that job does: per row, an existing contact (by identifier, email, then phone number)
 * is updated and saved, any other row becomes a new contact — name, company/company_name and city
 * kept, every other column a custom attribute. Valid new contacts are inserted (a duplicate in the
 * same file is skipped, as `on_duplicate_key_ignore` does); invalid rows are written, with their
 * errors, to a failed-records CSV. A `contact_import_complete` event reports the counts (and the
 * failed records' URL). New contacts fire no contact_created (`Contact.import` skips callbacks).
 */
function importContacts(ctx: RequestContext) {
  const file = ctx.files.find((f) => f.fieldname === 'import_file');
  if (!file) throw couldNotCreate('File is blank');
  const account = accountOf(ctx);
  const { tables, store } = ctx;

  let parsed: ReturnType<typeof parseCsvWithHeaders>;
  try {
    parsed = parseCsvWithHeaders(file.buffer.toString('utf8'));
  } catch (err) {
    if (!(err instanceof MalformedCsvError)) throw err;
    recordEvent(ctx, 'contact_import_failed', {});
    return empty();
  }

  const rows: ImportRow[] = parsed.rows.map((params) => ({ params }));
  const fresh: ContactDraft[] = [];
  const rejected: { params: Record<string, string | null>; errors: string }[] = [];
  const findExisting = (params: Record<string, string | null>): Contact | undefined => {
    const byKey = (index: 'email' | 'phone' | 'identifier', key: string) =>
      tables.contacts.findBy(index, [account.id, key]);
    if (params.identifier !== undefined && params.identifier !== null) {
      const c = byKey('identifier', params.identifier);
      if (c) return c;
    }
    if (params.email !== undefined && params.email !== null) {
      const c = byKey('email', params.email.toLowerCase());
      if (c) return c;
    }
    if (params.phone_number !== undefined && params.phone_number !== null) {
      return byKey('phone', importPhone(params.phone_number));
    }
    return undefined;
  };

  for (const { params } of rows) {
    const existing = findExisting(params);
    let draft: ContactDraft;
    let selfId: number | undefined;
    if (existing && !contactErrors(ctx, fieldsOf(draftOf(existing)), existing.id).length) {
      // update_contact_with_merged_attributes, then `contact.save`.
      draft = draftOf(existing);
      selfId = existing.id;
      if (!blank(params.identifier)) draft.identifier = params.identifier!;
      if (!blank(params.email)) draft.email = params.email!.toLowerCase();
      if (!blank(params.phone_number)) draft.phone_number = importPhone(params.phone_number!);
      importedAttributes(params, draft);
      if (!contactErrors(ctx, fieldsOf(draft), existing.id).length) {
        saveImported(ctx, existing, draft);
        continue;
      }
    } else {
      draft = {
        name: '',
        email: blank(params.email) ? null : params.email!.toLowerCase(),
        identifier: blank(params.identifier) ? null : params.identifier!,
        phone_number: blank(params.phone_number) ? null : importPhone(params.phone_number!),
        additional_attributes: {},
        custom_attributes: {},
      };
      selfId = existing?.id;
      importedAttributes(params, draft);
    }
    const errors = contactErrors(ctx, fieldsOf(draft), selfId);
    if (errors.length) rejected.push({ params, errors: errors.map((e) => e.message).join(', ') });
    else if (!existing) fresh.push(draft);
  }

  // Contact.import(..., on_duplicate_key_ignore: true): a key already taken by an earlier row is skipped.
  for (const draft of fresh) {
    if (contactErrors(ctx, fieldsOf(draft)).length) continue;
    insertContact(store, { account_id: account.id, ...draft, name: draft.name });
  }

  let failedUrl: string | null = null;
  if (rejected.length) {
    let csv = csvLine([...parsed.headers, 'errors']);
    for (const r of rejected) csv += csvLine([...parsed.headers.map((h) => r.params[h] ?? null), r.errors]);
    const blob = storeFile(store, {
      accountId: account.id,
      filename: `${timeToS(store.clock.peek()).slice(0, 10).replace(/-/g, '')}_contacts.csv`,
      contentType: 'text/csv',
      data: Buffer.from(csv, 'utf8'),
    });
    failedUrl = blobUrl(ctx.baseUrl ?? 'http://127.0.0.1:3000', blob);
  }
  recordEvent(ctx, 'contact_import_complete', {
    totalRecords: rows.length,
    processedRecords: rows.length - rejected.length,
    failedRecordsUrl: failedUrl,
  });
  return empty();
}

/** Saves an imported row into an existing contact; contact_updated when something changed. */
function saveImported(ctx: RequestContext, contact: Contact, draft: ContactDraft): void {
  const changed: Record<string, { previous_value: unknown; current_value: unknown }> = {};
  const changes: Partial<Contact> = {};
  for (const [key, value] of Object.entries(draft) as [keyof ContactDraft, unknown][]) {
    if (sameJson(contact[key], value)) continue;
    changed[key] = { previous_value: contact[key], current_value: value };
    (changes as Record<string, unknown>)[key] = value;
  }
  if (!Object.keys(changes).length) return;
  const now = ctx.store.clock.now();
  changed.updated_at = { previous_value: contact.updated_at, current_value: now };
  ctx.tables.contacts.update(contact.id, { ...changes, updated_at: now });
  recordEvent(ctx, 'contact_updated', { contactId: contact.id, changedAttributes: changed });
}

export const handlers: HandlerMap = {
  listContactLabels: listLabels,
  setContactLabels: setLabels,
  listContactNotes: listNotes,
  createContactNote: createNote,
  getContactNote: showNote,
  updateContactNote: updateNote,
  replaceContactNote: updateNote,
  deleteContactNote: deleteNote,
  mergeContacts,
  exportContacts,
  importContacts,
  listContacts: (ctx) => listReply(ctx, resolvedIds(ctx, ctx.query.sort, labelsParam(ctx)), ctx.query.page),
  // OnlineStatusTracker never reports a contact online in the fake.
  listActiveContacts: (ctx) => listReply(ctx, [], ctx.query.page),
  searchContacts: search,
  filterContacts: filter,
  createContact: create,
  getContact: (ctx) =>
    ok({ payload: render(ctx, findContact(ctx, ctx.params.id), includeContactInboxes(ctx)) }),
  updateContact: update,
  replaceContact: update,
  deleteContact: remove,
  deleteContactCustomAttributes: destroyCustomAttributes,
  deleteContactAvatar: removeAvatar,
  listContactableInboxes: contactableInboxes,
  createContactInbox,
  listContactConversations: contactConversations,
};
