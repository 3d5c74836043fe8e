/**
 * Who takes part in a conversation (conversation_participants): the rule of who may, and the
 * writes of conversations/participants_controller.rb and the assignment listener.
 */
import type { Conversation, ConversationParticipant, Store, User } from '../../store';
import { accountMember } from '../access';
import { RecordNotFound } from '../errors';
import type { Scope } from '../scope';

/**
 * Inbox#assignable_agents: the inbox's members and the account's administrators — the users
 * ConversationParticipant#ensure_inbox_access admits.
 */
export function canParticipate(store: Store, conversation: Conversation, userId: number): boolean {
  const { tables } = store;
  if (tables.inboxMembers.findBy('membership', [conversation.inbox_id, userId])) return true;
  const membership = tables.accountUsers.findBy('membership', [conversation.account_id, userId]);
  return membership?.role === 'administrator';
}

/**
 * `conversation_participants.find_or_create_by(user_id:)`: the participant row, created when missing
 * and the user may take part (see canParticipate); undefined when the record would be invalid.
 */
export function addParticipant(
  store: Store,
  conversation: Conversation,
  userId: number,
): ConversationParticipant | undefined {
  const { conversationParticipants } = store.tables;
  const existing = conversationParticipants.findBy('membership', [conversation.id, userId]);
  if (existing) return existing;
  if (!canParticipate(store, conversation, userId)) return undefined;
  const at = store.clock.now();
  return conversationParticipants.insert({
    account_id: conversation.account_id,
    conversation_id: conversation.id,
    user_id: userId,
    created_at: at,
    updated_at: at,
  });
}

/** The users taking part, in the order they joined. */
export function participantsOf(store: Store, conversation: Conversation): User[] {
  return store.tables.conversationParticipants
    .where('conversation', conversation.id)
    .map((p) => store.tables.users.get(p.user_id))
    .filter((u): u is User => u !== undefined);
}

/**
 * The account's users for `user_ids`, each once. Users who are not members of the account cannot be
 * rendered by the agent partial: a 500 in Rails, RecordNotFound here (checked before any write).
 */
export function participantUsers(scope: Scope, userIds: (number | undefined)[]): User[] {
  const users: User[] = [];
  for (const id of userIds) {
    const user = accountMember(scope, id);
    if (!user) throw new RecordNotFound('user');
    if (!users.includes(user)) users.push(user);
  }
  return users;
}

/**
 * Adds the users not yet participating and answers just those. A user without access to the inbox
 * fails ConversationParticipant's validation: not saved, yet answered (find_or_create_by).
 */
export function addParticipants(store: Store, conversation: Conversation, users: User[]): User[] {
  const current = participantsOf(store, conversation);
  const toAdd = users.filter((u) => !current.includes(u));
  for (const user of toAdd) addParticipant(store, conversation, user.id);
  return toAdd;
}

/** Makes the participants exactly `users` (those who may take part). */
export function setParticipants(store: Store, conversation: Conversation, users: User[]): void {
  const { conversationParticipants } = store.tables;
  for (const user of users) addParticipant(store, conversation, user.id);
  for (const p of conversationParticipants.where('conversation', conversation.id)) {
    if (!users.some((u) => u.id === p.user_id)) conversationParticipants.delete(p.id);
  }
}

/** Removes the participants among `userIds`. */
export function removeParticipants(
  store: Store,
  conversation: Conversation,
  userIds: (number | undefined)[],
): void {
  const { conversationParticipants } = store.tables;
  for (const p of conversationParticipants.where('conversation', conversation.id)) {
    if (userIds.includes(p.user_id)) conversationParticipants.delete(p.id);
  }
}
