/**
 * Creating a conversation (app/builders/conversation_builder.rb, the controller's before_actions and
 * Conversation's create callbacks), with its first message when one is given.
 */
import { present } from '../../rails/casts';
import type { Contact, ContactInbox, Conversation, JsonObject, Message, Store } from '../../store';
import { accountMember, accountTeam, findInbox, mayShowInbox } from '../access';
import { CouldNotCreate, NotAuthorized, RecordInvalid, RecordNotFound } from '../errors';
import { checkSourceIdFormat, generatedSourceId } from '../contact_inbox_source';
import { contactInboxFor, insertConversation, insertMessage } from '../records';
import { accountOf, actorOf, recordEvent, type Scope } from '../scope';
import { Errors, validateJsonbAttributesLength } from '../validations';
import { creationActivities, snoozeTime } from './change';
import { teamAssignee } from './auto_assignment';
import { addParticipant } from './participants';

/**
 * The contact inbox a new conversation goes in, by the controller's before_actions in order: the
 * inbox and contact when both are given (ContactInboxBuilder: the contact inbox made if missing),
 * else `ContactInbox.find_by!(source_id:)` and `authorize @contact_inbox.inbox, :show?`.
 */
export function contactInboxToConverse(
  scope: Scope,
  params: { inbox_id?: unknown; contact_id?: unknown; source_id?: unknown },
): ContactInbox {
  const account = accountOf(scope);
  // `return if params[:inbox_id].blank?`, and the same for the contact.
  const inbox = present(params.inbox_id) ? findInbox(scope, params.inbox_id) : undefined;
  let contact;
  if (present(params.contact_id)) {
    contact = scope.tables.contacts.get(Number(params.contact_id));
    if (!contact || contact.account_id !== account.id) throw new RecordNotFound('contact');
  }
  const given = params.source_id;
  let sourceId = given === undefined || given === null || given === '' ? undefined : String(given);
  if (inbox && contact) {
    // ContactInboxBuilder: without a source id, API and website inboxes get the contact's contact inbox
    // there (the fake reuses it), other channels the source id the channel derives from the contact.
    const liveChat = inbox.channel.type === 'Channel::Api' || inbox.channel.type === 'Channel::WebWidget';
    if (sourceId === undefined && !liveChat) {
      sourceId = generatedSourceId(contact, inbox, () => scope.store.nextUuid());
    }
    // find_or_create_by!(contact_id:, inbox_id:, source_id:) meets the unique index on (inbox_id,
    // source_id) when another contact holds that source id; the fake answers 422 (RecordNotUnique).
    const taken = sourceId ? scope.tables.contactInboxes.findBy('source', [inbox.id, sourceId]) : undefined;
    if (taken && taken.contact_id !== contact.id) throw new CouldNotCreate('source_id should be unique');
    if (sourceId !== undefined && !taken) checkSourceIdFormat(inbox, sourceId);
    return contactInboxFor(scope.store, contact, inbox, sourceId);
  }
  if (sourceId === undefined) throw new RecordNotFound('contact inbox');
  for (const candidate of scope.tables.inboxes.where('account', account.id)) {
    const ci = scope.tables.contactInboxes.findBy('source', [candidate.id, sourceId]);
    if (!ci) continue;
    if (!mayShowInbox(scope, ci.inbox_id)) throw new NotAuthorized();
    return ci;
  }
  throw new RecordNotFound('contact inbox');
}

/**
 * before_create :determine_conversation_status: a blocked contact's conversation starts resolved, one
 * in an inbox with an agent bot pending; otherwise the requested status stands.
 */
export function initialStatus(
  store: Store,
  contact: Contact,
  inboxId: number,
  requested: Conversation['status'],
): Conversation['status'] {
  if (contact.blocked) return 'resolved';
  if (store.tables.agentBotInboxes.countWhere('inbox', inboxId) > 0) return 'pending';
  return requested;
}

export interface NewConversationParams {
  status?: unknown;
  assigneeId?: number;
  teamId?: number;
  snoozed_until?: unknown;
  additional_attributes?: unknown;
  custom_attributes?: unknown;
  /** The first message, sent by the caller. */
  message?: {
    content: string | null;
    private: boolean;
    content_type: string;
    content_attributes: JsonObject;
  };
}

export interface BuiltConversation {
  conversation: Conversation;
  /** False when the inbox locks a contact to one conversation and it already existed. */
  created: boolean;
  message?: Message;
}

/**
 * ConversationBuilder#perform, then the message: the contact inbox's conversation when its inbox
 * locks the contact to one, else a new one (validated, with its status, team and assignee as the
 * callbacks settle them). Events and activity messages come after the response is rendered: see
 * conversationCreated.
 */
export function buildConversation(
  scope: Scope,
  contactInbox: ContactInbox,
  params: NewConversationParams,
): BuiltConversation {
  const { tables, store } = scope;
  const inbox = tables.inboxes.get(contactInbox.inbox_id)!;
  const contact = tables.contacts.get(contactInbox.contact_id)!;

  // look_up_exising_conversation
  let conversation = inbox.lock_to_single_conversation
    ? tables.conversations.where('contactInbox', contactInbox.id)[0]
    : undefined;
  const created = !conversation;

  if (!conversation) {
    // Conversation.create!: the jsonb length validations (the only check of custom attribute values).
    const errors = new Errors();
    validateJsonbAttributesLength(errors, 'additional_attributes', params.additional_attributes);
    validateJsonbAttributesLength(errors, 'custom_attributes', params.custom_attributes);
    if (errors.any) throw new RecordInvalid(errors.list);
    const requested = (params.status ? params.status : 'open') as Conversation['status'];
    const team = accountTeam(scope, params.teamId);
    let assignee = accountMember(scope, params.assigneeId);
    // ensure_assignee_is_from_team (team_id changes on create): an assignee outside the team is
    // dropped, and without one the team's round robin picks an online inbox member.
    if (team && assignee && !tables.teamMembers.findBy('membership', [team.id, assignee.id])) {
      assignee = undefined;
    }
    if (team && !assignee) {
      const picked = teamAssignee(store, { account_id: inbox.account_id, inbox_id: inbox.id }, team.id);
      assignee = picked === undefined ? undefined : tables.users.get(picked);
    }
    conversation = insertConversation(store, {
      contactInbox,
      status: initialStatus(store, contact, inbox.id, requested),
      assignee_id: assignee?.id ?? null,
      team_id: team?.id ?? null,
      snoozed_until: snoozeTime(params.snoozed_until),
      additional_attributes: (params.additional_attributes ?? {}) as JsonObject,
      custom_attributes: (params.custom_attributes ?? {}) as JsonObject,
    });
  }

  const actor = actorOf(scope);
  const message = params.message
    ? insertMessage(store, conversation, {
        ...params.message,
        message_type: 1,
        sender_type: actor?.type === 'AgentBot' ? 'AgentBot' : 'User',
        sender_id: actor?.id ?? null,
      })
    : undefined;
  return { conversation, created, ...(message ? { message } : {}) };
}

/**
 * What follows a create once the response is rendered: conversation_created, the assignee's and
 * team's events (the assignee becomes a participant), the message's event, then the activity job's
 * messages.
 */
export function conversationCreated(scope: Scope, built: BuiltConversation): void {
  const { conversation, created, message } = built;
  const conversationId = conversation.id;
  if (created) {
    recordEvent(scope, 'conversation_created', { conversationId });
    if (conversation.assignee_id !== null) {
      recordEvent(scope, 'assignee_changed', { conversationId });
      addParticipant(scope.store, conversation, conversation.assignee_id);
    }
    if (conversation.team_id !== null) recordEvent(scope, 'team_changed', { conversationId });
  }
  if (message) recordEvent(scope, 'message_created', { messageId: message.id, conversationId });
  if (created) {
    const current = scope.tables.conversations.get(conversationId)!;
    for (const activity of creationActivities(scope.store, current, actorOf(scope))) {
      recordEvent(scope, 'message_created', { messageId: activity.id, conversationId });
    }
  }
}
