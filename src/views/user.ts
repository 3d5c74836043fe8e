import type { AccountUser, Tables, User } from '../store';
import { isoOrNull } from './time';

/**
 * User#active_account_user: the membership with the latest `active_at` (`active_at DESC NULLS LAST`),
 * the first one when none was ever activated.
 */
export function activeMembership(tables: Tables, user: User): AccountUser | undefined {
  let best: AccountUser | undefined;
  for (const m of tables.accountUsers.where('user', user.id)) {
    if (!best || (m.active_at ?? -Infinity) > (best.active_at ?? -Infinity)) best = m;
  }
  return best;
}

/**
 * The fields both _user.json.jbuilder views (api/v1's and the Platform API's) begin with, in their
 * order; only api/v1's has `inviter_id` (the active membership's) after `id`.
 */
export function userFieldsView(tables: Tables, user: User, options: { inviter: boolean }) {
  const active = activeMembership(tables, user);
  return {
    access_token: user.access_token,
    account_id: active?.account_id ?? null,
    available_name: user.display_name || user.name,
    avatar_url: user.avatar_url,
    confirmed: user.confirmed,
    display_name: user.display_name,
    message_signature: user.message_signature,
    email: user.email,
    id: user.id,
    ...(options.inviter ? { inviter_id: active?.inviter_id ?? null } : {}),
    name: user.name,
    provider: 'email',
    pubsub_token: user.pubsub_token,
    ...(Object.keys(user.custom_attributes ?? {}).length
      ? { custom_attributes: user.custom_attributes }
      : {}),
    role: active?.role ?? null,
    ui_settings: user.ui_settings ?? {},
    uid: user.email,
  };
}

/**
 * app/views/api/v1/models/_user.json.jbuilder (community edition, no CHATWOOT_INBOX_HMAC_KEY): the
 * signed-in user as /api/v1/profile and /auth/sign_in render it.
 */
export function userView(tables: Tables, user: User) {
  return {
    ...userFieldsView(tables, user, { inviter: true }),
    type: user.type,
    accounts: tables.accountUsers.where('user', user.id).map((m) => {
      const account = tables.accounts.get(m.account_id);
      return {
        id: m.account_id,
        name: account?.name ?? null,
        status: account?.status ?? 'active',
        active_at: isoOrNull(m.active_at),
        role: m.role,
        // AccountUser#permissions on a community install: the role itself.
        permissions: [m.role],
        availability: m.availability,
        // Chatwoot derives this from presence; the fake, like its agent view, uses the setting.
        availability_status: m.availability,
        auto_offline: m.auto_offline,
      };
    }),
  };
}
