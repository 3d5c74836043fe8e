/** The Webhook model's constants (app/models/webhook.rb, db/schema.rb), for the API and `record`. */

/** Webhook::ALLOWED_WEBHOOK_EVENTS (upstream). */
export const WEBHOOK_EVENTS = [
  'conversation_status_changed',
  'conversation_updated',
  'conversation_created',
  'contact_created',
  'contact_updated',
  'message_created',
  'message_updated',
  'webwidget_triggered',
  'inbox_created',
  'inbox_updated',
  'conversation_typing_on',
  'conversation_typing_off',
] as const;

/** The `subscriptions` column default (db/schema.rb), used when a create omits subscriptions. */
export const DEFAULT_SUBSCRIPTIONS = WEBHOOK_EVENTS.slice(0, 8);

/** Whether `value` is an event a webhook may subscribe to. */
export function isWebhookEvent(value: unknown): value is (typeof WEBHOOK_EVENTS)[number] {
  return (WEBHOOK_EVENTS as readonly unknown[]).includes(value);
}
