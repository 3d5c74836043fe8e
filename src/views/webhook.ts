import type { Tables, Webhook } from '../store';

/** app/views/api/v1/accounts/webhooks/_webhook.json.jbuilder */
export function webhookView(tables: Tables, webhook: Webhook) {
  const inbox = webhook.inbox_id ? tables.inboxes.get(webhook.inbox_id) : undefined;
  return {
    id: webhook.id,
    name: webhook.name,
    url: webhook.url,
    account_id: webhook.account_id,
    subscriptions: webhook.subscriptions,
    secret: webhook.secret,
    ...(inbox ? { inbox: { id: inbox.id, name: inbox.name } } : {}),
  };
}
