import type { Tables, Webhook } from '../store';

/** app/views/api/v1/accounts/webhooks/_webhook.json.jbuilder */
export function webhookView(tables: Tables, webhook: Webhook) {
  // Chatwoot stores any inbox_id and renders whatever inbox it names; the fake renders only an inbox of
  // the webhook's own account, so one account's webhooks never show another account's inboxes.
  const found = webhook.inbox_id ? tables.inboxes.get(webhook.inbox_id) : undefined;
  const inbox = found && found.account_id === webhook.account_id ? found : undefined;
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
