/**
 * Every handler, keyed by the operationId it serves: one module per resource (a test checks that
 * every operation of the spec has a handler and every handler an operation).
 */
import type { HandlerMap } from '../http/context';
import * as accounts from './accounts';
import * as agentBots from './agent_bots';
import * as agents from './agents';
import * as apiInfo from './api_info';
import * as auditLogs from './audit_logs';
import * as auth from './auth';
import * as automationRules from './automation_rules';
import * as campaigns from './campaigns';
import * as cannedResponses from './canned_responses';
import * as contactInboxes from './contact_inboxes';
import * as contacts from './contacts';
import * as contactImportExport from './contacts/import_export';
import * as contactNotes from './contacts/notes';
import * as contactSearch from './contacts/search';
import * as conversationReportingEvents from './conversation_reporting_events';
import * as conversationActions from './conversations/actions';
import * as conversationFinder from './conversations/finder';
import * as conversationParticipants from './conversations/participants';
import * as csatSurveyResponses from './csat_survey_responses';
import * as customAttributeDefinitions from './custom_attribute_definitions';
import * as customFilters from './custom_filters';
import * as helpCenterArticles from './help_center/articles';
import * as helpCenterCategories from './help_center/categories';
import * as helpCenterPortals from './help_center/portals';
import * as inboxChannels from './inbox_channels';
import * as inboxMembers from './inbox_members';
import * as inboxes from './inboxes';
import * as integrations from './integrations';
import * as labels from './labels';
import * as messages from './messages';
import * as notifications from './notifications';
import * as platformAccounts from './platform_accounts';
import * as platformAgentBots from './platform_agent_bots';
import * as platformUsers from './platform_users';
import * as profile from './profile';
import * as publicContacts from './public_contacts';
import * as publicConversations from './public_conversations';
import * as publicMessages from './public_messages';
import * as reports from './reports';
import * as reportDownloads from './reports/downloads';
import * as liveReports from './reports/live';
import * as search from './search';
import * as teams from './teams';
import * as webhooks from './webhooks';
import * as widgetContacts from './widget/contacts';
import * as widgetDirectUploads from './widget/direct_uploads';
import * as widgetConversations from './widget/conversations';
import * as widgetEvents from './widget_events';
import * as widgetInbox from './widget/inbox';
import * as widgetMessages from './widget/messages';

/** The resource modules, alphabetical by file. */
const MODULES: Record<string, { handlers: HandlerMap }> = {
  accounts,
  agentBots,
  agents,
  apiInfo,
  auditLogs,
  auth,
  automationRules,
  campaigns,
  cannedResponses,
  contactInboxes,
  contacts,
  contactImportExport,
  contactNotes,
  contactSearch,
  conversationReportingEvents,
  conversationActions,
  conversationFinder,
  conversationParticipants,
  csatSurveyResponses,
  customAttributeDefinitions,
  customFilters,
  helpCenterArticles,
  helpCenterCategories,
  helpCenterPortals,
  inboxChannels,
  inboxMembers,
  inboxes,
  integrations,
  labels,
  liveReports,
  messages,
  notifications,
  platformAccounts,
  platformAgentBots,
  platformUsers,
  profile,
  publicContacts,
  publicConversations,
  publicMessages,
  reports,
  reportDownloads,
  search,
  teams,
  webhooks,
  widgetContacts,
  widgetDirectUploads,
  widgetConversations,
  widgetEvents,
  widgetInbox,
  widgetMessages,
};

/** One map of every module's handlers; an operationId served twice is a mistake, refused at load. */
export function combineHandlers(modules: Record<string, { handlers: HandlerMap }>): HandlerMap {
  const combined: HandlerMap = {};
  const servedBy: Record<string, string> = {};
  for (const [name, module] of Object.entries(modules)) {
    for (const [operationId, handler] of Object.entries(module.handlers)) {
      if (servedBy[operationId]) {
        throw new Error(`${operationId} has two handlers: ${servedBy[operationId]} and ${name}`);
      }
      servedBy[operationId] = name;
      combined[operationId] = handler;
    }
  }
  return combined;
}

export const handlers: HandlerMap = combineHandlers(MODULES);
