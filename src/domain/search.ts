/**
 * Global search (app/services/search_service.rb, the SQL search of a Chatwoot without the enterprise
 * `advanced_search` feature): `q` stripped, 15 results a page (`params[:page]`), only records of inboxes
 * the user may see (User#assigned_inboxes: every inbox of the account for an administrator, the inboxes
 * the agent is a member of otherwise).
 * - conversations: the display id (as text) or the contact's name, email, phone number or identifier
 *   `ILIKE '%q%'`, newest created first;
 * - messages: content `ILIKE '%q%'`, created in the last 3 months, newest first;
 * - contacts: name, email, phone number or identifier `ILIKE '%q%'`, resolved contacts only (not
 *   restricted by inbox), by last activity, newest first, never-active ones last;
 * - articles: published articles of the account matching the words of `q` (pg_search's tsearch with
 *   prefixes, over title, description and content), most recently updated first; a blank `q` finds none.
 * `since` / `until` belong to the enterprise OpenSearch search and are ignored here.
 */
import type { Article, Contact, Conversation, Message } from '../store';
import { paginate } from '../rails/pagination';
import { ilikeContains } from '../rails/text';
import { isResolvedContact } from '../store/derived/contact-search';
import { visibleInboxIds } from './access';
import { accountOf, type Scope } from './scope';

export const SEARCH_PER_PAGE = 15;

export type SearchType = 'all' | 'Conversation' | 'Message' | 'Contact' | 'Article';

export interface SearchResult {
  conversations?: Conversation[];
  messages?: Message[];
  contacts?: Contact[];
  articles?: Article[];
}

/** `N.months.ago` from an instant, as ActiveSupport moves calendar months (UTC). */
function monthsBefore(at: number, months: number): number {
  const d = new Date(at);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

const newestFirst =
  <T extends { id: number }>(key: (r: T) => number) =>
  (a: T, b: T) =>
    key(b) - key(a) || b.id - a.id;

export function search(scope: Scope, type: SearchType, q: unknown, page: number): SearchResult {
  const { tables } = scope;
  const account = accountOf(scope);
  const query = (q === undefined || q === null ? '' : String(q)).trim();
  const matches = ilikeContains(query);
  const visible = visibleInboxIds(scope);
  const canSee = (inboxId: number) => visible === 'all' || visible.has(inboxId);
  const accountConversations = () =>
    tables.conversations.where('account', account.id).filter((c) => canSee(c.inbox_id));

  const conversations = () => {
    const found = accountConversations().filter((c) => {
      if (matches(String(c.display_id))) return true;
      const contact = tables.contacts.get(c.contact_id);
      return (
        !!contact && [contact.name, contact.email, contact.phone_number, contact.identifier].some(matches)
      );
    });
    return paginate(found.sort(newestFirst((c) => c.created_at)), page, SEARCH_PER_PAGE);
  };

  const messages = () => {
    const since = monthsBefore(scope.store.clock.peek(), 3);
    const found: Message[] = [];
    for (const c of accountConversations()) {
      for (const m of tables.messages.where('conversation', c.id)) {
        if (m.created_at >= since && matches(m.content)) found.push(m);
      }
    }
    return paginate(found.sort(newestFirst((m) => m.created_at)), page, SEARCH_PER_PAGE);
  };

  const contacts = () => {
    const found = tables.contacts
      .where('account', account.id)
      .filter((c) => isResolvedContact(c) && [c.name, c.email, c.phone_number, c.identifier].some(matches));
    found.sort(
      (a, b) => (b.last_activity_at ?? -Infinity) - (a.last_activity_at ?? -Infinity) || b.id - a.id,
    );
    return paginate(found, page, SEARCH_PER_PAGE);
  };

  const articles = () => {
    const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (!words.length) return [];
    const found = tables.portals
      .where('account', account.id)
      .flatMap((p) => tables.articles.where('portal', p.id));
    const hits = found.filter((a) => {
      if (a.status !== 'published') return false;
      const tokens =
        `${a.title ?? ''} ${a.description ?? ''} ${a.content ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ??
        [];
      return words.every((w) => tokens.some((t) => t.startsWith(w)));
    });
    return paginate(hits.sort(newestFirst((a) => a.updated_at)), page, SEARCH_PER_PAGE);
  };

  switch (type) {
    case 'Conversation':
      return { conversations: conversations() };
    case 'Message':
      return { messages: messages() };
    case 'Contact':
      return { contacts: contacts() };
    case 'Article':
      return { articles: articles() };
    default:
      return {
        contacts: contacts(),
        messages: messages(),
        conversations: conversations(),
        articles: articles(),
      };
  }
}
