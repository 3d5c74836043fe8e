import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidAttribute, invalidRecord, notFound } from '../http/errors';
import { requireParams, toId } from '../http/params';
import type { Label } from '../store';
import { Errors } from '../domain/validations';
import { labelView } from '../views/label';

/** Label's columns: what Rails' wrap_parameters lifts from a flat JSON body into `label`. */
const ATTRIBUTES = [
  'id',
  'title',
  'description',
  'color',
  'show_on_sidebar',
  'account_id',
  'created_at',
  'updated_at',
] as const;

/**
 * RegexHelper::UNICODE_CHARACTER_NUMBER_HYPHEN_UNDERSCORE (lib/regex_helper.rb): a letter or digit
 * first, then letters, digits, `_` or `-`; at least two characters in all.
 */
export const LABEL_TITLE_PATTERN = /^[\p{L}\p{N}]+[\p{L}\p{N}_-]+$/u;

export const DEFAULT_LABEL_COLOR = '#1f93ff';

function findLabel(ctx: RequestContext): Label {
  const label = ctx.tables.labels.get(toId(ctx.params.id) ?? -1);
  if (!label || label.account_id !== accountOf(ctx).id) throw notFound();
  return label;
}

/** `self.title = title.downcase if attribute_present?('title')` (app/models/label.rb). */
function normaliseTitle(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const title = String(value);
  return title.trim() ? title.toLowerCase() : title;
}

/** Permitted attributes present in the body, cast as the columns would cast them. */
function fields(params: Record<string, any>): Partial<Label> {
  const changes: Partial<Label> = {};
  if (params.title !== undefined) changes.title = normaliseTitle(params.title) as string;
  if (params.description !== undefined) {
    changes.description = params.description === null ? null : String(params.description);
  }
  if (params.color !== undefined) {
    // `color` is NOT NULL without a model validation: a null reaches the database and fails (Rails
    // answers 500); the fake answers 422 "Color can't be blank".
    if (params.color === null) throw invalidAttribute('color', "can't be blank");
    changes.color = String(params.color);
  }
  if (params.show_on_sidebar !== undefined) {
    changes.show_on_sidebar = typeof params.show_on_sidebar === 'boolean' ? params.show_on_sidebar : null;
  }
  return changes;
}

/** Title presence, format and uniqueness in the account, in the model's order. */
function errorsOf(ctx: RequestContext, id: number, title: string | null): Errors {
  const errors = new Errors();
  if (title === null || !title.trim()) errors.add('title', 'Title must not be blank');
  if (!LABEL_TITLE_PATTERN.test(title ?? '')) errors.add('title', 'Title is invalid');
  if (title) {
    const other = ctx.tables.labels.findBy('title', [accountOf(ctx).id, title.toLowerCase()]);
    if (other && other.id !== id && other.title === title)
      errors.add('title', 'Title has already been taken');
  }
  return errors;
}

function create(ctx: RequestContext) {
  const changes = fields(requireParams(ctx.body, 'label', ATTRIBUTES));
  const errors = errorsOf(ctx, 0, changes.title ?? null);
  if (errors.any) throw invalidRecord(errors.list);
  const label = ctx.tables.labels.insert({
    account_id: accountOf(ctx).id,
    title: changes.title!,
    description: changes.description ?? null,
    color: changes.color ?? DEFAULT_LABEL_COLOR,
    show_on_sidebar: changes.show_on_sidebar ?? null,
    created_at: ctx.store.clock.now(),
  });
  return ok(labelView(label));
}

/**
 * Labels::UpdateService (run by Labels::UpdateJob after a title change): conversations and contacts of
 * the account tagged with the old title get the new one instead.
 */
function renameTagged(ctx: RequestContext, accountId: number, from: string, to: string): void {
  const rename = (labels: string[]) => {
    const kept = labels.filter((l) => l !== from);
    return kept.includes(to) ? kept : [...kept, to];
  };
  const { conversations, contacts } = ctx.tables;
  for (const c of conversations.where('account', accountId)) {
    if (c.labels.includes(from)) conversations.update(c.id, { labels: rename(c.labels) });
  }
  for (const c of contacts.where('account', accountId)) {
    if (c.labels.includes(from)) contacts.update(c.id, { labels: rename(c.labels) });
  }
}

/**
 * The controller calls the non-bang `@label.update(...)`: an invalid change is not saved, yet the
 * action still answers 200 rendering the in-memory label, i.e. with the rejected values.
 */
function update(ctx: RequestContext) {
  const label = findLabel(ctx);
  const changes = fields(requireParams(ctx.body, 'label', ATTRIBUTES));
  const attempted: Label = { ...label, ...changes };
  if (errorsOf(ctx, label.id, attempted.title).any) return ok(labelView(attempted));
  const saved = ctx.tables.labels.update(label.id, changes);
  if (saved.title !== label.title) renameTagged(ctx, label.account_id, label.title, saved.title);
  return ok(labelView(saved));
}

function remove(ctx: RequestContext) {
  ctx.tables.labels.delete(findLabel(ctx).id);
  return empty();
}

export const handlers: HandlerMap = {
  listLabels: (ctx) => ok({ payload: ctx.tables.labels.where('account', accountOf(ctx).id).map(labelView) }),
  getLabel: (ctx) => ok(labelView(findLabel(ctx))),
  createLabel: create,
  updateLabel: update,
  replaceLabel: update,
  deleteLabel: remove,
};
