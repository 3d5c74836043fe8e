import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord, notFound } from '../http/errors';
import { requireParams, toId } from '../http/params';
import type { Webhook } from '../store';
import { Errors, isHttpUrl, targetsControlApi } from '../domain/validations';
import { DEFAULT_SUBSCRIPTIONS, isWebhookEvent } from '../domain/webhooks';
import { webhookView } from '../views/webhook';

/** Webhook's columns: what Rails' wrap_parameters lifts from a flat JSON body into `webhook`. */
const ATTRIBUTES = [
  'id',
  'name',
  'url',
  'subscriptions',
  'secret',
  'webhook_type',
  'account_id',
  'inbox_id',
  'created_at',
  'updated_at',
] as const;

function findWebhook(ctx: RequestContext): Webhook {
  const webhook = ctx.tables.webhooks.get(toId(ctx.params.id) ?? -1);
  if (!webhook || webhook.account_id !== accountOf(ctx).id) throw notFound();
  return webhook;
}

/** `permit(subscriptions: [])`: only an array survives strong parameters; anything else is dropped. */
function permittedSubscriptions(params: Record<string, any>): unknown[] | undefined {
  return Array.isArray(params.subscriptions) ? params.subscriptions : undefined;
}

/** The model's validations, in declaration order (url uniqueness, url format, subscriptions). */
function validate(ctx: RequestContext, record: Pick<Webhook, 'id' | 'url'> & { subscriptions: unknown[] }) {
  const errors = new Errors();
  const taken = ctx.tables.webhooks
    .where('account', accountOf(ctx).id)
    .some((w) => w.url === record.url && w.id !== record.id);
  if (taken) errors.add('url', 'Url has already been taken');
  if (!isHttpUrl(record.url)) errors.add('url', 'Url is invalid');
  else if (targetsControlApi(record.url))
    errors.add('url', "Url is invalid: it targets the fake's control API");
  const subs = record.subscriptions;
  if (subs.length === 0 || subs.some((s) => !isWebhookEvent(s))) {
    errors.add('subscriptions', 'Subscriptions Invalid events');
  }
  if (errors.any) throw invalidRecord(errors.list);
}

function create(ctx: RequestContext) {
  const account = accountOf(ctx);
  const params = requireParams(ctx.body, 'webhook', ATTRIBUTES);
  const url = params.url === undefined || params.url === null ? '' : String(params.url);
  const subscriptions = permittedSubscriptions(params) ?? [...DEFAULT_SUBSCRIPTIONS];
  validate(ctx, { id: 0, url, subscriptions });

  const webhook = ctx.tables.webhooks.insert({
    account_id: account.id,
    inbox_id: toId(params.inbox_id) ?? null,
    name: typeof params.name === 'string' ? params.name : null,
    url,
    subscriptions: subscriptions as string[],
    secret: ctx.store.nextToken('', 24),
    created_at: ctx.store.clock.now(),
  });
  return ok({ payload: { webhook: webhookView(ctx.tables, webhook) } });
}

/** Update permits only `name` and `subscriptions[]` (newest `webhook_update_params`). */
function update(ctx: RequestContext) {
  const webhook = findWebhook(ctx);
  const params = requireParams(ctx.body, 'webhook', ATTRIBUTES);
  const changes: Partial<Webhook> = {};
  if (params.name !== undefined) changes.name = typeof params.name === 'string' ? params.name : null;
  const subscriptions = permittedSubscriptions(params);
  if (subscriptions !== undefined) changes.subscriptions = subscriptions as string[];
  validate(ctx, { id: webhook.id, url: webhook.url, subscriptions: subscriptions ?? webhook.subscriptions });

  const updated = ctx.tables.webhooks.update(webhook.id, changes);
  return ok({ payload: { webhook: webhookView(ctx.tables, updated) } });
}

function remove(ctx: RequestContext) {
  ctx.tables.webhooks.delete(findWebhook(ctx).id);
  return empty();
}

export const handlers: HandlerMap = {
  listWebhooks: (ctx) => {
    const webhooks = ctx.tables.webhooks
      .where('account', accountOf(ctx).id)
      .sort((a, b) => a.id - b.id)
      .map((w) => webhookView(ctx.tables, w));
    return ok({ payload: { webhooks } });
  },
  createWebhook: create,
  updateWebhook: update,
  replaceWebhook: update,
  deleteWebhook: remove,
};
