/**
 * Chatwoot's request spec for the custom attribute definitions controller, replayed over HTTP.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/custom_attribute_definitions_controller_spec.rb
 * at cf8f4345ea56454828740c36741fda5370ceaf18 (see README.md). Each test names the spec's `it`.
 *
 * The spec's `let!(:custom_attribute_definition)` (the factory's conversation attribute) is created
 * through the API as the administrator wherever the spec builds it. The spec's `user` is the factory's
 * default role, an agent; it reads (index, show) as the default world's agent. Its writes (create,
 * update, delete) are sent by the administrator: the fake follows the newer upstream controller, which
 * runs `check_authorization` against CustomAttributeDefinitionPolicy (create/update/destroy for
 * administrators only), so an agent's write is a 401 there (see README.md, version notes).
 * Counts are read relative to the definitions the default world already holds, and "first" as the
 * first of the spec's own definitions in the list (the list is in id order).
 */
import { ADMIN, AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'custom_attribute_definitions_controller_spec.rb';
const BASE = '/custom_attribute_definitions';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

type Definition = {
  id: number;
  attribute_key: string;
  attribute_display_name: string;
  attribute_model: string;
};

const listDefinitions = async (): Promise<Definition[]> => {
  const res = await fake.get(BASE, ADMIN);
  expect(res.status).toBe(200);
  return res.body;
};

/** The spec's factory definition: a text conversation attribute. */
const createFactoryDefinition = async (
  key: string,
  model = 'conversation_attribute',
): Promise<Definition> => {
  const res = await fake.send(
    'post',
    BASE,
    {
      custom_attribute_definition: {
        attribute_display_name: `Attribute ${key}`,
        attribute_key: key,
        attribute_display_type: 'text',
        attribute_model: model,
      },
    },
    ADMIN,
  );
  expect(res.status).toBe(200);
  return res.body;
};

/** The spec's POST payload, as Rails' `params:` sends it: a urlencoded form with bracketed keys. */
const CREATE_FORM = [
  'custom_attribute_definition[attribute_display_name]=Developer+ID',
  'custom_attribute_definition[attribute_key]=developer_id',
  'custom_attribute_definition[attribute_model]=contact_attribute',
  'custom_attribute_definition[attribute_display_type]=text',
  'custom_attribute_definition[default_value]=',
].join('&');

describe(`${SPEC} GET /api/v1/accounts/<account_id>/custom_attribute_definitions`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path(BASE));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all customer attribute definitions related to the account`, async () => {
    const seeded = await listDefinitions();
    const definition = await createFactoryDefinition('spec_conversation_attr');
    await createFactoryDefinition('spec_contact_attr', 'contact_attribute');

    const res = await fake.get(BASE, AGENT);
    expect(res.status).toBe(200);
    // response_body.count eq 2: both models are listed when no attribute_model is given.
    expect(res.body).toHaveLength(seeded.length + 2);
    const own = (res.body as Definition[]).filter((d) => !seeded.some((s) => s.id === d.id));
    expect(own[0].attribute_key).toBe(definition.attribute_key);
  });
});

describe(`${SPEC} GET /api/v1/accounts/<account_id>/custom_attribute_definitions/:id`, () => {
  let definition: Definition;
  beforeEach(async () => {
    definition = await createFactoryDefinition('spec_conversation_attr');
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path(`${BASE}/${definition.id}`));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, shows the custom attribute definition`, async () => {
    const res = await fake.get(`${BASE}/${definition.id}`, AGENT);
    expect(res.status).toBe(200);
    expect(res.text).toContain(definition.attribute_key);
  });
});

describe(`${SPEC} POST /api/v1/accounts/<account_id>/custom_attribute_definitions`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const before = await listDefinitions();
    const res = await fake.http.post(fake.path(BASE)).type('form').send(CREATE_FORM);
    expect(res.status).toBe(401);
    expect(await listDefinitions()).toHaveLength(before.length);
  });

  it(`${SPEC}: when it is an authenticated user, creates the filter`, async () => {
    const before = await listDefinitions();
    const res = await fake.http
      .post(fake.path(BASE))
      .set('api_access_token', ADMIN)
      .type('form')
      .send(CREATE_FORM);
    expect(res.status).toBe(200);
    const after = await listDefinitions();
    expect(after).toHaveLength(before.length + 1);
    expect(res.body.attribute_key).toBe('developer_id');
  });
});

describe(`${SPEC} PATCH /api/v1/accounts/<account_id>/custom_attribute_definitions/:id`, () => {
  const payload = {
    custom_attribute_definition: { attribute_display_name: 'Developer ID', attribute_key: 'developer_id' },
  };
  let definition: Definition;
  beforeEach(async () => {
    definition = await createFactoryDefinition('spec_conversation_attr');
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.put(fake.path(`${BASE}/${definition.id}`)).send(payload);
    expect(res.status).toBe(401);
    // Beyond the spec: nothing changed.
    const shown = await fake.get(`${BASE}/${definition.id}`, ADMIN);
    expect(shown.body.attribute_key).toBe('spec_conversation_attr');
  });

  it(`${SPEC}: when it is an authenticated user, updates the custom attribute definition`, async () => {
    const res = await fake.send('patch', `${BASE}/${definition.id}`, payload, ADMIN);
    expect(res.status).toBe(200);
    // The spec's reload: read the record back.
    const reloaded = await fake.get(`${BASE}/${definition.id}`, ADMIN);
    expect(reloaded.status).toBe(200);
    expect(reloaded.body.attribute_display_name).toBe('Developer ID');
    expect(reloaded.body.attribute_key).toBe('developer_id');
    expect(reloaded.body.attribute_model).toBe('conversation_attribute');
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/<account_id>/custom_attribute_definitions/:id`, () => {
  let definition: Definition;
  beforeEach(async () => {
    definition = await createFactoryDefinition('spec_conversation_attr');
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.delete(fake.path(`${BASE}/${definition.id}`));
    expect(res.status).toBe(401);
    // Beyond the spec: the definition is still there.
    expect((await listDefinitions()).map((d) => d.id)).toContain(definition.id);
  });

  it(`${SPEC}: when it is an authenticated admin user, deletes custom attribute`, async () => {
    const before = await listDefinitions();
    const res = await fake.send('delete', `${BASE}/${definition.id}`, undefined, ADMIN);
    expect(res.status).toBe(204);
    // account.custom_attribute_definitions.count is 0: one fewer than before, the deleted id gone.
    const after = await listDefinitions();
    expect(after).toHaveLength(before.length - 1);
    expect(after.map((d) => d.id)).not.toContain(definition.id);
  });
});
