/** Listing, searching and filtering contacts (ContactsController#index, #active, #search, #filter). */
import { filterContacts } from '../../domain/contact_filter';
import { accountOf, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { couldNotCreate } from '../../http/errors';
import { blank } from '../../rails/casts';
import { currentPage, pageNumber, paginate } from '../../rails/pagination';
import { resolvedContactIds, searchContactIds, sortContacts } from '../../store/derived/contact-search';
import { includeContactInboxes, renderContact } from './render';

/** ContactsController::RESULTS_PER_PAGE */
const PER_PAGE = 15;

/** `labels[]`: tagged_with(labels, any: true), case-insensitively. */
function labelsParam(ctx: RequestContext): string[] {
  const raw = ctx.query.labels;
  const list = Array.isArray(raw) ? raw : blank(raw) ? [] : [raw];
  return list.map((l) => String(l).toLowerCase()).filter(Boolean);
}

/**
 * Answers `{meta: {count, current_page}, payload}` for one page of an id list. The view echoes
 * `@current_page = params[:page] || 1` as sent (a string from a query), while Kaminari pages by its `to_i`.
 */
function listReply(ctx: RequestContext, ids: readonly number[], page: unknown) {
  const withInboxes = includeContactInboxes(ctx);
  const payload = paginate(ids, pageNumber(page), PER_PAGE).map((id) =>
    renderContact(ctx, ctx.tables.contacts.get(id)!, withInboxes),
  );
  return ok({ meta: { count: ids.length, current_page: currentPage(page) }, payload });
}

function list(ctx: RequestContext) {
  const ids = resolvedContactIds(ctx.tables.contacts, accountOf(ctx).id, ctx.query.sort, labelsParam(ctx));
  return listReply(ctx, ids, ctx.query.page);
}

function search(ctx: RequestContext) {
  const q = ctx.query.q;
  if (typeof q !== 'string' || blank(q)) throw couldNotCreate('Specify search string with parameter q');
  const ids = searchContactIds(ctx.tables.contacts, accountOf(ctx).id, q, ctx.query.sort, labelsParam(ctx));
  return listReply(ctx, ids, ctx.query.page);
}

function filter(ctx: RequestContext) {
  const body: Record<string, any> = ctx.body ?? {};
  const matches = filterContacts(ctx, body.payload);
  return listReply(ctx, sortContacts(matches, ctx.query.sort), body.page ?? ctx.query.page);
}

export const handlers: HandlerMap = {
  listContacts: list,
  // OnlineStatusTracker never reports a contact online in the fake.
  listActiveContacts: (ctx) => listReply(ctx, [], ctx.query.page),
  searchContacts: search,
  filterContacts: filter,
};
