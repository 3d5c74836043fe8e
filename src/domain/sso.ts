/**
 * Single sign-on tokens (app/models/concerns/sso_authenticatable.rb): the platform API's
 * `GET /platform/api/v1/users/{id}/login` issues one, `POST /auth/sign_in` with `email` and
 * `sso_auth_token` consumes it. Chatwoot keeps them in Redis for 5 minutes; a user may hold several.
 */
import type { Store, User } from '../store';

/** `::Redis::Alfred.setex(key, true, 5.minutes)`. */
export const SSO_TOKEN_TTL_MS = 5 * 60_000;

/** `SecureRandom.hex(32)`: 64 hex characters, deterministic from the store's token sequence. */
export function issueSsoToken(store: Store, user: User): string {
  const token = Buffer.from(store.nextToken('', 32)).toString('hex');
  store.tables.ssoAuthTokens.insert({
    user_id: user.id,
    token,
    expires_at: store.clock.now() + SSO_TOKEN_TTL_MS,
  });
  return token;
}

/**
 * DeviseOverrides::SessionsController#process_sso_auth_token: the user with this email
 * (case-insensitive) when `token` is one of its unexpired SSO tokens (by the store's clock); the token
 * is then invalidated (single use). Undefined otherwise, and nothing changes.
 */
export function consumeSsoToken(store: Store, email: string, token: string): User | undefined {
  if (!email || !token) return undefined;
  const { users, ssoAuthTokens } = store.tables;
  const user = users.findBy('email', email.trim().toLowerCase());
  if (!user) return undefined;
  const record = ssoAuthTokens.findBy('sso', [user.id, token]);
  if (!record) return undefined;
  if (record.expires_at <= store.clock.peek()) return undefined;
  ssoAuthTokens.delete(record.id);
  return user;
}
