import type { RequestContext } from './context';
import { forbiddenAction, notFound, unauthenticated, unauthorized } from './errors';

export interface Credentials {
  apiAccessToken?: string;
}

/**
 * Chatwoot's authentication and account scoping, in its order:
 * token → (bot allow-list) → account exists (404) → membership (401) → role policy (401).
 * Runs before request validation, as Chatwoot's before_actions run before any param is read.
 */
export function authenticate(ctx: RequestContext, credentials: Credentials): void {
  const { operation, tables } = ctx;
  if (operation.api === 'public' || operation.api === 'platform') return; // their own schemes (later issues)

  const token = credentials.apiAccessToken?.trim();
  if (!token) throw unauthenticated();
  const user = tables.users.findBy('token', token);
  const bot = user ? undefined : tables.agentBots.findBy('token', token);
  if (user) ctx.principal = { kind: 'user', user };
  else if (bot) ctx.principal = { kind: 'bot', bot };
  else throw unauthorized('Invalid Access Token');

  if (bot && !operation.botAccess) throw unauthorized('Access to this endpoint is not authorized for bots');

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
  const membership = tables.accountUsers.findBy('membership', `${account.id}:${user!.id}`);
  if (!membership) throw unauthorized('You are not authorized to access this account');
  ctx.membership = membership;
  if (operation.policy === 'administrator' && membership.role !== 'administrator') throw forbiddenAction();
}
