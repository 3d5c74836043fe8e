/**
 * The contact filter of POST /contacts/filter and of the contacts export (Contacts::FilterService,
 * lib/filters/filter_keys.yml): its standard attributes and Chatwoot's rewriting of conditions.
 */
import { blank } from '../rails/casts';
import type { Contact } from '../store';
import { isResolvedContact, jsonbText } from '../store/derived/contact-search';
import { customAttributeKeys } from './custom_attributes';
import { compileFilter, parseConditions, type FilterAttributes } from './filters';
import { accountOf, type Scope } from './scope';

const additional = (key: string) => (c: Contact) => jsonbText(c.additional_attributes[key]);
const TEXT_OPERATORS = ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'] as const;
const DATE_OPERATORS = ['is_greater_than', 'is_less_than', 'days_before'] as const;

/** The `contacts:` section of lib/filters/filter_keys.yml, in its order. */
const FILTER_ATTRIBUTES: FilterAttributes<Contact> = {
  name: { dataType: 'text_case_insensitive', operators: TEXT_OPERATORS, value: (c) => c.name },
  phone_number: {
    dataType: 'text_case_insensitive',
    operators: [...TEXT_OPERATORS, 'starts_with'],
    value: (c) => c.phone_number,
  },
  email: { dataType: 'text_case_insensitive', operators: TEXT_OPERATORS, value: (c) => c.email },
  identifier: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to'],
    value: (c) => c.identifier,
  },
  country_code: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to'],
    value: additional('country_code'),
  },
  city: { dataType: 'text_case_insensitive', operators: TEXT_OPERATORS, value: additional('city') },
  company: { dataType: 'text_case_insensitive', operators: TEXT_OPERATORS, value: additional('company') },
  labels: {
    dataType: 'labels',
    operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'],
    value: (c) => c.labels,
  },
  created_at: { dataType: 'date', operators: DATE_OPERATORS, value: (c) => c.created_at },
  last_activity_at: { dataType: 'date', operators: DATE_OPERATORS, value: (c) => c.last_activity_at },
  blocked: { dataType: 'boolean', operators: ['equal_to', 'not_equal_to'], value: (c) => c.blocked },
};

/**
 * Chatwoot's rewriting of conditions before they become SQL: Contacts::FilterService#filter_values
 * (equality on a standard key compares the first value only, and a phone number as "+" followed by
 * the value stripped of its "+"). Whole-day date comparison and `days_before` live in filters.ts.
 */
function contactFilterPayload(payload: unknown): unknown {
  if (!Array.isArray(payload)) return payload;
  return parseConditions(payload).map((c) => {
    const attribute = Object.prototype.hasOwnProperty.call(FILTER_ATTRIBUTES, c.attribute_key)
      ? FILTER_ATTRIBUTES[c.attribute_key]
      : undefined;
    const first = c.values[0];
    if (!attribute || blank(first)) return c;
    if (!['equal_to', 'not_equal_to'].includes(c.filter_operator)) return c;
    const value = c.attribute_key === 'phone_number' ? `+${String(first).replace(/\+/g, '')}` : first;
    return { ...c, values: [value] };
  });
}

/**
 * The account's resolved contacts (newest upstream filters those only) that match the filter
 * `payload`, by id; raises CouldNotCreate for a payload Chatwoot refuses.
 */
export function filterContacts(scope: Scope, payload: unknown): Contact[] {
  const accountId = accountOf(scope).id;
  const now = scope.store.clock.peek();
  const predicate = compileFilter(contactFilterPayload(payload), FILTER_ATTRIBUTES, {
    customAttributeKeys: customAttributeKeys(scope.tables, accountId, 'contact_attribute'),
    now,
  });
  return scope.tables.contacts
    .where('account', accountId)
    .filter((c) => isResolvedContact(c) && predicate(c));
}
