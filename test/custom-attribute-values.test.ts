import { ADMIN, testFake, type TestFake } from './helpers';

/**
 * What Chatwoot checks when custom attributes are applied: only JsonbAttributesLengthValidator on
 * conversations (strings ≤ 1500 characters, integers ≤ 9999999999). Values are NOT validated against
 * the custom attribute definitions (regex_pattern, list values, types): the dashboard does that.
 */
let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const as = (method: 'get' | 'post' | 'patch' | 'put', path: string, body?: object) => {
  const req = fake.http[method](fake.path(path)).set('api_access_token', ADMIN);
  return body ? req.send(body) : req;
};

describe('custom attribute values on conversations', () => {
  it('POST /custom_attributes rejects an over-long string or a too-large integer and keeps the old values', async () => {
    await as('post', '/conversations/4/custom_attributes', { custom_attributes: { plan: 'gold' } });
    const res = await as('post', '/conversations/4/custom_attributes', {
      custom_attributes: { notes: 'x'.repeat(1501), seats: 10_000_000_000, ok: 'fine' },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message:
        'Custom attributes notes length should be < 1500, Custom attributes seats value should be < 9999999999',
      attributes: ['custom_attributes'],
    });
    expect((await as('get', '/conversations/4')).body.custom_attributes).toEqual({ plan: 'gold' });
  });

  it('checks the merged hash, and accepts the limits themselves', async () => {
    const okRes = await as('post', '/conversations/4/custom_attributes', {
      custom_attributes: { notes: 'é'.repeat(1500), seats: 9_999_999_999 },
    });
    expect(okRes.status).toBe(200);
    expect(okRes.body.custom_attributes.seats).toBe(9_999_999_999);
    const merged = await as('post', '/conversations/4/custom_attributes', {
      custom_attributes: { more: 'y'.repeat(1501) },
      merge: true,
    });
    expect(merged.status).toBe(422);
    expect(merged.body.message).toBe('Custom attributes more length should be < 1500');
  });

  it('conversation create validates additional_attributes then custom_attributes, and creates nothing', async () => {
    const before = fake.db.conversations.length;
    const res = await as('post', '/conversations', {
      contact_id: 1,
      inbox_id: 1,
      additional_attributes: { mail_subject: 's'.repeat(1600) },
      custom_attributes: { order_total: 12_345_678_901 },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message:
        'Additional attributes mail_subject length should be < 1500, Custom attributes order_total value should be < 9999999999',
      attributes: ['additional_attributes', 'custom_attributes'],
    });
    expect(fake.db.conversations.length).toBe(before);
    const created = await as('post', '/conversations', {
      contact_id: 1,
      inbox_id: 1,
      custom_attributes: { order_total: 120 },
    });
    expect(created.status).toBe(200);
    expect(created.body.custom_attributes).toEqual({ order_total: 120 });
  });

  it('values are not checked against the definitions (regex_pattern, list values)', async () => {
    await as('post', '/custom_attribute_definitions', {
      attribute_display_name: 'Order number',
      attribute_key: 'order_number',
      attribute_display_type: 'text',
      attribute_model: 'conversation_attribute',
      regex_pattern: '^ORD-\\d+$',
    });
    await as('post', '/custom_attribute_definitions', {
      attribute_display_name: 'Tier',
      attribute_key: 'tier',
      attribute_display_type: 'list',
      attribute_model: 'conversation_attribute',
      attribute_values: ['gold', 'silver'],
    });
    const res = await as('post', '/conversations/4/custom_attributes', {
      custom_attributes: { order_number: 'not an order', tier: 'bronze', undefined_key: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.custom_attributes).toEqual({
      order_number: 'not an order',
      tier: 'bronze',
      undefined_key: true,
    });
  });
});

describe('custom attribute values on contacts', () => {
  it('are stored as sent: no length limit and no check against the definitions', async () => {
    await as('post', '/custom_attribute_definitions', {
      attribute_display_name: 'Customer since',
      attribute_key: 'customer_since',
      attribute_display_type: 'date',
      attribute_model: 'contact_attribute',
    });
    const created = await as('post', '/contacts', {
      name: 'Long Notes',
      email: 'long@notes.test',
      custom_attributes: { customer_since: 'yesterday-ish', notes: 'n'.repeat(2000) },
    });
    expect(created.status).toBe(200);
    const id = created.body.payload.contact.id;
    const updated = await as('put', `/contacts/${id}`, { custom_attributes: { score: 12_345_678_901 } });
    expect(updated.status).toBe(200);
    const shown = await as('get', `/contacts/${id}`);
    expect(shown.body.payload.custom_attributes).toEqual({
      customer_since: 'yesterday-ish',
      notes: 'n'.repeat(2000),
      score: 12_345_678_901,
    });
  });
});
