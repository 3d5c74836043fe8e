import { findIntegrationApp, INTEGRATION_APPS, matchesSchema } from '../domain/integration_apps';
import { accountOf, empty, isAdministrator, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidAttribute, invalidRecord, notFound } from '../http/errors';
import { requireParams, toId } from '../http/params';
import { isHash } from '../rails/casts';
import type { IntegrationHook, JsonObject } from '../store';
import { Errors } from '../domain/validations';
import { appActive, appView, hookView } from '../views/integration';

/** Integrations::Hook's columns: what Rails' wrap_parameters would lift from a flat body into `hook`. */
const ATTRIBUTES = ['app_id', 'inbox_id', 'status', 'settings', 'hook_type', 'reference_id'] as const;

const options = (ctx: RequestContext) => ({ admin: isAdministrator(ctx) });

function findHook(ctx: RequestContext): IntegrationHook {
  const hook = ctx.tables.integrationHooks.get(toId(ctx.params.hook_id) ?? -1);
  if (!hook || hook.account_id !== accountOf(ctx).id) throw notFound();
  return hook;
}

/**
 * The status enum ({ disabled: 0, enabled: 1 }). Any other value raises ArgumentError in Rails (a
 * 500); the fake answers 422 "Status is not included in the list".
 */
function castStatus(value: unknown): IntegrationHook['status'] {
  if (value === 'enabled' || value === 1 || value === '1') return 'enabled';
  if (value === 'disabled' || value === 0 || value === '0') return 'disabled';
  throw invalidAttribute('status', 'is not included in the list');
}

/** `settings: {}` permits a hash only. */
const settingsOf = (value: unknown): JsonObject | undefined => (isHash(value) ? value : undefined);

/** Integrations::Hook validations, in declaration order. */
function validate(ctx: RequestContext, hook: Omit<IntegrationHook, 'id' | 'access_token'> & { id: number }) {
  const errors = new Errors();
  const app = findIntegrationApp(hook.app_id);
  if (!hook.app_id) errors.add('app_id', "App can't be blank");
  if (hook.hook_type === 'inbox' && hook.inbox_id === null) errors.add('inbox_id', "Inbox can't be blank");
  if (app?.settings_json_schema && !matchesSchema(hook.settings, app.settings_json_schema)) {
    errors.add('settings', 'Settings : Invalid settings data');
  }
  if (app?.feature_flag && accountOf(ctx).features?.[app.feature_flag] !== true) {
    errors.add('feature_flag', 'Feature flag Feature not enabled');
  }
  if (!app?.allow_multiple_hooks) {
    const taken = ctx.tables.integrationHooks
      .where('app', [hook.account_id, hook.app_id])
      .some((other) => other.id !== hook.id);
    if (taken) errors.add('app_id', 'App has already been taken');
  }
  if (errors.any) throw invalidRecord(errors.list);
}

function create(ctx: RequestContext) {
  const params = requireParams(ctx.body, 'hook', ATTRIBUTES);
  const account = accountOf(ctx);
  const appId = params.app_id === undefined || params.app_id === null ? '' : String(params.app_id);
  const app = findIntegrationApp(appId);
  const now = ctx.store.clock.now();
  const fields = {
    account_id: account.id,
    app_id: appId,
    inbox_id: toId(params.inbox_id) ?? null,
    // before_validation :ensure_hook_type — the app decides; an unknown app keeps the column default.
    hook_type: app?.hook_type ?? ('account' as const),
    status: params.status === undefined ? ('enabled' as const) : castStatus(params.status),
    settings: settingsOf(params.settings) ?? {},
    reference_id: null,
    created_at: now,
    updated_at: now,
  };
  validate(ctx, { id: 0, ...fields });
  const hook = ctx.tables.integrationHooks.insert({ ...fields, access_token: ctx.store.nextToken('', 24) });
  return ok(hookView(ctx.tables, hook, options(ctx)));
}

function update(ctx: RequestContext) {
  const hook = findHook(ctx);
  const params = requireParams(ctx.body, 'hook', ATTRIBUTES);
  const changes: Partial<IntegrationHook> = {};
  if (params.status !== undefined) changes.status = castStatus(params.status);
  const settings = settingsOf(params.settings);
  if (settings) changes.settings = settings;
  validate(ctx, { ...hook, ...changes });
  const updated = ctx.tables.integrationHooks.update(hook.id, {
    ...changes,
    updated_at: ctx.store.clock.now(),
  });
  return ok(hookView(ctx.tables, updated, options(ctx)));
}

export const handlers: HandlerMap = {
  listIntegrationApps: (ctx) => {
    const account = accountOf(ctx);
    const apps = INTEGRATION_APPS.filter((app) => appActive(app, account));
    return ok({ payload: apps.map((app) => appView(ctx.tables, app, account, options(ctx))) });
  },
  getIntegrationApp: (ctx) => {
    const app = findIntegrationApp(ctx.params.id);
    // `Integrations::App.find` returns nil and the view crashes (Rails: 500); the fake answers 404.
    if (!app) throw notFound();
    return ok(appView(ctx.tables, app, accountOf(ctx), options(ctx)));
  },
  createIntegrationHook: create,
  updateIntegrationHook: update,
  replaceIntegrationHook: update,
  deleteIntegrationHook: (ctx) => {
    ctx.tables.integrationHooks.delete(findHook(ctx).id);
    return empty();
  },
};
