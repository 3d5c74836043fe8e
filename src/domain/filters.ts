/**
 * Chatwoot's advanced filters (POST /contacts/filter, POST /conversations/filter): the payload
 * `[{attribute_key, filter_operator, values, query_operator}]`, validated with Chatwoot's exact
 * messages (lib/custom_exceptions/custom_filter.rb, config/locales/en.yml) and evaluated as its SQL
 * would be (app/services/filter_service.rb): conditions joined by each one's query_operator, AND
 * binding tighter than OR.
 */
import { blank } from '../rails/casts';
import { CouldNotCreate } from './errors';

export type FilterOperator =
  | 'equal_to'
  | 'not_equal_to'
  | 'contains'
  | 'does_not_contain'
  | 'is_present'
  | 'is_not_present'
  | 'is_greater_than'
  | 'is_less_than'
  | 'days_before'
  | 'starts_with';

/** text: exact; text_case_insensitive: compared lowercased; date: epoch ms; labels: string[]. */
export type FilterDataType =
  'text' | 'text_case_insensitive' | 'number' | 'boolean' | 'date' | 'labels' | 'link';

export interface FilterAttribute<T> {
  dataType: FilterDataType;
  operators: readonly FilterOperator[];
  value: (record: T) => unknown;
}

export type FilterAttributes<T> = Record<string, FilterAttribute<T>>;

export interface FilterCondition {
  attribute_key: string;
  filter_operator: string;
  values: unknown[];
  query_operator: 'AND' | 'OR' | null;
}

export interface FilterOptions<T> {
  /** Keys of the account's custom attribute definitions for this model. */
  customAttributeKeys?: ReadonlySet<string>;
  /** How a record's custom attribute is read (default: record.custom_attributes[key]). */
  customValue?: (record: T, key: string) => unknown;
  /** "Now" for days_before, from the store's clock. */
  now: number;
}

const PRESENCE: ReadonlySet<string> = new Set(['is_present', 'is_not_present']);
const ALL_OPERATORS: readonly FilterOperator[] = [
  'equal_to',
  'not_equal_to',
  'contains',
  'does_not_contain',
  'is_present',
  'is_not_present',
  'is_greater_than',
  'is_less_than',
  'days_before',
  'starts_with',
];

/** Reads the payload leniently (as Rails params would) into conditions; shape errors name the culprit. */
export function parseConditions(payload: unknown): FilterCondition[] {
  if (!Array.isArray(payload))
    throw new CouldNotCreate('Invalid filter payload. Expected "payload" to be an array of conditions.');
  return payload.map((raw) => {
    const c = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const values = Array.isArray(c.values) ? c.values : blank(c.values) ? [] : [c.values];
    const q = c.query_operator;
    return {
      attribute_key: String(c.attribute_key ?? ''),
      filter_operator: String(c.filter_operator ?? ''),
      values,
      query_operator: (blank(q) ? null : String(q)) as FilterCondition['query_operator'],
    };
  });
}

/**
 * Validates `payload` against the model's standard attributes and custom attribute keys, and returns
 * the predicate a record must satisfy. Throws Chatwoot's 422 `{"error": "..."}` on the first problem.
 */
export function compileFilter<T>(
  payload: unknown,
  attributes: FilterAttributes<T>,
  options: FilterOptions<T>,
): (record: T) => boolean {
  const conditions = parseConditions(payload);
  // Chatwoot checks every query operator before looking at any condition.
  for (const c of conditions) {
    if (c.query_operator !== null && !['AND', 'OR'].includes(String(c.query_operator).toUpperCase())) {
      throw new CouldNotCreate('Query operator must be either "AND" or "OR".');
    }
  }
  const customKeys = options.customAttributeKeys ?? new Set<string>();
  const customValue =
    options.customValue ??
    ((record: T, key: string) =>
      (record as { custom_attributes?: Record<string, unknown> }).custom_attributes?.[key]);

  const tests = conditions.map((c) => {
    const standard = Object.prototype.hasOwnProperty.call(attributes, c.attribute_key)
      ? attributes[c.attribute_key]
      : undefined;
    if (standard && !standard.operators.includes(c.filter_operator as FilterOperator)) {
      throw new CouldNotCreate(
        `Invalid operator. The allowed operators for ${c.attribute_key} are [${standard.operators.join(',')}].`,
      );
    }
    if (!PRESENCE.has(c.filter_operator) && (c.values.length === 0 || c.values.every(blank))) {
      throw new CouldNotCreate(`Invalid value. The values provided for ${c.attribute_key} are invalid`);
    }
    if (!standard && !customKeys.has(c.attribute_key)) {
      throw new CouldNotCreate(
        `Invalid attribute key - [${c.attribute_key}]. The key should be one of [${Object.keys(attributes).join(',')}] or a custom attribute defined in the account.`,
      );
    }
    if (!standard && !ALL_OPERATORS.includes(c.filter_operator as FilterOperator)) {
      throw new CouldNotCreate(
        `Invalid operator. The allowed operators for ${c.attribute_key} are [${ALL_OPERATORS.join(',')}].`,
      );
    }
    const attribute: FilterAttribute<T> = standard ?? {
      dataType: 'text_case_insensitive',
      operators: ALL_OPERATORS,
      value: (record) => customValue(record, c.attribute_key),
    };
    return conditionTest(attribute, c.filter_operator as FilterOperator, c.values, options.now);
  });

  // SQL precedence: split into OR-groups, each an AND-chain.
  const groups: ((record: T) => boolean)[][] = [[]];
  tests.forEach((test, i) => {
    groups[groups.length - 1].push(test);
    const joiner = String(conditions[i].query_operator ?? 'AND').toUpperCase();
    if (joiner === 'OR' && i < tests.length - 1) groups.push([]);
  });
  return (record) => groups.some((group) => group.every((test) => test(record)));
}

const DAY_MS = 86_400_000;
const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

function normalise(dataType: FilterDataType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (dataType) {
    case 'text_case_insensitive':
    case 'link':
      return String(value).toLowerCase();
    case 'number':
      return Number(value);
    case 'boolean':
      return value === true || value === 'true' || value === 1 || value === '1';
    case 'date': {
      // `(created_at)::date > '2026-01-01'`: Chatwoot compares whole (UTC) days.
      const ms = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isNaN(ms) ? null : startOfDay(ms);
    }
    default:
      return String(value);
  }
}

function conditionTest<T>(
  attribute: FilterAttribute<T>,
  operator: FilterOperator,
  values: unknown[],
  now: number,
): (record: T) => boolean {
  const { dataType } = attribute;
  if (dataType === 'labels') {
    const wanted = values.map((v) => String(v).toLowerCase());
    const labelsOf = (record: T) =>
      ((attribute.value(record) as string[] | null) ?? []).map((l) => l.toLowerCase());
    switch (operator) {
      case 'equal_to':
        return (r) => labelsOf(r).some((l) => wanted.includes(l));
      case 'not_equal_to':
        return (r) => !labelsOf(r).some((l) => wanted.includes(l));
      case 'is_present':
        return (r) => labelsOf(r).length > 0;
      case 'is_not_present':
        return (r) => labelsOf(r).length === 0;
      default:
        return () => false;
    }
  }
  const targets = values.map((v) => normalise(dataType, v));
  const first = targets[0];
  const read = (record: T) => normalise(dataType, attribute.value(record));
  const text = (v: unknown) => (v === null ? '' : String(v).toLowerCase());
  switch (operator) {
    case 'equal_to':
      return (r) => targets.includes(read(r));
    case 'not_equal_to':
      // SQL's NOT IN never matches NULL.
      return (r) => {
        const v = read(r);
        return v !== null && !targets.includes(v);
      };
    case 'contains':
      return (r) => read(r) !== null && text(read(r)).includes(text(first));
    case 'does_not_contain':
      return (r) => read(r) !== null && !text(read(r)).includes(text(first));
    case 'starts_with':
      return (r) => read(r) !== null && text(read(r)).startsWith(text(first));
    case 'is_present':
      return (r) => !blank(attribute.value(r));
    case 'is_not_present':
      return (r) => blank(attribute.value(r));
    case 'is_greater_than':
      return (r) => {
        const v = read(r);
        return v !== null && (v as number) > (first as number);
      };
    case 'is_less_than':
      return (r) => {
        const v = read(r);
        return v !== null && (v as number) < (first as number);
      };
    case 'days_before': {
      // FilterService#days_before_filter_values: `is_less_than` the date n days before today.
      const cutoff = startOfDay(now) - (parseInt(String(values[0]), 10) || 0) * DAY_MS;
      return (r) => {
        const v = read(r);
        return v !== null && (v as number) < cutoff;
      };
    }
  }
}
