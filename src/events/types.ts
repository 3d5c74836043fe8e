/**
 * The domain events the fake records, each name with the shape of its `data`: ids and change sets,
 * never rendered JSON (listeners render from the store). Emit sites (`recordEvent`, model functions
 * returning events) are checked against these shapes, and listeners narrow on `event.name`.
 */
import type { Json, JsonObject } from '../store/types';

/** One attribute's change, as ActiveModel's previous_changes holds it. */
export interface Change<V = unknown> {
  previous_value: V;
  current_value: V;
}

/** Changes by attribute (what most emit sites build). */
export type ChangeMap = Record<string, Change>;

/** BaseListener#extract_changed_attributes' form: one-key objects, in order (inbox events). */
export type ChangeList<V = unknown> = Record<string, Change<V>>[];

interface ConversationRef {
  conversationId: number;
}

interface MessageRef {
  messageId: number;
  conversationId: number;
}

interface ContactRef {
  contactId: number;
}

/** Conversations::TypingStatusManager: who toggled typing (null for none). */
export interface TypingData extends ConversationRef {
  userType: 'User' | 'AgentBot' | 'Contact' | null;
  userId: number | null;
  isPrivate: boolean;
}

export type TypingEventName = 'conversation_typing_on' | 'conversation_typing_off' | 'conversation_recording';

export interface EventData {
  conversation_created: ConversationRef;
  /** changedAttributes holds the status change only. */
  conversation_status_changed: ConversationRef & { changedAttributes: ChangeMap };
  conversation_updated: ConversationRef & { changedAttributes: ChangeMap };
  assignee_changed: ConversationRef;
  team_changed: ConversationRef;
  conversation_bot_handoff: ConversationRef;
  /** The fake records the transcript mail instead of sending it. */
  conversation_transcript: ConversationRef & { email: string };
  /** Listened for by /cable; no route of the fake records it yet. */
  conversation_read: ConversationRef;
  /** Listened for by /cable; no route of the fake records it yet. */
  conversation_contact_changed: ConversationRef;
  conversation_typing_on: TypingData;
  conversation_typing_off: TypingData;
  conversation_recording: TypingData;
  message_created: MessageRef;
  /** changedAttributes is absent where the emit site does not track the change. */
  message_updated: MessageRef & { changedAttributes?: ChangeMap };
  contact_created: ContactRef;
  contact_updated: ContactRef & { changedAttributes: ChangeMap };
  contact_deleted: ContactRef;
  contact_merged: ContactRef & { mergeeContactId: number };
  contact_export_complete: { blobId: number; url: string; userId: number | null };
  contact_import_failed: Record<string, never>;
  contact_import_complete: {
    totalRecords: number;
    processedRecords: number;
    failedRecordsUrl: string | null;
  };
  inbox_created: { inboxId: number };
  inbox_updated: { inboxId: number; changedAttributes: ChangeList<Json> };
  webwidget_triggered: { contactInboxId: number; eventInfo: JsonObject };
  notification_created: { notificationId: number };
  notification_updated: { notificationId: number };
  /** The record is gone: who it belonged to travels with the event (Notification#dispatch_destroy_event). */
  notification_deleted: { notificationId: number; userId: number; accountId: number };
}

export type EventName = keyof EventData;

type Events<Extra> = { [K in EventName]: { name: K; data: EventData[K] } & Extra }[EventName];

/** An event as model code returns it, before recordEvent stamps the account, time and actor. */
export type PendingEvent<N extends EventName = EventName> = Extract<Events<unknown>, { name: N }>;

export interface EventStamp {
  accountId: number;
  /** On the store's clock. */
  at: number;
  /** Who caused it (Chatwoot's Current.user, or the contact of a public API call); absent for the system. */
  actor?: { type: 'User' | 'AgentBot' | 'Contact'; id: number };
}

/** A recorded event; narrow on `name` to get its data's shape. */
export type DomainEvent<N extends EventName = EventName> = Extract<Events<EventStamp>, { name: N }>;
