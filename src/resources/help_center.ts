import {
  accountOf,
  actingUser,
  empty,
  isAdministrator,
  ok,
  type HandlerMap,
  type RequestContext,
} from '../http/context';
import { couldNotCreate, invalidAttribute, invalidRecord, notFound } from '../http/errors';
import { paginate } from '../http/pagination';
import { requireParams, toId, unwrap } from '../http/params';
import { blank, castBoolean, castInteger, isHash, present } from '../rails/casts';
import { fullMessage } from '../rails/inflection';
import { currentPage, pageNumber } from '../rails/pagination';
import {
  ARTICLE_STATUSES,
  type Article,
  type ArticleStatus,
  type Category,
  type JsonObject,
  type Portal,
} from '../store';
import { Errors } from '../domain/validations';
import { articleView, categoryView, portalView, type HelpCenterViewOptions } from '../views/help_center';

/** Kaminari's default page size (categories and articles are paginated with `.page(n)`). */
const PER_PAGE = 25;

/** The models' columns: what Rails' wrap_parameters lifts from a flat JSON body into the model key. */
const PORTAL_ATTRIBUTES = [
  'id',
  'account_id',
  'archived',
  'color',
  'config',
  'custom_domain',
  'header_text',
  'homepage_link',
  'name',
  'page_title',
  'slug',
  'ssl_settings',
  'channel_web_widget_id',
  'created_at',
  'updated_at',
] as const;
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

const viewOptions = (ctx: RequestContext): HelpCenterViewOptions => ({
  admin: isAdministrator(ctx),
  userId: actingUser(ctx)?.id,
});

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value);

/** Validation errors both ways Chatwoot renders them: full messages, or `errors.messages` by attribute. */
class ModelErrors {
  readonly list: { attribute: string; message: string }[] = [];
  add(attribute: string, message: string) {
    this.list.push({ attribute, message });
  }
  get any() {
    return this.list.length > 0;
  }
  full() {
    return this.list.map((e) => ({
      attribute: e.attribute,
      message: fullMessage(e.attribute, e.message),
    }));
  }
  messages(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const e of this.list) (out[e.attribute] ??= []).push(e.message);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Portals

/** `Current.account.portals.find_by(slug:)`: nil for an unknown slug. */
function portalBySlug(ctx: RequestContext, slug: unknown): Portal | undefined {
  const accountId = accountOf(ctx).id;
  return ctx.tables.portals.where('slug', String(slug)).find((p) => p.account_id === accountId);
}

/**
 * PortalsController and CategoriesController use `find_by` and then call the nil portal: Rails
 * answers 500 there; the fake answers the 404 of a missing record.
 */
function findPortalBySlug(ctx: RequestContext, slug: unknown): Portal {
  const portal = portalBySlug(ctx, slug);
  if (!portal) throw notFound();
  return portal;
}

/** Portal#normalize_config: persisted config merged with the new one, locales normalised. */
function normalizeConfig(previous: Portal['config'] | undefined, raw: unknown): Portal['config'] {
  const given = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...(previous ?? {}), ...given };
  const codes = Array.isArray(merged.allowed_locales)
    ? [...new Set(merged.allowed_locales.filter((c) => typeof c === 'string' && c !== ''))]
    : [];
  const defaultLocale =
    typeof merged.default_locale === 'string' && merged.default_locale ? merged.default_locale : '';
  const allowed = codes.length ? (codes as string[]) : [defaultLocale || 'en'];
  return { allowed_locales: allowed, default_locale: defaultLocale || allowed[0] || 'en' };
}

/** PortalsController#parsed_custom_domain: an http(s) URL becomes its host; blank becomes nil. */
function parseCustomDomain(value: unknown): string | null {
  const domain = text(value);
  if (blank(domain)) return null;
  try {
    const url = new URL(domain!);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname;
  } catch {
    // not a URL: kept as given
  }
  return domain;
}

function portalChanges(params: Record<string, any>, previous?: Portal): Partial<Portal> {
  const changes: Partial<Portal> = {};
  for (const key of ['name', 'slug', 'color', 'header_text', 'page_title'] as const) {
    if (params[key] !== undefined) (changes as any)[key] = text(params[key]);
  }
  if (params.homepage_link !== undefined)
    changes.homepage_link = blank(text(params.homepage_link)) ? null : text(params.homepage_link);
  if (params.custom_domain !== undefined) changes.custom_domain = parseCustomDomain(params.custom_domain);
  if (params.archived !== undefined) changes.archived = castBoolean(params.archived) ?? false; // nil (from "") kept as false
  if (params.config !== undefined || !previous)
    changes.config = normalizeConfig(previous?.config, params.config);
  return changes;
}

/** Portal validations in declaration order. */
function portalErrors(ctx: RequestContext, portal: Omit<Portal, 'id'> & { id: number }): ModelErrors {
  const errors = new ModelErrors();
  if (blank(portal.name)) errors.add('name', "can't be blank");
  if (blank(portal.slug)) errors.add('slug', "can't be blank");
  else if (ctx.tables.portals.where('slug', portal.slug).some((p) => p.id !== portal.id)) {
    errors.add('slug', 'has already been taken');
  }
  if (portal.custom_domain !== null) {
    const taken = [...ctx.tables.portals.all()].some(
      (p) => p.custom_domain === portal.custom_domain && p.id !== portal.id,
    );
    if (taken) errors.add('custom_domain', 'has already been taken');
  }
  if (!blank(portal.color) && !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(portal.color!))
    errors.add('color', 'is invalid');
  return errors;
}

/**
 * live_chat_widget_params: `Inbox.find(inbox_id)` (404 when unknown), kept only for web widget inboxes.
 * Chatwoot's find is not scoped to the account; the fake's accounts isolate, so another account's
 * inbox is not found either.
 */
function liveChatWidget(ctx: RequestContext): { widget_inbox_id?: number } {
  const raw = ctx.body?.inbox_id;
  if (raw === undefined || raw === null || raw === '') return {};
  const inbox = ctx.tables.inboxes.get(toId(raw) ?? -1);
  if (!inbox || inbox.account_id !== accountOf(ctx).id) throw notFound();
  return inbox.channel.type === 'Channel::WebWidget' ? { widget_inbox_id: inbox.id } : {};
}

function createPortal(ctx: RequestContext) {
  const params = requireParams(ctx.body, 'portal', PORTAL_ATTRIBUTES);
  const widget = liveChatWidget(ctx);
  const now = ctx.store.clock.now();
  const record = {
    account_id: accountOf(ctx).id,
    name: '',
    slug: '',
    color: null,
    custom_domain: null,
    header_text: null,
    homepage_link: null,
    page_title: null,
    archived: false,
    config: { allowed_locales: ['en'], default_locale: 'en' },
    widget_inbox_id: null,
    created_at: now,
    updated_at: now,
    ...portalChanges(params),
    ...widget,
  };
  const errors = portalErrors(ctx, { id: 0, ...record } as Portal);
  if (errors.any) throw invalidRecord(errors.full());
  const portal = ctx.tables.portals.insert(record as Omit<Portal, 'id'>);
  return ok(portalView(ctx.tables, portal, null, viewOptions(ctx)));
}

/** Portal attributes sent flat or under `portal` (`params[:portal].present?`). */
function hasPortalParams(body: Record<string, any>): boolean {
  const nested = body?.portal;
  if (isHash(nested) && present(nested)) return true;
  return PORTAL_ATTRIBUTES.some((key) => body?.[key] !== undefined);
}

function updatePortal(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.id);
  if (!hasPortalParams(ctx.body ?? {})) return ok(portalView(ctx.tables, portal, null, viewOptions(ctx)));
  const params = unwrap(ctx.body, 'portal');
  const changes = { ...portalChanges(params, portal), ...liveChatWidget(ctx) };
  const errors = portalErrors(ctx, { ...portal, ...changes });
  // The update rescues every error and renders `{ error: @portal.errors.messages }`.
  if (errors.any) throw couldNotCreate(errors.messages());
  const updated = ctx.tables.portals.update(portal.id, { ...changes, updated_at: ctx.store.clock.now() });
  return ok(portalView(ctx.tables, updated, null, viewOptions(ctx)));
}

function deletePortal(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.id);
  const { tables } = ctx;
  for (const article of tables.articles.where('portal', portal.id)) tables.articles.delete(article.id);
  for (const category of tables.categories.where('portal', portal.id)) tables.categories.delete(category.id);
  tables.portals.delete(portal.id);
  return empty();
}

function getPortal(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.id);
  const locale = text(ctx.query.locale);
  const articles = ctx.tables.articles
    .where('portal', portal.id)
    .filter((a) => blank(locale) || a.locale === locale);
  return ok(portalView(ctx.tables, portal, articles, viewOptions(ctx)));
}

// ---------------------------------------------------------------------------------------------
// Categories

function findCategory(ctx: RequestContext, portal: Portal): Category {
  const category = ctx.tables.categories.get(toId(ctx.params.id) ?? -1);
  if (!category || category.portal_id !== portal.id) throw notFound();
  return category;
}

function categoryChanges(params: Record<string, any>): Partial<Category> {
  const changes: Partial<Category> = {};
  for (const key of ['name', 'slug', 'description'] as const) {
    if (params[key] !== undefined) changes[key] = text(params[key]);
  }
  if (params.locale !== undefined) changes.locale = text(params.locale) as string;
  if (params.icon !== undefined) changes.icon = text(params.icon) ?? '';
  if (params.position !== undefined) changes.position = castInteger(params.position);
  if (params.parent_category_id !== undefined)
    changes.parent_category_id = castInteger(params.parent_category_id);
  if (params.associated_category_id !== undefined)
    changes.associated_category_id = castInteger(params.associated_category_id);
  return changes;
}

/** Category validations in declaration order (app/models/category.rb). */
function categoryErrors(
  ctx: RequestContext,
  portal: Portal,
  category: Omit<Category, 'id'> & { id: number },
): Errors {
  const errors = new Errors();
  if (blank(category.slug)) errors.add('slug', "Slug can't be blank");
  if (blank(category.name)) errors.add('name', "Name can't be blank");
  const allowed = portal.config.allowed_locales;
  if (!allowed.includes(category.locale)) {
    const list = `[${allowed.map((l) => JSON.stringify(l)).join(', ')}]`;
    errors.add('locale', `Locale ${category.locale ?? ''} of category is not part of portal's ${list}.`);
  }
  const duplicate = ctx.tables.categories
    .where('portal', portal.id)
    .some((c) => c.id !== category.id && c.slug === category.slug && c.locale === category.locale);
  if (duplicate) errors.add('locale', 'Locale should be unique in the category and portal');
  return errors;
}

/** `@portal.categories.where(id: params[:category][:related_category_ids])` — read from the nested key only. */
function relatedIds(ctx: RequestContext, portal: Portal): number[] | undefined {
  const raw = ctx.body?.category?.related_category_ids;
  if (!Array.isArray(raw)) return undefined;
  const ids = new Set(raw.map((v) => castInteger(v)));
  return ctx.tables.categories
    .where('portal', portal.id)
    .filter((c) => ids.has(c.id))
    .map((c) => c.id);
}

function createCategory(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.portal_id);
  const params = requireParams(ctx.body, 'category', CATEGORY_ATTRIBUTES);
  const now = ctx.store.clock.now();
  const record = {
    account_id: portal.account_id,
    portal_id: portal.id,
    name: null,
    slug: null,
    locale: 'en',
    description: null,
    position: null,
    icon: '',
    parent_category_id: null,
    associated_category_id: null,
    related_category_ids: relatedIds(ctx, portal) ?? [],
    created_at: now,
    updated_at: now,
    ...categoryChanges(params),
  };
  const errors = categoryErrors(ctx, portal, { id: 0, ...record });
  if (errors.any) throw invalidRecord(errors.list);
  const category = ctx.tables.categories.insert(record);
  return ok({ payload: categoryView(ctx.tables, category) });
}

function updateCategory(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.portal_id);
  const category = findCategory(ctx, portal);
  const params = requireParams(ctx.body, 'category', CATEGORY_ATTRIBUTES);
  const changes = categoryChanges(params);
  const related = relatedIds(ctx, portal);
  if (related?.length) changes.related_category_ids = related;
  const errors = categoryErrors(ctx, portal, { ...category, ...changes });
  if (errors.any) throw invalidRecord(errors.list);
  const updated = ctx.tables.categories.update(category.id, {
    ...changes,
    updated_at: ctx.store.clock.now(),
  });
  return ok({ payload: categoryView(ctx.tables, updated) });
}

function deleteCategory(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.portal_id);
  const category = findCategory(ctx, portal);
  const { tables } = ctx;
  // has_many :articles, dependent: :nullify; sub-categories, translations and relations let go of it.
  for (const article of tables.articles.where('category', category.id)) {
    tables.articles.update(article.id, { category_id: null });
  }
  for (const other of tables.categories.where('portal', portal.id)) {
    const changes: Partial<Category> = {};
    if (other.parent_category_id === category.id) changes.parent_category_id = null;
    if (other.associated_category_id === category.id) changes.associated_category_id = null;
    if (other.related_category_ids.includes(category.id)) {
      changes.related_category_ids = other.related_category_ids.filter((id) => id !== category.id);
    }
    if (Object.keys(changes).length) tables.categories.update(other.id, changes);
  }
  tables.categories.delete(category.id);
  return empty();
}

function listCategories(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.portal_id);
  const locale = text(ctx.query.locale);
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

/** ORDER BY position ASC in Postgres: NULLs last. */
function byPosition(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

// ---------------------------------------------------------------------------------------------
// Articles

/** ArticlesController#portal: `find_by!` — an unknown slug is a 404 (in Rails too). */
const portalOr404 = (ctx: RequestContext): Portal => findPortalBySlug(ctx, ctx.params.portal_id);

function findArticle(ctx: RequestContext, portal: Portal, raw: unknown): Article {
  const article = ctx.tables.articles.get(toId(raw) ?? -1);
  if (!article || article.portal_id !== portal.id) throw notFound();
  return article;
}

/** `author_id.to_s.match?(/\A\d+\z/) && Current.account.users.exists?(id:)` */
function authorInAccount(ctx: RequestContext, raw: unknown): boolean {
  const id = /^\d+$/.test(String(raw)) ? Number(raw) : undefined;
  return (
    id !== undefined && ctx.tables.accountUsers.findBy('membership', [accountOf(ctx).id, id]) !== undefined
  );
}

/**
 * The status enum: draft/published/archived (or 0/1/2); anything else raises ArgumentError in Rails (a
 * 500); the fake answers 422 "Status is not included in the list".
 */
function castStatus(value: unknown): ArticleStatus {
  if ((ARTICLE_STATUSES as readonly unknown[]).includes(value)) return value as ArticleStatus;
  const index = castInteger(value);
  if (
    typeof value !== 'boolean' &&
    index !== null &&
    String(index) === String(value) &&
    ARTICLE_STATUSES[index]
  ) {
    return ARTICLE_STATUSES[index];
  }
  throw invalidAttribute('status', 'is not included in the list');
}

/** `title.underscore.parameterize(separator: '-')` */
export function parameterize(title: string): string {
  const underscored = title
    .replace(/([A-Z\d]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
  return underscored
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\-_]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}

function articleChanges(params: Record<string, any>): Partial<Article> {
  const changes: Partial<Article> = {};
  for (const key of ['title', 'content', 'description'] as const) {
    if (params[key] !== undefined) changes[key] = text(params[key]);
  }
  if (params.slug !== undefined) changes.slug = text(params.slug) as string;
  if (params.locale !== undefined) changes.locale = text(params.locale) as string;
  if (params.position !== undefined) changes.position = castInteger(params.position);
  if (params.category_id !== undefined) changes.category_id = castInteger(params.category_id);
  if (params.author_id !== undefined) changes.author_id = castInteger(params.author_id);
  if (params.associated_article_id !== undefined)
    changes.associated_article_id = castInteger(params.associated_article_id);
  if (params.status !== undefined) changes.status = castStatus(params.status);
  const meta = params.meta;
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    const permitted: JsonObject = {};
    if (meta.title !== undefined) permitted.title = text(meta.title);
    if (meta.description !== undefined) permitted.description = text(meta.description);
    if (Array.isArray(meta.tags)) permitted.tags = meta.tags.map(String);
    changes.meta = permitted;
  }
  return changes;
}

/** Article validations in declaration order: belongs_to :author, then presences. */
function articleErrors(
  ctx: RequestContext,
  article: Pick<Article, 'author_id' | 'title' | 'content'>,
): Errors {
  const errors = new Errors();
  if (article.author_id === null || !ctx.tables.users.get(article.author_id))
    errors.add('author', 'Author must exist');
  if (article.author_id === null) errors.add('author_id', "Author can't be blank");
  if (blank(article.title)) errors.add('title', "Title can't be blank");
  if (blank(article.content)) errors.add('content', "Content can't be blank");
  return errors;
}

/** before_create/after_save: max position of the category's articles in the account, plus 10. */
function nextPosition(ctx: RequestContext, accountId: number, categoryId: number | null): number {
  const siblings =
    categoryId === null
      ? ctx.tables.portals
          .where('account', accountId)
          .flatMap((p) => ctx.tables.articles.where('portal', p.id))
          .filter((a) => a.category_id === null)
      : ctx.tables.articles.where('category', categoryId).filter((a) => a.account_id === accountId);
  const positions = siblings.map((a) => a.position).filter((p): p is number => p !== null);
  return positions.length ? Math.max(...positions) + 10 : 10;
}

/** Article#ensure_locale_in_article */
function localeOf(
  ctx: RequestContext,
  portal: Portal,
  categoryId: number | null,
  locale: string | null | undefined,
) {
  const category = categoryId === null ? undefined : ctx.tables.categories.get(categoryId);
  // Only a category of the same account counts (Chatwoot stores any id; the fake never reads across).
  if (category && category.account_id === portal.account_id) return category.locale;
  return blank(locale) ? portal.config.default_locale : (locale as string);
}

/**
 * The unique index on articles.slug: a duplicate raises RecordNotUnique, which Chatwoot does not rescue
 * (a 500); the fake answers 422 "Slug has already been taken".
 */
function assertSlugFree(ctx: RequestContext, slug: string, id: number) {
  if (ctx.tables.articles.where('slug', slug).some((a) => a.id !== id)) {
    throw invalidAttribute('slug', 'has already been taken');
  }
}

function createArticle(ctx: RequestContext) {
  const portal = portalOr404(ctx);
  const flat = unwrap(ctx.body ?? {}, 'article');
  if (!blank(text(flat.author_id)) && !authorInAccount(ctx, flat.author_id))
    throw couldNotCreate('Invalid author ID');
  const params = requireParams(ctx.body, 'article', ARTICLE_ATTRIBUTES);
  const changes = articleChanges(params);
  const now = ctx.store.clock.now();
  const record = {
    category_id: null,
    author_id: null,
    title: null,
    content: null,
    description: null,
    status: 'draft' as ArticleStatus,
    position: null,
    meta: {},
    associated_article_id: null,
    ...changes,
  };
  const errors = articleErrors(ctx, record);
  if (errors.any) throw invalidRecord(errors.list);
  // associate_root_article: `portal.articles.find(id)` (404), always pointing at the root article.
  let associated: number | null = null;
  if (record.associated_article_id !== null) {
    const target = findArticle(ctx, portal, record.associated_article_id);
    associated = target.associated_article_id ?? target.id;
  }
  const slug = blank(record.slug)
    ? `${Math.floor(now / 1000)}-${parameterize(record.title ?? '')}`
    : record.slug!;
  assertSlugFree(ctx, slug, 0);
  const article = ctx.tables.articles.insert({
    ...record,
    account_id: portal.account_id,
    portal_id: portal.id,
    slug,
    locale: localeOf(ctx, portal, record.category_id, changes.locale),
    position: record.position ?? nextPosition(ctx, portal.account_id, record.category_id),
    views: null,
    associated_article_id: associated,
    created_at: now,
    updated_at: now,
  });
  return ok({ payload: articleView(ctx.tables, article, viewOptions(ctx)) });
}

function hasArticleParams(body: Record<string, any>): boolean {
  const nested = body?.article;
  if (isHash(nested) && present(nested)) return true;
  return ARTICLE_ATTRIBUTES.some((key) => body?.[key] !== undefined);
}

function updateArticle(ctx: RequestContext) {
  const portal = portalOr404(ctx);
  const article = findArticle(ctx, portal, ctx.params.id);
  if (!hasArticleParams(ctx.body ?? {}))
    return ok({ payload: articleView(ctx.tables, article, viewOptions(ctx)) });
  const params = unwrap(ctx.body, 'article');
  // discard_invalid_author: an author from outside the account is dropped silently.
  if (params.author_id !== undefined && !authorInAccount(ctx, params.author_id)) delete params.author_id;
  const changes = articleChanges(params);
  const merged = { ...article, ...changes };
  const errors = articleErrors(ctx, merged);
  if (errors.any) throw invalidRecord(errors.list);
  if (merged.slug === null)
    changes.slug = `${Math.floor(ctx.store.clock.peek() / 1000)}-${parameterize(merged.title ?? '')}`;
  if (changes.slug !== undefined) assertSlugFree(ctx, changes.slug, article.id);
  changes.locale = localeOf(ctx, portal, merged.category_id, merged.locale);
  if (changes.category_id !== undefined && changes.category_id !== article.category_id) {
    changes.position = nextPosition(ctx, article.account_id, merged.category_id);
  }
  const updated = ctx.tables.articles.update(article.id, { ...changes, updated_at: ctx.store.clock.now() });
  return ok({ payload: articleView(ctx.tables, updated, viewOptions(ctx)) });
}

function deleteArticle(ctx: RequestContext) {
  const portal = portalOr404(ctx);
  const article = findArticle(ctx, portal, ctx.params.id);
  // has_many :associated_articles, dependent: :nullify
  for (const other of ctx.tables.articles.where('associated', article.id)) {
    ctx.tables.articles.update(other.id, { associated_article_id: null });
  }
  ctx.tables.articles.delete(article.id);
  return empty();
}

/** pg_search `tsearch` with prefix: every query word starts a word of title, description or content. */
function matchesQuery(article: Article, query: string): boolean {
  const words = (s: string | null) =>
    (s ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const haystack = [...words(article.title), ...words(article.description), ...words(article.content)];
  return words(query).every((q) => haystack.some((w) => w.startsWith(q)));
}

function listArticles(ctx: RequestContext) {
  const portal = portalOr404(ctx);
  const q = ctx.query;
  const all = ctx.tables.articles.where('portal', portal.id);
  const categorySlug = text(q.category_slug);
  const locale = text(q.locale);
  const query = text(q.query);
  const base = all.filter((a) => {
    if (!blank(categorySlug)) {
      const category = a.category_id === null ? undefined : ctx.tables.categories.get(a.category_id);
      if (category?.slug !== categorySlug) return false;
    }
    if (!blank(locale) && a.locale !== locale) return false;
    return blank(query) || matchesQuery(a, query!);
  });
  const userId = actingUser(ctx)?.id;
  const status = text(q.status);
  const authorId = text(q.author_id);
  const filtered = base.filter(
    (a) => (blank(status) || a.status === status) && (blank(authorId) || String(a.author_id) === authorId),
  );
  const sorted = blank(categorySlug)
    ? filtered.sort((a, b) => b.updated_at - a.updated_at || a.id - b.id)
    : filtered.sort((a, b) => byPosition(a.position, b.position) || a.id - b.id);
  const page = paginate(sorted, pageNumber(q.page), PER_PAGE);
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
  listPortals: (ctx) => {
    const portals = ctx.tables.portals.where('account', accountOf(ctx).id);
    return ok({
      payload: portals.map((p) => portalView(ctx.tables, p, null, viewOptions(ctx))),
      meta: { current_page: currentPage(ctx.query.page), portals_count: portals.length },
    });
  },
  createPortal,
  getPortal,
  updatePortal,
  replacePortal: updatePortal,
  deletePortal,
  listCategories,
  createCategory,
  getCategory: (ctx) => {
    const portal = findPortalBySlug(ctx, ctx.params.portal_id);
    return ok({ payload: categoryView(ctx.tables, findCategory(ctx, portal)) });
  },
  updateCategory,
  replaceCategory: updateCategory,
  deleteCategory,
  listArticles,
  createArticle,
  getArticle: (ctx) => {
    const portal = portalOr404(ctx);
    return ok({
      payload: articleView(ctx.tables, findArticle(ctx, portal, ctx.params.id), viewOptions(ctx)),
    });
  },
  updateArticle,
  replaceArticle: updateArticle,
  deleteArticle,
};
