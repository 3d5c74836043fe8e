/** Help center articles (app/controllers/api/v1/accounts/articles_controller.rb), under a portal. */
import { actingUser, empty, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { requireParams, toId, unwrap } from '../../http/params';
import {
  authorInAccount,
  castStatus,
  createArticle,
  destroyArticle,
  findArticle,
  searchArticles,
  updateArticle,
  type ArticleAttributes,
} from '../../domain/help_center/articles';
import { byPosition } from '../../domain/help_center/categories';
import { findPortalBySlug } from '../../domain/help_center/portals';
import { CouldNotCreate } from '../../domain/errors';
import { blank, castInteger, castString, isHash } from '../../rails/casts';
import { currentPage, pageNumber, paginate } from '../../rails/pagination';
import type { Article, JsonObject, Portal } from '../../store';
import { articleView } from '../../views/help_center';
import { castAttributes, hasModelParams, PER_PAGE, viewOptions } from './params';

/** The model's columns: what Rails' wrap_parameters lifts from a flat JSON body into the model key. */
const ARTICLE_ATTRIBUTES = [
  'id',
  'account_id',
  'portal_id',
  'category_id',
  'folder_id',
  'author_id',
  'associated_article_id',
  'title',
  'slug',
  'content',
  'description',
  'status',
  'position',
  'locale',
  'meta',
  'views',
  'created_at',
  'updated_at',
] as const;

/**
 * `meta: [:title, :description, { tags: [] }]`: only those keys, and only from a hash. `meta` is a
 * jsonb column (no string cast): the fake keeps text as text and writes other scalars as their JSON
 * text, since the article view declares strings there.
 */
function permittedMeta(meta: unknown): JsonObject | undefined {
  if (!isHash(meta)) return undefined;
  const given = meta as Record<string, unknown>;
  const text = (value: unknown) => (value === null ? null : String(value));
  const permitted: JsonObject = {};
  if (given.title !== undefined) permitted.title = text(given.title);
  if (given.description !== undefined) permitted.description = text(given.description);
  if (Array.isArray(given.tags)) permitted.tags = given.tags.map(String);
  return permitted;
}

function articleChanges(params: Record<string, any>): ArticleAttributes {
  const changes = castAttributes<ArticleAttributes>(params, {
    title: castString,
    content: castString,
    description: castString,
    slug: castString as (v: unknown) => string,
    locale: castString as (v: unknown) => string,
    position: castInteger,
    category_id: castInteger,
    author_id: castInteger,
    associated_article_id: castInteger,
    status: castStatus,
  });
  const meta = permittedMeta(params.meta);
  if (meta) changes.meta = meta;
  return changes;
}

/** ArticlesController#portal: `find_by!`, an unknown slug is a 404 (in Rails too). */
const portalOf = (ctx: RequestContext): Portal => findPortalBySlug(ctx, ctx.params.portal_id);

const view = (ctx: RequestContext, article: Article) => ({
  payload: articleView(ctx.tables, article, viewOptions(ctx)),
});

function create(ctx: RequestContext) {
  const portal = portalOf(ctx);
  const flat = unwrap(ctx.body ?? {}, 'article');
  if (!blank(castString(flat.author_id)) && !authorInAccount(ctx, flat.author_id))
    throw new CouldNotCreate('Invalid author ID');
  const params = requireParams(ctx.body, 'article', ARTICLE_ATTRIBUTES);
  return ok(view(ctx, createArticle(ctx, portal, articleChanges(params))));
}

function update(ctx: RequestContext) {
  const portal = portalOf(ctx);
  const article = findArticle(ctx, portal, toId(ctx.params.id));
  if (!hasModelParams(ctx.body ?? {}, 'article', ARTICLE_ATTRIBUTES)) return ok(view(ctx, article));
  const params = unwrap(ctx.body, 'article');
  // discard_invalid_author: an author from outside the account is dropped silently.
  if (params.author_id !== undefined && !authorInAccount(ctx, params.author_id)) delete params.author_id;
  return ok(view(ctx, updateArticle(ctx, portal, article, articleChanges(params))));
}

function list(ctx: RequestContext) {
  const portal = portalOf(ctx);
  const q = ctx.query;
  const all = ctx.tables.articles.where('portal', portal.id);
  const categorySlug = castString(q.category_slug);
  const base = searchArticles(ctx, portal, {
    categorySlug,
    locale: castString(q.locale),
    query: castString(q.query),
  });
  const userId = actingUser(ctx)?.id;
  const status = castString(q.status);
  const authorId = castString(q.author_id);
  const filtered = base.filter(
    (a) => (blank(status) || a.status === status) && (blank(authorId) || String(a.author_id) === authorId),
  );
  const sorted = blank(categorySlug)
    ? filtered.sort((a, b) => b.updated_at - a.updated_at || a.id - b.id)
    : filtered.sort((a, b) => byPosition(a.position, b.position) || a.id - b.id);
  const page = paginate(sorted, pageNumber(q.page), PER_PAGE);
  // The counts are of the search before the status and author filters, as the controller's meta.
  const count = (test: (a: Article) => boolean) => base.filter(test).length;
  return ok({
    payload: page.map((a) => articleView(ctx.tables, a, viewOptions(ctx))),
    meta: {
      all_articles_count: all.length,
      archived_articles_count: count((a) => a.status === 'archived'),
      articles_count: base.length,
      current_page: currentPage(q.page),
      draft_articles_count: count((a) => a.status === 'draft'),
      mine_articles_count: count((a) => a.author_id === userId),
      published_count: count((a) => a.status === 'published'),
    },
  });
}

export const handlers: HandlerMap = {
  listArticles: list,
  createArticle: create,
  getArticle: (ctx) => ok(view(ctx, findArticle(ctx, portalOf(ctx), toId(ctx.params.id)))),
  updateArticle: update,
  replaceArticle: update,
  deleteArticle: (ctx) => {
    destroyArticle(ctx, findArticle(ctx, portalOf(ctx), toId(ctx.params.id)));
    return empty();
  },
};
