/**
 * Help center categories (app/models/category.rb): a locale the portal allows, unique per slug and
 * portal; related categories of the same portal; what lets go of a category when it goes.
 */
import type { Category, Portal } from '../../store';
import { blank } from '../../rails/casts';
import { RecordInvalid, RecordNotFound } from '../errors';
import type { Scope } from '../scope';
import { Errors } from '../validations';

/** The columns a request may set (related_category_ids are resolved by relatedCategoryIds). */
export type CategoryAttributes = Partial<
  Pick<
    Category,
    | 'name'
    | 'slug'
    | 'description'
    | 'locale'
    | 'icon'
    | 'position'
    | 'parent_category_id'
    | 'associated_category_id'
    | 'related_category_ids'
  >
>;

/** `@portal.categories.find(params[:id])` */
export function findCategory(scope: Scope, portal: Portal, id: number | undefined): Category {
  const category = scope.tables.categories.get(id ?? -1);
  if (!category || category.portal_id !== portal.id) throw new RecordNotFound('category');
  return category;
}

/** ORDER BY position ASC in Postgres: NULLs last. */
export function byPosition(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Category validations in declaration order. */
function categoryErrors(
  scope: Scope,
  portal: Portal,
  category: Omit<Category, 'id'> & { id: number },
): Errors {
  const errors = new Errors();
  if (blank(category.slug)) errors.addMessage('slug', "can't be blank");
  if (blank(category.name)) errors.addMessage('name', "can't be blank");
  // validate :allowed_locales: the message lists the portal's locales as Ruby inspects an array.
  const allowed = portal.config.allowed_locales;
  if (!allowed.includes(category.locale)) {
    const list = `[${allowed.map((l) => JSON.stringify(l)).join(', ')}]`;
    errors.addMessage('locale', `${category.locale ?? ''} of category is not part of portal's ${list}.`);
  }
  // validates :locale, uniqueness: { scope: %i[slug portal_id] }
  const duplicate = scope.tables.categories
    .where('portal', portal.id)
    .some((c) => c.id !== category.id && c.slug === category.slug && c.locale === category.locale);
  if (duplicate) errors.addMessage('locale', 'should be unique in the category and portal');
  return errors;
}

/** `@portal.categories.where(id: ids)`: the ids of the portal's categories among `ids`, unknown ones dropped. */
export function relatedCategoryIds(scope: Scope, portal: Portal, ids: (number | null)[]): number[] {
  const wanted = new Set(ids);
  return scope.tables.categories
    .where('portal', portal.id)
    .filter((c) => wanted.has(c.id))
    .map((c) => c.id);
}

export function createCategory(scope: Scope, portal: Portal, attributes: CategoryAttributes): Category {
  const now = scope.store.clock.now();
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
    related_category_ids: [],
    created_at: now,
    updated_at: now,
    ...attributes,
  };
  const errors = categoryErrors(scope, portal, { id: 0, ...record });
  if (errors.any) throw new RecordInvalid(errors.list);
  return scope.tables.categories.insert(record);
}

export function updateCategory(
  scope: Scope,
  portal: Portal,
  category: Category,
  changes: CategoryAttributes,
): Category {
  const errors = categoryErrors(scope, portal, { ...category, ...changes });
  if (errors.any) throw new RecordInvalid(errors.list);
  return scope.tables.categories.update(category.id, { ...changes, updated_at: scope.store.clock.now() });
}

/** has_many :articles, dependent: :nullify; sub-categories, translations and relations let go of it. */
export function destroyCategory(scope: Scope, portal: Portal, category: Category): void {
  const { tables } = scope;
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
}
