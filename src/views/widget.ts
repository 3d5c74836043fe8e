/**
 * The web widget API's views (app/views/api/v1/widget/**) and the raw models some of its actions
 * render (`render json: conversation`). Messages use the widget's message partial, whose keys are the
 * public API's (views/public.ts publicMessageView).
 */
import type {
  Account,
  Campaign,
  Contact,
  ContactInbox,
  Conversation,
  Inbox,
  Message,
  Tables,
  WebWidgetChannel,
} from '../store';
import { membershipOf } from './agent';
import { contactRecordView } from './contact';
import { publicMessageView } from './public';
import { iso, isoOrNull, unixOrZero } from './time';

/** `available_locales_with_name` (LANGUAGES_CONFIG of config/initializers/languages.rb), a common subset. */
const LANGUAGES: [string, string][] = [
  ['English (en)', 'en'],
  ['العربية (ar)', 'ar'],
  ['Deutsch (de)', 'de'],
  ['Español (es)', 'es'],
  ['Français (fr)', 'fr'],
  ['हिन्दी (hi)', 'hi'],
  ['Italiano (it)', 'it'],
  ['日本語 (ja)', 'ja'],
  ['한국어 (ko)', 'ko'],
  ['Nederlands (nl)', 'nl'],
  ['Polski (pl)', 'pl'],
  ['Português (pt)', 'pt'],
  ['Português Brasileiro (pt_BR)', 'pt_BR'],
  ['русский (ru)', 'ru'],
  ['Türkçe (tr)', 'tr'],
  ['Українська (uk)', 'uk'],
  ['中文 (zh_CN)', 'zh_CN'],
];

/** `ActiveSupport::TimeZone[tz].now.formatted_offset` for an IANA zone ("+00:00" when unknown). */
export function formattedOffset(timezone: string, at: number): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT([+-]\d{2}:\d{2})/.exec(part ?? '');
    return m ? m[1] : '+00:00';
  } catch {
    return '+00:00';
  }
}

/** `GlobalConfig.get('LOGO_THUMBNAIL', 'BRAND_NAME', 'WIDGET_BRAND_URL')` of a default installation. */
const GLOBAL_CONFIG = {
  LOGO_THUMBNAIL: '/brand-assets/logo_thumbnail.svg',
  BRAND_NAME: 'Chatwoot',
  WIDGET_BRAND_URL: 'https://www.chatwoot.com',
};

/** configs/create.json.jbuilder */
export function widgetConfigView(
  inbox: Inbox & { channel: WebWidgetChannel },
  account: Account,
  visitor: { contact: Contact; contactInbox: ContactInbox; token: string },
  context: { apiHost: string; now: number },
) {
  const widget = inbox.channel;
  const { contact, contactInbox, token } = visitor;
  return {
    website_channel_config: {
      allow_messages_after_resolved: inbox.allow_messages_after_resolved,
      api_host: context.apiHost,
      auth_token: token,
      avatar_url: inbox.avatar_url,
      channel_avatar_url: inbox.avatar_url,
      csat_survey_enabled: inbox.csat_survey_enabled,
      disable_branding: account.features.disable_branding === true,
      enabled_features: widget.feature_flags,
      enabled_languages: LANGUAGES.map(([name, code]) => ({ name, iso_639_1_code: code })),
      locale: account.locale,
      out_of_office_message: inbox.out_of_office_message,
      portal: null,
      pre_chat_form_enabled: widget.pre_chat_form_enabled,
      pre_chat_form_options: widget.pre_chat_form_options,
      reply_time: widget.reply_time,
      timezone: inbox.timezone,
      utc_off_set: formattedOffset(inbox.timezone, context.now),
      website_name: inbox.name,
      website_token: widget.website_token,
      welcome_tagline: widget.welcome_tagline,
      welcome_title: widget.welcome_title,
      widget_color: widget.widget_color,
      working_hours: inbox.working_hours,
      working_hours_enabled: inbox.working_hours_enabled,
      account_id: inbox.account_id,
    },
    contact: {
      email: contact.email,
      id: contact.id,
      identifier: contact.identifier,
      name: contact.name,
      phone_number: contact.phone_number,
      pubsub_token: contactInbox.pubsub_token,
    },
    global_config: GLOBAL_CONFIG,
  };
}

/** contacts/show.json.jbuilder */
export function widgetContactView(tables: Tables, contact: Contact) {
  return {
    id: contact.id,
    has_email: Boolean(contact.email),
    has_name: Boolean(contact.name),
    has_phone_number: Boolean(contact.phone_number),
    identifier: contact.identifier,
    source_id: tables.contactInboxes.where('contact', contact.id)[0]?.source_id ?? null,
  };
}

/** contacts/update.json.jbuilder */
export function widgetContactUpdateView(contact: Contact) {
  return { id: contact.id, name: contact.name, email: contact.email, phone_number: contact.phone_number };
}

/** contacts/set_user.json.jbuilder: `widget_auth_token` only when the visitor became another contact. */
export function widgetSetUserView(contact: Contact, contactInbox: ContactInbox, widgetAuthToken?: string) {
  return {
    ...widgetContactUpdateView(contact),
    pubsub_token: contactInbox.pubsub_token,
    ...(widgetAuthToken ? { widget_auth_token: widgetAuthToken } : {}),
  };
}

/** conversations/index.json.jbuilder: the visitor's last conversation, `{}` when there is none. */
export function widgetConversationSummaryView(conversation: Conversation | undefined) {
  if (!conversation) return {};
  return {
    id: conversation.display_id,
    inbox_id: conversation.inbox_id,
    contact_last_seen_at: unixOrZero(conversation.contact_last_seen_at),
    status: conversation.status,
  };
}

/** conversations/create.json.jbuilder: the new conversation with its chat messages and contact. */
export function widgetConversationView(tables: Tables, conversation: Conversation, messages: Message[]) {
  const contact = tables.contacts.get(conversation.contact_id);
  return {
    ...widgetConversationSummaryView(conversation),
    messages: messages.map((m) => publicMessageView(tables, m)),
    contact: contact ? contactRecordView(contact) : null,
    custom_attributes: conversation.custom_attributes,
  };
}

/** messages/index.json.jbuilder: `payload` oldest first and the conversation's `contact_last_seen_at`. */
export function widgetMessagesView(
  tables: Tables,
  conversation: Conversation | undefined,
  messages: Message[],
) {
  return {
    payload: messages.map((m) => publicMessageView(tables, m)),
    meta: conversation ? { contact_last_seen_at: unixOrZero(conversation.contact_last_seen_at) } : {},
  };
}

/** inbox_members/index.json.jbuilder */
export function widgetInboxMembersView(tables: Tables, inbox: Inbox) {
  const payload = tables.inboxMembers.where('inbox', inbox.id).flatMap((member) => {
    const user = tables.users.get(member.user_id);
    if (!user) return [];
    const membership = membershipOf(tables, inbox.account_id, user.id);
    return [
      {
        name: user.name,
        avatar_url: user.avatar_url,
        availability_status: membership?.availability ?? 'offline',
      },
    ];
  });
  return { payload };
}

/** campaigns/index.json.jbuilder */
export function widgetCampaignsView(tables: Tables, campaigns: Campaign[]) {
  return campaigns.map((campaign) => {
    const sender = campaign.sender_id === null ? undefined : tables.users.get(campaign.sender_id);
    return {
      id: campaign.display_id,
      trigger_rules: campaign.trigger_rules,
      message: campaign.message,
      sender: sender ? { name: sender.name, avatar_url: sender.avatar_url } : null,
    };
  });
}

/** Conversation#as_json (`render json: conversation`): the columns, enums by name, ISO times. */
export function conversationRecordView(conversation: Conversation) {
  return {
    id: conversation.id,
    account_id: conversation.account_id,
    inbox_id: conversation.inbox_id,
    status: conversation.status,
    assignee_id: conversation.assignee_id,
    created_at: iso(conversation.created_at),
    updated_at: iso(conversation.updated_at),
    contact_id: conversation.contact_id,
    display_id: conversation.display_id,
    contact_last_seen_at: isoOrNull(conversation.contact_last_seen_at),
    agent_last_seen_at: isoOrNull(conversation.agent_last_seen_at),
    additional_attributes: conversation.additional_attributes,
    contact_inbox_id: conversation.contact_inbox_id,
    uuid: conversation.uuid,
    identifier: null,
    last_activity_at: iso(conversation.last_activity_at),
    team_id: conversation.team_id,
    campaign_id: null,
    snoozed_until: isoOrNull(conversation.snoozed_until),
    custom_attributes: conversation.custom_attributes,
    assignee_last_seen_at: isoOrNull(conversation.assignee_last_seen_at),
    first_reply_created_at: isoOrNull(conversation.first_reply_created_at),
    priority: conversation.priority,
    sla_policy_id: conversation.sla_policy_id,
    waiting_since: isoOrNull(conversation.waiting_since),
    cached_label_list: conversation.labels.length ? conversation.labels.join(', ') : null,
  };
}
