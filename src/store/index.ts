import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { resolveVersion, type ChatwootVersion } from '../versions';
import { Clock, ClockMode, DEFAULT_EPOCH } from './clock';
import type { ColumnLayout } from './columns';
import { noteVolatile } from './reads';
import { Table, TableMark, TableState, table } from './table';
import type * as T from './types';

export * from './types';
export { Clock, Table };
export { sameRecord } from './columns';
export type { ClockMode, TableState };

const byAccount = (r: { account_id: number | null }) => r.account_id ?? undefined;

/**
 * The two tables a big world fills with hundreds of thousands of rows are stored in columns (see
 * columns.ts), in the key order their records are built in (domain/records.ts messageRecord,
 * events/reporting.ts insertEvent). Fields that nearly always hold one of a few values (enums, null,
 * the shared empty object) take a byte a record.
 */
const MESSAGE_COLUMNS: ColumnLayout<T.Message> = {
  account_id: 'int',
  inbox_id: 'int',
  conversation_id: 'int',
  content: 'value',
  message_type: 'coded',
  content_type: 'coded',
  content_attributes: 'coded',
  status: 'coded',
  private: 'coded',
  source_id: 'coded',
  sender_type: 'coded',
  sender_id: 'int',
  echo_id: 'coded',
  additional_attributes: 'coded',
  external_source_ids: 'coded',
  attachments: 'coded',
  created_at: 'number',
  updated_at: 'number',
  id: 'id',
};

const REPORTING_EVENT_COLUMNS: ColumnLayout<T.ReportingEvent> = {
  account_id: 'int',
  name: 'coded',
  value: 'number',
  value_in_business_hours: 'number',
  inbox_id: 'int',
  user_id: 'int',
  conversation_id: 'int',
  event_start_time: 'number',
  event_end_time: 'number',
  created_at: 'number',
  id: 'id',
};

/**
 * Every table of the fake, with the indexes its queries need. Store.resetAccount finds a record's
 * account in its `account_id`; a table whose records have none passes `{ owner }` as Table's third
 * argument (records without an owner are shared: a per-account reset leaves them alone).
 */
function createTables() {
  return {
    accounts: table<T.Account>()('accounts', {}, { owner: (a) => a.id }),
    users: table<T.User>()('users', {
      token: (u) => u.access_token,
      email: (u) => u.email.toLowerCase(),
    }),
    accountUsers: table<T.AccountUser>()('account_users', {
      account: byAccount,
      user: (m) => m.user_id,
      membership: (m) => [m.account_id, m.user_id],
    }),
    agentBots: table<T.AgentBot>()('agent_bots', { account: byAccount, token: (b) => b.access_token }),
    agentBotInboxes: table<T.AgentBotInbox>()('agent_bot_inboxes', {
      account: byAccount,
      inbox: (b) => b.inbox_id,
      bot: (b) => b.agent_bot_id,
    }),
    inboxes: table<T.Inbox>()('inboxes', {
      account: byAccount,
      apiIdentifier: (i) => (i.channel.type === 'Channel::Api' ? i.channel.identifier : undefined),
      websiteToken: (i) => (i.channel.type === 'Channel::WebWidget' ? i.channel.website_token : undefined),
    }),
    inboxMembers: table<T.InboxMember>()('inbox_members', {
      inbox: (m) => m.inbox_id,
      user: (m) => m.user_id,
      membership: (m) => [m.inbox_id, m.user_id],
    }),
    contacts: table<T.Contact>()('contacts', {
      account: byAccount,
      email: (c) => (c.email ? [c.account_id, c.email.toLowerCase()] : undefined),
      phone: (c) => (c.phone_number ? [c.account_id, c.phone_number] : undefined),
      identifier: (c) => (c.identifier ? [c.account_id, c.identifier] : undefined),
    }),
    contactInboxes: table<T.ContactInbox>()('contact_inboxes', {
      contact: (ci) => ci.contact_id,
      inbox: (ci) => ci.inbox_id,
      source: (ci) => [ci.inbox_id, ci.source_id],
      pubsub: (ci) => ci.pubsub_token,
    }),
    conversations: table<T.Conversation>()('conversations', {
      account: byAccount,
      display: (c) => [c.account_id, c.display_id],
      contact: (c) => c.contact_id,
      contactInbox: (c) => c.contact_inbox_id,
      inbox: (c) => c.inbox_id,
      uuid: (c) => c.uuid,
    }),
    messages: table<T.Message>()(
      'messages',
      { conversation: (m) => m.conversation_id },
      { columns: MESSAGE_COLUMNS },
    ),
    labels: table<T.Label>()('labels', {
      account: byAccount,
      title: (l) => (l.title ? [l.account_id, l.title.toLowerCase()] : undefined),
    }),
    webhooks: table<T.Webhook>()('webhooks', { account: byAccount }),
    teams: table<T.Team>()('teams', { account: byAccount }),
    teamMembers: table<T.TeamMember>()('team_members', {
      team: (m) => m.team_id,
      user: (m) => m.user_id,
      membership: (m) => [m.team_id, m.user_id],
    }),
    cannedResponses: table<T.CannedResponse>()('canned_responses', { account: byAccount }),
    customAttributeDefinitions: table<T.CustomAttributeDefinition>()('custom_attribute_definitions', {
      account: byAccount,
    }),
    customFilters: table<T.CustomFilter>()('custom_filters', {
      user: (f) => [f.account_id, f.user_id],
    }),
    reportingEvents: table<T.ReportingEvent>()(
      'reporting_events',
      { account: byAccount, conversation: (e) => e.conversation_id ?? undefined },
      { columns: REPORTING_EVENT_COLUMNS },
    ),
    auditLogs: table<T.AuditLog>()('audits', {
      account: byAccount,
      auditable: (a) => [a.auditable_type, a.auditable_id],
    }),
    csatSurveyResponses: table<T.CsatSurveyResponse>()('csat_survey_responses', {
      account: byAccount,
      message: (r) => r.message_id,
    }),
    conversationParticipants: table<T.ConversationParticipant>()('conversation_participants', {
      conversation: (p) => p.conversation_id,
      user: (p) => p.user_id,
      membership: (p) => [p.conversation_id, p.user_id],
    }),
    notes: table<T.Note>()('notes', { contact: (n) => n.contact_id }),
    blobs: table<T.Blob>()('blobs', { key: (b) => b.key, record: (b) => b.record }),
    automationRules: table<T.AutomationRule>()('automation_rules', { account: byAccount }),
    integrationHooks: table<T.IntegrationHook>()('integrations_hooks', {
      account: byAccount,
      app: (h) => [h.account_id, h.app_id],
    }),
    portals: table<T.Portal>()('portals', { account: byAccount, slug: (p) => p.slug }),
    categories: table<T.Category>()('categories', { portal: (c) => c.portal_id }),
    articles: table<T.Article>()('articles', {
      portal: (a) => a.portal_id,
      slug: (a) => a.slug,
      category: (a) => a.category_id ?? undefined,
      associated: (a) => a.associated_article_id ?? undefined,
    }),
    campaigns: table<T.Campaign>()('campaigns', {
      account: byAccount,
      display: (c) => [c.account_id, c.display_id],
      inbox: (c) => c.inbox_id ?? undefined,
    }),
    platformApps: table<T.PlatformApp>()('platform_apps', { token: (a) => a.access_token }),
    platformAppPermissibles: table<T.PlatformAppPermissible>()('platform_app_permissibles', {
      account: byAccount,
      app: (p) => [p.platform_app_id, p.permissible_type],
      permissible: (p) => [p.platform_app_id, p.permissible_type, p.permissible_id],
      object: (p) => [p.permissible_type, p.permissible_id],
    }),
    ssoAuthTokens: table<T.SsoAuthToken>()('sso_auth_tokens', {
      user: (t) => t.user_id,
      sso: (t) => [t.user_id, t.token],
    }),
    sessions: table<T.Session>()('sessions', { user: (s) => s.user_id, client: (s) => s.client }),
    notifications: table<T.Notification>()('notifications', {
      account: byAccount,
      user: (n) => [n.account_id, n.user_id],
      actor: (n) => [n.user_id, n.primary_actor_id],
    }),
    notificationSettings: table<T.NotificationSetting>()('notification_settings', {
      account: byAccount,
      membership: (s) => [s.account_id, s.user_id],
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

/**
 * A point in the store's history that `rollback` returns to (see Store.checkpoint). Opaque: keep it
 * and hand it back; it stays valid until a rollback to an earlier checkpoint.
 */
export interface Checkpoint {
  readonly seq: number;
  readonly tables: { readonly [K in TableName]: TableMark };
  readonly clock: { current: number; realOffset: number };
  readonly counter: number;
  readonly sequences: Record<string, number>;
}

export interface StoreOptions {
  clockStart?: number;
  clockMode?: ClockMode;
  /**
   * Keys the secrets the store generates (tokens, pubsub tokens, source ids, blob keys, uuids): the same
   * seed gives the same secrets, run after run. Without one, a random key of this store
   * (crypto.randomBytes): secrets nobody can derive from the ones they have seen.
   */
  seed?: number | string;
  /** The Chatwoot version the fake emulates (default: the newest profile); see src/versions. */
  chatwootVersion?: ChatwootVersion;
}

/**
 * The fake's whole state: tables, the clock, and a counter of generated secrets (keyed: see nextToken).
 *
 * Three ways back in time (records are immutable, so they are shared rather than copied; the two
 * tables kept in columns hand out copies, see MESSAGE_COLUMNS):
 * - `checkpoint()` / `rollback(mark)`: undo log, O(changes since the checkpoint) — what reset uses;
 * - `resetAccount(accountId)`: one account's records back to its baseline, the others untouched;
 * - `snapshot()` / `restore(snapshot)`: a named copy (O(n) pointer copies; O(chunks) for a column
 *   table), restored by writing only the records that differ.
 */
export class Store {
  readonly tables: Tables = createTables();
  readonly clock: Clock;
  /** The Chatwoot version whose shapes are rendered (fixed for the store's life). */
  readonly chatwootVersion: ChatwootVersion;
  /** Numbers the secrets (uuids, tokens) of records created at run time; see nextToken. */
  private counter = 0;
  /** The key of every generated secret (see StoreOptions.seed). */
  private readonly secretKey: Buffer;
  /** The last block of token bytes drawn (see tokenBytes). */
  private tokenBlock: { index: number; bytes: Buffer } | undefined;
  /** Id sequences of records that live inside other records (e.g. a message's attachments). */
  private sequences: Record<string, number> = {};
  /** Live checkpoints, oldest first. */
  private marks: Checkpoint[] = [];
  private markSeq = 0;
  /** Each account's seeded state, for resetAccount. */
  private readonly baselines = new Map<number, Checkpoint>();

  constructor(options: StoreOptions = {}) {
    this.clock = new Clock(options.clockStart ?? DEFAULT_EPOCH, options.clockMode ?? 'step');
    this.secretKey = secretKeyFor(options.seed);
    this.chatwootVersion = options.chatwootVersion ?? resolveVersion(undefined);
  }

  /**
   * A fresh token-like string (`length` ≤ 32 characters after `prefix`): the n-th secret of the store,
   * derived from n with HMAC-SHA256 under the store's key (HKDF-Expand, a block of 255 secrets a call).
   * The same seed and sequence of calls give the same strings; without a seed they cannot be predicted.
   */
  nextToken(prefix: string, length = 24): string {
    noteVolatile();
    this.counter++;
    return prefix + tokenFromBytes(this.tokenBytes(this.counter), length);
  }

  /**
   * A token named by `label` (e.g. `2:user:ada:0`), HMAC-SHA256 under the store's key, or under the
   * key of `seed` when one is given: the same key and label always give the same token.
   */
  keyedToken(label: string, length = 24, seed?: number | string): string {
    const key = seed === undefined ? this.secretKey : secretKeyFor(seed);
    return tokenFromBytes(createHmac('sha256', key).update(label).digest(), length);
  }

  /** The 32 bytes of the n-th generated secret. */
  private tokenBytes(n: number): Buffer {
    const index = Math.floor((n - 1) / TOKENS_PER_BLOCK);
    if (this.tokenBlock?.index !== index) {
      const info = `chatwoot-fake tokens ${index}`;
      const bytes = Buffer.from(hkdfSync('sha256', this.secretKey, '', info, TOKENS_PER_BLOCK * 32));
      this.tokenBlock = { index, bytes };
    }
    const at = ((n - 1) % TOKENS_PER_BLOCK) * 32;
    return this.tokenBlock.bytes.subarray(at, at + 32);
  }

  /** A deterministic RFC 4122-shaped uuid. */
  nextUuid(): string {
    const hex = Buffer.from(this.nextToken('', 16)).toString('hex').slice(0, 32);
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `4${hex.slice(13, 16)}`,
      `a${hex.slice(17, 20)}`,
      hex.slice(20, 32),
    ].join('-');
  }

  /** The next id of a named sequence (1, 2, ...), for records without a table of their own. */
  nextId(sequence: string): number {
    noteVolatile();
    this.sequences = { ...this.sequences, [sequence]: (this.sequences[sequence] ?? 0) + 1 };
    return this.sequences[sequence];
  }

  private eachTable(fn: (table: Table<any>, name: TableName) => void): void {
    for (const name of Object.keys(this.tables) as TableName[]) fn(this.tables[name] as Table<any>, name);
  }

  // ---------------------------------------------------------------------------------------------
  // Checkpoints (undo log)

  /**
   * Marks the current state; `rollback(mark)` returns to it in O(changes since). Writes are logged
   * from the first checkpoint on. Checkpoints nest: rolling back to one drops those taken after it.
   */
  checkpoint(): Checkpoint {
    const tables = {} as Record<TableName, TableMark>;
    this.eachTable((table, name) => (tables[name] = table.mark()));
    const mark: Checkpoint = {
      seq: ++this.markSeq,
      tables,
      clock: this.clock.state(),
      counter: this.counter,
      sequences: this.sequences,
    };
    this.marks.push(mark);
    return mark;
  }

  /** Returns every table, the clock, the token counter and id sequences to `mark`. */
  rollback(mark: Checkpoint): void {
    this.assertLive(mark);
    this.eachTable((table, name) => table.rollback(mark.tables[name]));
    this.clock.restore(mark.clock);
    this.counter = mark.counter;
    this.sequences = mark.sequences;
    const dropped = this.marks.filter((m) => m.seq > mark.seq);
    this.marks = this.marks.filter((m) => m.seq <= mark.seq);
    for (const m of dropped) this.eachTable((table, name) => table.unmark(m.tables[name]));
    for (const [accountId, m] of this.baselines) if (m.seq > mark.seq) this.baselines.delete(accountId);
  }

  /** Forgets a checkpoint (and its cached values) that will not be rolled back to. */
  release(mark: Checkpoint): void {
    const i = this.marks.indexOf(mark);
    if (i < 0) return;
    this.marks.splice(i, 1);
    this.eachTable((table, name) => table.unmark(mark.tables[name]));
    for (const [accountId, m] of this.baselines) if (m === mark) this.baselines.delete(accountId);
  }

  isLive(mark: Checkpoint): boolean {
    return this.marks.includes(mark);
  }

  private assertLive(mark: Checkpoint): void {
    if (!this.isLive(mark)) {
      throw new Error('checkpoint is no longer valid (a rollback to an earlier checkpoint dropped it)');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Per-account reset

  /** Records `mark` as the state `resetAccount(accountId)` returns that account to. */
  setBaseline(accountId: number, mark: Checkpoint): void {
    this.assertLive(mark);
    this.baselines.set(accountId, mark);
  }

  baselineOf(accountId: number): Checkpoint | undefined {
    return this.baselines.get(accountId);
  }

  /**
   * Moves the baseline of those of `accountIds` that have one to the current state: for start-up work
   * after seeding (backfilled reporting events, seeded notifications) that a reset must keep.
   */
  rebaseline(accountIds: Iterable<number>): void {
    const baselined = [...accountIds].filter((accountId) => this.baselines.has(accountId));
    if (!baselined.length) return;
    const mark = this.checkpoint();
    for (const accountId of baselined) this.setBaseline(accountId, mark);
  }

  /** Accounts with a baseline (seeded accounts), in id order. */
  seededAccountIds(): number[] {
    return [...this.baselines.keys()].sort((a, b) => a - b);
  }

  /**
   * Returns one account's records (every record whose owner — its `account_id` — is the account, and
   * the users who belong to no other account) to `mark` (default: the account's baseline), leaving
   * other accounts' changes in place. The clock, token counter and id sequences are shared and move on
   * (new records keep getting fresh ids). Runs as ordinary logged writes, so checkpoints stay valid.
   * Returns the number of records that changed.
   */
  resetAccount(accountId: number, mark: Checkpoint | undefined = this.baselines.get(accountId)): number {
    if (!mark) throw new Error(`account ${accountId} has no seeded state to reset to`);
    this.assertLive(mark);
    const { users, accountUsers } = this.tables;
    // Users have no account_id: one belongs to the account when every membership it had at the mark
    // or since (current ones and those changed since) is in that account. Decided before the reset.
    const membershipsBefore = new Map<number, Set<number>>();
    for (const before of accountUsers.changedSince(mark.tables.accountUsers).values()) {
      if (!before) continue;
      let set = membershipsBefore.get(before.user_id);
      if (!set) membershipsBefore.set(before.user_id, (set = new Set()));
      set.add(before.account_id);
    }
    const ownUsers = new Set<number>();
    for (const userId of users.changedSince(mark.tables.users).keys()) {
      const accounts = new Set(membershipsBefore.get(userId));
      for (const m of accountUsers.where('user', userId)) accounts.add(m.account_id);
      if (accounts.size === 1 && accounts.has(accountId)) ownUsers.add(userId);
    }
    let changed = 0;
    this.eachTable((table, name) => {
      if (name === 'users') return;
      changed += table.revert(mark.tables[name], (r) => table.owner(r) === accountId);
    });
    changed += users.revert(mark.tables.users, (u) => ownUsers.has(u.id));
    return changed;
  }

  // ---------------------------------------------------------------------------------------------
  // Named snapshots

  /**
   * A copy of the whole state, JSON-serialisable: O(rows) pointer copies (records are shared), and for
   * messages and reporting events their columns' chunks, shared copy-on-write.
   */
  snapshot(): StoreSnapshot {
    const tables = {} as StoreSnapshot['tables'];
    this.eachTable((table, name) => (tables[name] = table.snapshot()));
    return { tables, clock: this.clock.state(), counter: this.counter, sequences: { ...this.sequences } };
  }

  /** Makes the state equal to `snapshot`, writing only the records that differ. */
  restore(snapshot: StoreSnapshot): void {
    this.eachTable((table, name) => table.restore(snapshot.tables[name] ?? { rows: [], nextId: 1 }));
    this.clock.restore(snapshot.clock);
    this.counter = snapshot.counter;
    this.sequences = { ...(snapshot.sequences ?? {}) };
  }
}

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Secrets per HKDF call: 255 × 32 bytes, the most one HKDF-SHA256 expansion gives. */
const TOKENS_PER_BLOCK = 255;

/** The key of a store's secrets: derived from its seed, or random. */
function secretKeyFor(seed: number | string | undefined): Buffer {
  if (seed === undefined) return randomBytes(32);
  return createHash('sha256')
    .update(`chatwoot-fake secrets, seed ${String(seed)}`)
    .digest();
}

/** A token of `length` (≤ 32) characters of TOKEN_ALPHABET, one from each byte. */
function tokenFromBytes(bytes: Buffer, length: number): string {
  if (length > bytes.length) throw new Error(`tokens are at most ${bytes.length} characters`);
  const chars: string[] = [];
  for (let i = 0; i < length; i++) chars.push(TOKEN_ALPHABET[bytes[i] % TOKEN_ALPHABET.length]);
  return chars.join('');
}

/** 32-bit FNV-1a of a string: a seed derived from a name (of a random stream). */
export function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
