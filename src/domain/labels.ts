/**
 * Labels: the Label model's rules (title format and uniqueness, renames that follow to tagged
 * records), and label lists as acts_as_taggable reads them (conversation and contact labels).
 */
import type { Label, Tables } from '../store';
import { InvalidAttribute, RecordInvalid, RecordNotFound } from './errors';
import { accountOf, type Scope } from './scope';
import { Errors } from './validations';

/** acts_as_taggable's parsing of a label list: comma-separated, trimmed, blanks dropped, unique. */
export function labelList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [];
  const out: string[] = [];
  for (const item of items) {
    if (item === null || typeof item === 'object') continue;
    for (const part of String(item).split(',')) {
      const label = part.trim();
      if (label && !out.includes(label)) out.push(label);
    }
  }
  return out;
}

/**
 * LabelConcern#valid_labels (newest upstream): of the posted `labels[]`, the titles of the account's
 * labels, compared exactly (titles are stored downcased, so "Billing" names no label), in the labels'
 * order; a label the account does not define is dropped. Anything but an array posts no labels.
 */
export function definedLabels(scope: Scope, posted: unknown): string[] {
  if (!Array.isArray(posted)) return [];
  const wanted = new Set(posted.filter((p) => p !== null && typeof p !== 'object').map(String));
  if (!wanted.size) return [];
  return scope.tables.labels
    .where('account', accountOf(scope).id)
    .map((label) => label.title)
    .filter((title) => wanted.has(title));
}

/**
 * RegexHelper::UNICODE_CHARACTER_NUMBER_HYPHEN_UNDERSCORE (lib/regex_helper.rb): a letter or digit
 * first, then letters, digits, `_` or `-`; at least two characters in all.
 */
export const LABEL_TITLE_PATTERN = /^[\p{L}\p{N}]+[\p{L}\p{N}_-]+$/u;

export const DEFAULT_LABEL_COLOR = '#1f93ff';

/** The Label model (app/models/label.rb): what a label's permitted parameters mean. */
export interface LabelParams {
  title?: unknown;
  description?: unknown;
  color?: unknown;
  show_on_sidebar?: unknown;
}

/** The label of the account with this id (`Current.account.labels.find(params[:id])`). */
export function findLabel(scope: Scope, id: number | undefined): Label {
  const label = scope.tables.labels.get(id ?? -1);
  if (!label || label.account_id !== accountOf(scope).id) throw new RecordNotFound('Label');
  return label;
}

/** `self.title = title.downcase if attribute_present?('title')` (app/models/label.rb). */
function normaliseTitle(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const title = String(value);
  return title.trim() ? title.toLowerCase() : title;
}

/** Permitted attributes present in the parameters, cast as the columns cast them. */
function labelChanges(params: LabelParams): Partial<Label> {
  const changes: Partial<Label> = {};
  if (params.title !== undefined) changes.title = normaliseTitle(params.title) as string;
  if (params.description !== undefined) {
    changes.description = params.description === null ? null : String(params.description);
  }
  if (params.color !== undefined) {
    // `color` is NOT NULL without a model validation: a null reaches the database and fails (Rails
    // answers 500); the fake answers 422 "Color can't be blank".
    if (params.color === null) throw new InvalidAttribute('color', "can't be blank");
    changes.color = String(params.color);
  }
  if (params.show_on_sidebar !== undefined) {
    changes.show_on_sidebar = typeof params.show_on_sidebar === 'boolean' ? params.show_on_sidebar : null;
  }
  return changes;
}

/** Title presence, format and uniqueness in the account, in the model's order. */
function labelErrors(
  tables: Tables,
  label: { id: number; account_id: number; title: string | null },
): Errors {
  const { id, title } = label;
  const errors = new Errors();
  if (title === null || !title.trim()) errors.add('title', 'Title must not be blank');
  if (!LABEL_TITLE_PATTERN.test(title ?? '')) errors.add('title', 'Title is invalid');
  if (title) {
    const other = tables.labels.findBy('title', [label.account_id, title.toLowerCase()]);
    if (other && other.id !== id && other.title === title)
      errors.add('title', 'Title has already been taken');
  }
  return errors;
}

/** `Current.account.labels.create!(permitted_params)`. */
export function createLabel(scope: Scope, params: LabelParams): Label {
  const account = accountOf(scope);
  const changes = labelChanges(params);
  const errors = labelErrors(scope.tables, { id: 0, account_id: account.id, title: changes.title ?? null });
  if (errors.any) throw new RecordInvalid(errors.list);
  return scope.tables.labels.insert({
    account_id: account.id,
    title: changes.title!,
    description: changes.description ?? null,
    color: changes.color ?? DEFAULT_LABEL_COLOR,
    show_on_sidebar: changes.show_on_sidebar ?? null,
    created_at: scope.store.clock.now(),
  });
}

/**
 * `@label.update(permitted_params)`, the non-bang form: an invalid change is not saved, and the
 * label is given back with the rejected values (`saved: false`), as the controller renders it.
 */
export function updateLabel(
  scope: Scope,
  label: Label,
  params: LabelParams,
): { label: Label; saved: boolean } {
  const changes = labelChanges(params);
  const attempted: Label = { ...label, ...changes };
  if (labelErrors(scope.tables, attempted).any) return { label: attempted, saved: false };
  const saved = scope.tables.labels.update(label.id, changes);
  if (saved.title !== label.title) renameTagged(scope.tables, label.account_id, label.title, saved.title);
  return { label: saved, saved: true };
}

/**
 * Labels::UpdateService (run by Labels::UpdateJob after a title change): conversations and contacts of
 * the account tagged with the old title get the new one instead.
 */
function renameTagged(tables: Tables, accountId: number, from: string, to: string): void {
  const rename = (labels: string[]) => {
    const kept = labels.filter((l) => l !== from);
    return kept.includes(to) ? kept : [...kept, to];
  };
  const { conversations, contacts } = tables;
  for (const c of conversations.where('account', accountId)) {
    if (c.labels.includes(from)) conversations.update(c.id, { labels: rename(c.labels) });
  }
  for (const c of contacts.where('account', accountId)) {
    if (c.labels.includes(from)) contacts.update(c.id, { labels: rename(c.labels) });
  }
}

export function deleteLabel(scope: Scope, label: Label): void {
  scope.tables.labels.delete(label.id);
}
