/**
 * The web widget's messages (app/controllers/api/v1/widget/messages_controller.rb, MessageFinder):
 * the visitor's last conversation's messages, sending one (which starts a conversation when there is
 * none), and answering a message's form (an email prompt, a CSAT survey, form fields).
 */
import { identifyContact } from '../../domain/contact_identify';
import { setLabels } from '../../domain/conversations';
import { signedBlobs } from '../../domain/direct_uploads';
import { attachmentOfBlob, uploadedAttachments } from '../../domain/files';
import { findMessages } from '../../domain/message_finder';
import { updateContentAttributes } from '../../domain/messages';
import {
  addWidgetMessage,
  createWidgetConversation,
  widgetConversation,
  widgetConversations,
} from '../../domain/widget_visitor';
import {
  baseUrlOf,
  empty,
  ok,
  recordEvent,
  recordEvents,
  type HandlerMap,
  type RequestContext,
} from '../../http/context';
import { HttpError } from '../../http/errors';
import { isHash, toI } from '../../rails/casts';
import type { JsonObject } from '../../store';
import { publicMessageView } from '../../views/public';
import { widgetMessagesView } from '../../views/widget';
import { submit, submittedValues } from '../public_messages';
import { visitor } from './contacts';
import { conversationAttributes } from './conversations';

const hash = (value: unknown): JsonObject => (isHash(value) ? value : {});

function index(ctx: RequestContext) {
  const { contactInbox } = visitor(ctx);
  const conversation = widgetConversation(ctx.tables, contactInbox);
  const { before, after } = ctx.query;
  const page = conversation
    ? findMessages(ctx.tables, conversation, { before, after, filterInternalMessages: true })
    : [];
  return ok(widgetMessagesView(ctx.tables, conversation, page));
}

const RESOLVED = 'Conversation is resolved and does not accept new messages';

/**
 * MessagesController#create: a resolved conversation of an inbox that takes no messages after
 * resolution refuses with 403; without a conversation one is created first (with the request's
 * custom_attributes and those of its `labels` the account has); then the visitor's message, with the
 * multipart `message[attachments][]` files and the blobs of the signed ids among them (direct uploads:
 * a signed id that names no blob raises InvalidSignature in Rails, a 500; the fake answers 422
 * `{"status":422,"error":"Unprocessable Entity"}` before anything is created).
 */
function create(ctx: RequestContext) {
  const { inbox, contactInbox, contact, params } = visitor(ctx);
  const message = hash(params.message);
  let conversation = widgetConversation(ctx.tables, contactInbox);
  if (conversation?.status === 'resolved' && !inbox.allow_messages_after_resolved) {
    throw new HttpError(403, { error: RESOLVED });
  }
  const baseUrl = baseUrlOf(ctx);
  const signed = signedBlobs(ctx.store, message.attachments);
  if (!signed) throw new HttpError(422, { status: 422, error: 'Unprocessable Entity' });
  const attachments = [
    ...uploadedAttachments(
      ctx.store,
      baseUrl,
      ctx.files,
      inbox.account_id,
      /^message\[attachments\](\[\d*\])?$/,
    ),
    ...signed.map((blob) => attachmentOfBlob(ctx.store, baseUrl, blob)),
  ];
  let created = false;
  if (!conversation) {
    conversation = createWidgetConversation(ctx.store, contactInbox, {
      additional_attributes: conversationAttributes(ctx, message),
      custom_attributes: params.custom_attributes,
    });
    created = true;
  }
  const added = addWidgetMessage(
    ctx,
    conversation,
    contact,
    { content: message.content, reply_to: message.reply_to, echo_id: message.echo_id },
    attachments,
  );
  if (created) {
    recordEvent(ctx, 'conversation_created', { conversationId: conversation.id });
    const wanted = Array.isArray(params.labels) ? params.labels.map(String) : [];
    const titles = ctx.tables.labels
      .where('account', inbox.account_id)
      .map((l) => l.title)
      .filter((t) => wanted.includes(t));
    if (titles.length) setLabels(ctx, ctx.tables.conversations.get(conversation.id)!, titles);
  }
  recordEvents(ctx, added.events);
  return ok(publicMessageView(ctx.tables, ctx.tables.messages.get(added.message.id)!));
}

/**
 * MessagesController#update: a message of the visitor's own conversations (another visitor's is not
 * found). An `input_email` message stores `submitted_email` and the contact takes the email
 * (ContactIdentifyAction: merged into the contact that has it, which keeps its name); any other message
 * takes `message[submitted_values]` (a CSAT answer reaches the CSAT listener through message_updated).
 */
function update(ctx: RequestContext) {
  const { contactInbox, contact, params } = visitor(ctx);
  const id = toI(ctx.params.id);
  const mine = new Set(widgetConversations(ctx.tables, contactInbox).map((c) => c.id));
  const message = id === undefined ? undefined : ctx.tables.messages.get(id);
  if (!message || !mine.has(message.conversation_id)) return empty(404);
  if (message.content_type === 'input_email') {
    const given = hash(params.contact).email;
    const email = typeof given === 'string' ? given.toLowerCase() : null;
    const written = updateContentAttributes(ctx.store, message, {
      ...message.content_attributes,
      submitted_email: email,
    });
    recordEvents(ctx, written.events);
    if (email) {
      const identified = identifyContact(
        ctx,
        contact,
        { email, name: email.split('@')[0] },
        { retainOriginalName: true, discardInvalid: true },
      );
      recordEvents(ctx, identified.events);
    }
    return ok(publicMessageView(ctx.tables, ctx.tables.messages.get(message.id)!));
  }
  const updated = submit(ctx, message, submittedValues(hash(params.message).submitted_values));
  return ok(publicMessageView(ctx.tables, updated));
}

export const handlers: HandlerMap = {
  listWidgetMessages: index,
  createWidgetMessage: create,
  updateWidgetMessage: update,
  replaceWidgetMessage: update,
};
