/**
 * What model code works in: the store, the account, and who acts (Chatwoot's Current.user and
 * Current.account). Model functions take a Scope, never an HTTP request; the HTTP layer's request
 * context is one (http/context.ts).
 */
import type { EventBus } from '../events/bus';
import type { DomainEvent, EventData, EventName, PendingEvent } from '../events/types';
import type { Account, AccountUser, AgentBot, PlatformApp, Store, Tables, User } from '../store';
import type { Actor } from './conversations';

export type Principal =
  | { kind: 'user'; user: User }
  | { kind: 'bot'; bot: AgentBot }
  /** A platform app (the /platform/api/v1 routes). */
  | { kind: 'platform'; app: PlatformApp };

export interface Scope {
  store: Store;
  tables: Tables;
  events: EventBus;
  /** Chatwoot's Current.account: set for account-scoped work (the public and widget lookups set it). */
  account?: Account;
  principal?: Principal;
  /** The acting user's membership of `account` (absent for agent bots and platform apps). */
  membership?: AccountUser;
}

/** The account of account-scoped work (authentication or a public lookup has set it). */
export function accountOf(scope: Scope): Account {
  if (!scope.account) throw new Error('no account in scope');
  return scope.account;
}

/** The acting user, or undefined when an agent bot acts. */
export function actingUser(scope: Scope): User | undefined {
  return scope.principal?.kind === 'user' ? scope.principal.user : undefined;
}

/** The caller as Chatwoot's Current.user (a user or an agent bot), for activity messages and events. */
export function actorOf(scope: Scope): Actor | undefined {
  const p = scope.principal;
  if (p?.kind === 'user') return { type: 'User', id: p.user.id, name: p.user.name };
  if (p?.kind === 'bot') return { type: 'AgentBot', id: p.bot.id, name: p.bot.name };
  return undefined;
}

export function isAdministrator(scope: Scope): boolean {
  return scope.membership?.role === 'administrator';
}

/**
 * Records a domain event (e.g. `contact_created`) for webhooks and live updates to pick up.
 * `data` carries ids and change sets, never rendered JSON: listeners render from the store.
 */
export function recordEvent<N extends EventName>(scope: Scope, name: N, data: EventData[N]): void {
  const actor = actorOf(scope);
  // TypeScript cannot relate a generic name to its member of the union; the signature checks the pair.
  scope.events.emit({
    name,
    accountId: accountOf(scope).id,
    data,
    at: scope.store.clock.peek(),
    ...(actor ? { actor: { type: actor.type, id: actor.id } } : {}),
  } as DomainEvent);
}

/** Records the events a model function returned, in order. */
export function recordEvents(scope: Scope, events: readonly PendingEvent[]): void {
  for (const event of events) recordEvent(scope, event.name, event.data);
}
