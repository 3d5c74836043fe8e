import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, notFound } from '../http/errors';
import { toId } from '../http/params';
import { castBoolean, isHash } from '../rails/casts';
import type { AutomationRule, Json } from '../store';
import { automationRuleView } from '../views/automation_rule';

/**
 * AutomationRule#conditions_attributes / #actions_attributes (app/models/automation_rule.rb, community
 * edition; Enterprise adds `sla_policy_id` and `add_sla`).
 */
export const CONDITION_ATTRIBUTES = [
  'content',
  'email',
  'country_code',
  'status',
  'message_type',
  'browser_language',
  'assignee_id',
  'team_id',
  'referer',
  'city',
  'company',
  'inbox_id',
  'mail_subject',
  'phone_number',
  'priority',
  'conversation_language',
  'labels',
] as const;

export const ACTION_NAMES = [
  'send_message',
  'add_label',
  'remove_label',
  'send_email_to_team',
  'assign_team',
  'assign_agent',
  'send_webhook_event',
  'mute_conversation',
  'send_attachment',
  'change_status',
  'resolve_conversation',
  'open_conversation',
  'pending_conversation',
  'snooze_conversation',
  'change_priority',
  'send_email_transcript',
  'add_private_note',
] as const;

/** `obj['key']` on a stored element (non-hash elements answer nil, as String#[] does). */
const field = (item: Json, key: string): Json | undefined => (isHash(item) ? item[key] : undefined);

/**
 * `find_by(id:)`: nil, and Rails then crashes on it (a 500); the fake answers the 404 of a missing
 * record instead.
 */
function findRule(ctx: RequestContext, raw: unknown): AutomationRule {
  const rule = ctx.tables.automationRules.get(toId(raw) ?? -1);
  if (!rule || rule.account_id !== accountOf(ctx).id) throw notFound();
  return rule;
}

/**
 * AttachmentConcern#validate_and_prepare_attachments: a send_attachment action must name an uploaded
 * blob; the fake keeps no blobs, so such an action is always refused with Chatwoot's message.
 */
function checkAttachments(actions: unknown): void {
  if (!Array.isArray(actions)) return;
  if (actions.some((a) => field(a as Json, 'action_name') === 'send_attachment')) {
    throw couldNotCreate('Invalid attachment');
  }
}

/** The model's validations in declaration order, as `errors.messages`. */
function validationErrors(
  ctx: RequestContext,
  conditions: Json[],
  actions: Json[],
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (attribute: string, message: string) => (errors[attribute] ??= []).push(message);
  const customKeys = (ctx.tables.customAttributeDefinitions?.where('account', accountOf(ctx).id) ?? []).map(
    (d) => d.attribute_key,
  );
  if (conditions.length > 0) {
    const unsupported = conditions
      .map((c) => field(c, 'attribute_key'))
      .filter(
        (key) =>
          !(CONDITION_ATTRIBUTES as readonly unknown[]).includes(key) && !customKeys.includes(key as any),
      );
    if (unsupported.length)
      add('conditions', `Automation conditions ${unsupported.map(rubyToS).join(',')} not supported.`);
  }
  if (actions.length > 0) {
    const unsupported = actions
      .map((a) => field(a, 'action_name'))
      .filter((name) => !(ACTION_NAMES as readonly unknown[]).includes(name));
    if (unsupported.length)
      add('actions', `Automation actions ${unsupported.map(rubyToS).join(',')} not supported.`);
  }
  if (conditions.length > 0) {
    const withoutOperator = conditions.filter((c) => field(c, 'query_operator') == null);
    if (withoutOperator.length > 1) add('conditions', 'Automation conditions should have query operator.');
  }
  for (const condition of conditions) {
    const operator = field(condition, 'query_operator');
    if (operator == null || operator === '') continue;
    // Rails crashes on a non-string (NoMethodError: upcase, a 500); the fake refuses it like a bad one.
    if (typeof operator !== 'string' || !['AND', 'OR'].includes(operator.toUpperCase())) {
      add('conditions', 'Query operator must be either "AND" or "OR"');
    }
  }
  return errors;
}

/** Array#join renders nil as "" and other values with to_s. */
function rubyToS(value: Json | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const asList = (value: unknown): Json[] | undefined =>
  value === undefined || value === null ? undefined : Array.isArray(value) ? (value as Json[]) : undefined;

function scalar(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

/** `{"error":{"name":["can't be blank"], …}}` for NOT NULL columns left empty (see create). */
function blankColumns(values: Record<string, unknown>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const [attribute, value] of Object.entries(values)) {
    if (value === null || value === undefined) errors[attribute] = ["can't be blank"];
  }
  return errors;
}

function create(ctx: RequestContext) {
  const params = ctx.body ?? {};
  checkAttachments(params.actions);
  const conditions = asList(params.conditions);
  const actions = asList(params.actions);
  const name = scalar(params.name);
  const eventName = scalar(params.event_name);
  const active = params.active === undefined ? true : castBoolean(params.active);
  // Rails crashes without conditions (`query_operator_value` iterates nil) and on NOT NULL columns
  // without a validation (ActiveRecord::NotNullViolation): 500s. The fake answers 422 in the
  // resource's errors-hash shape instead, naming each missing column.
  const missing = blankColumns({ name, event_name: eventName, conditions, actions, active });
  const errors = { ...validationErrors(ctx, conditions ?? [], actions ?? []), ...missing };
  if (
    Object.keys(errors).length ||
    !conditions ||
    !actions ||
    name === null ||
    eventName === null ||
    active === null
  ) {
    throw couldNotCreate(errors);
  }
  const now = ctx.store.clock.now();
  const rule = ctx.tables.automationRules.insert({
    account_id: accountOf(ctx).id,
    name,
    description: scalar(params.description),
    event_name: eventName,
    conditions: structuredClone(conditions),
    actions: structuredClone(actions),
    active,
    created_at: now,
    updated_at: now,
  });
  return ok(automationRuleView(rule));
}

function update(ctx: RequestContext) {
  const rule = findRule(ctx, ctx.params.id);
  const params = ctx.body ?? {};
  checkAttachments(params.actions);
  const changes: Partial<AutomationRule> = {};
  let notNullViolation = false;
  for (const key of ['name', 'event_name'] as const) {
    if (params[key] === undefined) continue;
    const value = scalar(params[key]);
    if (value === null) notNullViolation = true;
    else changes[key] = value;
  }
  if (params.description !== undefined) changes.description = scalar(params.description);
  if (params.active !== undefined) {
    const active = castBoolean(params.active);
    if (active === null) notNullViolation = true;
    else changes.active = active;
  }
  // `@automation_rule.actions = params[:actions] if params[:actions]`, the same for conditions.
  const actions = asList(params.actions);
  const conditions = asList(params.conditions);
  if (actions) changes.actions = structuredClone(actions);
  if (conditions) changes.conditions = structuredClone(conditions);
  const errors = validationErrors(
    ctx,
    changes.conditions ?? rule.conditions,
    changes.actions ?? rule.actions,
  );
  // The controller rescues every StandardError of the update and renders the (maybe empty) errors hash.
  if (Object.keys(errors).length || notNullViolation) throw couldNotCreate(errors);
  const updated = ctx.tables.automationRules.update(rule.id, {
    ...changes,
    updated_at: ctx.store.clock.now(),
  });
  return ok({ payload: automationRuleView(updated) });
}

function clone(ctx: RequestContext) {
  const rule = findRule(ctx, ctx.params.automation_rule_id);
  const now = ctx.store.clock.now();
  const copy = ctx.tables.automationRules.insert({
    account_id: rule.account_id,
    name: rule.name,
    description: rule.description,
    event_name: rule.event_name,
    conditions: structuredClone(rule.conditions),
    actions: structuredClone(rule.actions),
    active: rule.active,
    created_at: now,
    updated_at: now,
  });
  return ok({ payload: automationRuleView(copy) });
}

export const handlers: HandlerMap = {
  listAutomationRules: (ctx) =>
    ok({ payload: ctx.tables.automationRules.where('account', accountOf(ctx).id).map(automationRuleView) }),
  createAutomationRule: create,
  getAutomationRule: (ctx) => ok({ payload: automationRuleView(findRule(ctx, ctx.params.id)) }),
  updateAutomationRule: update,
  replaceAutomationRule: update,
  deleteAutomationRule: (ctx) => {
    ctx.tables.automationRules.delete(findRule(ctx, ctx.params.id).id);
    return empty();
  },
  cloneAutomationRule: clone,
};
