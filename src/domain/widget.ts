/**
 * The web widget API's credentials and request context, shared by its handlers
 * (app/controllers/api/v1/widget/base_controller.rb, app/controllers/concerns/website_token_helper.rb,
 * app/services/widget/token_service.rb, app/services/base_token_service.rb):
 *
 * - `website_token` (query or body) names the Channel::WebWidget (`find_by!`);
 * - the `X-Auth-Token` header is the widget's JWT (HS256, signed with the installation's
 *   secret_key_base) holding `{source_id, inbox_id, exp, iat}`; the contact inbox is the widget inbox's
 *   one with that `source_id`. A bad, expired or missing token decodes to `{}`, so no contact inbox.
 *
 * Every miss raises ActiveRecord::RecordNotFound inside ApplicationController's handle_with_exception:
 * 404 `{"error":"Resource could not be found"}`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ContactInbox, Inbox, Store, WebWidgetChannel } from '../store';
import { RecordNotFound } from './errors';
import type { Scope } from './scope';

/**
 * The fake's Rails `secret_key_base`, which signs widget tokens. A client of the fake can mint a token
 * with any JWT library: HS256, this secret, payload `{"source_id": "<contact inbox source_id>",
 * "inbox_id": <inbox id>}` (`exp`/`iat` optional).
 */
export const WIDGET_SECRET_KEY_BASE = 'chatwoot-fake-secret-key-base';

/** Widget::TokenService::DEFAULT_EXPIRY_DAYS (InstallationConfig WIDGET_TOKEN_EXPIRY unset). */
const EXPIRY_DAYS = 180;

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

function sign(input: string): Buffer {
  return createHmac('sha256', WIDGET_SECRET_KEY_BASE).update(input).digest();
}

/**
 * Widget::TokenService#generate_token: what Chatwoot hands the widget (`auth_token` of
 * POST /api/v1/widget/config) for a contact inbox. `exp` is 180 days after `iat`, on the fake's clock.
 */
export function widgetAuthToken(store: Store, contactInbox: ContactInbox): string {
  const iat = Math.floor(store.clock.peek() / 1000);
  const payload = {
    source_id: contactInbox.source_id,
    inbox_id: contactInbox.inbox_id,
    exp: iat + EXPIRY_DAYS * 86_400,
    iat,
  };
  const input = `${base64url('{"alg":"HS256"}')}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${sign(input).toString('base64url')}`;
}

/**
 * BaseTokenService#decode_token: the claims of a valid HS256 token, `{}` when the token is malformed,
 * badly signed, not HS256 or expired (`exp` checked against the fake's clock).
 */
export function decodeWidgetToken(store: Store, token: unknown): Record<string, unknown> {
  if (typeof token !== 'string') return {};
  const parts = token.split('.');
  if (parts.length !== 3) return {};
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    if (header?.alg !== 'HS256') return {};
    const given = Buffer.from(parts[2], 'base64url');
    const expected = sign(`${parts[0]}.${parts[1]}`);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return {};
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!claims || typeof claims !== 'object' || Array.isArray(claims)) return {};
    if (claims.exp !== undefined) {
      if (typeof claims.exp !== 'number' || claims.exp <= Math.floor(store.clock.peek() / 1000)) return {};
    }
    return claims;
  } catch {
    return {};
  }
}

/** The widget request's inbox, contact inbox and Rails params (set_web_widget, set_contact). */
export interface WidgetContext {
  inbox: Inbox & { channel: WebWidgetChannel };
  contactInbox: ContactInbox;
  params: Record<string, any>;
}

/**
 * WebsiteTokenHelper#set_web_widget: the web widget by `website_token` (`find_by!`, so a missing or
 * unknown one is RecordNotFound). Sets `ctx.account` (Chatwoot's @current_account).
 */
export function widgetInbox(ctx: Scope, params: Record<string, any>): Inbox & { channel: WebWidgetChannel } {
  const websiteToken = params.website_token;
  const inbox =
    typeof websiteToken === 'string' || typeof websiteToken === 'number'
      ? ctx.tables.inboxes.findBy('websiteToken', String(websiteToken))
      : undefined;
  if (!inbox || inbox.channel.type !== 'Channel::WebWidget') throw new RecordNotFound();
  const account = ctx.tables.accounts.get(inbox.account_id);
  if (!account) throw new RecordNotFound();
  ctx.account = account;
  return inbox as Inbox & { channel: WebWidgetChannel };
}

/**
 * The contact inbox a widget token names in the widget's inbox (set_contact's lookup), or undefined.
 * The token's `inbox_id` must be the widget's own inbox: Chatwoot takes the contact inbox from the
 * widget but the conversations' inbox from the token, so a token minted for another inbox could reach
 * across inboxes there; the fake refuses it as a token that names no visitor.
 */
export function visitorOf(ctx: Scope, inbox: Inbox, authToken: unknown): ContactInbox | undefined {
  const claims = decodeWidgetToken(ctx.store, authToken);
  const sourceId = claims.source_id;
  if (sourceId === undefined || sourceId === null || Number(claims.inbox_id) !== inbox.id) return undefined;
  const contactInbox = ctx.tables.contactInboxes.findBy('source', [inbox.id, String(sourceId)]);
  return contactInbox && ctx.tables.contacts.get(contactInbox.contact_id) ? contactInbox : undefined;
}

/**
 * WebsiteTokenHelper#set_web_widget + #set_contact: the web widget by `website_token`, then its
 * inbox's contact inbox with the token's `source_id`; no such visitor is RecordNotFound.
 */
export function widgetContext(ctx: Scope, params: Record<string, any>, authToken: unknown): WidgetContext {
  const inbox = widgetInbox(ctx, params);
  const contactInbox = visitorOf(ctx, inbox, authToken);
  if (!contactInbox) throw new RecordNotFound();
  return { inbox, contactInbox, params };
}

// ---------------------------------------------------------------------------------------------
// The `browser` gem (Browser.new(user_agent, accept_language:)), as Chatwoot's widget controllers use it

/** BaseController#browser_params */
export interface BrowserParams {
  browser_name: string;
  browser_version: string;
  device_name: string;
  platform_name: string;
  platform_version: string;
}

/** Browser.matchers, the common ones, in the gem's order (the first that matches wins). */
const BROWSERS: { name: string; match: (ua: string) => boolean; version: RegExp[] }[] = [
  { name: 'Opera', match: (ua) => /Opera|OPR\//.test(ua), version: [/OPR\/([\d.]+)/, /Version\/([\d.]+)/] },
  {
    name: 'Microsoft Edge',
    match: (ua) => /(?:Edge|Edg|EdgiOS|EdgA)\/[\d.]+|Trident\/8/.test(ua),
    version: [/(?:Edge|Edg|EdgiOS|EdgA)\/([\d.]+)/],
  },
  { name: 'Firefox', match: (ua) => /Firefox|FxiOS/.test(ua), version: [/(?:Firefox|FxiOS)\/([\d.]+)/] },
  {
    name: 'Chrome',
    match: (ua) => /Chrome|CriOS/.test(ua) && !/PhantomJS|FxiOS|YaBrowser|SputnikBrowser/.test(ua),
    version: [/Chrome\/([\d.]+)/, /CriOS\/([\d.]+)/, /Safari\/([\d.]+)/, /AppleWebKit\/([\d.]+)/],
  },
  {
    name: 'Safari',
    match: (ua) => /Safari/.test(ua) && !/Chrome|CriOS|PhantomJS|FxiOS/.test(ua),
    version: [/Version\/([\d.]+)/, /Safari\/([\d.]+)/, /AppleWebKit\/([\d.]+)/],
  },
];

/** Browser::Platform subjects, the common ones, in the gem's order. */
function platformOf(ua: string): { name: string; version: string } {
  if (/Android/.test(ua)) return { name: 'Android', version: /Android ([\d.]+)/.exec(ua)?.[1] ?? '0' };
  const ios = /(iPhone|iPad|iPod)/.exec(ua);
  if (ios)
    return { name: `iOS (${ios[1]})`, version: (/OS ([\d._]+)/.exec(ua)?.[1] ?? '0').replace(/_/g, '.') };
  if (/Mac/.test(ua))
    return { name: 'Macintosh', version: (/Mac OS X\s*([0-9_.]+)?/.exec(ua)?.[1] ?? '0').replace(/_/g, '.') };
  if (/Windows/.test(ua))
    return { name: 'Windows', version: /Windows NT\s*([0-9_.]+)?/.exec(ua)?.[1] ?? '0' };
  if (/Linux/.test(ua)) return { name: 'Generic Linux', version: '0' };
  return { name: 'Other', version: '0' };
}

/** Browser::Device subjects: the Apple handhelds by name, everything else "Unknown". */
function deviceOf(ua: string): string {
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua)) return 'iPad';
  if (/iPod/.test(ua)) return 'iPod Touch';
  return 'Unknown';
}

/**
 * BaseController#browser_params for a User-Agent: browser name and full version, device and platform
 * as the `browser` gem names them (`Generic Browser` / `0.0` for an unknown agent).
 */
export function browserParams(userAgent: string | undefined): BrowserParams {
  const ua = userAgent ?? '';
  const browser = BROWSERS.find((b) => b.match(ua));
  let version = '0.0';
  for (const re of browser?.version ?? []) {
    const m = re.exec(ua);
    if (m) {
      version = m[1];
      break;
    }
  }
  const platform = platformOf(ua);
  return {
    browser_name: browser?.name ?? 'Generic Browser',
    browser_version: version,
    device_name: deviceOf(ua),
    platform_name: platform.name,
    platform_version: platform.version,
  };
}

/**
 * `browser.accept_language.first&.code`: the language code (lowercase, region dropped) of the
 * Accept-Language entry with the highest quality (q=0 entries dropped), or null.
 */
export function browserLanguage(acceptLanguage: string | undefined): string | null {
  if (!acceptLanguage) return null;
  const entries = acceptLanguage
    .split(',')
    .map((part) => part.replace(/ +/g, ' ').trim())
    .map((part) => {
      const q = /;q=([\d.]+)/.exec(part)?.[1];
      const quality = q === undefined ? 1 : Number(q.replace(/\.+/g, '.'));
      return {
        code: /^([^-;]+)/.exec(part)?.[1]?.toLowerCase(),
        quality: Number.isNaN(quality) ? 0.1 : quality,
      };
    })
    .filter((e) => e.quality !== 0);
  let best: (typeof entries)[number] | undefined;
  for (const entry of entries) if (!best || entry.quality > best.quality) best = entry;
  return best?.code ?? null;
}
