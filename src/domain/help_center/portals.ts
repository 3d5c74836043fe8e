/**
 * Help center portals (app/models/portal.rb): the slug and custom domain unique across the
 * installation, the config's locales, and what a portal takes with it when it goes.
 */
import type { Portal } from '../../store';
import { blank } from '../../rails/casts';
import { accountOf, type Scope } from '../scope';
import { RecordInvalid, RecordNotFound } from '../errors';
import { Errors } from '../validations';

/** A new portal's columns before the request's attributes apply. */
export type NewPortal = Omit<Portal, 'id' | 'account_id' | 'created_at' | 'updated_at'>;

const PORTAL_DEFAULTS: NewPortal = {
  name: '',
  slug: '',
  color: null,
  custom_domain: null,
  header_text: null,
  homepage_link: null,
  page_title: null,
  archived: false,
  config: { allowed_locales: ['en'], default_locale: 'en', draft_locales: [] },
  widget_inbox_id: null,
};

/** `Current.account.portals.find_by(slug:)`: undefined for an unknown slug. */
export function portalBySlug(scope: Scope, slug: unknown): Portal | undefined {
  const accountId = accountOf(scope).id;
  return scope.tables.portals.where('slug', String(slug)).find((p) => p.account_id === accountId);
}

/**
 * PortalsController and CategoriesController use `find_by` and then call the nil portal: Rails
 * answers 500 there; the fake answers the 404 of a missing record. ArticlesController's `find_by!`
 * is a 404 in Rails too.
 */
export function findPortalBySlug(scope: Scope, slug: unknown): Portal {
  const portal = portalBySlug(scope, slug);
  if (!portal) throw new RecordNotFound('portal');
  return portal;
}

/** Portal#normalize_locale_codes: present strings, first occurrence kept. */
function localeCodes(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return [...new Set(list.filter((c): c is string => typeof c === 'string' && c !== ''))];
}

/**
 * Portal#normalize_config: persisted config merged with the new one, locales normalised. The drafted
 * locales are those of `draft_locales` (the persisted ones when the new config does not name them)
 * that are still allowed.
 */
export function normalizeConfig(previous: Portal['config'] | undefined, raw: unknown): Portal['config'] {
  const given = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...(previous ?? {}), ...given };
  const codes = localeCodes(merged.allowed_locales);
  const defaultLocale =
    typeof merged.default_locale === 'string' && merged.default_locale ? merged.default_locale : '';
  const allowed = codes.length ? codes : [defaultLocale || 'en'];
  const drafted = localeCodes('draft_locales' in given ? given.draft_locales : previous?.draft_locales);
  return {
    allowed_locales: allowed,
    default_locale: defaultLocale || allowed[0] || 'en',
    draft_locales: allowed.filter((code) => drafted.includes(code)),
  };
}

/** Portal#draft_locale_codes (a snapshot from before draft locales has none). */
export const draftLocales = (portal: Portal): string[] => portal.config.draft_locales ?? [];

/**
 * live_chat_widget_params: `Inbox.find(inbox_id)` (404 when unknown); the portal links only a web
 * widget inbox, any other is ignored. Chatwoot's find is not scoped to the account; the fake's
 * accounts isolate, so another account's inbox is not found either.
 */
export function widgetInbox(scope: Scope, inboxId: number | undefined): { widget_inbox_id?: number } {
  const inbox = scope.tables.inboxes.get(inboxId ?? -1);
  if (!inbox || inbox.account_id !== accountOf(scope).id) throw new RecordNotFound('inbox');
  return inbox.channel.type === 'Channel::WebWidget' ? { widget_inbox_id: inbox.id } : {};
}

/** Portal validations in declaration order. */
function portalErrors(scope: Scope, portal: Omit<Portal, 'id'> & { id: number }): Errors {
  const errors = new Errors();
  if (blank(portal.name)) errors.addMessage('name', "can't be blank");
  if (blank(portal.slug)) errors.addMessage('slug', "can't be blank");
  else if (scope.tables.portals.where('slug', portal.slug).some((p) => p.id !== portal.id)) {
    errors.addMessage('slug', 'has already been taken');
  }
  if (portal.custom_domain !== null) {
    const taken = [...scope.tables.portals.all()].some(
      (p) => p.custom_domain === portal.custom_domain && p.id !== portal.id,
    );
    if (taken) errors.addMessage('custom_domain', 'has already been taken');
  }
  if (!blank(portal.color) && !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(portal.color!))
    errors.addMessage('color', 'is invalid');
  // validate_config
  if (draftLocales(portal).includes(portal.config.default_locale))
    errors.addMessage('config', 'default locale cannot be drafted.');
  return errors;
}

/** A portal of the scope's account; RecordInvalid with the model's errors. */
export function createPortal(scope: Scope, attributes: Partial<NewPortal>): Portal {
  const now = scope.store.clock.now();
  const record = {
    account_id: accountOf(scope).id,
    ...PORTAL_DEFAULTS,
    created_at: now,
    updated_at: now,
    ...attributes,
  };
  const errors = portalErrors(scope, { id: 0, ...record });
  if (errors.any) throw new RecordInvalid(errors.list);
  return scope.tables.portals.insert(record);
}

/** RecordInvalid carries `errors.messages` too (the update renders them, see errorMessages). */
export function updatePortal(scope: Scope, portal: Portal, changes: Partial<NewPortal>): Portal {
  const errors = portalErrors(scope, { ...portal, ...changes });
  if (errors.any) throw new RecordInvalid(errors.list);
  return scope.tables.portals.update(portal.id, { ...changes, updated_at: scope.store.clock.now() });
}

/** has_many :articles and :categories, dependent: :destroy_async. */
export function destroyPortal(scope: Scope, portal: Portal): void {
  const { tables } = scope;
  for (const article of tables.articles.where('portal', portal.id)) tables.articles.delete(article.id);
  for (const category of tables.categories.where('portal', portal.id)) tables.categories.delete(category.id);
  tables.portals.delete(portal.id);
}
