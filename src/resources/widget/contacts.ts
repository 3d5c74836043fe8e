/**
 * The web widget's config and contact (app/controllers/api/v1/widget/configs_controller.rb,
 * contacts_controller.rb, app/helpers/widget_helper.rb): the visitor's session and identity.
 */
import { identifyContact } from '../../domain/contact_identify';
import { removeCustomAttributes } from '../../domain/contacts';
import { HMAC_FAILED, validIdentifierHash } from '../../domain/public';
import { visitorOf, widgetAuthToken, widgetContext, widgetInbox } from '../../domain/widget';
import { createVisitor } from '../../domain/widget_visitor';
import { ok, recordEvents, type HandlerMap, type RequestContext } from '../../http/context';
import { unauthorized } from '../../http/errors';
import { publicParams } from '../../http/params';
import { blank, present } from '../../rails/casts';
import type { Contact, ContactInbox, Inbox, WebWidgetChannel } from '../../store';
import { contactRecordView } from '../../views/contact';
import {
  widgetConfigView,
  widgetContactUpdateView,
  widgetContactView,
  widgetSetUserView,
} from '../../views/widget';

/** The visitor's X-Auth-Token header. */
export function authToken(ctx: RequestContext): string | undefined {
  const value = ctx.headers?.['x-auth-token'];
  return Array.isArray(value) ? value[0] : value;
}

/** The request's widget, visitor and params (set_web_widget + set_contact), 404 when either is missing. */
export function visitor(ctx: RequestContext) {
  const params = publicParams(ctx);
  const context = widgetContext(ctx, params, authToken(ctx));
  const contact = ctx.tables.contacts.get(context.contactInbox.contact_id)!;
  return { ...context, contact };
}

/**
 * WidgetHelper#build_contact_inbox_with_token: a new visitor (contact and contact inbox) and its token.
 */
function newVisitor(ctx: RequestContext, inbox: Inbox) {
  const created = createVisitor(ctx, inbox.id);
  recordEvents(ctx, created.events);
  return { ...created, token: widgetAuthToken(ctx.store, created.contactInbox) };
}

/**
 * ConfigsController#create: the visitor the token names, else a new one (ContactInboxWithContactBuilder),
 * and a freshly signed token for it.
 */
function createConfig(ctx: RequestContext) {
  const inbox = widgetInbox(ctx, publicParams(ctx));
  const found = visitorOf(ctx, inbox, authToken(ctx));
  let session: { contactInbox: ContactInbox; contact: Contact; token: string };
  if (found) {
    const contact = ctx.tables.contacts.get(found.contact_id)!;
    session = { contactInbox: found, contact, token: widgetAuthToken(ctx.store, found) };
  } else session = newVisitor(ctx, inbox);
  const account = ctx.tables.accounts.get(inbox.account_id)!;
  return ok(
    widgetConfigView(inbox, account, session, { apiHost: ctx.baseUrl ?? '', now: ctx.store.clock.peek() }),
  );
}

function show(ctx: RequestContext) {
  const { contact } = visitor(ctx);
  return ok(widgetContactView(ctx.tables, contact));
}

/**
 * should_verify_hmac?: when a hash is sent or the widget makes it mandatory — but not for a request
 * that sets custom attributes without an identifier.
 */
function shouldVerifyHmac(widget: WebWidgetChannel, params: Record<string, any>): boolean {
  if (blank(params.identifier_hash) && !widget.hmac_mandatory) return false;
  if (present(params.custom_attributes) && blank(params.identifier)) return false;
  return true;
}

/** validate_hmac: 401 `{"error":"HMAC failed: Invalid Identifier Hash Provided"}`. */
function validateHmac(widget: WebWidgetChannel, params: Record<string, any>): void {
  if (
    shouldVerifyHmac(widget, params) &&
    !validIdentifierHash(widget.hmac_token, params.identifier, params.identifier_hash)
  )
    throw unauthorized(HMAC_FAILED);
}

/** The permitted identity params (`permitted_params`). */
function identity(params: Record<string, any>) {
  const { identifier, email, name, avatar_url, phone_number, custom_attributes, additional_attributes } =
    params;
  return { identifier, email, name, avatar_url, phone_number, custom_attributes, additional_attributes };
}

/**
 * ContactsController#update: an identifier needs a valid hash (validate_hmac_for_identified_update);
 * then ContactIdentifyAction with invalid attributes discarded.
 */
function update(ctx: RequestContext) {
  const { inbox, contact, params } = visitor(ctx);
  if (present(params.identifier)) validateHmac(inbox.channel, params);
  const identified = identifyContact(ctx, contact, identity(params), { discardInvalid: true });
  recordEvents(ctx, identified.events);
  return ok(widgetContactUpdateView(identified.contact));
}

/**
 * ContactsController#set_user: the hash checked, then — when the visitor's contact already has another
 * identifier — a new visitor (contact, contact inbox and token: `widget_auth_token`) takes the identity;
 * the contact inbox is marked hmac_verified when the hash was checked.
 */
function setUser(ctx: RequestContext) {
  const { inbox, contact: current, params } = visitor(ctx);
  let { contactInbox } = visitor(ctx);
  validateHmac(inbox.channel, params);
  let contact = current;
  let token: string | undefined;
  const identifier = blank(params.identifier) ? undefined : String(params.identifier);
  if (current.identifier && current.identifier !== identifier) {
    const fresh = newVisitor(ctx, inbox);
    ({ contactInbox, contact, token } = fresh);
  }
  if (shouldVerifyHmac(inbox.channel, params) && !contactInbox.hmac_verified) {
    contactInbox = ctx.tables.contactInboxes.update(contactInbox.id, { hmac_verified: true });
  }
  const identified = identifyContact(ctx, contact, identity(params), { discardInvalid: true });
  recordEvents(ctx, identified.events);
  return ok(widgetSetUserView(identified.contact, ctx.tables.contactInboxes.get(contactInbox.id)!, token));
}

/** The keys a destroy_custom_attributes names: a string or a list (`excluding` flattens one level). */
export function attributeKeys(value: unknown): Set<string> {
  const list = Array.isArray(value) ? value : [value];
  return new Set(list.filter((v) => typeof v === 'string' || typeof v === 'number').map(String));
}

/** ContactsController#destroy_custom_attributes: `render json: @contact` (the model). */
function destroyCustomAttributes(ctx: RequestContext) {
  const { contact, params } = visitor(ctx);
  const written = removeCustomAttributes(ctx, contact, attributeKeys(params.custom_attributes));
  recordEvents(ctx, written.events);
  return ok(contactRecordView(written.record));
}

export const handlers: HandlerMap = {
  createWidgetConfig: createConfig,
  getWidgetContact: show,
  updateWidgetContact: update,
  replaceWidgetContact: update,
  setWidgetUser: setUser,
  destroyWidgetContactCustomAttributes: destroyCustomAttributes,
};
