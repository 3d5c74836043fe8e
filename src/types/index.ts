/**
 * `chatwoot-fake/types`: TypeScript types of the Chatwoot API's responses, request bodies and webhook
 * events, generated from the fake's spec (openapi/chatwoot.yaml) by openapi-typescript into
 * ./openapi.d.ts (scripts/gen-types.mjs), with friendly names. Types only: the module has no values.
 *
 *   import type { Contact, ResponseBody, RequestBody, WebhookEvent } from 'chatwoot-fake/types';
 *   const page: ResponseBody<'listContacts'> = await res.json();   // { meta, payload: Contact[] }
 *   const body: RequestBody<'createContact'> = { name: 'Ada', email: 'ada@example.test' };
 *   function onMessage(event: WebhookEvent<'message_created'>) { event.content; event.sender; }
 */
import type { components, operations, paths, webhooks } from './openapi';

export type { components, operations, paths, webhooks };

type Schemas = components['schemas'];

// --- Records, as the Application API renders them -------------------------------------------------

export type Account = Schemas['Account'];
export type Agent = Schemas['Agent'];
export type AgentBot = Schemas['AgentBot'];
export type Inbox = Schemas['Inbox'];
export type InboxSlim = Schemas['InboxSlim'];
export type Contact = Schemas['Contact'];
export type ContactInbox = Schemas['ContactInbox'];
export type Conversation = Schemas['Conversation'];
export type ConversationStatus = Schemas['ConversationStatus'];
export type ConversationPriority = Schemas['Priority'];
export type Message = Schemas['Message'];
export type MessageSender = Schemas['MessageSender'];
export type Attachment = Schemas['Attachment'];
export type Team = Schemas['Team'];
export type Label = Schemas['Label'];
export type CannedResponse = Schemas['CannedResponse'];
export type CustomAttributeDefinition = Schemas['CustomAttributeDefinition'];
export type CustomFilter = Schemas['CustomFilter'];
export type Webhook = Schemas['Webhook'];
export type Note = Schemas['Note'];
export type Notification = Schemas['NotificationListItem'];
export type AutomationRule = Schemas['AutomationRule'];
export type Campaign = Schemas['Campaign'];
export type Profile = Schemas['Profile'];
export type WorkingHour = Schemas['WorkingHour'];
export type Hook = Schemas['Hook'];
export type IntegrationApp = Schemas['App'];
export type Portal = Schemas['Portal'];
export type Category = Schemas['Category'];
export type Article = Schemas['Article'];
export type AuditLog = Schemas['AuditLog'];
export type CsatSurveyResponse = Schemas['CsatSurveyResponse'];
export type ReportingEvent = Schemas['ReportingEvent'];
export type PlatformAccount = Schemas['PlatformAccount'];
export type PlatformUser = Schemas['PlatformUser'];
export type PlatformAgentBot = Schemas['PlatformAgentBot'];
export type PublicInbox = Schemas['PublicInbox'];
export type PublicContact = Schemas['PublicContact'];
export type PublicConversation = Schemas['PublicConversation'];
export type PublicMessage = Schemas['PublicMessage'];

// --- Lists and request bodies that clients name most ----------------------------------------------

export type ContactList = Schemas['ContactList'];
export type ConversationList = Schemas['ConversationList'];
export type MessageList = Schemas['MessageList'];
export type ContactRequest = Schemas['ContactRequest'];
export type ConversationCreateRequest = Schemas['ConversationCreateRequest'];
export type MessageRequest = Schemas['MessageRequest'];
/** Chatwoot's 422 body for an invalid record: `{ message, attributes }`. */
export type RecordInvalid = Schemas['RecordInvalid'];
/** Chatwoot's `{ error: "…" }` body. */
export type ErrorMessage = Schemas['ErrorMessage'];

// --- Any operation, by its operationId ------------------------------------------------------------

/** Every operation of the spec, by operationId (`listContacts`, `createMessage`, …). */
export type OperationId = keyof operations;

/** A body's type: its application/json schema, else its only (or first) media type's. */
type BodyOf<T> = T extends { content: infer C }
  ? 'application/json' extends keyof C
    ? C['application/json']
    : C[keyof C]
  : never;

/** The status codes an operation answers. */
export type StatusOf<Op extends OperationId> = keyof operations[Op]['responses'];

/** An operation's success statuses (200, 201, 204 …). */
export type SuccessStatus<Op extends OperationId> = Extract<StatusOf<Op>, 200 | 201 | 202 | 204>;

/**
 * The JSON an operation answers with `Status` (default: its success status), e.g.
 * `ResponseBody<'listContacts'>` or `ResponseBody<'createContact', 422>`.
 */
export type ResponseBody<Op extends OperationId, Status extends StatusOf<Op> = SuccessStatus<Op>> = BodyOf<
  operations[Op]['responses'][Status]
>;

/** The body an operation takes (application/json when it takes several media types). */
export type RequestBody<Op extends OperationId> = BodyOf<NonNullable<operations[Op]['requestBody']>>;

/** An operation's query parameters (`never` when it takes none). */
export type QueryParams<Op extends OperationId> = NonNullable<operations[Op]['parameters']['query']>;

/** An operation's path parameters (`account_id`, `id`, …). */
export type PathParams<Op extends OperationId> = NonNullable<operations[Op]['parameters']['path']>;

// --- Webhook events ---------------------------------------------------------------------------------

/** The events Chatwoot POSTs to webhook URLs: `message_created`, `conversation_status_changed`, …. */
export type WebhookEventName = keyof webhooks;

/** The body of one event as delivered (its `event` key narrowed to that event's name). */
type EventBody<E extends WebhookEventName> =
  BodyOf<NonNullable<webhooks[E]['post']['requestBody']>> extends infer P
    ? P extends { event: unknown }
      ? P & { event: E }
      : P
    : never;

/** The payload type of each webhook event, by its name. */
export type WebhookEvents = { [E in WebhookEventName]: EventBody<E> };

/**
 * A webhook event's payload: `WebhookEvent<'message_created'>`; without a name, any event's (a union
 * that narrows on `event`).
 */
export type WebhookEvent<E extends WebhookEventName = WebhookEventName> = WebhookEvents[E];
