import { Clock, ClockMode, DEFAULT_EPOCH } from './clock';
import { Table, TableState } from './table';
import type * as T from './types';

export * from './types';
export { Clock, Table };
export type { ClockMode };

const byAccount = (r: { account_id: number | null }) => r.account_id ?? undefined;
const lower = (s: string | null) => (s ? s.toLowerCase() : undefined);

/** Every table of the fake, with the indexes its queries need. */
function createTables() {
  return {
    accounts: new Table<T.Account>('accounts'),
    users: new Table<T.User>('users', {
      token: (u) => u.access_token,
      email: (u) => u.email.toLowerCase(),
    }),
    accountUsers: new Table<T.AccountUser>('account_users', {
      account: byAccount,
      user: (m) => m.user_id,
      membership: (m) => `${m.account_id}:${m.user_id}`,
    }),
    agentBots: new Table<T.AgentBot>('agent_bots', { account: byAccount, token: (b) => b.access_token }),
    agentBotInboxes: new Table<T.AgentBotInbox>('agent_bot_inboxes', {
      account: byAccount,
      inbox: (b) => b.inbox_id,
      bot: (b) => b.agent_bot_id,
    }),
    inboxes: new Table<T.Inbox>('inboxes', {
      account: byAccount,
      apiIdentifier: (i) => (i.channel.type === 'Channel::Api' ? i.channel.identifier : undefined),
      websiteToken: (i) => (i.channel.type === 'Channel::WebWidget' ? i.channel.website_token : undefined),
    }),
    inboxMembers: new Table<T.InboxMember>('inbox_members', {
      inbox: (m) => m.inbox_id,
      user: (m) => m.user_id,
      membership: (m) => `${m.inbox_id}:${m.user_id}`,
    }),
    contacts: new Table<T.Contact>('contacts', {
      account: byAccount,
      email: (c) => (c.email ? `${c.account_id}:${c.email.toLowerCase()}` : undefined),
      phone: (c) => (c.phone_number ? `${c.account_id}:${c.phone_number}` : undefined),
      identifier: (c) => (c.identifier ? `${c.account_id}:${c.identifier}` : undefined),
    }),
    contactInboxes: new Table<T.ContactInbox>('contact_inboxes', {
      contact: (ci) => ci.contact_id,
      inbox: (ci) => ci.inbox_id,
      source: (ci) => `${ci.inbox_id}:${ci.source_id}`,
      pubsub: (ci) => ci.pubsub_token,
    }),
    conversations: new Table<T.Conversation>('conversations', {
      account: byAccount,
      display: (c) => `${c.account_id}:${c.display_id}`,
      contact: (c) => c.contact_id,
      contactInbox: (c) => c.contact_inbox_id,
      inbox: (c) => c.inbox_id,
    }),
    messages: new Table<T.Message>('messages', { conversation: (m) => m.conversation_id }),
    labels: new Table<T.Label>('labels', {
      account: byAccount,
      title: (l) => `${l.account_id}:${lower(l.title)}`,
    }),
    webhooks: new Table<T.Webhook>('webhooks', { account: byAccount }),
    teams: new Table<T.Team>('teams', { account: byAccount }),
    teamMembers: new Table<T.TeamMember>('team_members', {
      team: (m) => m.team_id,
      user: (m) => m.user_id,
      membership: (m) => `${m.team_id}:${m.user_id}`,
    }),
    // more tables: add each with a small edit just above this line
  };
}

export type Tables = ReturnType<typeof createTables>;
export type TableName = keyof Tables;

export interface StoreSnapshot {
  tables: { [K in TableName]: TableState<any> };
  clock: { current: number; realOffset: number };
  counter: number;
  /** Id sequences of records kept inside other records (see Store.nextId). */
  sequences?: Record<string, number>;
}

export interface StoreOptions {
  clockStart?: number;
  clockMode?: ClockMode;
}

/** The fake's whole state: tables, the clock, and a deterministic token counter. */
export class Store {
  readonly tables: Tables = createTables();
  readonly clock: Clock;
  /** Feeds deterministic ids (uuids, tokens) for records created at run time. */
  private counter = 0;
  /** Id sequences of records that live inside other records (e.g. a message's attachments). */
  private sequences: Record<string, number> = {};

  constructor(options: StoreOptions = {}) {
    this.clock = new Clock(options.clockStart ?? DEFAULT_EPOCH, options.clockMode ?? 'step');
  }

  /** A deterministic token-like string: same sequence of calls → same strings. */
  nextToken(prefix: string, length = 24): string {
    this.counter++;
    // A cheap deterministic hash stream (xorshift) so tokens look random yet repeat across runs.
    let x = (this.counter * 2654435761) >>> 0 || 1;
    let out = '';
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    while (out.length < length) {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      out += alphabet[x % alphabet.length];
    }
    return prefix + out;
  }

  /** A deterministic RFC 4122-shaped uuid. */
  nextUuid(): string {
    const hex = Buffer.from(this.nextToken('', 16)).toString('hex').slice(0, 32);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** The next id of a named sequence (1, 2, ...), for records without a table of their own. */
  nextId(sequence: string): number {
    this.sequences[sequence] = (this.sequences[sequence] ?? 0) + 1;
    return this.sequences[sequence];
  }

  snapshot(): StoreSnapshot {
    const tables = {} as StoreSnapshot['tables'];
    for (const name of Object.keys(this.tables) as TableName[]) tables[name] = this.tables[name].snapshot();
    return { tables, clock: this.clock.state(), counter: this.counter, sequences: { ...this.sequences } };
  }

  restore(snapshot: StoreSnapshot): void {
    for (const name of Object.keys(this.tables) as TableName[]) {
      (this.tables[name] as Table<any>).restore(snapshot.tables[name]);
    }
    this.clock.restore(snapshot.clock);
    this.counter = snapshot.counter;
    this.sequences = { ...(snapshot.sequences ?? {}) };
  }
}
