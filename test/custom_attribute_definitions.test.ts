import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const NOT_ALLOWED = { error: 'You are not authorized to do this action' };
const NOT_FOUND = { error: 'Resource could not be found' };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const get = (path: string, token = AGENT) => fake.http.get(fake.path(path)).set('api_access_token', token);
const send: TestFake['send'] = (...args) => fake.send(...args);
const define = (fields: object) =>
  send('post', '/custom_attribute_definitions', { custom_attribute_definition: fields });
const keys = (body: { attribute_key: string }[]) => body.map((d) => d.attribute_key);

/** Definitions the default world may already hold, so lists can be compared relative to them. */
let seeded: { id: number; attribute_key: string; attribute_model: string }[];
beforeEach(async () => {
  seeded = (await get('/custom_attribute_definitions')).body;
});
const seededKeys = (model?: string) =>
  seeded.filter((d) => !model || d.attribute_model === model).map((d) => d.attribute_key);

describe('POST /custom_attribute_definitions', () => {
  it('creates a definition and renders every field, timestamps as ISO strings', async () => {
    const res = await define({
      attribute_display_name: ' Subscription plan ',
      attribute_key: ' plan_tier ',
      attribute_display_type: 'list',
      attribute_model: 'contact_attribute',
      attribute_description: 'Which plan they pay for',
      attribute_values: ['free', 'pro'],
      regex_pattern: '^[a-z]+$',
      regex_cue: 'lower case only',
      default_value: 5,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: expect.any(Number),
      attribute_display_name: 'Subscription plan',
      attribute_display_type: 'list',
      attribute_description: 'Which plan they pay for',
      attribute_key: 'plan_tier',
      regex_pattern: '^[a-z]+$',
      regex_cue: 'lower case only',
      attribute_values: ['free', 'pro'],
      attribute_model: 'contact_attribute',
      default_value: null, // not a permitted parameter
      created_at: expect.stringMatching(ISO),
      updated_at: expect.stringMatching(ISO),
    });
    const shown = await get(`/custom_attribute_definitions/${res.body.id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual(res.body);
  });

  it('defaults to a text conversation attribute, and takes enums by number (flat body)', async () => {
    const res = await send('post', '/custom_attribute_definitions', {
      attribute_display_name: 'Order',
      attribute_key: 'order_id',
    });
    expect(res.body).toMatchObject({
      attribute_display_type: 'text',
      attribute_model: 'conversation_attribute',
      attribute_values: [],
    });
    const byNumber = await define({
      attribute_display_name: 'Score',
      attribute_key: 'score',
      attribute_display_type: 1,
      attribute_model: 1,
    });
    expect(byNumber.body).toMatchObject({
      attribute_display_type: 'number',
      attribute_model: 'contact_attribute',
    });
  });

  it('rejects missing names, bad keys, duplicates per model, and standard attribute keys', async () => {
    const blank = await define({ attribute_display_name: '' });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({
      message:
        "Attribute display name can't be blank, Attribute key can't be blank, Attribute key must only contain letters, numbers, underscores, hyphens, and dots",
      attributes: ['attribute_display_name', 'attribute_key'],
    });
    const spaced = await define({ attribute_display_name: 'X', attribute_key: 'two words' });
    expect(spaced.body).toEqual({
      message: 'Attribute key must only contain letters, numbers, underscores, hyphens, and dots',
      attributes: ['attribute_key'],
    });
    const standard = await define({
      attribute_display_name: 'Email',
      attribute_key: 'email',
      attribute_model: 1,
    });
    expect(standard.status).toBe(422);
    expect(standard.body).toEqual({
      message: 'Attribute key The provided key is not allowed as it might conflict with default attributes.',
      attributes: ['attribute_key'],
    });
    // `email` is not a standard conversation attribute, and keys are unique per model only.
    expect((await define({ attribute_display_name: 'E', attribute_key: 'email' })).status).toBe(200);
    expect((await define({ attribute_display_name: 'R', attribute_key: 'region' })).status).toBe(200);
    expect(
      (await define({ attribute_display_name: 'R', attribute_key: 'region', attribute_model: 1 })).status,
    ).toBe(200);
    const taken = await define({ attribute_display_name: 'R2', attribute_key: 'region' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({
      message: 'Attribute key has already been taken',
      attributes: ['attribute_key'],
    });
  });

  it('rejects an unknown display type, and a body without the parameter', async () => {
    const type = await define({
      attribute_display_name: 'X',
      attribute_key: 'x',
      attribute_display_type: 'color',
    });
    expect(type.status).toBe(422);
    expect(type.body.attributes).toEqual(['attribute_display_type']);
    const missing = await send('post', '/custom_attribute_definitions', {});
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({
      error: 'param is missing or the value is empty: custom_attribute_definition',
    });
    expect((await get('/custom_attribute_definitions')).body).toEqual(seeded);
  });

  it('is for administrators only (chatwoot/chatwoot#14392)', async () => {
    const res = await define({ attribute_display_name: 'X', attribute_key: 'x' }).set(
      'api_access_token',
      AGENT,
    );
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NOT_ALLOWED);
    expect((await get('/custom_attribute_definitions')).body).toEqual(seeded);
  });
});

describe('GET /custom_attribute_definitions', () => {
  beforeEach(async () => {
    await define({
      attribute_display_name: 'Tier',
      attribute_key: 'tier',
      attribute_model: 'contact_attribute',
    });
    await define({ attribute_display_name: 'Order', attribute_key: 'order_ref' });
  });

  it('lists both models by default, as a plain array in id order, to agents', async () => {
    const res = await get('/custom_attribute_definitions');
    expect(res.status).toBe(200);
    expect(keys(res.body)).toEqual([...seededKeys(), 'tier', 'order_ref']);
  });

  it('filters by attribute_model, by name or number; anything else matches nothing', async () => {
    const contact = await get('/custom_attribute_definitions?attribute_model=contact_attribute');
    expect(keys(contact.body)).toEqual([...seededKeys('contact_attribute'), 'tier']);
    const conversation = await get('/custom_attribute_definitions?attribute_model=0');
    expect(keys(conversation.body)).toEqual([...seededKeys('conversation_attribute'), 'order_ref']);
    expect((await get('/custom_attribute_definitions?attribute_model=ticket')).body).toEqual([]);
    expect(keys((await get('/custom_attribute_definitions?attribute_model=')).body)).toHaveLength(
      seeded.length + 2,
    );
  });
});

describe('GET /custom_attribute_definitions/{id}', () => {
  it('answers 404 for an unknown id', async () => {
    const res = await get('/custom_attribute_definitions/999');
    expect(res.status).toBe(404);
    expect(res.body).toEqual(NOT_FOUND);
  });
});

describe('PATCH/PUT /custom_attribute_definitions/{id}', () => {
  it('updates (PATCH, PUT), visible afterwards; a standard key is allowed on update', async () => {
    const created = (await define({ attribute_display_name: 'Tier', attribute_key: 'tier' })).body;
    const patched = await send('patch', `/custom_attribute_definitions/${created.id}`, {
      custom_attribute_definition: { attribute_display_name: 'Level', attribute_values: ['a', 'b'] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      attribute_display_name: 'Level',
      attribute_key: 'tier',
      attribute_values: ['a', 'b'],
    });
    expect(patched.body.updated_at > created.updated_at).toBe(true);
    const put = await send('put', `/custom_attribute_definitions/${created.id}`, { attribute_key: 'status' });
    expect(put.status).toBe(200);
    expect(put.body.attribute_key).toBe('status');
    expect((await get(`/custom_attribute_definitions/${created.id}`)).body).toEqual(put.body);
  });

  it('rejects a duplicate key with 422 and keeps the definition', async () => {
    await define({ attribute_display_name: 'A', attribute_key: 'a_key' });
    const b = (await define({ attribute_display_name: 'B', attribute_key: 'b_key' })).body;
    const res = await send('patch', `/custom_attribute_definitions/${b.id}`, { attribute_key: 'a_key' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: 'Attribute key has already been taken',
      attributes: ['attribute_key'],
    });
    expect((await get(`/custom_attribute_definitions/${b.id}`)).body).toEqual(b);
  });

  it('answers 404 for an unknown id and 401 for agents', async () => {
    expect((await send('patch', '/custom_attribute_definitions/999', { attribute_key: 'x' })).status).toBe(
      404,
    );
    const created = (await define({ attribute_display_name: 'A', attribute_key: 'a_key' })).body;
    const agent = await send(
      'put',
      `/custom_attribute_definitions/${created.id}`,
      { attribute_key: 'y' },
      AGENT,
    );
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_ALLOWED);
  });
});

describe('DELETE /custom_attribute_definitions/{id}', () => {
  it('deletes with 204 No Content; the definition is gone', async () => {
    const created = (await define({ attribute_display_name: 'A', attribute_key: 'a_key' })).body;
    const agent = await send('delete', `/custom_attribute_definitions/${created.id}`, undefined, AGENT);
    expect(agent.status).toBe(401);
    const res = await send('delete', `/custom_attribute_definitions/${created.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await get(`/custom_attribute_definitions/${created.id}`)).status).toBe(404);
    expect((await send('delete', `/custom_attribute_definitions/${created.id}`)).status).toBe(404);
  });
});

describe('custom attribute keys in the contact and conversation filters', () => {
  const filter = (resource: 'contacts' | 'conversations', key: string, value: string) =>
    fake.http
      .post(fake.path(`/${resource}/filter`))
      .set('api_access_token', ADMIN)
      .send({
        payload: [{ attribute_key: key, filter_operator: 'equal_to', values: [value], query_operator: null }],
      });

  it('accepts a contact attribute key only once it is defined for contacts', async () => {
    for (const d of seeded.filter((x) => x.attribute_key === 'plan')) {
      await send('delete', `/custom_attribute_definitions/${d.id}`);
    }
    const before = await filter('contacts', 'plan', 'enterprise');
    expect(before.status).toBe(422);
    expect(before.body.error).toMatch(/^Invalid attribute key - \[plan\]/);
    // A conversation attribute of that key does not make it a contact attribute.
    await define({ attribute_display_name: 'Plan', attribute_key: 'plan' });
    expect((await filter('contacts', 'plan', 'enterprise')).status).toBe(422);

    await define({
      attribute_display_name: 'Plan',
      attribute_key: 'plan',
      attribute_model: 'contact_attribute',
    });
    const after = await filter('contacts', 'plan', 'enterprise');
    expect(after.status).toBe(200);
    expect(after.body.payload.length).toBeGreaterThan(0);
    for (const c of after.body.payload) expect(c.custom_attributes.plan).toBe('enterprise');
  });

  it('accepts a conversation attribute key once defined, and refuses it again after deletion', async () => {
    expect((await filter('conversations', 'order_ref', 'A-1')).status).toBe(422);
    const created = (await define({ attribute_display_name: 'Order', attribute_key: 'order_ref' })).body;
    const res = await filter('conversations', 'order_ref', 'A-1');
    expect(res.status).toBe(200);
    expect(res.body.payload).toEqual([]);
    await send('delete', `/custom_attribute_definitions/${created.id}`);
    expect((await filter('conversations', 'order_ref', 'A-1')).status).toBe(422);
  });
});
