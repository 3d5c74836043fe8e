/**
 * The caller's notifications in the account (notifications_controller.rb) and notification settings
 * (notification_settings_controller.rb). Every route works on `current_user.notifications`: another
 * user's notification is not found (404).
 */
import { strptimeSeconds } from '../domain/date_range';
import {
  destroyAll,
  destroyNotification,
  findNotifications,
  findOwnNotification,
  markRead,
  markUnread,
  notificationCounts,
  notificationSettingOf,
  readAll,
  snooze,
  sortNotifications,
  updateNotificationSetting,
} from '../domain/notifications';
import {
  accountOf,
  actingUser,
  empty,
  ok,
  recordEvents,
  type HandlerMap,
  type RequestContext,
} from '../http/context';
import { notFound } from '../http/errors';
import { requireParams, toId } from '../http/params';
import { blank } from '../rails/casts';
import { currentPage, pageNumber, paginate } from '../rails/pagination';
import type { User } from '../store';
import { notificationListView, notificationRecordView, notificationSettingView } from '../views/notification';

/** NotificationFinder::RESULTS_PER_PAGE */
const PER_PAGE = 15;

/** Notifications belong to users: x-policy keeps agent bots out before a handler runs. */
function me(ctx: RequestContext): User {
  const user = actingUser(ctx);
  if (!user) throw new Error('notifications: no acting user');
  return user;
}

/** Rails' params: query and body merged (body wins). */
const paramsOf = (ctx: RequestContext): Record<string, any> => ({
  ...ctx.query,
  ...(ctx.body && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? ctx.body : {}),
});

const finderList = (ctx: RequestContext, params: Record<string, any>) =>
  findNotifications(ctx.store, accountOf(ctx).id, me(ctx).id, params);

function list(ctx: RequestContext) {
  const params = paramsOf(ctx);
  const found = finderList(ctx, params);
  const sorted = sortNotifications(found, params.sort_order);
  const page = paginate(sorted, pageNumber(params.page), PER_PAGE);
  const { unread_count, count } = notificationCounts(found);
  return ok({
    data: {
      meta: { unread_count, count, current_page: currentPage(params.page) },
      payload: page.map((n) => notificationListView(ctx.tables, n)),
    },
  });
}

function unreadCount(ctx: RequestContext) {
  return ok(notificationCounts(finderList(ctx, paramsOf(ctx))).unread_count);
}

function markAllRead(ctx: RequestContext) {
  const params = paramsOf(ctx);
  const actorType = blank(params.primary_actor_type) ? undefined : params.primary_actor_type;
  readAll(ctx.store, accountOf(ctx).id, me(ctx).id, actorType, toId(params.primary_actor_id));
  return empty();
}

function deleteAll(ctx: RequestContext) {
  const onlyRead = paramsOf(ctx).type === 'read';
  recordEvents(ctx, destroyAll(ctx.store, accountOf(ctx).id, me(ctx).id, onlyRead));
  return empty();
}

/** `current_user.notifications.find(params[:id])` (any of the user's accounts, as Chatwoot's). */
const fetch = (ctx: RequestContext) => findOwnNotification(ctx.store, me(ctx).id, toId(ctx.params.id));

function read(ctx: RequestContext) {
  const [notification, events] = markRead(ctx.store, fetch(ctx));
  recordEvents(ctx, events);
  return ok(notificationRecordView(notification));
}

function unread(ctx: RequestContext) {
  const [notification, events] = markUnread(ctx.store, fetch(ctx));
  recordEvents(ctx, events);
  return ok(notificationRecordView(notification));
}

function snoozeOne(ctx: RequestContext) {
  const found = fetch(ctx);
  const raw = paramsOf(ctx).snoozed_until;
  // `if params[:snoozed_until]`: only nil skips; anything else goes through DateTime.strptime(%s).
  const until = raw === undefined || raw === null ? undefined : strptimeSeconds(raw, 'snoozed_until');
  const [notification, events] = snooze(ctx.store, found, until);
  recordEvents(ctx, events);
  return ok(notificationRecordView(notification));
}

function destroy(ctx: RequestContext) {
  recordEvents(ctx, destroyNotification(ctx.store, fetch(ctx)));
  return empty();
}

// --- notification settings ---

function setting(ctx: RequestContext) {
  const found = notificationSettingOf(ctx.store, accountOf(ctx).id, me(ctx).id);
  // Every membership has one (made with it); a missing one would be nil in Chatwoot's view.
  if (!found) throw notFound();
  return found;
}

function showSettings(ctx: RequestContext) {
  return ok(notificationSettingView(setting(ctx)));
}

/** `params.require(:notification_settings).permit(selected_email_flags: [], selected_push_flags: [])` */
function updateSettings(ctx: RequestContext) {
  const current = setting(ctx);
  const params = requireParams(ctx.body ?? {}, 'notification_settings', [
    'selected_email_flags',
    'selected_push_flags',
  ]);
  const updated = updateNotificationSetting(
    ctx.store,
    current,
    params.selected_email_flags,
    params.selected_push_flags,
  );
  return ok(notificationSettingView(updated));
}

export const handlers: HandlerMap = {
  listNotifications: list,
  getNotificationUnreadCount: unreadCount,
  readAllNotifications: markAllRead,
  destroyAllNotifications: deleteAll,
  readNotification: read,
  replaceNotification: read,
  unreadNotification: unread,
  snoozeNotification: snoozeOne,
  deleteNotification: destroy,
  getNotificationSettings: showSettings,
  updateNotificationSettings: updateSettings,
  replaceNotificationSettings: updateSettings,
};
