/**
 * CSAT survey responses (app/listeners/csat_survey_listener.rb → CsatSurveys::ResponseBuilder): when
 * an `input_csat` message is updated with `content_attributes.submitted_values.csat_survey_response`
 * (`{rating, feedback_message}`, sent by the contact through the widget or public API), the response
 * for that message is created, or updated when it exists. The contact is the conversation's contact,
 * the assigned agent the conversation's assignee at that moment.
 */
import type { CsatSurveyResponse, Message, Store } from '../store';
import type { EventBus } from './bus';
import type { DomainEvent } from './types';

/** Creates or updates the CSAT response of an input_csat message. */
export function recordCsatResponse(
  store: Store,
  message: Message,
  rating: number,
  feedbackMessage: string | null,
  at: number = store.clock.now(),
): CsatSurveyResponse | undefined {
  const { tables } = store;
  const conversation = tables.conversations.get(message.conversation_id);
  if (!conversation) return undefined;
  const existing = tables.csatSurveyResponses.findBy('message', message.id);
  if (existing) {
    return tables.csatSurveyResponses.update(existing.id, {
      rating,
      feedback_message: feedbackMessage,
      updated_at: at,
    });
  }
  return tables.csatSurveyResponses.insert({
    account_id: message.account_id,
    conversation_id: conversation.id,
    contact_id: conversation.contact_id,
    message_id: message.id,
    assigned_agent_id: conversation.assignee_id,
    rating,
    feedback_message: feedbackMessage,
    created_at: at,
    updated_at: at,
  });
}

function onDomainEvent(store: Store, event: DomainEvent): void {
  if (event.name !== 'message_updated') return;
  const message = store.tables.messages.get(event.data.messageId);
  if (!message || message.content_type !== 'input_csat') return;
  const submitted = (message.content_attributes.submitted_values as any)?.csat_survey_response;
  const rating = Number(submitted?.rating);
  // Rails' `rating.blank?` skips; the model validates 1..5.
  if (!submitted || !Number.isInteger(rating) || rating < 1 || rating > 5) return;
  const feedback = typeof submitted.feedback_message === 'string' ? submitted.feedback_message : null;
  recordCsatResponse(store, message, rating, feedback, event.at);
}

export function attachCsatResponses(store: Store, events: EventBus): () => void {
  return events.on((event) => onDomainEvent(store, event));
}
