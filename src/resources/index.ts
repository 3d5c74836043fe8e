import type { HandlerMap } from '../http/context';
import * as accounts from './accounts';
import * as agents from './agents';
import * as contacts from './contacts';
import * as conversations from './conversations';
import * as inboxMembers from './inbox_members';
import * as inboxes from './inboxes';
// resource imports: one line each, alphabetical
import * as platformAccounts from './platform_accounts';
import * as platformAgentBots from './platform_agent_bots';
import * as platformUsers from './platform_users';
import * as publicContacts from './public_contacts';
import * as publicConversations from './public_conversations';
import * as publicMessages from './public_messages';
import * as auth from './auth';
import * as campaigns from './campaigns';
import * as conversationReportingEvents from './conversation_reporting_events';
import * as agentBots from './agent_bots';
import * as automationRules from './automation_rules';
import * as helpCenter from './help_center';
import * as integrations from './integrations';
import * as profile from './profile';
import * as auditLogs from './audit_logs';
import * as csatSurveyResponses from './csat_survey_responses';
import * as reports from './reports';
import * as cannedResponses from './canned_responses';
import * as customAttributeDefinitions from './custom_attribute_definitions';
import * as customFilters from './custom_filters';
import * as labels from './labels';
import * as teams from './teams';
import * as messages from './messages';
import * as webhooks from './webhooks';
import * as widgetEvents from './widget_events';

/** Every handler, keyed by the operationId it serves (a test checks both directions). */
export const handlers: HandlerMap = {
  ...accounts.handlers,
  ...agents.handlers,
  ...contacts.handlers,
  ...conversations.handlers,
  ...inboxMembers.handlers,
  ...inboxes.handlers,
  // resource handlers: one line each
  ...platformAccounts.handlers,
  ...platformAgentBots.handlers,
  ...platformUsers.handlers,
  ...publicContacts.handlers,
  ...publicConversations.handlers,
  ...publicMessages.handlers,
  ...auth.handlers,
  ...campaigns.handlers,
  ...conversationReportingEvents.handlers,
  ...agentBots.handlers,
  ...automationRules.handlers,
  ...helpCenter.handlers,
  ...integrations.handlers,
  ...profile.handlers,
  ...auditLogs.handlers,
  ...csatSurveyResponses.handlers,
  ...reports.handlers,
  ...cannedResponses.handlers,
  ...customAttributeDefinitions.handlers,
  ...customFilters.handlers,
  ...labels.handlers,
  ...teams.handlers,
  ...messages.handlers,
  ...webhooks.handlers,
  ...widgetEvents.handlers,
};
