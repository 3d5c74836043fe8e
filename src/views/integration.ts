import {
  INTEGRATION_APP_TEXTS,
  visibleHookSettings,
  type IntegrationAppConfig,
} from '../domain/integration_apps';
import type { Account, IntegrationHook, Tables } from '../store';

/**
 * Integrations::App#active? for a community install without OAuth credentials: Slack needs
 * SLACK_CLIENT_SECRET, Linear LINEAR_CLIENT_ID, Notion and Shopify their client ids (none configured in
 * the fake); LeadSquared needs the account's `crm_integration` feature.
 */
export function appActive(app: IntegrationAppConfig, account: Account): boolean {
  switch (app.id) {
    case 'slack':
    case 'linear':
    case 'notion':
    case 'shopify':
      return false;
    case 'leadsquared':
      return account.features?.crm_integration === true;
    default:
      return true;
  }
}

/** Integrations::App#enabled?: webhooks and dashboard apps count their own records, the rest hooks. */
export function appEnabled(tables: Tables, app: IntegrationAppConfig, account: Account): boolean {
  if (app.id === 'webhook') return tables.webhooks.countWhere('account', account.id) > 0;
  if (app.id === 'dashboard_apps') return false; // the fake has no dashboard apps
  return tables.integrationHooks.countWhere('app', [account.id, app.id]) > 0;
}

/** Integrations::App#action with no client ids configured (FRONTEND_URL unset, so paths are relative). */
function appAction(app: IntegrationAppConfig, account: Account): string | null {
  if (app.id === 'slack') {
    return `${app.action}&client_id=&redirect_uri=/app/accounts/${account.id}/settings/integrations/slack`;
  }
  if (app.id === 'linear') {
    return [
      `${app.action}?response_type=code`,
      'client_id=',
      'redirect_uri=/linear/callback',
      'state=',
      'scope=read,write',
      'prompt=consent',
      'actor=app',
    ].join('&');
  }
  return app.action ?? null;
}

export interface IntegrationViewOptions {
  /** Administrators also see the app's configuration, action and the hooks' settings. */
  admin: boolean;
}

/** app/views/api/v1/models/_hook.json.jbuilder */
export function hookView(tables: Tables, hook: IntegrationHook, { admin }: IntegrationViewOptions) {
  // Chatwoot stores any inbox_id (`belongs_to :inbox, optional: true`); the fake renders only an inbox of
  // the hook's own account, so one account never sees another account's inboxes.
  const found = hook.inbox_id === null ? undefined : tables.inboxes.get(hook.inbox_id);
  const inbox = found && found.account_id === hook.account_id ? found : undefined;
  return {
    id: hook.id,
    app_id: hook.app_id,
    status: hook.status === 'enabled',
    inbox: inbox ? { id: inbox.id, name: inbox.name } : null,
    account_id: hook.account_id,
    hook_type: hook.hook_type,
    // The newest view renders `filtered_settings` (apps.yml visible_properties); older ones all settings.
    ...(admin ? { settings: visibleHookSettings(hook.app_id, hook.settings) } : {}),
  };
}

/** app/views/api/v1/models/_app.json.jbuilder */
export function appView(
  tables: Tables,
  app: IntegrationAppConfig,
  account: Account,
  options: IntegrationViewOptions,
) {
  const text = INTEGRATION_APP_TEXTS[app.i18n_key];
  const action = appAction(app, account);
  return {
    id: app.id,
    name: text.name,
    description: text.description,
    short_description: text.short_description ?? null,
    enabled: appEnabled(tables, app, account),
    ...(options.admin ? { ...app, action, button: action } : {}),
    hooks: tables.integrationHooks
      .where('app', [account.id, app.id])
      .map((hook) => hookView(tables, hook, options)),
  };
}
