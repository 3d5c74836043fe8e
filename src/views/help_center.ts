import type { Article, Category, Portal, Tables } from '../store';
import { agentView, membershipOf } from './agent';
import { inboxView } from './inbox';
import { unix } from './time';

export interface HelpCenterViewOptions {
  /** Administrators see inbox secrets in a portal's linked inbox. */
  admin: boolean;
  /** The caller, for `mine_articles_count`. */
  userId?: number;
}

/** Portal::DEFAULT_COLOR, answered when no color was set. */
export const DEFAULT_PORTAL_COLOR = '#1f93ff';

const countBy = <T>(items: T[], test: (item: T) => boolean) =>
  items.reduce((n, item) => n + (test(item) ? 1 : 0), 0);

/**
 * app/views/api/v1/accounts/portals/_portal.json.jbuilder. `articles` is the partial's local: the
 * portal's articles (show, optionally for one locale), or `null` where the view passes `articles: []`
 * (index, create, update) — then only `all_articles_count` (0) is a number and the other counts are null
 * (`[].try(:archived)` is nil) and `mine_articles_count` is left out.
 */
export function portalView(
  tables: Tables,
  portal: Portal,
  articles: Article[] | null,
  options: HelpCenterViewOptions,
) {
  const portalArticles = tables.articles.where('portal', portal.id);
  const portalCategories = tables.categories.where('portal', portal.id);
  const inbox = portal.widget_inbox_id === null ? undefined : tables.inboxes.get(portal.widget_inbox_id);
  const list = articles ?? [];
  const drafted = portal.config.draft_locales ?? [];
  const counted = articles !== null;
  return {
    id: portal.id,
    color: portal.color || DEFAULT_PORTAL_COLOR,
    custom_domain: portal.custom_domain,
    header_text: portal.header_text,
    homepage_link: portal.homepage_link,
    name: portal.name,
    page_title: portal.page_title,
    slug: portal.slug,
    archived: portal.archived,
    account_id: portal.account_id,
    config: {
      allowed_locales: portal.config.allowed_locales.map((code) => ({
        code,
        articles_count: countBy(portalArticles, (a) => a.locale === code),
        categories_count: countBy(portalCategories, (c) => c.locale === code),
        draft: drafted.includes(code),
      })),
      default_locale: portal.config.default_locale,
      // Portal#layout, #social_profiles and the config's translations and popular content: the fake
      // keeps none of them, so each answers its default.
      layout: 'classic',
      social_profiles: {},
      locale_translations: {},
      popular_content: {},
    },
    ...(inbox ? { inbox: inboxView(inbox, { admin: options.admin }) } : {}),
    meta: {
      all_articles_count: list.length,
      archived_articles_count: counted ? countBy(list, (a) => a.status === 'archived') : null,
      published_count: counted ? countBy(list, (a) => a.status === 'published') : null,
      draft_articles_count: counted ? countBy(list, (a) => a.status === 'draft') : null,
      ...(counted && options.userId !== undefined && list.length > 0
        ? { mine_articles_count: countBy(list, (a) => a.author_id === options.userId) }
        : {}),
      categories_count: portalCategories.length,
      default_locale: portal.config.default_locale,
    },
  };
}

/**
 * Chatwoot stores the ids of related, parent and associated categories and articles, and an article's
 * category, without checking their account, and renders whatever they name. The fake renders only
 * records of the same account: one account's help center never shows another account's records.
 */
const ownRecord =
  (accountId: number) =>
  <T extends { account_id: number }>(record: T | undefined): T | undefined =>
    record && record.account_id === accountId ? record : undefined;

/** app/views/api/v1/accounts/categories/_associated_category.json.jbuilder */
function associatedCategoryView(category: Category) {
  return {
    id: category.id,
    name: category.name,
    slug: category.slug,
    locale: category.locale,
    description: category.description,
    position: category.position,
    account_id: category.account_id,
  };
}

/**
 * app/views/api/v1/accounts/categories/_category.json.jbuilder. `related_categories`, `parent_category`
 * and `root_category` are only present when there is something to show (empty jbuilder blocks drop
 * their key).
 */
export function categoryView(tables: Tables, category: Category) {
  const own = ownRecord(category.account_id);
  const related = category.related_category_ids
    .map((id) => own(tables.categories.get(id)))
    .filter((c): c is Category => c !== undefined);
  const parent =
    category.parent_category_id === null
      ? undefined
      : own(tables.categories.get(category.parent_category_id));
  const root =
    category.associated_category_id === null
      ? undefined
      : own(tables.categories.get(category.associated_category_id));
  return {
    ...associatedCategoryView(category),
    icon: category.icon,
    ...(related.length ? { related_categories: related.map(associatedCategoryView) } : {}),
    ...(parent ? { parent_category: associatedCategoryView(parent) } : {}),
    ...(root ? { root_category: associatedCategoryView(root) } : {}),
    meta: {
      articles_count: tables.articles.where('category', category.id).filter((a) => own(a) !== undefined)
        .length,
    },
  };
}

/** The article's author as the agent partial renders it (when the author is still a member). */
function authorView(tables: Tables, article: Article) {
  if (article.author_id === null) return {};
  const user = tables.users.get(article.author_id);
  const membership = user && membershipOf(tables, article.account_id, user.id);
  return user && membership ? { author: agentView(user, membership) } : {};
}

/** app/views/api/v1/accounts/articles/_associated_article.json.jbuilder */
function associatedArticleView(tables: Tables, article: Article, options: HelpCenterViewOptions) {
  const portal = tables.portals.get(article.portal_id);
  return {
    id: article.id,
    category_id: article.category_id,
    title: article.title,
    content: article.content,
    description: article.description,
    status: article.status,
    account_id: article.account_id,
    ...(portal ? { portal: portalView(tables, portal, null, options) } : {}),
    views: article.views,
    ...authorView(tables, article),
  };
}

/** app/views/api/v1/accounts/articles/_article.json.jbuilder */
export function articleView(tables: Tables, article: Article, options: HelpCenterViewOptions) {
  const own = ownRecord(article.account_id);
  const category = article.category_id === null ? undefined : own(tables.categories.get(article.category_id));
  const root =
    article.associated_article_id === null
      ? undefined
      : own(tables.articles.get(article.associated_article_id));
  const associated = tables.articles.where('associated', article.id);
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    content: article.content,
    description: article.description,
    status: article.status,
    position: article.position,
    account_id: article.account_id,
    updated_at: unix(article.updated_at),
    meta: article.meta,
    locale: article.locale,
    associated_article_id: article.associated_article_id,
    ...(root ? { root_article: associatedArticleView(tables, root, options) } : {}),
    category: {
      id: article.category_id,
      name: category?.name ?? null,
      slug: category?.slug ?? null,
      locale: category?.locale ?? null,
    },
    views: article.views,
    ...authorView(tables, article),
    ...(associated.length
      ? { associated_articles: associated.map((a) => associatedArticleView(tables, a, options)) }
      : {}),
  };
}
