import { findSession, type SessionCredentials } from '../domain/sessions';
import { headerOf } from './request';
import type { RequestContext } from './context';
import { forbiddenAction, notFound, unauthenticated, unauthorized } from './errors';

/** `api_access_token`, else devise_token_auth's session headers (`access-token`, `client`, `uid`). */
export interface Credentials extends SessionCredentials {
  apiAccessToken?: string;
}

/**
 * Chatwoot's authentication and account scoping, in its order:
 * token → (bot allow-list) → account exists (404) → membership (401) → role policy (401).
 * Runs before request validation, as Chatwoot's before_actions run before any param is read.
 */
export function authenticate(ctx: RequestContext, credentials: Credentials): void {
  const { operation, tables } = ctx;
  if (operation.api === 'platform') {
    // platform_controller.rb: the token's owner must be a PlatformApp (a user or bot token is refused too).
    const appToken = credentials.apiAccessToken;
    const app = appToken ? tables.platformApps.findBy('token', appToken) : undefined;
    if (!app) throw unauthorized('Invalid access_token');
    ctx.principal = { kind: 'platform', app };
    return;
  }

  // devise_token_auth's own routes (/auth/...): the session, if any, for the handler to judge.
  if (operation.path.startsWith('/auth/')) {
    const session = findSession(ctx.store, credentials);
    if (session) ctx.session = session;
    return;
  }

  // The spec's `security: []`: no api_access_token or session. The public API has its own scheme
  // (inbox identifier + contact source id), the web widget API its website_token and X-Auth-Token,
  // both checked by their handlers (domain/public.ts, domain/widget.ts); the CSAT survey page has none.
  if (operation.anonymous) return;

  const token = credentials.apiAccessToken?.trim();
  // No api_access_token: DeviseTokenAuth's session (api/base_controller.rb, authenticate_user!).
  const session = token ? undefined : findSession(ctx.store, credentials);
  if (!token && !session) throw unauthenticated();
  if (session) ctx.session = session;
  const user = session ? tables.users.get(session.user_id) : tables.users.findBy('token', token!); // no session: a token was sent
  const bot = user ? undefined : !token ? undefined : tables.agentBots.findBy('token', token);
  if (user) ctx.principal = { kind: 'user', user };
  else if (bot) ctx.principal = { kind: 'bot', bot };
  else throw unauthorized('Invalid Access Token');

  if (bot && !operation.botAccess) throw unauthorized('Access to this endpoint is not authorized for bots');
  // The accounts controller looks the account up itself (resources/accounts.ts).
  if (operation.userAccount) return;

  const accountParam = ctx.params.account_id;
  if (accountParam === undefined) return;
  const account = /^\d+$/.test(String(accountParam)) ? tables.accounts.get(Number(accountParam)) : undefined;
  if (!account) throw notFound();
  ctx.account = account;

  if (bot) {
    const botInAccount = tables.agentBotInboxes.where('bot', bot.id).some((b) => b.account_id === account.id);
    if (!botInAccount) throw unauthorized('You are not authorized to access this account');
    return;
  }
  const membership = tables.accountUsers.findBy('membership', [account.id, user!.id]);
  if (!membership) throw unauthorized('You are not authorized to access this account');
  ctx.membership = membership;
  if (operation.policy === 'administrator' && membership.role !== 'administrator') throw forbiddenAction();
}

/** The devise headers of a request (Node's headers: lower-case names). */
export function sessionCredentialsOf(
  headers: Record<string, string | string[] | undefined>,
): SessionCredentials {
  return {
    accessToken: headerOf(headers, 'access-token'),
    client: headerOf(headers, 'client'),
    uid: headerOf(headers, 'uid'),
    authorization: headerOf(headers, 'authorization'),
  };
}
