/**
 * Which cable broadcasts a domain event makes, as ActionCableListener decides: the recipient tokens,
 * the cable event name, and how to render its payload (now, or again when the broadcast job runs).
 * The server (index.ts) adds `account_id` and `performer`, queues and sends.
 */
import type { ContactInbox, Store, Tables } from '../../store';
import { findNotifications, notificationCounts } from '../../domain/notifications';
import { contactPushView } from '../../views/contact';
import { notificationPushView } from '../../views/notification';
import {
  conversationPushData,
  messageCablePushData,
  partyPushData,
  renderPreviousChanges,
  typerOf,
  type Payload,
} from '../payloads';
import type { DomainEvent, EventName } from '../types';

/** One broadcast: recipients, event name, payload now, and (for the update events) at send time. */
export interface Broadcast {
  tokens: string[];
  name: string;
  build: () => Payload;
  rerender?: () => Payload | undefined;
}

const push = (
  out: Broadcast[],
  tokens: string[],
  name: string,
  build: () => Payload,
  rerender?: () => Payload | undefined,
) => out.push({ tokens, name, build, rerender });

/** Domain event → cable event for the conversation events, and whether it also reaches the contact. */
const CONVERSATION_EVENTS = {
  conversation_created: { cable: 'conversation.created', toContact: true },
  conversation_status_changed: { cable: 'conversation.status_changed', toContact: true },
  conversation_updated: { cable: 'conversation.updated', toContact: true },
  assignee_changed: { cable: 'assignee.changed', toContact: false },
  team_changed: { cable: 'team.changed', toContact: false },
  conversation_read: { cable: 'conversation.read', toContact: false },
  conversation_contact_changed: { cable: 'conversation.contact_changed', toContact: false },
} satisfies Partial<Record<EventName, { cable: string; toContact: boolean }>>;

/** ActionCableBroadcastJob::CONVERSATION_UPDATE_EVENTS: re-rendered when the job sends them. */
export const RENDERED_AT_SEND = new Set([
  'conversation.read',
  'conversation.updated',
  'team.changed',
  'assignee.changed',
  'conversation.status_changed',
]);

const CONTACT_EVENTS: Record<
  'contact_created' | 'contact_updated' | 'contact_merged' | 'contact_deleted',
  string
> = {
  contact_created: 'contact.created',
  contact_updated: 'contact.updated',
  contact_merged: 'contact.merged',
  contact_deleted: 'contact.deleted',
};

export function planBroadcasts(store: Store, event: DomainEvent): Broadcast[] {
  const { tables } = store;
  const out: Broadcast[] = [];
  switch (event.name) {
    case 'message_created':
    case 'message_updated': {
      const { name, data } = event;
      const message = tables.messages.get(data.messageId);
      const conversation = message ? tables.conversations.get(message.conversation_id) : undefined;
      if (!message || !conversation) return out;
      const contactInbox = tables.contactInboxes.get(conversation.contact_inbox_id);
      const toContact = !message.private && message.message_type !== 2 && contactInbox;
      const tokens = [
        ...inboxAgentTokens(tables, conversation.account_id, conversation.inbox_id),
        ...(toContact ? contactInboxTokens(tables, contactInbox) : []),
      ];
      push(out, tokens, name === 'message_created' ? 'message.created' : 'message.updated', () => {
        const payload = messageCablePushData(tables, message, name === 'message_created');
        if (name === 'message_updated') {
          payload.previous_changes = renderPreviousChanges(data.changedAttributes);
        }
        return payload;
      });
      return out;
    }
    case 'conversation_created':
    case 'conversation_status_changed':
    case 'conversation_updated':
    case 'assignee_changed':
    case 'team_changed':
    case 'conversation_read':
    case 'conversation_contact_changed': {
      const conversation = tables.conversations.get(event.data.conversationId);
      if (!conversation) return out;
      const contactInbox = tables.contactInboxes.get(conversation.contact_inbox_id);
      const tokens = inboxAgentTokens(tables, conversation.account_id, conversation.inbox_id);
      const { cable, toContact } = CONVERSATION_EVENTS[event.name];
      if (toContact && contactInbox) tokens.push(...contactInboxTokens(tables, contactInbox));
      const conversationId = conversation.id;
      push(
        out,
        tokens,
        cable,
        () => conversationPushData(tables, conversation),
        () => {
          const current = tables.conversations.get(conversationId);
          return current && conversationPushData(tables, current);
        },
      );
      return out;
    }
    case 'conversation_typing_on':
    case 'conversation_typing_off': {
      const { name, data } = event;
      const conversation = tables.conversations.get(data.conversationId);
      if (!conversation) return out;
      const contactInbox = tables.contactInboxes.get(conversation.contact_inbox_id);
      const typer = typerOf(data);
      const typerToken =
        typer?.type === 'Contact'
          ? contactInbox?.pubsub_token
          : typer?.type === 'User'
            ? tables.users.get(typer.id)?.pubsub_token
            : undefined;
      const tokens = [
        ...inboxAgentTokens(tables, conversation.account_id, conversation.inbox_id),
        ...(contactInbox ? [contactInbox.pubsub_token] : []),
      ].filter((t) => t !== typerToken);
      push(out, tokens, name.replace('conversation_', 'conversation.'), () => ({
        conversation: conversationPushData(tables, conversation),
        user: partyPushData(tables, conversation.account_id, typer),
        is_private: data.isPrivate === true,
      }));
      return out;
    }
    case 'notification_created':
    case 'notification_updated': {
      // ActionCableListener#notification_created/_updated: to the notification's user, with the
      // NotificationFinder counts of the account (unread, not snoozed).
      const notification = tables.notifications.get(event.data.notificationId);
      const user = notification ? tables.users.get(notification.user_id) : undefined;
      if (!notification || !user) return out;
      push(out, [user.pubsub_token], event.name.replace('_', '.'), () => ({
        notification: notificationPushView(tables, notification),
        ...notificationCounts(findNotifications(store, notification.account_id, user.id)),
      }));
      return out;
    }
    case 'notification_deleted': {
      const user = tables.users.get(event.data.userId);
      if (!user) return out;
      const { notificationId, accountId } = event.data;
      push(out, [user.pubsub_token], 'notification.deleted', () => ({
        notification: { id: notificationId },
        ...notificationCounts(findNotifications(store, accountId, user.id)),
      }));
      return out;
    }
    case 'contact_created':
    case 'contact_updated':
    case 'contact_merged':
    case 'contact_deleted': {
      const contact = tables.contacts.get(event.data.contactId);
      if (!contact) return out;
      push(out, [`account_${contact.account_id}`], CONTACT_EVENTS[event.name], () =>
        contactPushView(contact),
      );
      return out;
    }
  }
  return out;
}

/** ActionCableListener#user_tokens(account, inbox.members): members plus administrators. */
function inboxAgentTokens(tables: Tables, accountId: number, inboxId: number): string[] {
  const ids = new Set(tables.inboxMembers.where('inbox', inboxId).map((m) => m.user_id));
  for (const m of tables.accountUsers.where('account', accountId)) {
    if (m.role === 'administrator') ids.add(m.user_id);
  }
  const tokens: string[] = [];
  for (const id of ids) {
    const user = tables.users.get(id);
    if (user) tokens.push(user.pubsub_token);
  }
  return tokens;
}

/** ActionCableListener#contact_inbox_tokens */
function contactInboxTokens(tables: Tables, contactInbox: ContactInbox): string[] {
  if (!contactInbox.hmac_verified) return [contactInbox.pubsub_token];
  return tables.contactInboxes
    .where('contact', contactInbox.contact_id)
    .filter((ci) => ci.hmac_verified)
    .map((ci) => ci.pubsub_token);
}
