import { changeRecord } from '../domain/changes';
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord, notFound } from '../http/errors';
import { requireParams, toId } from '../http/params';
import { blank } from '../rails/casts';
import {
  CUSTOM_ATTRIBUTE_DISPLAY_TYPES,
  CUSTOM_ATTRIBUTE_MODELS,
  type CustomAttributeDefinition,
  type CustomAttributeDisplayType,
  type CustomAttributeModel,
  type Json,
} from '../store';
import { Errors } from '../domain/validations';
import { customAttributeDefinitionView } from '../views/custom_attribute_definition';

/** CustomAttributeDefinition's columns: what Rails' wrap_parameters lifts from a flat JSON body. */
const ATTRIBUTES = [
  'id',
  'attribute_display_name',
  'attribute_display_type',
  'attribute_description',
  'attribute_key',
  'attribute_model',
  'attribute_values',
  'regex_pattern',
  'regex_cue',
  'default_value',
  'account_id',
  'created_at',
  'updated_at',
] as const;

/**
 * CustomAttributeDefinition::STANDARD_ATTRIBUTES: keys a new definition may not take, as they would
 * clash with the model's own filterable attributes.
 */
const STANDARD_ATTRIBUTES: Record<CustomAttributeModel, readonly string[]> = {
  conversation_attribute: [
    'status',
    'priority',
    'assignee_id',
    'inbox_id',
    'team_id',
    'display_id',
    'campaign_id',
    'labels',
    'browser_language',
    'country_code',
    'referer',
    'created_at',
    'last_activity_at',
  ],
  contact_attribute: [
    'name',
    'email',
    'phone_number',
    'identifier',
    'country_code',
    'city',
    'created_at',
    'last_activity_at',
    'referer',
    'blocked',
  ],
};

const KEY_PATTERN = /^[\p{L}\p{N}_.-]+$/u;

/** A Rails enum read by name or by its integer value; anything else is not a member (undefined). */
function enumValue<T extends string>(names: readonly T[], value: unknown): T | undefined {
  if (typeof value === 'string' && (names as readonly string[]).includes(value)) return value as T;
  if (typeof value === 'number' && Number.isInteger(value)) return names[value];
  return undefined;
}

/** The `attribute_model` filter of the index: a name or its number; blank means every model. */
function modelFilter(raw: unknown): CustomAttributeModel | 'all' | 'none' {
  if (raw === undefined || raw === null || String(raw).trim() === '') return 'all';
  const s = String(raw);
  return enumValue(CUSTOM_ATTRIBUTE_MODELS, /^\d+$/.test(s) ? Number(s) : s) ?? 'none';
}

function findDefinition(ctx: RequestContext): CustomAttributeDefinition {
  const definition = ctx.tables.customAttributeDefinitions.get(toId(ctx.params.id) ?? -1);
  if (!definition || definition.account_id !== accountOf(ctx).id) throw notFound();
  return definition;
}

/** `normalize_attribute_fields`: key and display name are stripped when present. */
const stripped = (value: unknown) => {
  if (value === null) return null;
  const s = String(value);
  return s.trim() ? s.trim() : s;
};
const text = (value: unknown) => (value === null ? null : String(value));

/** The permitted payload, cast as the columns cast it (enums by name or number, validated by the spec). */
function fields(params: Record<string, any>): Partial<CustomAttributeDefinition> {
  const changes: Partial<CustomAttributeDefinition> = {};
  if (params.attribute_display_name !== undefined) {
    changes.attribute_display_name = stripped(params.attribute_display_name);
  }
  if (params.attribute_key !== undefined) changes.attribute_key = stripped(params.attribute_key);
  if (params.attribute_description !== undefined) {
    changes.attribute_description = text(params.attribute_description);
  }
  if (params.attribute_display_type !== undefined) {
    changes.attribute_display_type =
      enumValue<CustomAttributeDisplayType>(CUSTOM_ATTRIBUTE_DISPLAY_TYPES, params.attribute_display_type) ??
      null;
  }
  if (params.attribute_model !== undefined) {
    changes.attribute_model =
      enumValue<CustomAttributeModel>(CUSTOM_ATTRIBUTE_MODELS, params.attribute_model) ?? null;
  }
  if (params.regex_pattern !== undefined) changes.regex_pattern = text(params.regex_pattern);
  if (params.regex_cue !== undefined) changes.regex_cue = text(params.regex_cue);
  // `permit(attribute_values: [])` keeps an array of scalars only.
  if (Array.isArray(params.attribute_values)) {
    changes.attribute_values = params.attribute_values.filter(
      (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v),
    ) as Json[];
  }
  return changes;
}

/** The model's validations in declaration order; the key-conflict check runs on create only. */
function validate(ctx: RequestContext, record: CustomAttributeDefinition, creating: boolean): void {
  const errors = new Errors();
  if (blank(record.attribute_display_name)) {
    errors.add('attribute_display_name', "Attribute display name can't be blank");
  }
  const key = record.attribute_key;
  if (blank(key)) errors.add('attribute_key', "Attribute key can't be blank");
  else {
    const taken = ctx.tables.customAttributeDefinitions
      .where('account', record.account_id)
      .some(
        (d) => d.id !== record.id && d.attribute_key === key && d.attribute_model === record.attribute_model,
      );
    if (taken) errors.add('attribute_key', 'Attribute key has already been taken');
  }
  if (!KEY_PATTERN.test(key ?? '')) {
    errors.add(
      'attribute_key',
      'Attribute key must only contain letters, numbers, underscores, hyphens, and dots',
    );
  }
  if (record.attribute_display_type === null) {
    errors.add('attribute_display_type', "Attribute display type can't be blank");
  }
  if (record.attribute_model === null) errors.add('attribute_model', "Attribute model can't be blank");
  if (creating && record.attribute_model !== null && key !== null) {
    if (STANDARD_ATTRIBUTES[record.attribute_model].includes(key)) {
      errors.add(
        'attribute_key',
        'Attribute key The provided key is not allowed as it might conflict with default attributes.',
      );
    }
  }
  if (errors.any) throw invalidRecord(errors.list);
}

function create(ctx: RequestContext) {
  const changes = fields(requireParams(ctx.body, 'custom_attribute_definition', ATTRIBUTES));
  const now = ctx.store.clock.now();
  const record: CustomAttributeDefinition = {
    id: 0,
    account_id: accountOf(ctx).id,
    attribute_display_name: null,
    attribute_display_type: 'text',
    attribute_description: null,
    attribute_key: null,
    attribute_model: 'conversation_attribute',
    attribute_values: [],
    regex_pattern: null,
    regex_cue: null,
    default_value: null,
    created_at: now,
    updated_at: now,
    ...changes,
  };
  validate(ctx, record, true);
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, ...fieldsOnly } = record;
  const created = ctx.tables.customAttributeDefinitions.insert(fieldsOnly);
  return ok(customAttributeDefinitionView(created));
}

function update(ctx: RequestContext) {
  const existing = findDefinition(ctx);
  const changes = fields(requireParams(ctx.body, 'custom_attribute_definition', ATTRIBUTES));
  validate(ctx, { ...existing, ...changes }, false);
  const saved = changeRecord(ctx.store, ctx.tables.customAttributeDefinitions, existing, changes).record;
  return ok(customAttributeDefinitionView(saved));
}

export const handlers: HandlerMap = {
  listCustomAttributeDefinitions: (ctx) => {
    const model = modelFilter(ctx.query.attribute_model);
    const definitions =
      model === 'none'
        ? []
        : ctx.tables.customAttributeDefinitions
            .where('account', accountOf(ctx).id)
            .filter((d) => model === 'all' || d.attribute_model === model);
    return ok(definitions.map(customAttributeDefinitionView));
  },
  getCustomAttributeDefinition: (ctx) => ok(customAttributeDefinitionView(findDefinition(ctx))),
  createCustomAttributeDefinition: create,
  updateCustomAttributeDefinition: update,
  replaceCustomAttributeDefinition: update,
  deleteCustomAttributeDefinition: (ctx) => {
    ctx.tables.customAttributeDefinitions.delete(findDefinition(ctx).id);
    return empty(204);
  },
};
