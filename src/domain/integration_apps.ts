/**
 * The integration apps of a community install: config/integration/apps.yml (keys kept in the YAML's
 * order) with the English names/descriptions of config/locales/en.yml `integration_apps`. Long
 * settings_form_schema option lists are abbreviated.
 */
import type { Json, JsonObject } from '../store';

export interface IntegrationAppConfig {
  id: string;
  logo: string;
  i18n_key: string;
  action?: string;
  hook_type: 'account' | 'inbox';
  allow_multiple_hooks: boolean;
  feature_flag?: string;
  settings_json_schema?: JsonObject;
  settings_form_schema?: Json[];
}

export interface IntegrationAppText {
  name: string;
  description: string;
  short_description?: string;
}

const required = (label: string, name: string, extra: JsonObject = {}): JsonObject => ({
  label,
  type: 'text',
  name,
  validation: 'required',
  ...extra,
});

export const INTEGRATION_APPS: IntegrationAppConfig[] = [
  {
    id: 'webhook',
    logo: 'webhooks.png',
    i18n_key: 'webhooks',
    action: '/webhook',
    hook_type: 'account',
    allow_multiple_hooks: true,
  },
  {
    id: 'dashboard_apps',
    logo: 'dashboard_apps.png',
    i18n_key: 'dashboard_apps',
    hook_type: 'account',
    allow_multiple_hooks: true,
  },
  {
    id: 'openai',
    logo: 'openai.png',
    i18n_key: 'openai',
    action: '/openai',
    hook_type: 'account',
    allow_multiple_hooks: false,
    settings_json_schema: {
      type: 'object',
      properties: { api_key: { type: 'string' } },
      required: ['api_key'],
      additionalProperties: false,
    },
    settings_form_schema: [required('API Key', 'api_key')],
  },
  {
    id: 'linear',
    logo: 'linear.png',
    i18n_key: 'linear',
    action: 'https://linear.app/oauth/authorize',
    hook_type: 'account',
    allow_multiple_hooks: false,
  },
  { id: 'notion', logo: 'notion.png', i18n_key: 'notion', hook_type: 'account', allow_multiple_hooks: false },
  {
    id: 'slack',
    logo: 'slack.png',
    i18n_key: 'slack',
    action:
      'https://slack.com/oauth/v2/authorize?scope=commands,chat:write,channels:read,channels:manage,channels:join,groups:read,groups:write,im:write,mpim:write,users:read,users:read.email,chat:write.customize,channels:history,groups:history,mpim:history,im:history,files:read,files:write',
    hook_type: 'account',
    allow_multiple_hooks: false,
    settings_json_schema: {
      type: 'object',
      properties: {
        channel_name: { type: 'string' },
        message_mode: { type: 'string', enum: ['two_way', 'alert'] },
      },
    },
  },
  {
    id: 'dialogflow',
    logo: 'dialogflow.png',
    i18n_key: 'dialogflow',
    action: '/dialogflow',
    hook_type: 'inbox',
    allow_multiple_hooks: true,
    settings_json_schema: {
      type: 'object',
      properties: {
        project_id: { type: 'string' },
        credentials: { type: 'object' },
        region: { type: 'string' },
        language_code: { type: 'string' },
      },
      required: ['project_id', 'credentials'],
      additionalProperties: false,
    },
    settings_form_schema: [
      required('Dialogflow Project ID', 'project_id', { validationName: 'Project Id' }),
      {
        label: 'Dialogflow Project Key File',
        type: 'textarea',
        name: 'credentials',
        validation: 'required|JSON',
        validationName: 'Credentials',
        'validation-messages': { JSON: 'Invalid JSON', required: 'Credentials is required' },
      },
      {
        label: 'Dialogflow Region',
        type: 'select',
        name: 'region',
        default: 'global',
        options: [
          { label: 'Global - Default', value: 'global' },
          { label: 'EU-W1 - St. Ghislain, Belgium', value: 'europe-west1' },
        ],
      },
    ],
  },
  {
    id: 'google_translate',
    logo: 'google-translate.png',
    i18n_key: 'google_translate',
    action: '/google_translate',
    hook_type: 'account',
    allow_multiple_hooks: false,
    settings_json_schema: {
      type: 'object',
      properties: { project_id: { type: 'string' }, credentials: { type: 'object' } },
      required: ['project_id', 'credentials'],
      additionalProperties: false,
    },
    settings_form_schema: [
      required('Google Cloud Project ID', 'project_id', { validationName: 'Project Id' }),
      {
        label: 'Google Cloud Project Key File',
        type: 'textarea',
        name: 'credentials',
        validation: 'required|JSON',
        validationName: 'Credentials',
        'validation-messages': { JSON: 'Invalid JSON', required: 'Credentials is required' },
      },
    ],
  },
  {
    id: 'dyte',
    logo: 'dyte.png',
    i18n_key: 'dyte',
    action: '/dyte',
    hook_type: 'account',
    allow_multiple_hooks: false,
    settings_json_schema: {
      type: 'object',
      properties: {
        account_id: { type: 'string' },
        app_id: { type: 'string' },
        api_token: { type: 'string' },
      },
      required: ['account_id', 'app_id', 'api_token'],
      additionalProperties: false,
    },
    settings_form_schema: [
      required('Cloudflare Account ID', 'account_id'),
      required('RealtimeKit App ID', 'app_id'),
      required('Cloudflare API Token', 'api_token'),
    ],
  },
  {
    id: 'shopify',
    logo: 'shopify.png',
    i18n_key: 'shopify',
    hook_type: 'account',
    allow_multiple_hooks: false,
  },
  {
    id: 'leadsquared',
    feature_flag: 'crm_integration',
    logo: 'leadsquared.png',
    i18n_key: 'leadsquared',
    action: '/leadsquared',
    hook_type: 'account',
    allow_multiple_hooks: false,
    settings_json_schema: {
      type: 'object',
      properties: {
        access_key: { type: 'string' },
        secret_key: { type: 'string' },
        endpoint_url: { type: 'string' },
        app_url: { type: 'string' },
        timezone: { type: 'string' },
        enable_conversation_activity: { type: 'boolean' },
        enable_transcript_activity: { type: 'boolean' },
        conversation_activity_score: { type: 'string' },
        transcript_activity_score: { type: 'string' },
        conversation_activity_code: { type: 'integer' },
        transcript_activity_code: { type: 'integer' },
      },
      required: ['access_key', 'secret_key'],
      additionalProperties: false,
    },
    settings_form_schema: [required('Access Key', 'access_key'), required('Secret Key', 'secret_key')],
  },
];

export const INTEGRATION_APP_TEXTS: Record<string, IntegrationAppText> = {
  webhooks: {
    name: 'Webhooks',
    description:
      'Webhook events provide real-time updates about activities in your Chatwoot account. You can subscribe to your preferred events, and Chatwoot will send you HTTP callbacks with the updates.',
  },
  dashboard_apps: {
    name: 'Dashboard Apps',
    description:
      'Dashboard Apps allow you to create and embed applications that display user information, orders, or payment history, providing more context to your customer support agents.',
  },
  openai: {
    name: 'OpenAI',
    short_description: 'AI-powered reply suggestions, summarization, and message enhancement.',
    description:
      'Leverage the power of large language models from OpenAI with the features such as reply suggestions, summarization, message rephrasing, and spell-checking.',
  },
  linear: {
    name: 'Linear',
    short_description: 'Create and link Linear issues directly from conversations.',
    description:
      'Create issues in Linear directly from your conversation window. Alternatively, link existing Linear issues for a more streamlined and efficient issue tracking process.',
  },
  notion: {
    name: 'Notion',
    short_description: 'Integrate databases, documents and pages directly with Captain.',
    description:
      'Connect your Notion workspace to enable Captain to access and generate intelligent responses using content from your databases, documents, and pages to provide more contextual customer support.',
  },
  slack: {
    name: 'Slack',
    short_description: 'Receive notifications and respond to conversations directly in Slack.',
    description:
      "Integrate Chatwoot with Slack to keep your team in sync. This integration allows you to receive notifications for new conversations and respond to them directly within Slack's interface.",
  },
  dialogflow: {
    name: 'Dialogflow',
    short_description: 'Build chatbots to handle initial queries before transferring to agents.',
    description:
      'Build chatbots with Dialogflow and easily integrate them into your inbox. These bots can handle initial queries before transferring them to a customer service agent.',
  },
  google_translate: {
    name: 'Google Translate',
    short_description: 'Automatically translate customer messages for agents.',
    description:
      "Integrate Google Translate to help agents easily translate customer messages. This integration automatically detects the language and converts it to the agent's or admin's preferred language.",
  },
  dyte: {
    name: 'Cloudflare RealtimeKit',
    short_description: 'Start video/voice calls with customers directly from Chatwoot.',
    description:
      'Cloudflare RealtimeKit lets your agents start video/voice calls with your customers directly from Chatwoot.',
  },
  shopify: {
    name: 'Shopify',
    short_description: 'Access order details and customer data from your Shopify store.',
    description:
      'Connect your Shopify store to access order details, customer information, and product data directly within your conversations and helps your support team provide faster, more contextual assistance to your customers.',
  },
  leadsquared: {
    name: 'LeadSquared',
    short_description: 'Sync your contacts and conversations with LeadSquared CRM.',
    description:
      'Sync your contacts and conversations with LeadSquared CRM. This integration automatically creates leads in LeadSquared when new contacts are added, and logs conversation activity to provide your sales team with complete context.',
  },
};

/**
 * apps.yml `visible_properties`: the hook settings an answer may show (to administrators; agents see
 * none). Integrations::Hook#filtered_settings keeps only these keys, so credentials, tokens and API keys
 * never leave the server. An app without the list (openai, webhooks, dashboard apps) shows no settings.
 */
export const VISIBLE_HOOK_SETTINGS: Readonly<Record<string, readonly string[]>> = {
  slack: ['channel_name', 'message_mode'],
  dialogflow: ['project_id', 'region', 'language_code'],
  google_translate: ['project_id'],
  dyte: ['account_id', 'app_id'],
  leadsquared: [
    'endpoint_url',
    'enable_conversation_activity',
    'enable_transcript_activity',
    'conversation_activity_score',
    'transcript_activity_score',
  ],
};

/** Integrations::Hook#filtered_settings */
export function visibleHookSettings(appId: string, settings: JsonObject): JsonObject {
  const visible: JsonObject = {};
  for (const key of VISIBLE_HOOK_SETTINGS[appId] ?? []) {
    if (settings[key] !== undefined) visible[key] = settings[key];
  }
  return visible;
}

export const findIntegrationApp = (id: unknown) => INTEGRATION_APPS.find((app) => app.id === id);

/**
 * A tiny JSON-schema check, enough for apps.yml's settings schemas (JSONSchemer in Chatwoot): object
 * type, property types, enums, required keys and additionalProperties: false.
 */
export function matchesSchema(value: unknown, schema: JsonObject): boolean {
  const type = schema.type;
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) return false;
    for (const [key, item] of Object.entries(record)) {
      const sub = properties[key];
      if (!sub) {
        if (schema.additionalProperties === false) return false;
        continue;
      }
      if (!matchesSchema(item, sub)) return false;
    }
    return true;
  }
  if (Array.isArray(schema.enum) && !(schema.enum as unknown[]).includes(value)) return false;
  if (type === 'string') return typeof value === 'string';
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number';
  return true;
}
