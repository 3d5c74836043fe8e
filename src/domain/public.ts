/**
 * The public client API's lookups and identity validation, shared by its handlers
 * (app/controllers/public/api/v1/inboxes_controller.rb and the controllers under inboxes/):
 * inbox by the API channel's identifier → contact inbox by source id → conversation by display id.
 * Every miss is ActiveRecord::RecordNotFound, which the public controllers do not rescue: Rails'
 * public 404 `{"status":404,"error":"Not Found"}`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { blank } from '../rails/casts';
import type { ApiChannel, Contact, ContactInbox, Conversation, Inbox, Store } from '../store';
import { changeConversation, recordChange, typingEventOf, type Actor } from './conversations';
import { NotAuthorized, RecordNotFound } from './errors';
import { recordEvent, type Scope } from './scope';

/**
 * `Channel::Api.find_by!(identifier:)`: only API-channel inboxes answer (a web widget's token is not an
 * identifier). Sets `scope.account` to the inbox's account, so handlers can record events.
 */
export function findPublicInbox(scope: Scope, identifier: unknown): Inbox & { channel: ApiChannel } {
  const inbox = scope.tables.inboxes.findBy('apiIdentifier', String(identifier));
  if (!inbox || inbox.channel.type !== 'Channel::Api') throw new RecordNotFound();
  const account = scope.tables.accounts.get(inbox.account_id);
  if (!account) throw new RecordNotFound();
  scope.account = account;
  return inbox as Inbox & { channel: ApiChannel };
}

/** `inbox.contact_inboxes.find_by!(source_id:)` */
export function findPublicContactInbox(scope: Scope, inbox: Inbox, sourceId: unknown): ContactInbox {
  const contactInbox = scope.tables.contactInboxes.findBy('source', [inbox.id, String(sourceId)]);
  if (!contactInbox) throw new RecordNotFound();
  return contactInbox;
}

/**
 * The conversations the contact inbox reaches: its own, or — once hmac_verified — all the contact's
 * conversations, whatever the inbox. Ascending id.
 */
export function publicConversations(scope: Scope, contactInbox: ContactInbox): Conversation[] {
  const { conversations } = scope.tables;
  return contactInbox.hmac_verified
    ? conversations.where('contact', contactInbox.contact_id)
    : conversations.where('contactInbox', contactInbox.id);
}

/** `find_by!(display_id:)` among the conversations the contact inbox reaches (see publicConversations). */
export function findPublicConversation(
  scope: Scope,
  contactInbox: ContactInbox,
  displayId: unknown,
): Conversation {
  const id = Number(displayId);
  const conversation = Number.isInteger(id)
    ? scope.tables.conversations.findBy('display', [contactInbox.account_id, id])
    : undefined;
  const reachable =
    conversation &&
    (contactInbox.hmac_verified
      ? conversation.contact_id === contactInbox.contact_id
      : conversation.contact_inbox_id === contactInbox.id);
  if (!conversation || !reachable) throw new RecordNotFound();
  return conversation;
}

/** The whole chain of a conversation path: inbox, contact inbox, conversation and its contact. */
export function publicConversationContext(
  scope: Scope,
  path: { inbox_identifier?: unknown; contact_identifier?: unknown; conversation_id?: unknown },
) {
  const inbox = findPublicInbox(scope, path.inbox_identifier);
  const contactInbox = findPublicContactInbox(scope, inbox, path.contact_identifier);
  const conversation = findPublicConversation(scope, contactInbox, path.conversation_id);
  const contact = scope.tables.contacts.get(contactInbox.contact_id);
  if (!contact) throw new RecordNotFound();
  return { inbox, contactInbox, conversation, contact };
}

/** The contact as Chatwoot's Current.contact (the actor of a public API change). */
function contactActor(contact: Contact): Actor {
  return { type: 'Contact', id: contact.id, name: contact.name };
}

/** toggle_status of the public and widget APIs: resolves, with the contact as Current.contact; never reopens. */
export function resolveByContact(scope: Scope, conversation: Conversation, contact: Contact): void {
  if (conversation.status === 'resolved') return;
  recordChange(
    scope,
    changeConversation(scope.store, conversation, { status: 'resolved' }, contactActor(contact)),
  );
}

/** toggle_typing of the public and widget APIs: `on`/`off`/`recording` by the contact; other values do nothing. */
export function contactTyping(
  scope: Scope,
  conversation: Conversation,
  contactId: number,
  typingStatus: unknown,
): void {
  const name = typingEventOf(typingStatus);
  if (!name) return;
  recordEvent(scope, name, {
    conversationId: conversation.id,
    userType: 'Contact',
    userId: contactId,
    isPrivate: false,
  });
}

/** OpenSSL::HMAC.hexdigest('sha256', hmac_token, identifier.to_s) */
export function identifierHash(hmacToken: string, identifier: unknown): string {
  return createHmac('sha256', hmacToken).update(rubyToS(identifier)).digest('hex');
}

/** The error of a wrong `identifier_hash` (public and widget APIs). */
export const HMAC_FAILED = 'HMAC failed: Invalid Identifier Hash Provided';

/** Whether `hash` (a parameter) is the HMAC of `identifier` with the inbox's hmac_token, compared securely. */
export function validIdentifierHash(hmacToken: string, identifier: unknown, hash: unknown): boolean {
  const given = Buffer.from(rubyToS(hash));
  const expected = Buffer.from(identifierHash(hmacToken, identifier));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Ruby's `to_s` of a JSON parameter (nil → ""). */
function rubyToS(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * ContactsController#process_hmac (newest upstream), run before create, show and update: skipped
 * when no `identifier_hash` is sent and the inbox does not make it mandatory; otherwise the hash must
 * be the HMAC of `identifier`, and — for an existing contact inbox — `identifier` must be the
 * contact's own identifier when it has one. Then the contact inbox is marked hmac_verified (only when
 * the contact has that identifier). Chatwoot raises a bare StandardError on failure (a 500); the fake
 * answers 401 with the same message, as Chatwoot's widget API does for the same check.
 */
export function processHmac(
  scope: Scope,
  inbox: Inbox & { channel: ApiChannel },
  params: Record<string, any>,
  contactInbox?: ContactInbox,
): void {
  const hash = params.identifier_hash;
  if (blank(hash) && !inbox.channel.hmac_mandatory) return;
  if (!validIdentifierHash(inbox.channel.hmac_token, params.identifier, hash)) {
    throw new NotAuthorized(HMAC_FAILED);
  }
  if (!contactInbox) return;
  const contact = scope.tables.contacts.get(contactInbox.contact_id);
  const own = contact?.identifier ?? '';
  if (own === '') return;
  if (own !== rubyToS(params.identifier)) {
    throw new NotAuthorized('HMAC failed: Identifier does not match contact');
  }
  if (!contactInbox.hmac_verified)
    scope.tables.contactInboxes.update(contactInbox.id, { hmac_verified: true });
}

const ADJECTIVES = [
  'aged', 'ancient', 'autumn', 'billowing', 'bitter', 'black', 'blue', 'bold', 'broad', 'broken',
  'calm', 'cold', 'cool', 'crimson', 'curly', 'damp', 'dark', 'dawn', 'delicate', 'divine', 'dry',
  'empty', 'falling', 'fancy', 'flat', 'floral', 'fragrant', 'frosty', 'gentle', 'green', 'hidden',
  'holy', 'icy', 'jolly', 'late', 'lingering', 'little', 'lively', 'long', 'lucky', 'misty',
  'morning', 'muddy', 'mute', 'nameless', 'noisy', 'odd', 'old', 'orange', 'patient', 'plain',
  'polished', 'proud', 'purple', 'quiet', 'rapid', 'raspy', 'red', 'restless', 'rough', 'round',
  'royal', 'shiny', 'shrill', 'shy', 'silent', 'small', 'snowy', 'soft', 'solitary', 'sparkling',
  'spring', 'square', 'steep', 'still', 'summer', 'super', 'sweet', 'throbbing', 'tight', 'tiny',
  'twilight', 'wandering', 'weathered', 'white', 'wild', 'winter', 'wispy', 'withered', 'yellow', 'young',
]; // prettier-ignore
const NOUNS = [
  'art', 'band', 'bar', 'base', 'bird', 'block', 'boat', 'bonus', 'bread', 'breeze', 'brook', 'bush',
  'butterfly', 'cake', 'cell', 'cherry', 'cloud', 'credit', 'darkness', 'dawn', 'dew', 'disk',
  'dream', 'dust', 'feather', 'field', 'fire', 'firefly', 'flower', 'fog', 'forest', 'frog', 'frost',
  'glade', 'glitter', 'grass', 'hall', 'hat', 'haze', 'heart', 'hill', 'king', 'lab', 'lake', 'leaf',
  'limit', 'math', 'meadow', 'mode', 'moon', 'morning', 'mountain', 'mouse', 'mud', 'night', 'paper',
  'pine', 'poetry', 'pond', 'queen', 'rain', 'recipe', 'resonance', 'rice', 'river', 'salad',
  'scene', 'sea', 'shadow', 'shape', 'silence', 'sky', 'smoke', 'snow', 'snowflake', 'sound', 'star',
  'sun', 'sunset', 'surf', 'term', 'thunder', 'tooth', 'tree', 'truth', 'union', 'unit', 'violet',
  'voice', 'water', 'waterfall', 'wave', 'wildflower', 'wind', 'wood',
]; // prettier-ignore

/**
 * `Haikunator.haikunate(1000)`: the name Chatwoot gives a contact created without one, e.g.
 * `silent-moon-123`; deterministic here (drawn from the store's token sequence).
 */
export function haikunate(store: Store): string {
  let n = 0;
  for (const ch of store.nextToken('', 12)) n = (n * 31 + ch.charCodeAt(0)) >>> 0;
  const adjective = ADJECTIVES[n % ADJECTIVES.length];
  const noun = NOUNS[Math.floor(n / ADJECTIVES.length) % NOUNS.length];
  const token = Math.floor(n / (ADJECTIVES.length * NOUNS.length)) % 1000;
  return `${adjective}-${noun}-${token}`;
}
