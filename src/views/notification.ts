/**
 * Notifications as Chatwoot renders them: the list (notifications/index.json.jbuilder), the model's
 * own JSON (`render json: @notification`), Notification#push_event_data (cable), and the notification
 * setting (notification_settings/show.json.jbuilder).
 */
import { ALL_EMAIL_FLAGS, ALL_PUSH_FLAGS } from '../domain/notifications';
import { conversationPushData, messageCablePushData, partyPushData } from '../events/payloads';
import type { Message, Notification, NotificationSetting, Tables } from '../store';
import { truncateWords } from '../rails/text';
import { membershipOf, userPushView } from './agent';
import { senderView } from './message';
import { isoOrNull, unix, iso } from './time';

/** config/locales/en.yml notifications.notification_title.* (participating uses the assigned one). */
const TITLES: Record<Notification['notification_type'], string> = {
  conversation_creation: 'A conversation (#%{display_id}) has been created in %{inbox_name}',
  conversation_assignment: 'A conversation (#%{display_id}) has been assigned to you',
  assigned_conversation_new_message: 'A new message is created in conversation (#%{display_id})',
  participating_conversation_new_message: 'A new message is created in conversation (#%{display_id})',
  conversation_mention: 'You have been mentioned in conversation (#%{display_id})',
  sla_missed_first_response: 'SLA target first response missed for conversation (#%{display_id})',
  sla_missed_next_response: 'SLA target next response missed for conversation (#%{display_id})',
  sla_missed_resolution: 'SLA target resolution missed for conversation (#%{display_id})',
};

/** Notification#push_message_title */
export function pushMessageTitle(tables: Tables, n: Notification): string {
  const conversation = tables.conversations.get(n.primary_actor_id);
  const inbox = conversation ? tables.inboxes.get(conversation.inbox_id) : undefined;
  return TITLES[n.notification_type]
    .replace('%{display_id}', String(conversation?.display_id ?? ''))
    .replace('%{inbox_name}', inbox?.name ?? '');
}

/** MessageFormatHelper#transform_user_mention_content: `[@Name](mention://user/1/Name)` → `@Name`. */
const transformMentions = (content: string) =>
  content.replace(/\[(@[\w_. ]+)\]\(mention:\/\/(?:user|team)\/\d+\/(?:.*?)+\)/g, '$1');

/** Notification#message_body: "<sender name>: <first ten words>" (or Attachment / No content). */
function messageBody(tables: Tables, message: Message | undefined): string {
  const sender = message ? senderView(tables, message) : undefined;
  const content = message?.content;
  const text = content
    ? transformMentions(truncateWords(content, 10))
    : message?.attachments.length
      ? 'Attachment'
      : 'No content';
  return `${sender?.name ?? ''}: ${text}`;
}

/** Notification#push_message_body: which message a notification's text quotes. */
export function pushMessageBody(tables: Tables, n: Notification): string {
  const messages = tables.messages.where('conversation', n.primary_actor_id);
  switch (n.notification_type) {
    case 'conversation_creation':
    case 'sla_missed_first_response':
      return messageBody(tables, messages[0]);
    case 'assigned_conversation_new_message':
    case 'participating_conversation_new_message':
    case 'conversation_mention':
      return messageBody(
        tables,
        n.secondary_actor_type === 'Message' ? tables.messages.get(n.secondary_actor_id!) : undefined,
      );
    default:
      return messageBody(tables, messages.filter((m) => m.message_type === 0).at(-1));
  }
}

/** `secondary_actor&.push_event_data`: the user, agent bot or message; null when gone or none. */
function secondaryActorData(tables: Tables, n: Notification) {
  if (n.secondary_actor_id === null) return null;
  if (n.secondary_actor_type === 'Message') {
    const message = tables.messages.get(n.secondary_actor_id);
    return message ? messageCablePushData(tables, message, false) : null;
  }
  if (n.secondary_actor_type === 'User' || n.secondary_actor_type === 'AgentBot') {
    return partyPushData(tables, n.account_id, { type: n.secondary_actor_type, id: n.secondary_actor_id });
  }
  return null;
}

function userData(tables: Tables, n: Notification) {
  const user = tables.users.get(n.user_id);
  return user ? userPushView(user, membershipOf(tables, n.account_id, user.id)) : null;
}

/** The keys the list row and push_event_data share, from read_at to meta, in their order. */
function readAndActors(tables: Tables, n: Notification) {
  return {
    read_at: isoOrNull(n.read_at),
    secondary_actor: secondaryActorData(tables, n),
    user: userData(tables, n),
    created_at: unix(n.created_at),
    last_activity_at: unix(n.last_activity_at),
    snoozed_until: isoOrNull(n.snoozed_until),
    meta: n.meta,
  };
}

/** One row of notifications/index.json.jbuilder. */
export function notificationListView(tables: Tables, n: Notification) {
  const conversation = tables.conversations.get(n.primary_actor_id)!;
  return {
    id: n.id,
    notification_type: n.notification_type,
    push_message_title: pushMessageTitle(tables, n),
    primary_actor_type: n.primary_actor_type,
    primary_actor_id: n.primary_actor_id,
    primary_actor: conversationPushData(tables, conversation),
    ...readAndActors(tables, n),
  };
}

/** `render json: @notification`: the record's columns (enum by name, times as ISO strings). */
export function notificationRecordView(n: Notification) {
  return {
    id: n.id,
    account_id: n.account_id,
    user_id: n.user_id,
    notification_type: n.notification_type,
    primary_actor_type: n.primary_actor_type,
    primary_actor_id: n.primary_actor_id,
    secondary_actor_type: n.secondary_actor_type,
    secondary_actor_id: n.secondary_actor_id,
    read_at: isoOrNull(n.read_at),
    created_at: iso(n.created_at),
    updated_at: iso(n.updated_at),
    snoozed_until: isoOrNull(n.snoozed_until),
    last_activity_at: iso(n.last_activity_at),
    meta: n.meta,
  };
}

/**
 * Notification#push_event_data (the cable's notification.created / .updated): `push_message_title`
 * there holds the message body (Chatwoot's own TODO says so).
 */
export function notificationPushView(tables: Tables, n: Notification) {
  const conversation = tables.conversations.get(n.primary_actor_id);
  return {
    id: n.id,
    notification_type: n.notification_type,
    primary_actor_type: n.primary_actor_type,
    primary_actor_id: n.primary_actor_id,
    ...readAndActors(tables, n),
    account_id: n.account_id,
    ...(conversation
      ? {
          primary_actor: conversationPushData(tables, conversation),
          push_message_title: pushMessageBody(tables, n),
        }
      : {}),
  };
}

/** notification_settings/show.json.jbuilder */
export function notificationSettingView(setting: NotificationSetting) {
  return {
    id: setting.id,
    user_id: setting.user_id,
    account_id: setting.account_id,
    all_email_flags: ALL_EMAIL_FLAGS,
    selected_email_flags: setting.email_flags,
    all_push_flags: ALL_PUSH_FLAGS,
    selected_push_flags: setting.push_flags,
  };
}
