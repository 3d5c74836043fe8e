import type { Actor } from '../domain/conversations';
import type { EventBus } from '../events/bus';
import type { Operation } from '../spec';
import type { Account, AccountUser, AgentBot, PlatformApp, Session, Store, Tables, User } from '../store';

export type Principal =
  | { kind: 'user'; user: User }
  | { kind: 'bot'; bot: AgentBot }
  /** A platform app (the /platform/api/v1 routes). */
  | { kind: 'platform'; app: PlatformApp };

export interface UploadedFile {
  fieldname: string;
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** What a handler gets: the store, the caller, and the request already validated against the spec. */
export interface RequestContext {
  store: Store;
  tables: Tables;
  events: EventBus;
  operation: Operation;
  params: Record<string, any>;
  query: Record<string, any>;
  body: any;
  files: UploadedFile[];
  principal?: Principal;
  /** Set for every /accounts/{account_id}/ operation once auth passed. */
  account?: Account;
  /** The caller's membership of `account` (absent for agent bots). */
  membership?: AccountUser;
  /** The dashboard sign-in session that authenticated the call (devise `access-token`/`client`/`uid`). */
  session?: Session;
  /** This fake's own origin as the caller reached it (e.g. http://127.0.0.1:3000), for file URLs. */
  baseUrl?: string;
  /** The request's headers (Node's, lower-case names), for the few handlers that read one (the web widget's). */
  headers?: Record<string, string | string[] | undefined>;
}

/** A handler's answer: JSON with a status, or an empty body (Rails' `head :ok`). */
export type Reply = (
  | { status: number; body: unknown }
  | { status: number; empty: true }
  /** A non-JSON body, e.g. a CSV download. */
  | { status: number; text: string; contentType: string }
) & {
  /** Extra response headers (e.g. Rails' `head :ok, message: ...` sends a `Message` header). */
  headers?: Record<string, string>;
};

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const empty = (status = 200, headers?: Record<string, string>): Reply =>
  headers ? { status, empty: true, headers } : { status, empty: true };

/** A non-JSON answer (e.g. `text/csv` with a Content-Disposition header). */
export const text = (body: string, contentType: string, headers?: Record<string, string>): Reply =>
  headers ? { status: 200, text: body, contentType, headers } : { status: 200, text: body, contentType };

export type Handler = (ctx: RequestContext) => Reply;
export type HandlerMap = Record<string, Handler>;

/** The account of an account-scoped operation (auth guarantees it is set). */
export function accountOf(ctx: RequestContext): Account {
  if (!ctx.account) throw new Error(`${ctx.operation.operationId}: no account in context`);
  return ctx.account;
}

/** The acting user, or undefined when an agent bot acts. */
export function actingUser(ctx: RequestContext): User | undefined {
  return ctx.principal?.kind === 'user' ? ctx.principal.user : undefined;
}

/** The caller as Chatwoot's Current.user (a user or an agent bot), for activity messages and events. */
export function actorOf(ctx: RequestContext): Actor | undefined {
  const p = ctx.principal;
  if (p?.kind === 'user') return { type: 'User', id: p.user.id, name: p.user.name };
  if (p?.kind === 'bot') return { type: 'AgentBot', id: p.bot.id, name: p.bot.name };
  return undefined;
}

export function isAdministrator(ctx: RequestContext): boolean {
  return ctx.membership?.role === 'administrator';
}

/**
 * Records a domain event (e.g. `contact_created`) for webhooks and live updates to pick up.
 * `data` carries ids and change sets, never rendered JSON: listeners render from the store.
 */
export function recordEvent(ctx: RequestContext, name: string, data: Record<string, unknown>): void {
  const actor = actorOf(ctx);
  ctx.events.emit({
    name,
    accountId: accountOf(ctx).id,
    data,
    at: ctx.store.clock.peek(),
    ...(actor ? { actor: { type: actor.type, id: actor.id } } : {}),
  });
}
