import type { Account, Tables } from '../store';
import { NEWEST } from '../versions';
import { iso } from './time';

/**
 * `latest_chatwoot_version`: the newest release Chatwoot's hub announces (not the server's own
 * version, which GET /api reports): the newest version the fake describes.
 */
export const LATEST_CHATWOOT_VERSION = NEWEST.version;

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
    latest_chatwoot_version: LATEST_CHATWOOT_VERSION,
  };
}

/** Account#webhook_data */
export function accountWebhookData(tables: Tables, accountId: number) {
  const account = tables.accounts.get(accountId);
  return { id: accountId, name: account?.name ?? '' };
}
