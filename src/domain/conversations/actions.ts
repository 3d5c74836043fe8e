/**
 * What the account API does to one conversation (conversations_controller.rb, assignments_controller.rb,
 * labels_controller.rb, ConversationMuteHelpers, Conversations::TypingStatusManager): each a change
 * with Chatwoot's callbacks, its events recorded in the order Chatwoot dispatches them.
 */
import type { TypingEventName } from '../../events/types';
import { castBoolean, isHash } from '../../rails/casts';
import type { Conversation, JsonObject, Team, User } from '../../store';
import { accountMember, accountTeam } from '../access';
import { CouldNotCreate, RecordInvalid } from '../errors';
import { labelList } from '../labels';
import { markConversationNotificationsRead } from '../notifications';
import { insertMessage } from '../records';
import { actingUser, actorOf, recordEvent, recordEvents, type Scope } from '../scope';
import { Errors, validateJsonbAttributesLength } from '../validations';
import {
  changeConversation,
  changeEvents,
  snoozeTime,
  type ConversationChange,
  type ConversationChanges,
} from './change';
import { updateContact } from '../contacts';
import { changeRecord } from '../changes';

/** Records a change's events (see changeEvents). */
export function recordChange(scope: Scope, change: ConversationChange): void {
  for (const event of changeEvents(change)) recordEvent(scope, event.name, event.data);
}

/** `conversation.update!(changes)` by the caller, its events recorded. */
export function updateConversation(
  scope: Scope,
  conversation: Conversation,
  changes: ConversationChanges,
): ConversationChange {
  const change = changeConversation(scope.store, conversation, changes, actorOf(scope));
  recordChange(scope, change);
  return change;
}

const current = (scope: Scope, conversation: Conversation): Conversation =>
  scope.tables.conversations.get(conversation.id)!;

/** The outcome toggle_status renders: `success` is nil after a bot handoff. */
export interface StatusToggle {
  success: boolean | null;
  conversation: Conversation;
}

/**
 * ConversationsController#toggle_status: the requested status (with snoozed_until when given), or
 * Conversation#toggle_status (open ⇄ resolved) when none is. An agent bot opening a pending
 * conversation hands it off to humans instead. An agent (not an administrator) who opens it takes it.
 */
export function toggleStatus(
  scope: Scope,
  conversation: Conversation,
  params: { status?: unknown; snoozed_until?: unknown },
): StatusToggle {
  const actor = actorOf(scope);
  const requested =
    typeof params.status === 'string' && params.status !== ''
      ? (params.status as Conversation['status'])
      : undefined;
  let success: boolean | null = true;

  if (actor?.type === 'AgentBot' && conversation.status === 'pending' && requested === 'open') {
    // bot_handoff!: open! then CONVERSATION_BOT_HANDOFF; @status stays nil.
    updateConversation(scope, conversation, { status: 'open' });
    success = null;
    recordEvent(scope, 'conversation_bot_handoff', { conversationId: conversation.id });
  } else {
    const changes: ConversationChanges = {};
    if (requested) {
      changes.status = requested;
      if (params.snoozed_until !== undefined && params.snoozed_until !== null) {
        changes.snoozed_until = snoozeTime(params.snoozed_until);
      }
    } else {
      changes.status = conversation.status === 'open' ? 'resolved' : 'open';
    }
    updateConversation(scope, conversation, changes);
  }

  // handle_human_open
  const opened = current(scope, conversation);
  if (opened.status === 'open' && actor?.type === 'User' && scope.membership?.role === 'agent') {
    updateConversation(scope, opened, { assignee_id: actor.id });
  }
  return { success, conversation: current(scope, conversation) };
}

/** The priority enum from a parameter: a blank or missing one clears it. */
function priorityOf(value: unknown): Conversation['priority'] {
  return typeof value === 'string' && value !== '' ? (value as Conversation['priority']) : null;
}

/** toggle_priority and update's `priority`. */
export function setPriority(scope: Scope, conversation: Conversation, priority: unknown): void {
  updateConversation(scope, conversation, { priority: priorityOf(priority) });
}

/** Assignments: the account's user with that id, or none (unassigned); answers the new assignee. */
export function assignAgent(
  scope: Scope,
  conversation: Conversation,
  userId: number | undefined,
): User | undefined {
  const user = accountMember(scope, userId);
  updateConversation(scope, conversation, { assignee_id: user?.id ?? null });
  return user;
}

/** Assignments: the account's team with that id, or none; answers the new team. */
export function assignTeam(
  scope: Scope,
  conversation: Conversation,
  teamId: number | undefined,
): Team | undefined {
  const team = accountTeam(scope, teamId);
  updateConversation(scope, conversation, { team_id: team?.id ?? null });
  return team;
}

/**
 * Labels#create: the list replaces the conversation's labels; answers them as stored. Titles that
 * are not labels of the account are dropped (the newest labels_controller_spec: "drops labels that
 * are not defined on the account"); titles are matched as stored, so exactly.
 */
export function setLabels(scope: Scope, conversation: Conversation, labels: unknown): string[] {
  const accountId = conversation.account_id;
  const defined = labelList(labels).filter(
    (title) => scope.tables.labels.findBy('title', [accountId, title.toLowerCase()])?.title === title,
  );
  updateConversation(scope, conversation, { labels: defined });
  return current(scope, conversation).labels;
}

/**
 * ConversationCustomAttributesConcern#custom_attributes: the given hash replaces the attributes, or
 * is merged into them with `merge`; save! validates the lengths of the whole hash. Answers them as stored.
 */
export function setCustomAttributes(
  scope: Scope,
  conversation: Conversation,
  params: { custom_attributes?: unknown; merge?: unknown },
): JsonObject {
  const given = isHash(params.custom_attributes) ? params.custom_attributes : {};
  const next = castBoolean(params.merge) ? { ...conversation.custom_attributes, ...given } : given;
  const errors = new Errors();
  validateJsonbAttributesLength(errors, 'custom_attributes', next);
  if (errors.any) throw new RecordInvalid(errors.list);
  updateConversation(scope, conversation, { custom_attributes: next });
  return current(scope, conversation).custom_attributes;
}

// ---------------------------------------------------------------------------------------------
// mute: `muted` reads the contact's `blocked`

/** contact.update(blocked:): the contact_updated event when it changes. */
function setContactBlocked(scope: Scope, contactId: number, blocked: boolean): void {
  const contact = scope.tables.contacts.get(contactId);
  if (contact) recordEvents(scope, updateContact(scope, contact, { blocked }).events);
}

/** create_mute_change_activity: "<user> has muted the conversation" (only when Current.user is set). */
function muteActivity(scope: Scope, conversation: Conversation, change: 'muted' | 'unmuted'): void {
  const actor = actorOf(scope);
  if (!actor) return;
  const activity = insertMessage(scope.store, current(scope, conversation), {
    message_type: 2,
    content: `${actor.name} has ${change} the conversation`,
  });
  recordEvent(scope, 'message_created', { messageId: activity.id, conversationId: conversation.id });
}

/** Conversation#mute!: resolves the conversation, blocks the contact and adds the activity message. */
export function muteConversation(scope: Scope, conversation: Conversation): void {
  updateConversation(scope, conversation, { status: 'resolved' });
  setContactBlocked(scope, conversation.contact_id, true);
  muteActivity(scope, conversation, 'muted');
}

/** Conversation#unmute!: unblocks the contact; the status stays as it is. */
export function unmuteConversation(scope: Scope, conversation: Conversation): void {
  setContactBlocked(scope, conversation.contact_id, false);
  muteActivity(scope, conversation, 'unmuted');
}

// ---------------------------------------------------------------------------------------------
// read state

/** update_columns of the last-seen times (no updated_at, no events). */
function setLastSeen(scope: Scope, conversation: Conversation, at: number | null, assignee: boolean): void {
  const changes: Partial<Conversation> = { agent_last_seen_at: at };
  if (assignee) changes.assignee_last_seen_at = at;
  scope.tables.conversations.update(conversation.id, changes);
}

/** `messages.unread_since(time)`: messages (of any type) created after it; all when it is nil. */
function anyMessageSince(scope: Scope, conversation: Conversation, since: number | null): boolean {
  const after = since ?? -Infinity;
  return scope.tables.messages.where('conversation', conversation.id).some((m) => m.created_at > after);
}

const HOUR = 3_600_000;

/**
 * ConversationsController#update_last_seen: agent_last_seen_at (and assignee_last_seen_at when the
 * caller is the assignee) become now. Without unread messages the write is throttled to once an hour;
 * the caller's unread notifications about the conversation are read first, throttled or not.
 */
export function markSeen(scope: Scope, conversation: Conversation): void {
  const user = actingUser(scope);
  const assignee = conversation.assignee_id !== null && user?.id === conversation.assignee_id;
  const unread = assignee
    ? anyMessageSince(scope, conversation, conversation.assignee_last_seen_at)
    : anyMessageSince(scope, conversation, conversation.agent_last_seen_at);
  const hourAgo = scope.store.clock.peek() - HOUR;
  const stale = (t: number | null) => t === null || t < hourAgo;
  const due =
    unread ||
    stale(conversation.agent_last_seen_at) ||
    (assignee && stale(conversation.assignee_last_seen_at));
  // The request's instant, taken before the notifications' writes move the step clock on.
  const seenAt = due ? scope.store.clock.now() : undefined;
  if (user) {
    recordEvents(
      scope,
      markConversationNotificationsRead(scope.store, conversation.account_id, user.id, conversation.id),
    );
  }
  if (seenAt !== undefined) setLastSeen(scope, conversation, seenAt, assignee);
}

/** ConversationsController#unread: last seen = one second before the last incoming message. */
export function markUnread(scope: Scope, conversation: Conversation): void {
  let last;
  for (const m of scope.tables.messages.where('conversation', conversation.id)) {
    if (m.message_type === 0 && (!last || m.id > last.id)) last = m;
  }
  setLastSeen(scope, conversation, last ? last.created_at - 1000 : null, true);
}

// ---------------------------------------------------------------------------------------------
// typing, transcript, destroy

const TYPING_EVENTS: Record<string, TypingEventName> = {
  on: 'conversation_typing_on',
  off: 'conversation_typing_off',
  recording: 'conversation_recording',
};

/** The event of a `typing_status` (on, off, recording); other values have none. */
export function typingEventOf(typingStatus: unknown): TypingEventName | undefined {
  const key = String(typingStatus);
  return Object.hasOwn(TYPING_EVENTS, key) ? TYPING_EVENTS[key] : undefined;
}

/** Conversations::TypingStatusManager: an event with the typer; other values do nothing. */
export function toggleTyping(
  scope: Scope,
  conversation: Conversation,
  params: { typing_status?: unknown; is_private?: unknown },
): void {
  const name = typingEventOf(params.typing_status);
  if (!name) return;
  const actor = actorOf(scope);
  recordEvent(scope, name, {
    conversationId: conversation.id,
    userType: actor?.type ?? null,
    userId: actor?.id ?? null,
    isPrivate: params.is_private === true || params.is_private === 'true',
  });
}

/**
 * ConversationsController#transcript: Chatwoot mails the transcript (ConversationReplyMailer); the
 * fake records a `conversation_transcript` event with the address instead.
 */
export function sendTranscript(scope: Scope, conversation: Conversation, email: unknown): void {
  if (email === undefined || email === null || String(email).trim() === '') {
    throw new CouldNotCreate('email param missing');
  }
  recordEvent(scope, 'conversation_transcript', { conversationId: conversation.id, email: String(email) });
}

/** DeleteObjectJob: the conversation and what belongs to it (its messages and participants). */
export function destroyConversation(scope: Scope, conversation: Conversation): void {
  const { tables } = scope;
  for (const m of tables.messages.where('conversation', conversation.id)) tables.messages.delete(m.id);
  for (const p of tables.conversationParticipants.where('conversation', conversation.id)) {
    tables.conversationParticipants.delete(p.id);
  }
  tables.conversations.delete(conversation.id);
}

/**
 * The contact's update_last_seen (public and widget APIs): contact_last_seen_at = now (a save!, so
 * updated_at moves; no conversation event), then Conversations::UpdateMessageStatusJob: non-incoming
 * messages created until then with status sent or delivered become read (Messages::StatusUpdateService,
 * `message_updated` each).
 */
export function markSeenByContact(scope: Scope, conversation: Conversation): void {
  const { tables, store } = scope;
  const now = store.clock.now();
  tables.conversations.update(conversation.id, { contact_last_seen_at: now, updated_at: now });
  const unread = tables.messages
    .where('conversation', conversation.id)
    .filter(
      (m) => (m.status === 'sent' || m.status === 'delivered') && m.message_type !== 0 && m.created_at <= now,
    );
  for (const message of unread) {
    const { changes } = changeRecord(store, tables.messages, message, { status: 'read' });
    recordEvent(scope, 'message_updated', {
      messageId: message.id,
      conversationId: conversation.id,
      changedAttributes: changes,
    });
  }
}
