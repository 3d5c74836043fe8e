/** The platform API's views (app/views/platform/api/v1/**). */
import type { Account, AccountUser, AgentBot, JsonObject, Tables, User } from '../store';
import { iso, isoOrNull } from './time';
import { userFieldsView } from './user';

/** Account#enabled_features: the enabled feature flags as `{name: true}`. */
function enabledFeatures(account: Account): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const [name, on] of Object.entries(account.features ?? {})) if (on) out[name] = true;
  return out;
}

/**
 * app/views/platform/api/v1/models/_account.json.jbuilder, newest upstream: `json.features
 * resource.enabled_features` (older versions named the key `enabled_features`).
 */
export function platformAccountView(account: Account) {
  return {
    id: account.id,
    name: account.name,
    locale: account.locale,
    domain: account.domain,
    support_email: account.support_email,
    features: enabledFeatures(account),
    custom_attributes: account.custom_attributes,
    limits: account.limits ?? ({} as JsonObject),
    status: account.status,
  };
}

/** app/views/platform/api/v1/models/_user.json.jbuilder (newest upstream). */
export function platformUserView(tables: Tables, user: User) {
  return {
    ...userFieldsView(tables, user, { inviter: false }),
    accounts: tables.accountUsers.where('user', user.id).map((m) => ({
      id: m.account_id,
      name: tables.accounts.get(m.account_id)?.name ?? null,
      active_at: isoOrNull(m.active_at),
      role: m.role,
    })),
  };
}

/** app/views/platform/api/v1/users/token.json.jbuilder */
export function platformUserTokenView(user: User) {
  return {
    access_token: user.access_token,
    expiry: null,
    user: {
      id: user.id,
      name: user.name,
      display_name: user.display_name,
      email: user.email,
      pubsub_token: user.pubsub_token,
    },
  };
}

/**
 * app/views/platform/api/v1/models/_agent_bot.json.jbuilder, newest upstream (one older version
 * rendered `outgoing_url` from the name, a bug not reproduced).
 */
export function platformAgentBotView(bot: AgentBot) {
  return {
    id: bot.id,
    name: bot.name,
    description: bot.description,
    avatar_url: bot.avatar_url ?? '',
    outgoing_url: bot.outgoing_url,
    bot_type: bot.bot_type,
    bot_config: bot.bot_config,
    account_id: bot.account_id,
    access_token: bot.access_token,
  };
}

/**
 * `render json: account_user`: the AccountUser row as ActiveRecord serialises it (enums by name, times
 * ISO-8601 with milliseconds). The fake does not track `updated_at` separately: it equals `created_at`.
 */
export function accountUserRowView(m: AccountUser) {
  return {
    id: m.id,
    account_id: m.account_id,
    user_id: m.user_id,
    role: m.role,
    inviter_id: m.inviter_id,
    created_at: iso(m.created_at),
    updated_at: iso(m.created_at),
    active_at: isoOrNull(m.active_at),
    availability: m.availability,
    auto_offline: m.auto_offline,
  };
}
