/**
 * Global search (app/controllers/api/v1/accounts/search_controller.rb): index searches every kind,
 * the collection routes one kind each; the answer is `{payload: {<kind>: [...]}}`.
 */
import { search, type SearchResult, type SearchType } from '../domain/search';
import { ok, type HandlerMap, type RequestContext } from '../http/context';
import { pageNumber } from '../rails/pagination';
import { messageView } from '../views/message';
import { searchArticleView, searchContactView, searchConversationView } from '../views/search';

function render(ctx: RequestContext, result: SearchResult) {
  const { tables } = ctx;
  const payload: Record<string, unknown[]> = {};
  if (result.conversations)
    payload.conversations = result.conversations.map((c) => searchConversationView(tables, c));
  if (result.contacts) payload.contacts = result.contacts.map(searchContactView);
  if (result.messages) payload.messages = result.messages.map((m) => messageView(tables, m));
  if (result.articles) payload.articles = result.articles.map((a) => searchArticleView(tables, a));
  return ok({ payload });
}

const searching = (type: SearchType) => (ctx: RequestContext) =>
  render(ctx, search(ctx, type, ctx.query.q, pageNumber(ctx.query.page)));

export const handlers: HandlerMap = {
  globalSearch: searching('all'),
  globalSearchConversations: searching('Conversation'),
  globalSearchContacts: searching('Contact'),
  globalSearchMessages: searching('Message'),
  globalSearchArticles: searching('Article'),
};
