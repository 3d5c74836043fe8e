/**
 * Help center articles (app/models/article.rb): the status enum, the generated slug (unique across
 * the installation), the locale taken from the category, positions within a category, the root
 * article translations point at, and the full-text search.
 */
import { ARTICLE_STATUSES, type Article, type ArticleStatus, type Portal } from '../../store';
import { blank, castInteger } from '../../rails/casts';
import { parameterize, underscore } from '../../rails/inflection';
import { timeToI } from '../../rails/time';
import { accountOf, type Scope } from '../scope';
import { InvalidAttribute, RecordInvalid, RecordNotFound } from '../errors';
import { Errors } from '../validations';

/** The columns a request may set. */
export type ArticleAttributes = Partial<
  Pick<
    Article,
    | 'title'
    | 'content'
    | 'description'
    | 'slug'
    | 'locale'
    | 'position'
    | 'category_id'
    | 'author_id'
    | 'associated_article_id'
    | 'status'
    | 'meta'
  >
>;

/** `@portal.articles.find(id)` */
export function findArticle(scope: Scope, portal: Portal, id: number | null | undefined): Article {
  const article = scope.tables.articles.get(id ?? -1);
  if (!article || article.portal_id !== portal.id) throw new RecordNotFound('article');
  return article;
}

/** `author_id.to_s.match?(/\A\d+\z/) && Current.account.users.exists?(id:)` */
export function authorInAccount(scope: Scope, raw: unknown): boolean {
  const id = /^\d+$/.test(String(raw)) ? Number(raw) : undefined;
  return (
    id !== undefined &&
    scope.tables.accountUsers.findBy('membership', [accountOf(scope).id, id]) !== undefined
  );
}

/**
 * The status enum: draft/published/archived (or 0/1/2); anything else raises ArgumentError in Rails (a
 * 500); the fake answers 422 "Status is not included in the list".
 */
export function castStatus(value: unknown): ArticleStatus {
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
  throw new InvalidAttribute('status', 'is not included in the list');
}

/** Article validations in declaration order: belongs_to :author, then presences. */
function articleErrors(scope: Scope, article: Pick<Article, 'author_id' | 'title' | 'content'>): Errors {
  const errors = new Errors();
  if (article.author_id === null || !scope.tables.users.get(article.author_id))
    errors.addMessage('author', 'must exist');
  if (article.author_id === null) errors.addMessage('author_id', "can't be blank");
  if (blank(article.title)) errors.addMessage('title', "can't be blank");
  if (blank(article.content)) errors.addMessage('content', "can't be blank");
  return errors;
}

/** Article#ensure_article_slug: `"#{Time.now.to_i}-#{title.underscore.parameterize(separator: '-')}"`. */
const generatedSlug = (at: number, title: string | null) =>
  `${timeToI(at)}-${parameterize(underscore(title ?? ''))}`;

/** before_create/after_save: max position of the category's articles in the account, plus 10. */
function nextPosition(scope: Scope, accountId: number, categoryId: number | null): number {
  const { tables } = scope;
  const siblings =
    categoryId === null
      ? tables.portals
          .where('account', accountId)
          .flatMap((p) => tables.articles.where('portal', p.id))
          .filter((a) => a.category_id === null)
      : tables.articles.where('category', categoryId).filter((a) => a.account_id === accountId);
  const positions = siblings.map((a) => a.position).filter((p): p is number => p !== null);
  return positions.length ? Math.max(...positions) + 10 : 10;
}

/** Article#ensure_locale_in_article: the category's locale, else the given one, else the portal's default. */
function localeOf(
  scope: Scope,
  portal: Portal,
  categoryId: number | null,
  locale: string | null | undefined,
) {
  const category = categoryId === null ? undefined : scope.tables.categories.get(categoryId);
  // Only a category of the same account counts (Chatwoot stores any id; the fake never reads across).
  if (category && category.account_id === portal.account_id) return category.locale;
  return blank(locale) ? portal.config.default_locale : (locale as string);
}

/**
 * The unique index on articles.slug: a duplicate raises RecordNotUnique, which Chatwoot does not rescue
 * (a 500); the fake answers 422 "Slug has already been taken".
 */
function assertSlugFree(scope: Scope, slug: string, id: number) {
  if (scope.tables.articles.where('slug', slug).some((a) => a.id !== id)) {
    throw new InvalidAttribute('slug', 'has already been taken');
  }
}

export function createArticle(scope: Scope, portal: Portal, attributes: ArticleAttributes): Article {
  const now = scope.store.clock.now();
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
    ...attributes,
  };
  const errors = articleErrors(scope, record);
  if (errors.any) throw new RecordInvalid(errors.list);
  // associate_root_article: `portal.articles.find(id)` (404), always pointing at the root article.
  let associated: number | null = null;
  if (record.associated_article_id !== null) {
    const target = findArticle(scope, portal, record.associated_article_id);
    associated = target.associated_article_id ?? target.id;
  }
  const slug = blank(record.slug) ? generatedSlug(now, record.title) : record.slug!;
  assertSlugFree(scope, slug, 0);
  return scope.tables.articles.insert({
    ...record,
    account_id: portal.account_id,
    portal_id: portal.id,
    slug,
    locale: localeOf(scope, portal, record.category_id, attributes.locale),
    position: record.position ?? nextPosition(scope, portal.account_id, record.category_id),
    views: null,
    associated_article_id: associated,
    created_at: now,
    updated_at: now,
  });
}

export function updateArticle(
  scope: Scope,
  portal: Portal,
  article: Article,
  attributes: ArticleAttributes,
): Article {
  const changes: Partial<Article> = { ...attributes };
  const merged = { ...article, ...changes };
  const errors = articleErrors(scope, merged);
  if (errors.any) throw new RecordInvalid(errors.list);
  if (merged.slug === null) changes.slug = generatedSlug(scope.store.clock.peek(), merged.title);
  if (changes.slug !== undefined) assertSlugFree(scope, changes.slug, article.id);
  changes.locale = localeOf(scope, portal, merged.category_id, merged.locale);
  if (changes.category_id !== undefined && changes.category_id !== article.category_id) {
    changes.position = nextPosition(scope, article.account_id, merged.category_id);
  }
  return scope.tables.articles.update(article.id, { ...changes, updated_at: scope.store.clock.now() });
}

/** has_many :associated_articles, dependent: :nullify */
export function destroyArticle(scope: Scope, article: Article): void {
  for (const other of scope.tables.articles.where('associated', article.id)) {
    scope.tables.articles.update(other.id, { associated_article_id: null });
  }
  scope.tables.articles.delete(article.id);
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

/** What Article.search narrows by before the status and author filters; a blank one is no filter. */
export interface ArticleSearch {
  categorySlug: string | null;
  locale: string | null;
  query: string | null;
}

/** Article.search: by category slug, locale and full text (pg_search), in no particular order. */
export function searchArticles(scope: Scope, portal: Portal, search: ArticleSearch): Article[] {
  const { categorySlug, locale, query } = search;
  return scope.tables.articles.where('portal', portal.id).filter((a) => {
    if (!blank(categorySlug)) {
      const category = a.category_id === null ? undefined : scope.tables.categories.get(a.category_id);
      if (category?.slug !== categorySlug) return false;
    }
    if (!blank(locale) && a.locale !== locale) return false;
    return blank(query) || matchesQuery(a, query!);
  });
}
