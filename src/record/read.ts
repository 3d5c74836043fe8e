/**
 * Reading an account through the Application API, paginated as Chatwoot paginates: contacts 15 a page
 * (`page`), conversations 25 a page (`page`, `status=all`, `assignee_type=all`), a conversation's
 * messages 20 at a time, older ones by `before=<oldest id>`. Each kind is read on its own: one that
 * fails (an unexpected status or shape) is skipped with a warning, and what depends on it goes too.
 */
import { RecordClient, ReadFailure, listOf, objectOf } from './client';

type Json = Record<string, any>;

export interface Snapshot {
  account: Json;
  agents: Json[];
  agentBots: Json[];
  teams: (Json & { members: Json[] })[];
  labels: Json[];
  inboxes: (Json & { members: Json[]; agentBot: Json | null })[];
  contacts: (Json & { labels: string[] })[];
  conversations: (Json & { allMessages: Json[] })[];
  cannedResponses: Json[];
  customAttributeDefinitions: Json[];
  webhooks: Json[];
  /** What could not be read (the kind skipped, or part of it). */
  warnings: string[];
}

export interface ReadOptions {
  /** At most this many contacts from the contact list (the contacts of recorded conversations come too). */
  limitContacts?: number;
  /** At most this many conversations (the most recently active first, as Chatwoot lists them). */
  limitConversations?: number;
  /** Progress lines (one per kind). */
  progress?: (line: string) => void;
}

/** Chatwoot's page sizes. */
export const CONTACTS_PER_PAGE = 15;
export const CONVERSATIONS_PER_PAGE = 25;
/** Pages read at most per list: a bound on a server that never answers an empty page. */
const MAX_PAGES = 100_000;

export async function readAccount(client: RecordClient, options: ReadOptions = {}): Promise<Snapshot> {
  const warnings: string[] = [];
  const progress = options.progress ?? (() => undefined);
  /** Reads one kind; a ReadFailure becomes a warning and `fallback`. */
  const attempt = async <T>(kind: string, read: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      const value = await read();
      progress(`read ${kind}`);
      return value;
    } catch (err) {
      if (!(err instanceof ReadFailure)) throw err;
      warnings.push(`${kind} skipped: ${err.message}`);
      return fallback;
    }
  };

  // The account first: a wrong token or account id stops here, before anything else is asked.
  let account: Json;
  try {
    account = objectOf(await client.get(''), 'account');
  } catch (err) {
    if (err instanceof ReadFailure) throw new ReadFailure(`the account cannot be read (${err.message})`);
    throw err;
  }

  const agents = await attempt('agents', async () => listOf(await client.get('/agents'), 'agents'), []);
  const agentBots = await attempt(
    'agent bots',
    async () =>
      listOf(await client.get('/agent_bots'), 'agent bots').filter((b) => b.account_id === account.id),
    [],
  );
  const teams = await attempt(
    'teams',
    async () => {
      const out: Snapshot['teams'] = [];
      for (const team of listOf(await client.get('/teams'), 'teams')) {
        const members = listOf(await client.get(`/teams/${team.id}/team_members`), 'team members');
        out.push({ ...team, members });
      }
      return out;
    },
    [],
  );
  const labels = await attempt(
    'labels',
    async () => listOf(await client.get('/labels'), 'labels', 'payload'),
    [],
  );
  const inboxes = await attempt(
    'inboxes',
    async () => {
      const out: Snapshot['inboxes'] = [];
      for (const inbox of listOf(await client.get('/inboxes'), 'inboxes', 'payload')) {
        const members = listOf(await client.get(`/inbox_members/${inbox.id}`), 'inbox members', 'payload');
        const bot = objectOf(await client.get(`/inboxes/${inbox.id}/agent_bot`), 'inbox agent bot');
        out.push({ ...inbox, members, agentBot: bot.agent_bot && bot.agent_bot.id ? bot.agent_bot : null });
      }
      return out;
    },
    [],
  );
  const contacts = await attempt('contacts', () => readContacts(client, options.limitContacts), []);
  const conversations = await attempt(
    'conversations',
    () => readConversations(client, options.limitConversations, warnings),
    [],
  );
  // The contacts of recorded conversations, when the contact list stopped before them.
  const known = new Set(contacts.map((c) => c.id));
  for (const conversation of conversations) {
    const sender = conversation.meta?.sender;
    if (!sender || typeof sender.id !== 'number' || known.has(sender.id)) continue;
    known.add(sender.id);
    const labels = await attempt(
      `labels of contact ${sender.id}`,
      () => contactLabels(client, sender.id),
      [],
    );
    contacts.push({ ...sender, labels });
  }
  const cannedResponses = await attempt(
    'canned responses',
    async () => listOf(await client.get('/canned_responses'), 'canned responses'),
    [],
  );
  const customAttributeDefinitions = await attempt(
    'custom attribute definitions',
    async () => listOf(await client.get('/custom_attribute_definitions'), 'custom attribute definitions'),
    [],
  );
  const webhooks = await attempt(
    'webhooks',
    async () => listOf(await client.get('/webhooks'), 'webhooks', 'payload', 'webhooks'),
    [],
  );
  return {
    account,
    agents,
    agentBots,
    teams,
    labels,
    inboxes,
    contacts,
    conversations,
    cannedResponses,
    customAttributeDefinitions,
    webhooks,
    warnings,
  };
}

async function contactLabels(client: RecordClient, id: number): Promise<string[]> {
  const body = objectOf(await client.get(`/contacts/${id}/labels`), 'contact labels');
  if (!Array.isArray(body.payload)) throw new ReadFailure('contact labels: expected a list at payload');
  return body.payload.filter((l: unknown): l is string => typeof l === 'string');
}

async function readContacts(client: RecordClient, limit = Infinity): Promise<Snapshot['contacts']> {
  const out: Snapshot['contacts'] = [];
  const seen = new Set<number>();
  for (let page = 1; page <= MAX_PAGES && out.length < limit; page++) {
    const body = await client.get('/contacts', { page, include_contact_inboxes: 'false' });
    const list = listOf(body, 'contacts', 'payload');
    if (!list.length) break;
    for (const contact of list) {
      if (out.length >= limit || seen.has(contact.id)) continue;
      seen.add(contact.id);
      out.push({ ...contact, labels: await contactLabels(client, contact.id) });
    }
    const count = Number(objectOf(body, 'contacts').meta?.count);
    if (list.length < CONTACTS_PER_PAGE || (Number.isFinite(count) && page * CONTACTS_PER_PAGE >= count))
      break;
  }
  return out;
}

async function readConversations(
  client: RecordClient,
  limit = Infinity,
  warnings: string[],
): Promise<Snapshot['conversations']> {
  const out: Snapshot['conversations'] = [];
  const seen = new Set<number>();
  for (let page = 1; page <= MAX_PAGES && out.length < limit; page++) {
    const body = await client.get('/conversations', { page, status: 'all', assignee_type: 'all' });
    const list = listOf(body, 'conversations', 'data', 'payload');
    if (!list.length) break;
    for (const conversation of list) {
      if (out.length >= limit || seen.has(conversation.id)) continue;
      seen.add(conversation.id);
      try {
        out.push({ ...conversation, allMessages: await readMessages(client, conversation.id) });
      } catch (err) {
        if (!(err instanceof ReadFailure)) throw err;
        warnings.push(`conversation ${conversation.id} skipped: ${err.message}`);
      }
    }
    const all = Number(objectOf(body, 'conversations').data?.meta?.all_count);
    if (
      list.length < CONVERSATIONS_PER_PAGE ||
      (Number.isFinite(all) && page * CONVERSATIONS_PER_PAGE >= all)
    )
      break;
  }
  return out;
}

/** Every message of a conversation (by display id), oldest first. */
async function readMessages(client: RecordClient, displayId: number): Promise<Json[]> {
  const byId = new Map<number, Json>();
  let before: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await client.get(`/conversations/${displayId}/messages`, { before });
    const list = listOf(body, 'messages', 'payload').filter((m) => typeof m.id === 'number');
    const fresh = list.filter((m) => !byId.has(m.id));
    if (!fresh.length) break;
    for (const message of fresh) byId.set(message.id, message);
    before = Math.min(...list.map((m) => m.id));
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}
