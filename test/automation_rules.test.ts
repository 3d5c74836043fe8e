import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const RULE = {
  name: 'Tag VIP conversations',
  description: 'Label conversations from the enterprise plan',
  event_name: 'conversation_created',
  conditions: [
    { attribute_key: 'browser_language', filter_operator: 'equal_to', values: ['en'], query_operator: 'AND' },
    {
      attribute_key: 'country_code',
      filter_operator: 'equal_to',
      values: ['US', 'UK'],
      query_operator: null,
    },
  ],
  actions: [
    { action_name: 'add_label', action_params: ['vip'] },
    { action_name: 'assign_team', action_params: [1] },
  ],
};

const admin = (req: any) => req.set('api_access_token', ADMIN);
const create = (body: object) => admin(fake.http.post(fake.path('/automation_rules'))).send(body);
const list = () => admin(fake.http.get(fake.path('/automation_rules')));

describe('automation rules', () => {
  it('creates a rule (rendered at top level) and lists it under payload', async () => {
    const res = await create(RULE);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 1,
      account_id: 1,
      ...RULE,
      created_on: expect.any(Number),
      active: true,
    });
    const index = await list();
    expect(index.status).toBe(200);
    expect(index.body.payload).toEqual([res.body]);
  });

  it('shows a rule wrapped in payload', async () => {
    const { body } = await create({ ...RULE, active: false });
    const res = await admin(fake.http.get(fake.path(`/automation_rules/${body.id}`)));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ payload: { ...body, active: false } });
  });

  it('refuses unknown condition attributes and actions with the errors hash', async () => {
    const res = await create({
      ...RULE,
      conditions: [
        { attribute_key: 'shoe_size', filter_operator: 'equal_to', values: ['42'], query_operator: null },
      ],
      actions: [{ action_name: 'launch_rocket', action_params: [] }],
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: {
        conditions: ['Automation conditions shoe_size not supported.'],
        actions: ['Automation actions launch_rocket not supported.'],
      },
    });
    expect((await list()).body.payload).toEqual([]);
  });

  it('checks query operators: one condition at most without one, only AND/OR', async () => {
    const res = await create({
      ...RULE,
      conditions: [
        { attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: 'xor' },
        { attribute_key: 'city', filter_operator: 'equal_to', values: ['Paris'] },
        { attribute_key: 'company', filter_operator: 'equal_to', values: ['Acme'] },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: {
        conditions: [
          'Automation conditions should have query operator.',
          'Query operator must be either "AND" or "OR"',
        ],
      },
    });
    const lower = await create({
      ...RULE,
      conditions: [{ ...RULE.conditions[0], query_operator: 'or' }, RULE.conditions[1]],
    });
    expect(lower.status).toBe(200);
  });

  it("accepts the account's custom attribute keys as conditions", async () => {
    fake.store.tables.customAttributeDefinitions.insert({
      account_id: 1,
      attribute_display_name: 'Plan',
      attribute_display_type: 'text',
      attribute_description: null,
      attribute_key: 'plan',
      attribute_model: 'contact_attribute',
      attribute_values: [],
      regex_pattern: null,
      regex_cue: null,
      default_value: null,
      created_at: 0,
      updated_at: 0,
    });
    const res = await create({
      ...RULE,
      conditions: [{ attribute_key: 'plan', filter_operator: 'equal_to', values: ['enterprise'] }],
    });
    expect(res.status).toBe(200);
  });

  it('refuses a send_attachment action whose blob is unknown', async () => {
    const res = await create({ ...RULE, actions: [{ action_name: 'send_attachment', action_params: [42] }] });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'Invalid attachment' });
  });

  it('answers 422 (where Rails answers 500) when NOT NULL columns are missing, creating nothing', async () => {
    const res = await create({
      description: 'no name',
      event_name: 'message_created',
      conditions: [],
      actions: [],
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: { name: ["can't be blank"] } });
    const noConditions = await create({ ...RULE, conditions: undefined, event_name: null });
    expect(noConditions.status).toBe(422);
    expect(noConditions.body).toEqual({
      error: { event_name: ["can't be blank"], conditions: ["can't be blank"] },
    });
    const badOperator = await create({
      ...RULE,
      conditions: [{ attribute_key: 'status', filter_operator: 'equal_to', values: [], query_operator: 7 }],
    });
    expect(badOperator.status).toBe(422);
    expect(badOperator.body).toEqual({
      error: { conditions: ['Query operator must be either "AND" or "OR"'] },
    });
    expect((await list()).body.payload).toEqual([]);
  });

  it('updates name, active and conditions (PATCH and PUT) and answers in payload', async () => {
    const { body } = await create(RULE);
    const res = await admin(fake.http.patch(fake.path(`/automation_rules/${body.id}`))).send({
      name: 'Renamed',
      active: false,
      conditions: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['resolved'] }],
    });
    expect(res.status).toBe(200);
    expect(res.body.payload).toMatchObject({
      name: 'Renamed',
      active: false,
      conditions: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['resolved'] }],
      actions: RULE.actions,
    });
    const put = await admin(fake.http.put(fake.path(`/automation_rules/${body.id}`))).send({
      description: null,
    });
    expect(put.status).toBe(200);
    expect(put.body.payload.description).toBeNull();
    const shown = await admin(fake.http.get(fake.path(`/automation_rules/${body.id}`)));
    expect(shown.body.payload).toMatchObject({ name: 'Renamed', active: false, description: null });
  });

  it('answers 422 with the errors hash when an update is invalid, leaving the rule unchanged', async () => {
    const { body } = await create(RULE);
    const res = await admin(fake.http.patch(fake.path(`/automation_rules/${body.id}`))).send({
      name: 'Nope',
      actions: [{ action_name: 'explode' }],
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: { actions: ['Automation actions explode not supported.'] } });
    const nulled = await admin(fake.http.patch(fake.path(`/automation_rules/${body.id}`))).send({
      name: null,
    });
    expect(nulled.status).toBe(422);
    expect(nulled.body).toEqual({ error: {} });
    const shown = await admin(fake.http.get(fake.path(`/automation_rules/${body.id}`)));
    expect(shown.body.payload.name).toBe(RULE.name);
  });

  it('clones a rule into a new one', async () => {
    const { body } = await create(RULE);
    const res = await admin(fake.http.post(fake.path(`/automation_rules/${body.id}/clone`)));
    expect(res.status).toBe(200);
    expect(res.body.payload).toEqual({ ...body, id: body.id + 1, created_on: expect.any(Number) });
    expect((await list()).body.payload.map((r: { id: number }) => r.id)).toEqual([body.id, body.id + 1]);
  });

  it('deletes a rule', async () => {
    const { body } = await create(RULE);
    const res = await admin(fake.http.delete(fake.path(`/automation_rules/${body.id}`)));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await list()).body.payload).toEqual([]);
  });

  it('answers 404 for unknown rule ids (Rails: find_by, then a 500 on nil)', async () => {
    for (const res of [
      await admin(fake.http.get(fake.path('/automation_rules/99'))),
      await admin(fake.http.patch(fake.path('/automation_rules/99'))).send({ name: 'x' }),
      await admin(fake.http.delete(fake.path('/automation_rules/99'))),
      await admin(fake.http.post(fake.path('/automation_rules/99/clone'))),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: 'Resource could not be found' });
    }
  });

  it('is for administrators only', async () => {
    const res = await fake.http.get(fake.path('/automation_rules')).set('api_access_token', AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    const post = await fake.http
      .post(fake.path('/automation_rules'))
      .set('api_access_token', AGENT)
      .send(RULE);
    expect(post.status).toBe(401);
  });

  it('answers 404 for an unknown account', async () => {
    const res = await fake.http.get('/api/v1/accounts/999/automation_rules').set('api_access_token', ADMIN);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
  });
});
