/**
 * Notifications (app/models/notification.rb, app/builders/notification_builder.rb,
 * app/finders/notification_finder.rb, notifications_controller.rb) and notification settings
 * (app/models/notification_setting.rb). Model functions return the domain events the model's
 * callbacks dispatch: notification_created (after_create_commit), notification_updated
 * (after_update_commit), notification_deleted (after_destroy_commit). `update_all` (read_all) runs no
 * callbacks, so it returns none.
 *
 * Jobs Chatwoot runs later run here at once: Notification::RemoveDuplicateNotificationJob (a user keeps
 * only the newest notification per conversation) and Notification::DeleteNotificationJob (destroy_all).
 * The fake never reopens a snoozed notification when its time passes (ReopenSnoozedNotificationsJob).
 * A notification whose conversation is gone counts as destroyed (Conversation `has_many
 * :notifications, dependent: :destroy_async`): lists and lookups skip it.
 */
import type { PendingEvent } from '../events/types';
import {
  NOTIFICATION_TYPES,
  type AccountUser,
  type Conversation,
  type Notification,
  type NotificationSetting,
  type NotificationType,
  type Store,
} from '../store';
import { canParticipate } from './conversations/participants';
import { InvalidAttribute, RecordNotFound } from './errors';

/** Notification::PRIMARY_ACTORS */
export const PRIMARY_ACTORS = ['Conversation'] as const;

/** NotificationSetting's flags: `email_<type>` and `push_<type>` for every notification type. */
export const ALL_EMAIL_FLAGS = NOTIFICATION_TYPES.map((t) => `email_${t}`);
export const ALL_PUSH_FLAGS = NOTIFICATION_TYPES.map((t) => `push_${t}`);

/** AccountUser#create_notification_setting: what a new member is subscribed to. */
const DEFAULT_EMAIL_FLAGS = ['email_conversation_assignment'];
const DEFAULT_PUSH_FLAGS = ['push_conversation_assignment'];

type Events = PendingEvent[];

// ---------------------------------------------------------------------------------------------
// Settings

/**
 * AccountUser's after_create_commit: the member's notification setting, with the default flags, made
 * at the membership's own time.
 */
export function createNotificationSetting(store: Store, membership: AccountUser): void {
  const { notificationSettings } = store.tables;
  if (notificationSettings.findBy('membership', [membership.account_id, membership.user_id])) return;
  const at = membership.created_at;
  notificationSettings.insert({
    account_id: membership.account_id,
    user_id: membership.user_id,
    email_flags: [...DEFAULT_EMAIL_FLAGS],
    push_flags: [...DEFAULT_PUSH_FLAGS],
    created_at: at,
    updated_at: at,
  });
}

/** Agents::DestroyJob#destroy_notification_setting */
export function destroyNotificationSetting(store: Store, accountId: number, userId: number): void {
  const { notificationSettings } = store.tables;
  const setting = notificationSettings.findBy('membership', [accountId, userId]);
  if (setting) notificationSettings.delete(setting.id);
}

export function notificationSettingOf(
  store: Store,
  accountId: number,
  userId: number,
): NotificationSetting | undefined {
  return store.tables.notificationSettings.findBy('membership', [accountId, userId]);
}

/**
 * FlagShihTzu's `selected_email_flags=` / `selected_push_flags=`: the named flags on, every other
 * off; names that are no flag are ignored, and nil (a key that was not sent) turns every flag off.
 * Order follows the flags' declaration, as `selected_*_flags` reads them back.
 */
export function updateNotificationSetting(
  store: Store,
  setting: NotificationSetting,
  email: unknown,
  push: unknown,
): NotificationSetting {
  const pick = (all: string[], value: unknown) => {
    const chosen = new Set((Array.isArray(value) ? value : []).map(String));
    return all.filter((flag) => chosen.has(flag));
  };
  return store.tables.notificationSettings.update(setting.id, {
    email_flags: pick(ALL_EMAIL_FLAGS, email),
    push_flags: pick(ALL_PUSH_FLAGS, push),
    updated_at: store.clock.now(),
  });
}

// ---------------------------------------------------------------------------------------------
// Creating (NotificationBuilder)

export interface NotificationDraft {
  type: NotificationType;
  userId: number;
  conversation: Conversation;
  /** The message it is about, or who caused it (Current.user); null for the system. */
  secondaryActor: { type: 'User' | 'AgentBot' | 'Message'; id: number } | null;
}

/** The unread notifications row of a draft (about its conversation), created at `at`. */
export function insertNotification(store: Store, draft: NotificationDraft, at: number): Notification {
  const { conversation, userId, type, secondaryActor } = draft;
  return store.tables.notifications.insert({
    account_id: conversation.account_id,
    user_id: userId,
    notification_type: type,
    primary_actor_type: 'Conversation',
    primary_actor_id: conversation.id,
    secondary_actor_type: secondaryActor?.type ?? null,
    secondary_actor_id: secondaryActor?.id ?? null,
    read_at: null,
    snoozed_until: null,
    last_activity_at: at,
    meta: {},
    created_at: at,
    updated_at: at,
  });
}

/** NotificationBuilder#user_subscribed_to_notification? */
function subscribed(store: Store, accountId: number, userId: number, type: NotificationType): boolean {
  const setting = notificationSettingOf(store, accountId, userId);
  if (!setting) return false;
  return setting.email_flags.includes(`email_${type}`) || setting.push_flags.includes(`push_${type}`);
}

/**
 * NotificationBuilder#perform: `conversation_creation` only for users subscribed to it (by email or
 * push); nothing about a blocked contact's conversation except mentions; nothing for a user who may
 * not see the conversation (an administrator or a member of its inbox may). Then
 * RemoveDuplicateNotificationJob: the user's older notifications about the conversation go.
 */
export function createNotification(store: Store, draft: NotificationDraft): Events {
  const { tables } = store;
  const { conversation, userId, type } = draft;
  const accountId = conversation.account_id;
  if (!tables.accountUsers.findBy('membership', [accountId, userId])) return [];
  if (type === 'conversation_creation' && !subscribed(store, accountId, userId, type)) return [];
  const contact = tables.contacts.get(conversation.contact_id);
  if (contact?.blocked && type !== 'conversation_mention') return [];
  if (!canParticipate(store, conversation, userId)) return [];

  const notification = insertNotification(store, draft, store.clock.now());
  const events: Events = [{ name: 'notification_created', data: { notificationId: notification.id } }];
  const older = tables.notifications
    .where('actor', [userId, conversation.id])
    .filter((n) => n.id !== notification.id);
  for (const duplicate of older) events.push(...destroyNotification(store, duplicate));
  return events;
}

/** NewMessageNotificationService#already_notified?: a notification of the user about this message. */
export function alreadyNotified(
  store: Store,
  userId: number,
  conversationId: number,
  messageId: number,
): boolean {
  return store.tables.notifications
    .where('actor', [userId, conversationId])
    .some((n) => n.secondary_actor_type === 'Message' && n.secondary_actor_id === messageId);
}

// ---------------------------------------------------------------------------------------------
// Finding (NotificationFinder)

export interface FinderParams {
  status?: unknown;
  type?: unknown;
  sort_order?: unknown;
}

/** A notification whose conversation still exists (the others wait for their async destroy). */
const live = (store: Store) => (n: Notification) =>
  store.tables.conversations.get(n.primary_actor_id) !== undefined;

/** `current_user.notifications.where(account_id:)` */
export function userNotifications(store: Store, accountId: number, userId: number): Notification[] {
  return store.tables.notifications.where('user', [accountId, userId]).filter(live(store));
}

/**
 * NotificationFinder#apply_filters: by default only unread notifications that are not snoozed;
 * `type=read` keeps read ones too (still no snoozed), `status=snoozed` keeps snoozed ones too (still
 * no read), both keep everything.
 */
export function findNotifications(
  store: Store,
  accountId: number,
  userId: number,
  params: FinderParams = {},
): Notification[] {
  const withRead = params.type === 'read';
  const withSnoozed = params.status === 'snoozed';
  return userNotifications(store, accountId, userId).filter(
    (n) => (withRead || n.read_at === null) && (withSnoozed || n.snoozed_until === null),
  );
}

/** `order(last_activity_at: params[:sort_order] || :desc)`; ties by id in the same direction. */
export function sortNotifications(list: Notification[], sortOrder: unknown): Notification[] {
  const dir = sortOrder === undefined || sortOrder === null ? 'desc' : String(sortOrder).toLowerCase();
  if (dir !== 'asc' && dir !== 'desc')
    throw new InvalidAttribute('sort_order', 'is not included in the list');
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => sign * (a.last_activity_at - b.last_activity_at || a.id - b.id));
}

/** NotificationFinder#unread_count and #count over the filtered list. */
export function notificationCounts(list: Notification[]): { unread_count: number; count: number } {
  return { unread_count: list.filter((n) => n.read_at === null).length, count: list.length };
}

/** `current_user.notifications.find(params[:id])`: another user's notification is not found. */
export function findOwnNotification(store: Store, userId: number, id: number | undefined): Notification {
  const notification = id === undefined ? undefined : store.tables.notifications.get(id);
  if (!notification || notification.user_id !== userId || !live(store)(notification)) {
    throw new RecordNotFound('notification');
  }
  return notification;
}

// ---------------------------------------------------------------------------------------------
// Changing

function updateNotification(
  store: Store,
  n: Notification,
  changes: Partial<Notification>,
): [Notification, Events] {
  const updated = store.tables.notifications.update(n.id, { ...changes, updated_at: store.clock.now() });
  return [updated, [{ name: 'notification_updated', data: { notificationId: n.id } }]];
}

/** NotificationsController#update: `update(read_at: now)`. */
export const markRead = (store: Store, n: Notification) =>
  updateNotification(store, n, { read_at: store.clock.now() });

/**
 * Visiting a conversation (ConversationsController#update_last_seen, before its throttle): the user's
 * unread notifications about it in the account are read, each by `update!` (a notification.updated
 * each), as Notification::MarkConversationReadService does.
 */
export function markConversationNotificationsRead(
  store: Store,
  accountId: number,
  userId: number,
  conversationId: number,
): Events {
  const events: Events = [];
  for (const n of store.tables.notifications.where('user', [accountId, userId])) {
    if (n.read_at !== null || n.primary_actor_id !== conversationId) continue;
    events.push(...markRead(store, n)[1]);
  }
  return events;
}

/** NotificationsController#unread: `update(read_at: nil)`. */
export const markUnread = (store: Store, n: Notification) => updateNotification(store, n, { read_at: null });

/**
 * NotificationsController#snooze: with `snoozed_until` (unix seconds, DateRangeHelper#parse_date_time),
 * sets it and `meta.last_snoozed_at = nil`; without it, changes nothing.
 */
export function snooze(
  store: Store,
  n: Notification,
  snoozedUntil: number | undefined,
): [Notification, Events] {
  if (snoozedUntil === undefined) return [n, []];
  return updateNotification(store, n, {
    snoozed_until: snoozedUntil,
    meta: { ...n.meta, last_snoozed_at: null },
  });
}

/** Notification#destroy */
export function destroyNotification(store: Store, n: Notification): Events {
  store.tables.notifications.delete(n.id);
  return [
    {
      name: 'notification_deleted',
      data: { notificationId: n.id, userId: n.user_id, accountId: n.account_id },
    },
  ];
}

/**
 * NotificationsController#read_all: `update_all(read_at: now)` over the user's unread notifications
 * in the account, or only those of one primary actor when `primary_actor_type` is one of
 * PRIMARY_ACTORS and `primary_actor_id` finds it (`find_by(id:)`: the internal id). An unknown actor
 * falls back to every notification, as the controller's `if @primary_actor` does.
 */
export function readAll(
  store: Store,
  accountId: number,
  userId: number,
  actorType: unknown,
  actorId: number | undefined,
): void {
  const actor =
    actorType === 'Conversation' && actorId !== undefined
      ? store.tables.conversations.get(actorId)
      : undefined;
  const at = store.clock.now();
  for (const n of store.tables.notifications.where('user', [accountId, userId])) {
    if (n.read_at !== null || (actor && n.primary_actor_id !== actor.id)) continue;
    store.tables.notifications.update(n.id, { read_at: at, updated_at: at });
  }
}

/** Notification::DeleteNotificationJob: the user's notifications in the account (`type=read`: the read ones). */
export function destroyAll(store: Store, accountId: number, userId: number, onlyRead: boolean): Events {
  const events: Events = [];
  for (const n of store.tables.notifications.where('user', [accountId, userId])) {
    if (onlyRead && n.read_at === null) continue;
    events.push(...destroyNotification(store, n));
  }
  return events;
}

/** A user's notifications everywhere (User `has_many :notifications, dependent: :destroy_async`). */
export function destroyUserNotifications(store: Store, userId: number): void {
  for (const membership of store.tables.accountUsers.where('user', userId)) {
    for (const n of store.tables.notifications.where('user', [membership.account_id, userId])) {
      store.tables.notifications.delete(n.id);
    }
  }
}
