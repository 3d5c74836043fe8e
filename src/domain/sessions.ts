/**
 * Dashboard sign-in sessions, as devise_token_auth keeps them for Chatwoot
 * (config/initializers/devise_token_auth.rb: `change_headers_on_each_request = false`, so a session's
 * token never rotates; `token_lifespan = 2.months`; app/controllers/devise_overrides/sessions_controller.rb:
 * beyond MAX_USER_SESSIONS (25) a new sign-in evicts the user's oldest session).
 *
 * A session authenticates with the `access-token`, `client` and `uid` headers (or devise_token_auth's
 * `Authorization: Bearer <base64 of those as JSON>`), as an alternative to `api_access_token`.
 */
import type { Session, Store, User } from '../store';
import { isHash } from '../rails/casts';

/** Rails' `2.months` in seconds (2 × 30.436875 days). */
export const TOKEN_LIFESPAN_SECONDS = 5_259_492;
/** ENV MAX_USER_SESSIONS, default 25. */
export const MAX_SESSIONS = 25;

/** The devise_token_auth credentials of a request (headers; `authorization` as sent). */
export interface SessionCredentials {
  accessToken?: string;
  client?: string;
  uid?: string;
  authorization?: string;
}

/** devise_token_auth's decode_bearer_token: `Bearer <base64 JSON>`, or {} when it is anything else. */
function decodeBearer(authorization: string | undefined): Record<string, unknown> {
  if (!authorization) return {};
  const encoded = authorization.trim().split(/\s+/).pop() ?? '';
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return {};
  try {
    const decoded = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    return isHash(decoded) ? decoded : {};
  } catch {
    return {};
  }
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Whether any devise credential was sent at all. */
export function hasSessionCredentials(credentials: SessionCredentials): boolean {
  return Boolean(
    credentials.accessToken || credentials.client || credentials.uid || credentials.authorization,
  );
}

/**
 * set_user_by_token: the live session the credentials name — the user whose uid (email) is `uid`,
 * its session for `client`, the same token, not expired — or undefined.
 */
export function findSession(store: Store, credentials: SessionCredentials): Session | undefined {
  const bearer = decodeBearer(credentials.authorization);
  const uid = text(credentials.uid) ?? text(bearer.uid);
  const token = text(credentials.accessToken) ?? text(bearer['access-token']);
  const client = text(credentials.client) ?? text(bearer.client);
  if (!uid || !token || !client) return undefined;
  const { users, sessions } = store.tables;
  const user = users.findBy('email', uid.toLowerCase());
  if (!user || user.email !== uid) return undefined;
  const now = Math.floor(store.clock.peek() / 1000);
  return sessions
    .where('client', client)
    .find((s) => s.user_id === user.id && s.token === token && s.expiry > now);
}

/** A new session for `user` (create_new_auth_token), evicting the oldest beyond MAX_SESSIONS. */
export function createSession(store: Store, user: User): Session {
  const { sessions } = store.tables;
  const at = store.clock.now();
  const existing = sessions.where('user', user.id);
  const excess = existing.length - (MAX_SESSIONS - 1);
  if (excess > 0) {
    const oldest = [...existing].sort((a, b) => a.expiry - b.expiry || a.id - b.id).slice(0, excess);
    for (const s of oldest) sessions.delete(s.id);
  }
  return sessions.insert({
    user_id: user.id,
    client: store.nextToken('', 22),
    token: store.nextToken('', 22),
    expiry: Math.floor(at / 1000) + TOKEN_LIFESPAN_SECONDS,
    created_at: at,
  });
}

/**
 * devise_token_auth's build_auth_headers: `access-token`, `token-type`, `client`, `expiry` (unix
 * seconds, as a string), `uid`, and `Authorization: Bearer <base64 of those as JSON>`.
 */
export function sessionHeaders(store: Store, session: Session): Record<string, string> {
  const user = store.tables.users.get(session.user_id);
  const headers = {
    'access-token': session.token,
    'token-type': 'Bearer',
    client: session.client,
    expiry: String(session.expiry),
    uid: user?.email ?? '',
  };
  return {
    ...headers,
    Authorization: `Bearer ${Buffer.from(JSON.stringify(headers)).toString('base64')}`,
  };
}
