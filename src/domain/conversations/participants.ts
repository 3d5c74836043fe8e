/**
 * Who takes part in a conversation (conversation_participants): the rule of who may, and the
 * writes of conversations/participants_controller.rb and the assignment listener.
 */
import type { Conversation, ConversationParticipant, Store } from '../../store';

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
