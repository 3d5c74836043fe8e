/**
 * Who gets a notification, as Chatwoot's NotificationListener decides (app/listeners/
 * notification_listener.rb, Messages::MentionService, Messages::NewMessageNotificationService):
 * - conversation_created / conversation_bot_handoff of a conversation that is not pending → every
 *   member of its inbox, `conversation_creation` (NotificationBuilder keeps it for those subscribed);
 * - assignee_changed to an agent, unless the agent assigned themself or the conversation is pending →
 *   the assignee, `conversation_assignment`;
 * - message_created: users a private note mentions (`mention://user/<id>/…`, a team mention stands
 *   for its members; administrators and inbox members only; not the author) → `conversation_mention`;
 *   then for an incoming or outgoing message the assignee (unless the sender) →
 *   `assigned_conversation_new_message`, and the other participants →
 *   `participating_conversation_new_message`, each user notified once per message.
 * The secondary actor is the message when there is one, else who acted (Current.user).
 *
 * Created, updated and deleted notifications are themselves recorded as domain events
 * (notification_created …) for the cable. `seedNotifications` gives the seeded world the assignment
 * notifications its history would have made.
 */
import {
  alreadyNotified,
  createNotification,
  insertNotification,
  type NotificationDraft,
} from '../domain/notifications';
import type { Conversation, Message, Store } from '../store';
import type { EventBus } from './bus';
import type { DomainEvent, PendingEvent } from './types';

type Actor = DomainEvent['actor'];

/** Current.user as NotificationBuilder's default secondary actor (a contact is never Current.user). */
function currentUserOf(actor: Actor): NotificationDraft['secondaryActor'] {
  return actor && actor.type !== 'Contact' ? { type: actor.type, id: actor.id } : null;
}

function inboxMemberIds(store: Store, conversation: Conversation): number[] {
  return store.tables.inboxMembers.where('inbox', conversation.inbox_id).map((m) => m.user_id);
}

/** MentionService#mentioned_ids, expanded and filtered (administrators and inbox members). */
function mentionedUserIds(store: Store, conversation: Conversation, message: Message): number[] {
  if (!message.private || !message.content) return [];
  const { tables } = store;
  const ids: number[] = [];
  const teamIds: number[] = [];
  for (const m of message.content.matchAll(/\(mention:\/\/(user|team)\/(\d+)\/(.+?)\)/g)) {
    (m[1] === 'user' ? ids : teamIds).push(Number(m[2]));
  }
  for (const teamId of teamIds) {
    const team = tables.teams.get(teamId);
    if (team?.account_id === conversation.account_id) {
      ids.push(...tables.teamMembers.where('team', teamId).map((m) => m.user_id));
    }
  }
  const mentionable = new Set(inboxMemberIds(store, conversation));
  for (const m of tables.accountUsers.where('account', conversation.account_id)) {
    if (m.role === 'administrator') mentionable.add(m.user_id);
  }
  return [...new Set(ids)].filter((id) => mentionable.has(id));
}

function onMessageCreated(store: Store, message: Message, conversation: Conversation): PendingEvent[] {
  const events: PendingEvent[] = [];
  const secondaryActor = { type: 'Message' as const, id: message.id };
  const draft = (type: NotificationDraft['type'], userId: number): NotificationDraft => ({
    type,
    userId,
    conversation,
    secondaryActor,
  });
  const senderUser = message.sender_type === 'User' ? message.sender_id : null;
  for (const userId of mentionedUserIds(store, conversation, message)) {
    if (userId !== senderUser)
      events.push(...createNotification(store, draft('conversation_mention', userId)));
  }
  // Message#notifiable?: incoming or outgoing.
  if (message.message_type !== 0 && message.message_type !== 1) return events;
  const current = store.tables.conversations.get(conversation.id) ?? conversation;
  const assignee = current.assignee_id;
  if (
    assignee !== null &&
    assignee !== senderUser &&
    !alreadyNotified(store, assignee, current.id, message.id)
  ) {
    events.push(...createNotification(store, draft('assigned_conversation_new_message', assignee)));
  }
  for (const p of store.tables.conversationParticipants.where('conversation', current.id)) {
    if (p.user_id === senderUser || alreadyNotified(store, p.user_id, current.id, message.id)) continue;
    events.push(...createNotification(store, draft('participating_conversation_new_message', p.user_id)));
  }
  return events;
}

/** The notifications one domain event makes, and their events. */
export function notificationsFor(store: Store, event: DomainEvent): PendingEvent[] {
  const { tables } = store;
  switch (event.name) {
    case 'conversation_created':
    case 'conversation_bot_handoff': {
      const conversation = tables.conversations.get(event.data.conversationId);
      if (!conversation || conversation.status === 'pending') return [];
      return inboxMemberIds(store, conversation).flatMap((userId) =>
        createNotification(store, {
          type: 'conversation_creation',
          userId,
          conversation,
          secondaryActor: currentUserOf(event.actor),
        }),
      );
    }
    case 'assignee_changed': {
      const conversation = tables.conversations.get(event.data.conversationId);
      const assignee = conversation?.assignee_id ?? null;
      // Conversation#notifiable_assignee_change?: not an unassignment, not a self-assignment.
      if (!conversation || assignee === null || conversation.status === 'pending') return [];
      if (event.actor?.type === 'User' && event.actor.id === assignee) return [];
      return createNotification(store, {
        type: 'conversation_assignment',
        userId: assignee,
        conversation,
        secondaryActor: currentUserOf(event.actor),
      });
    }
    case 'message_created': {
      const message = tables.messages.get(event.data.messageId);
      const conversation = message ? tables.conversations.get(message.conversation_id) : undefined;
      return message && conversation ? onMessageCreated(store, message, conversation) : [];
    }
    default:
      return [];
  }
}

/** Registers the notification listener; returns a function that detaches it. */
export function attachNotifications(store: Store, events: EventBus): () => void {
  return events.on((event) => {
    for (const pending of notificationsFor(store, event)) {
      events.emit({
        ...pending,
        accountId: event.accountId,
        at: store.clock.peek(),
        ...(event.actor ? { actor: event.actor } : {}),
      } as DomainEvent);
    }
  });
}

/**
 * The seeded world's notifications: each assigned conversation that is not pending gave its assignee
 * a `conversation_assignment` notification when it was created (by the system: no secondary actor),
 * unread. Runs once at start-up; the reset point follows.
 */
const newestFirst = (a: Conversation, b: Conversation) => b.created_at - a.created_at || b.id - a.id;

/** Seeded assignment notifications kept per user and account (the newest). */
export const SEEDED_PER_USER = 100;

export function seedNotifications(store: Store): void {
  const { tables } = store;
  const touched = new Set<number>();
  // The newest SEEDED_PER_USER assignments of each user and account: a big generated world (50k
  // conversations) would otherwise carry tens of thousands of rows nobody pages through.
  const byUser = new Map<string, Conversation[]>();
  for (const conversation of tables.conversations.all()) {
    if (conversation.assignee_id === null || conversation.status === 'pending') continue;
    const key = `${conversation.account_id}:${conversation.assignee_id}`;
    let list = byUser.get(key);
    if (!list) byUser.set(key, (list = []));
    list.push(conversation);
  }
  const kept = new Set<number>();
  for (const list of byUser.values()) {
    const newest =
      list.length <= SEEDED_PER_USER ? list : [...list].sort(newestFirst).slice(0, SEEDED_PER_USER);
    for (const conversation of newest) kept.add(conversation.id);
  }
  // In the conversations' order, as before the cap (the same ids for the same world).
  for (const conversation of tables.conversations.all()) {
    if (!kept.has(conversation.id)) continue;
    touched.add(conversation.account_id);
    const draft: NotificationDraft = {
      type: 'conversation_assignment',
      userId: conversation.assignee_id!,
      conversation,
      secondaryActor: null,
    };
    insertNotification(store, draft, conversation.created_at);
  }
  // The seeded accounts' reset point moves past these rows (as backfillReportingEvents does).
  store.rebaseline(touched);
}
