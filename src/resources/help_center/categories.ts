/** Help center categories (app/controllers/api/v1/accounts/categories_controller.rb), under a portal. */
import { empty, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { requireParams, toId } from '../../http/params';
import {
  byPosition,
  createCategory,
  destroyCategory,
  findCategory,
  relatedCategoryIds,
  updateCategory,
  type CategoryAttributes,
} from '../../domain/help_center/categories';
import { findPortalBySlug } from '../../domain/help_center/portals';
import { blank, castInteger, castString } from '../../rails/casts';
import { currentPage, pageNumber, paginate } from '../../rails/pagination';
import type { Portal } from '../../store';
import { categoryView } from '../../views/help_center';
import { castAttributes, PER_PAGE } from './params';

/** The model's columns: what Rails' wrap_parameters lifts from a flat JSON body into the model key. */
const CATEGORY_ATTRIBUTES = [
  'id',
  'account_id',
  'portal_id',
  'name',
  'slug',
  'locale',
  'description',
  'position',
  'icon',
  'parent_category_id',
  'associated_category_id',
  'created_at',
  'updated_at',
] as const;

const categoryChanges = (params: Record<string, any>): CategoryAttributes =>
  castAttributes<CategoryAttributes>(params, {
    name: castString,
    slug: castString,
    description: castString,
    locale: castString as (v: unknown) => string,
    icon: (v) => castString(v) ?? '',
    position: castInteger,
    parent_category_id: castInteger,
    associated_category_id: castInteger,
  });

/** `@portal.categories.where(id: params[:category][:related_category_ids])`: read from the nested key only. */
function relatedIds(ctx: RequestContext, portal: Portal): number[] | undefined {
  const raw = ctx.body?.category?.related_category_ids;
  if (!Array.isArray(raw)) return undefined;
  return relatedCategoryIds(ctx, portal, raw.map(castInteger));
}

const portalOf = (ctx: RequestContext): Portal => findPortalBySlug(ctx, ctx.params.portal_id);

function create(ctx: RequestContext) {
  const portal = portalOf(ctx);
  const params = requireParams(ctx.body, 'category', CATEGORY_ATTRIBUTES);
  const category = createCategory(ctx, portal, {
    related_category_ids: relatedIds(ctx, portal) ?? [],
    ...categoryChanges(params),
  });
  return ok({ payload: categoryView(ctx.tables, category) });
}

function update(ctx: RequestContext) {
  const portal = portalOf(ctx);
  const category = findCategory(ctx, portal, toId(ctx.params.id));
  const params = requireParams(ctx.body, 'category', CATEGORY_ATTRIBUTES);
  const changes = categoryChanges(params);
  // An empty list leaves the relations as they are (the controller checks `.present?`).
  const related = relatedIds(ctx, portal);
  if (related?.length) changes.related_category_ids = related;
  return ok({ payload: categoryView(ctx.tables, updateCategory(ctx, portal, category, changes)) });
}

function list(ctx: RequestContext) {
  const portal = portalOf(ctx);
  const locale = castString(ctx.query.locale);
  const sorted = ctx.tables.categories
    .where('portal', portal.id)
    .filter((c) => blank(locale) || c.locale === locale)
    .sort((a, b) => byPosition(a.position, b.position) || a.id - b.id);
  const page = paginate(sorted, pageNumber(ctx.query.page), PER_PAGE);
  return ok({
    payload: page.map((c) => categoryView(ctx.tables, c)),
    meta: { current_page: currentPage(ctx.query.page), categories_count: page.length },
  });
}

export const handlers: HandlerMap = {
  listCategories: list,
  createCategory: create,
  getCategory: (ctx) => {
    const portal = portalOf(ctx);
    return ok({ payload: categoryView(ctx.tables, findCategory(ctx, portal, toId(ctx.params.id))) });
  },
  updateCategory: update,
  replaceCategory: update,
  deleteCategory: (ctx) => {
    const portal = portalOf(ctx);
    destroyCategory(ctx, portal, findCategory(ctx, portal, toId(ctx.params.id)));
    return empty();
  },
};
