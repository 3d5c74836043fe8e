/** Help center portals (app/controllers/api/v1/accounts/portals_controller.rb), addressed by slug. */
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { requireParams, toId, unwrap } from '../../http/params';
import { CouldNotCreate, RecordInvalid } from '../../domain/errors';
import {
  createPortal,
  destroyPortal,
  findPortalBySlug,
  normalizeConfig,
  updatePortal,
  widgetInbox,
  type NewPortal,
} from '../../domain/help_center/portals';
import { errorMessages } from '../../domain/validations';
import { blank, castBoolean, castString } from '../../rails/casts';
import { currentPage } from '../../rails/pagination';
import type { Portal } from '../../store';
import { portalView } from '../../views/help_center';
import { castAttributes, hasModelParams, viewOptions } from './params';

/** The model's columns: what Rails' wrap_parameters lifts from a flat JSON body into the model key. */
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

/** PortalsController#parsed_custom_domain: an http(s) URL becomes its host; blank becomes nil. */
function parseCustomDomain(value: unknown): string | null {
  const domain = castString(value);
  if (blank(domain)) return null;
  try {
    const url = new URL(domain!);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname;
  } catch {
    // not a URL: kept as given
  }
  return domain;
}

function portalChanges(params: Record<string, any>, previous?: Portal): Partial<NewPortal> {
  const changes = castAttributes<NewPortal>(params, {
    name: castString as (v: unknown) => string,
    slug: castString as (v: unknown) => string,
    color: castString,
    header_text: castString,
    page_title: castString,
    homepage_link: (v) => (blank(castString(v)) ? null : castString(v)),
    custom_domain: parseCustomDomain,
    archived: (v) => castBoolean(v) ?? false, // nil (from "") kept as false
  });
  // Portal#normalize_config runs on every save of a new portal, with or without a config.
  if (params.config !== undefined || !previous)
    changes.config = normalizeConfig(previous?.config, params.config);
  return changes;
}

/**
 * live_chat_widget_params: only when an inbox_id is sent; a blank one unlinks the web widget (the
 * newest portals spec, "clears associated web widget when inbox selection is blank").
 */
function liveChatWidget(ctx: RequestContext): { widget_inbox_id?: number | null } {
  const raw = ctx.body?.inbox_id;
  if (raw === undefined) return {};
  if (raw === null || blank(castString(raw))) return { widget_inbox_id: null };
  return widgetInbox(ctx, toId(raw));
}

function create(ctx: RequestContext) {
  const params = requireParams(ctx.body, 'portal', PORTAL_ATTRIBUTES);
  const portal = createPortal(ctx, { ...portalChanges(params), ...liveChatWidget(ctx) });
  return ok(portalView(ctx.tables, portal, null, viewOptions(ctx)));
}

function update(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.id);
  if (!hasModelParams(ctx.body ?? {}, 'portal', PORTAL_ATTRIBUTES))
    return ok(portalView(ctx.tables, portal, null, viewOptions(ctx)));
  const params = unwrap(ctx.body, 'portal');
  const changes = { ...portalChanges(params, portal), ...liveChatWidget(ctx) };
  try {
    const updated = updatePortal(ctx, portal, changes);
    return ok(portalView(ctx.tables, updated, null, viewOptions(ctx)));
  } catch (err) {
    // The update rescues every error and renders `{ error: @portal.errors.messages }`.
    if (err instanceof RecordInvalid) throw new CouldNotCreate(errorMessages(err.errors));
    throw err;
  }
}

function show(ctx: RequestContext) {
  const portal = findPortalBySlug(ctx, ctx.params.id);
  const locale = castString(ctx.query.locale);
  const articles = ctx.tables.articles
    .where('portal', portal.id)
    .filter((a) => blank(locale) || a.locale === locale);
  return ok(portalView(ctx.tables, portal, articles, viewOptions(ctx)));
}

export const handlers: HandlerMap = {
  listPortals: (ctx) => {
    const portals = ctx.tables.portals.where('account', accountOf(ctx).id);
    return ok({
      payload: portals.map((p) => portalView(ctx.tables, p, null, viewOptions(ctx))),
      meta: { current_page: currentPage(ctx.query.page), portals_count: portals.length },
    });
  },
  createPortal: create,
  getPortal: show,
  updatePortal: update,
  replacePortal: update,
  deletePortal: (ctx) => {
    destroyPortal(ctx, findPortalBySlug(ctx, ctx.params.id));
    return empty();
  },
};
