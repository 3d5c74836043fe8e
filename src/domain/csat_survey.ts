/**
 * CsatSurveyService (app/services/csat_survey_service.rb) when a conversation becomes resolved: the
 * survey goes out as MessageTemplates::Template::CsatSurvey — a template message (message_type 3,
 * no sender) with content_type `input_csat`, the inbox's `csat_config.message` or Chatwoot's
 * "Please rate the conversation", and `content_attributes.display_type` (`csat_config.display_type`,
 * else `emoji`) — when:
 *
 * - the inbox has `csat_survey_enabled`;
 * - the conversation has no input_csat message yet (one survey per conversation, even after a reopen);
 * - the inbox's `csat_config.survey_rules` allow it: with label values, `contains` (the default
 *   operator) needs one of them on the conversation, `does_not_contain` none of them.
 *
 * The fake's conversations can always be replied to (`can_reply?`) and it has no tweets, so the
 * "not sent due to messaging window" activity and the tweet exception never apply; WhatsApp and
 * Twilio template surveys are not reproduced (their inboxes get the template message too).
 */
import type { Conversation, Message, Store } from '../store';
import { isHash } from '../rails/casts';
import { insertMessage } from './records';

/** I18n `conversations.templates.csat_input_message_body` (en). */
export const CSAT_MESSAGE = 'Please rate the conversation';

function allowedBySurveyRules(conversation: Conversation, config: Record<string, unknown>): boolean {
  const rules = isHash(config.survey_rules) ? config.survey_rules : undefined;
  const values = Array.isArray(rules?.values) ? rules.values : [];
  if (!values.length) return true;
  const operator = typeof rules?.operator === 'string' && rules.operator ? rules.operator : 'contains';
  const tagged = (label: unknown) => conversation.labels.includes(String(label));
  if (operator === 'contains') return values.some(tagged);
  if (operator === 'does_not_contain') return !values.some(tagged);
  return true;
}

/** The survey message for a conversation just resolved, or undefined when none goes out. */
export function sendCsatSurvey(store: Store, conversation: Conversation): Message | undefined {
  const { tables } = store;
  const inbox = tables.inboxes.get(conversation.inbox_id);
  if (!inbox?.csat_survey_enabled || conversation.status !== 'resolved') return undefined;
  const sent = tables.messages
    .where('conversation', conversation.id)
    .some((m) => m.content_type === 'input_csat');
  if (sent) return undefined;
  const config: Record<string, unknown> = isHash(inbox.csat_config) ? inbox.csat_config : {};
  if (!allowedBySurveyRules(conversation, config)) return undefined;
  const message = typeof config.message === 'string' && config.message ? config.message : CSAT_MESSAGE;
  const displayType =
    typeof config.display_type === 'string' && config.display_type ? config.display_type : 'emoji';
  return insertMessage(store, conversation, {
    message_type: 3,
    content_type: 'input_csat',
    content: message,
    content_attributes: { display_type: displayType },
  });
}
