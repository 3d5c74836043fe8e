import type { Account, Tables } from '../store';
import { iso } from './time';

/** The version a real server reports in `latest_chatwoot_version`; the fake claims one it mirrors. */
export const CHATWOOT_VERSION = '4.1.0';

/** app/views/api/v1/models/_account.json.jbuilder (+ show's latest_chatwoot_version). */
export function accountView(account: Account) {
  return {
    settings: { auto_resolve_duration: account.auto_resolve_duration },
    created_at: iso(account.created_at),
    custom_attributes: account.custom_attributes,
    domain: account.domain,
    features: account.features,
    id: account.id,
    locale: account.locale,
    name: account.name,
    support_email: account.support_email,
    status: account.status,
    cache_keys: { label: account.created_at, inbox: account.created_at, team: account.created_at },
    latest_chatwoot_version: CHATWOOT_VERSION,
  };
}

/** Account#webhook_data */
export function accountWebhookData(tables: Tables, accountId: number) {
  const account = tables.accounts.get(accountId);
  return { id: accountId, name: account?.name ?? '' };
}
