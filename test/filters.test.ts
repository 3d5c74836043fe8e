import { compileFilter, type FilterAttributes } from '../src/domain/filters';
import { httpErrorOf } from '../src/http/errors';

interface Row {
  name: string | null;
  email: string | null;
  labels: string[];
  created_at: number;
  blocked: boolean;
  custom_attributes: Record<string, unknown>;
}

const attributes: FilterAttributes<Row> = {
  name: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'],
    value: (r) => r.name,
  },
  email: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'],
    value: (r) => r.email,
  },
  labels: {
    dataType: 'labels',
    operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'],
    value: (r) => r.labels,
  },
  created_at: {
    dataType: 'date',
    operators: ['is_greater_than', 'is_less_than', 'days_before'],
    value: (r) => r.created_at,
  },
  blocked: { dataType: 'boolean', operators: ['equal_to', 'not_equal_to'], value: (r) => r.blocked },
};

const DAY = 86_400_000;
const NOW = Date.parse('2026-01-15T00:00:00Z');
const rows: Row[] = [
  {
    name: 'Ada',
    email: 'ada@x.test',
    labels: ['vip'],
    created_at: NOW - 10 * DAY,
    blocked: false,
    custom_attributes: { plan: 'Pro' },
  },
  { name: 'Bob', email: null, labels: [], created_at: NOW - 1 * DAY, blocked: true, custom_attributes: {} },
  {
    name: 'Cleo',
    email: 'cleo@y.test',
    labels: ['billing', 'VIP'],
    created_at: NOW - 40 * DAY,
    blocked: false,
    custom_attributes: {},
  },
];

const run = (payload: unknown, customKeys: string[] = []) =>
  rows
    .filter(compileFilter(payload, attributes, { now: NOW, customAttributeKeys: new Set(customKeys) }))
    .map((r) => r.name);

const errorOf = (payload: unknown) => {
  try {
    compileFilter(payload, attributes, { now: NOW });
  } catch (err) {
    // Rendered as Chatwoot's controllers render the domain's error.
    const http = httpErrorOf(err);
    return { status: http?.status, body: http?.body };
  }
  throw new Error('expected a filter error');
};

describe('compileFilter', () => {
  it('equal_to is case-insensitive IN, contains is ILIKE, not_equal_to skips NULL', () => {
    expect(run([{ attribute_key: 'name', filter_operator: 'equal_to', values: ['ada', 'CLEO'] }])).toEqual([
      'Ada',
      'Cleo',
    ]);
    expect(run([{ attribute_key: 'email', filter_operator: 'contains', values: ['Y.TEST'] }])).toEqual([
      'Cleo',
    ]);
    expect(
      run([{ attribute_key: 'email', filter_operator: 'not_equal_to', values: ['ada@x.test'] }]),
    ).toEqual(['Cleo']);
  });

  it('labels, booleans, dates and days_before', () => {
    expect(run([{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip'] }])).toEqual([
      'Ada',
      'Cleo',
    ]);
    expect(run([{ attribute_key: 'labels', filter_operator: 'is_not_present', values: [] }])).toEqual([
      'Bob',
    ]);
    expect(run([{ attribute_key: 'blocked', filter_operator: 'equal_to', values: ['true'] }])).toEqual([
      'Bob',
    ]);
    expect(
      run([{ attribute_key: 'created_at', filter_operator: 'is_greater_than', values: ['2026-01-01'] }]),
    ).toEqual(['Ada', 'Bob']);
    expect(run([{ attribute_key: 'created_at', filter_operator: 'days_before', values: [30] }])).toEqual([
      'Cleo',
    ]);
  });

  it('joins with AND binding tighter than OR', () => {
    const payload = [
      { attribute_key: 'name', filter_operator: 'equal_to', values: ['Bob'], query_operator: 'OR' },
      { attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip'], query_operator: 'AND' },
      { attribute_key: 'email', filter_operator: 'contains', values: ['x.test'], query_operator: null },
    ];
    expect(run(payload)).toEqual(['Ada', 'Bob']);
  });

  it('reads custom attributes defined in the account', () => {
    expect(run([{ attribute_key: 'plan', filter_operator: 'equal_to', values: ['pro'] }], ['plan'])).toEqual([
      'Ada',
    ]);
  });

  it('answers Chatwoot’s exact 422 messages', () => {
    expect(
      errorOf([{ attribute_key: 'name', filter_operator: 'equal_to', values: ['x'], query_operator: 'XOR' }]),
    ).toEqual({
      status: 422,
      body: { error: 'Query operator must be either "AND" or "OR".' },
    });
    expect(errorOf([{ attribute_key: 'name', filter_operator: 'is_present', values: [] }]).body).toEqual({
      error:
        'Invalid operator. The allowed operators for name are [equal_to,not_equal_to,contains,does_not_contain].',
    });
    expect(errorOf([{ attribute_key: 'name', filter_operator: 'equal_to', values: [] }]).body).toEqual({
      error: 'Invalid value. The values provided for name are invalid',
    });
    expect(
      errorOf([{ attribute_key: 'shoe_size', filter_operator: 'equal_to', values: ['9'] }]).body,
    ).toEqual({
      error:
        'Invalid attribute key - [shoe_size]. The key should be one of [name,email,labels,created_at,blocked] or a custom attribute defined in the account.',
    });
  });
});
