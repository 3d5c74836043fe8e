/**
 * What the browser pages show about the running fake, read from the store at request time (so it
 * follows resets and changes): the main account, its users with their tokens and passwords, its
 * inboxes, record counts, and the URLs to reach the fake as the browser reached it.
 */
import type { Request } from 'express';
import { csatSurveyLocked } from '../domain/messages';
import { isResolvedContact } from '../store/derived/contact-search';
import type { Message, Store } from '../store';

export interface WebUser {
  id: number;
  name: string;
  email: string;
  password: string;
  role: 'administrator' | 'agent';
  token: string;
}

export interface WebInfo {
  baseUrl: string;
  cableUrl: string;
  accountId: number;
  accountName: string;
  /** Administrators first, then agents, each by id. */
  users: WebUser[];
  tokens: { admin: string; agent: string; bot: string };
  /** The first API-channel inbox: the Public API's `inbox_identifier`. */
  apiInbox?: { id: number; name: string; identifier: string };
  /** The first website inbox: its `website_token` (the web widget's). */
  websiteInbox?: { id: number; name: string; websiteToken: string };
  counts: { contacts: number; conversations: number; open: number; inboxes: number };
  /** The newest CSAT survey that can still be answered: its page (/survey/responses/{uuid}). */
  survey?: { path: string; contactName: string; inboxName: string };
  control: boolean;
}

/**
 * The fake's origin as the request reached it, e.g. `http://127.0.0.1:3000`: its Host header when
 * `trustHost` says it is one of the fake's names (never an arbitrary one echoed into a page or the
 * spec's servers), else the address and port the client connected to.
 */
export function baseUrlOf(req: Request, trustHost: (req: Request) => boolean = () => true): string {
  const host = req.get('host');
  if (host && trustHost(req)) return `${req.protocol}://${host}`;
  const address = req.socket?.localAddress?.replace(/^::ffff:(?=\d+\.)/, '');
  const port = req.socket?.localPort;
  if (!address || !port) return `${req.protocol}://127.0.0.1`;
  return `${req.protocol}://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

/** What a page shows a client that may not see the secrets: where to find them. */
export function withoutSecrets(info: WebInfo): WebInfo {
  return {
    ...info,
    users: info.users.map((u) => ({ ...u, password: '', token: '' })),
    tokens: { admin: '', agent: '', bot: '' },
    apiInbox: info.apiInbox && { ...info.apiInbox, identifier: '' },
    websiteInbox: info.websiteInbox && { ...info.websiteInbox, websiteToken: '' },
    control: false,
  };
}

/** The main account: the first seeded one (else the lowest id), or undefined in an empty store. */
export function mainAccountId(store: Store): number | undefined {
  const seeded = store.seededAccountIds();
  if (seeded.length) return seeded[0];
  let min: number | undefined;
  for (const a of store.tables.accounts.all()) if (min === undefined || a.id < min) min = a.id;
  return min;
}

export function webInfo(store: Store, baseUrl: string, control: boolean): WebInfo | undefined {
  const accountId = mainAccountId(store);
  const account = accountId === undefined ? undefined : store.tables.accounts.get(accountId);
  if (!account) return undefined;
  const { tables } = store;
  const users: WebUser[] = [];
  for (const m of tables.accountUsers.where('account', account.id)) {
    const user = tables.users.get(m.user_id);
    if (!user) continue;
    users.push({
      id: user.id,
      name: user.name,
      email: user.email,
      password: user.password,
      role: m.role,
      token: user.access_token,
    });
  }
  users.sort((a, b) => (a.role === b.role ? a.id - b.id : a.role === 'administrator' ? -1 : 1));
  const inboxes = tables.inboxes.where('account', account.id);
  const api = inboxes.find((i) => i.channel.type === 'Channel::Api');
  const website = inboxes.find((i) => i.channel.type === 'Channel::WebWidget');
  const conversations = tables.conversations.where('account', account.id);
  return {
    baseUrl,
    cableUrl: `${baseUrl.replace(/^http/, 'ws')}/cable`,
    accountId: account.id,
    accountName: account.name,
    users,
    tokens: {
      admin: users.find((u) => u.role === 'administrator')?.token ?? '',
      agent: users.find((u) => u.role === 'agent')?.token ?? '',
      bot: tables.agentBots.where('account', account.id)[0]?.access_token ?? '',
    },
    apiInbox:
      api && api.channel.type === 'Channel::Api'
        ? { id: api.id, name: api.name, identifier: api.channel.identifier }
        : undefined,
    websiteInbox:
      website && website.channel.type === 'Channel::WebWidget'
        ? { id: website.id, name: website.name, websiteToken: website.channel.website_token }
        : undefined,
    counts: {
      // As GET /contacts counts them: an anonymous visitor without identity is not listed.
      contacts: tables.contacts.cached(
        `web:listed:${account.id}`,
        () => tables.contacts.where('account', account.id).filter(isResolvedContact).length,
      ),
      conversations: conversations.length,
      open: conversations.filter((c) => c.status === 'open').length,
      inboxes: inboxes.length,
    },
    survey: openSurvey(store, account.id),
    control,
  };
}

/** The account's newest input_csat message not locked yet (see csatSurveyLocked), as a page link. */
function openSurvey(store: Store, accountId: number): WebInfo['survey'] {
  const { tables } = store;
  // Newest first; recomputed when the messages change.
  const surveys = tables.messages.cached(`web:csat:${accountId}`, () => {
    const found: Message[] = [];
    for (const c of tables.conversations.where('account', accountId)) {
      for (const m of tables.messages.where('conversation', c.id)) {
        if (m.content_type === 'input_csat') found.push(m);
      }
    }
    return found.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
  });
  const message = surveys.find((m) => !csatSurveyLocked(store, m));
  const conversation = message && tables.conversations.get(message.conversation_id);
  if (!conversation) return undefined;
  return {
    path: `/survey/responses/${encodeURIComponent(conversation.uuid)}`,
    contactName: tables.contacts.get(conversation.contact_id)?.name ?? '',
    inboxName: tables.inboxes.get(conversation.inbox_id)?.name ?? '',
  };
}
