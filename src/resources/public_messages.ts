/**
 * Public client API: messages of a contact's conversation
 * (app/controllers/public/api/v1/inboxes/messages_controller.rb, MessageFinder) and the CSAT survey
 * (app/controllers/public/api/v1/csat_survey_controller.rb). A CSAT answer is stored in the
 * input_csat message's `submitted_values`; the `message_updated` event it fires makes the CSAT listener
 * (src/events/csat.ts, Chatwoot's CsatSurveyListener) create or update the survey response.
 */
import { uploadedAttachments } from '../domain/files';
import { messageErrors } from '../domain/message_builder';
import { findMessages } from '../domain/message_finder';
import { addMessage, csatSurveyLocked, updateContentAttributes } from '../domain/messages';
import { publicConversationContext } from '../domain/public';
import { baseUrlOf, ok, recordEvents, text, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, invalidRecord, routeNotFound } from '../http/errors';
import { publicParams } from '../http/params';
import { blank, isHash } from '../rails/casts';
import type { Json, JsonObject, Message } from '../store';
import { csatSurveyView, publicMessageView } from '../views/public';
import { surveyPage } from '../web/survey';

const CSAT_LOCKED = 'You cannot update the CSAT survey after 14 days';

/** MessageFinder with `filter_internal_messages` and only `before`: the latest 20, or the 20 just before it. */
function list(ctx: RequestContext) {
  const { conversation } = publicConversationContext(ctx, ctx.params);
  const page = findMessages(ctx.tables, conversation, {
    before: ctx.query.before,
    filterInternalMessages: true,
  });
  return ok(page.map((m) => publicMessageView(ctx.tables, m)));
}

/** An incoming text message from the contact (`@conversation.messages.new(...).save!`). */
function create(ctx: RequestContext) {
  const { conversation, contact } = publicConversationContext(ctx, ctx.params);
  const { store, tables } = ctx;
  const params = publicParams(ctx);
  const content =
    params.content === undefined || params.content === null || typeof params.content === 'object'
      ? null
      : String(params.content);

  const errors = messageErrors(ctx, conversation, { content, content_type: 'text', content_attributes: {} });
  if (errors.length) throw invalidRecord(errors);

  const echo = params.echo_id;
  const { message, events } = addMessage(
    store,
    conversation,
    {
      content,
      message_type: 0,
      content_type: 'text',
      sender_type: 'Contact',
      sender_id: contact.id,
      echo_id: blank(echo) || typeof echo === 'object' ? null : String(echo),
      attachments: uploadedAttachments(ctx.store, baseUrlOf(ctx), ctx.files, conversation.account_id),
    },
    undefined,
  );
  recordEvents(ctx, events);
  return ok(publicMessageView(tables, message));
}

const SUBMITTED_KEYS = ['name', 'title', 'value'] as const;

/** One permitted `submitted_values` hash: name, title, value and csat_survey_response{rating, feedback_message}. */
function permitSubmitted(item: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const key of SUBMITTED_KEYS) {
    const v = item[key];
    if (v !== undefined && !isHash(v) && !Array.isArray(v)) out[key] = v;
  }
  const csat = item.csat_survey_response;
  if (isHash(csat)) {
    const response: JsonObject = {};
    for (const key of ['feedback_message', 'rating'])
      if (csat[key] !== undefined && !isHash(csat[key]) && !Array.isArray(csat[key]))
        response[key] = csat[key];
    out.csat_survey_response = response;
  }
  return out;
}

/** Strong parameters on `submitted_values`: a hash or an array of hashes; undefined when not sent. */
export function submittedValues(value: unknown): Json | undefined {
  if (Array.isArray(value)) return value.filter(isHash).map(permitSubmitted);
  if (isHash(value)) return permitSubmitted(value);
  return undefined;
}

/**
 * `@message.update!(submitted_values: ...)`: content_attributes' submitted_values replaced, and
 * `message_updated` when that changed something (the CSAT listener reacts to it).
 */
export function submit(ctx: RequestContext, message: Message, values: Json | undefined): Message {
  if (values === undefined) return message;
  const updated = updateContentAttributes(ctx.store, message, {
    ...message.content_attributes,
    submitted_values: values,
  });
  recordEvents(ctx, updated.events);
  return updated.message;
}

function update(ctx: RequestContext) {
  const { conversation } = publicConversationContext(ctx, ctx.params);
  const message = ctx.tables.messages.get(Number(ctx.params.message_id));
  if (!message || message.conversation_id !== conversation.id) throw routeNotFound();
  if (csatSurveyLocked(ctx.store, message)) throw couldNotCreate(CSAT_LOCKED);
  const updated = submit(ctx, message, submittedValues(publicParams(ctx).submitted_values));
  return ok(publicMessageView(ctx.tables, updated));
}

/** CsatSurveyController#set_conversation / #set_message: by uuid, then its first input_csat message. */
function csatMessage(ctx: RequestContext): Message {
  const { tables } = ctx;
  const conversation = tables.conversations.findBy('uuid', String(ctx.params.uuid));
  const message = conversation
    ? tables.messages.where('conversation', conversation.id).find((m) => m.content_type === 'input_csat')
    : undefined;
  if (!conversation || !message) throw routeNotFound();
  const account = tables.accounts.get(conversation.account_id);
  if (!account) throw routeNotFound();
  ctx.account = account;
  return message;
}

function showCsatSurvey(ctx: RequestContext) {
  return ok(csatSurveyView(ctx.tables, csatMessage(ctx)));
}

function updateCsatSurvey(ctx: RequestContext) {
  const message = csatMessage(ctx);
  if (csatSurveyLocked(ctx.store, message)) throw couldNotCreate(CSAT_LOCKED);
  const wrapper = publicParams(ctx).message;
  // `@message.update!(nil)` raises ArgumentError in Rails (a 500): answered as the missing parameter.
  if (!isHash(wrapper)) throw couldNotCreate('param is missing or the value is empty: message');
  submit(ctx, message, submittedValues(wrapper.submitted_values));
  return ok(csatSurveyView(ctx.tables, ctx.tables.messages.get(message.id)!));
}

/** Survey::ResponsesController#show: the page for any uuid (it reads the survey through the API). */
function csatSurveyPage(ctx: RequestContext) {
  return text(surveyPage(String(ctx.params.uuid)), 'text/html');
}

export const handlers: HandlerMap = {
  listPublicMessages: list,
  createPublicMessage: create,
  updatePublicMessage: update,
  replacePublicMessage: update,
  getPublicCsatSurvey: showCsatSurvey,
  updatePublicCsatSurvey: updateCsatSurvey,
  replacePublicCsatSurvey: updateCsatSurvey,
  getCsatSurveyPage: csatSurveyPage,
};
