import type { AccountUser, Tables, User } from '../store';

const availableName = (user: User) => user.display_name || user.name;

/** app/views/api/v1/models/_agent.json.jbuilder: a user as a member of one account. */
export function agentView(user: User, membership: AccountUser) {
  return {
    id: user.id,
    account_id: membership.account_id,
    availability_status: membership.availability,
    auto_offline: membership.auto_offline,
    confirmed: user.confirmed,
    email: user.email,
    provider: 'email',
    available_name: availableName(user),
    ...(Object.keys(user.custom_attributes).length ? { custom_attributes: user.custom_attributes } : {}),
    name: user.name,
    role: membership.role,
    thumbnail: user.avatar_url,
    // Enterprise builds (the official images, Cloud); the fake has no custom roles, so always null.
    custom_role_id: null,
  };
}

/** User#push_event_data: how a user appears inside conversations and messages. */
export function userPushView(user: User, membership?: AccountUser) {
  return {
    id: user.id,
    name: user.name,
    available_name: availableName(user),
    avatar_url: user.avatar_url,
    type: 'user',
    availability_status: membership?.availability ?? 'offline',
    thumbnail: user.avatar_url,
  };
}

/** The user's membership in an account, for views that show availability. */
export function membershipOf(tables: Tables, accountId: number, userId: number): AccountUser | undefined {
  return tables.accountUsers.findBy('membership', [accountId, userId]);
}
