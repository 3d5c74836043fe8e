/**
 * Chatwoot's request spec for the automation rules controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/automation_rules_controller_spec.rb
 * at 71b826cdc0c35376a827d2056c5f3622d378886c (see README.md). Each test names the spec's `it`.
 *
 * The spec's administrator is the default world's administrator; its inbox and contact feed no
 * assertion and are not created. The default world seeds no automation rule, so
 * "account.automation_rules.count" is the length of the administrator's list (the index lists active
 * and inactive rules alike). The spec's `create(:automation_rule)` is built through the API with the
 * factory's shape (status condition, four actions). Two of the factory's actions cannot go through the
 * controller as they are: `send_email_to_team` takes a hash of params (the permitted `action_params`
 * is a list of scalars) and `assign_best_agent` is no longer an action upstream's model accepts; a
 * `send_message` and `assign_agent` (its successor) stand in for them.
 */
import { ADMIN, testFake, type TestFake } from '../helpers';

const SPEC = 'automation_rules_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

type Rule = {
  id: number;
  name: string;
  description: string | null;
  active: boolean;
  conditions: unknown[];
  actions: unknown[];
};

const listRules = async (): Promise<Rule[]> => {
  const res = await fake.get('/automation_rules', ADMIN);
  expect(res.status).toBe(200);
  return res.body.payload;
};

/** The spec's factory rule named "Test Automation Rule", created as the administrator. */
const createFactoryRule = async (): Promise<Rule> => {
  const res = await fake.send(
    'post',
    '/automation_rules',
    {
      name: 'Test Automation Rule',
      event_name: 'conversation_status_changed',
      conditions: [
        { attribute_key: 'status', filter_operator: 'equal_to', values: ['resolved'], query_operator: null },
      ],
      actions: [
        { action_name: 'send_message', action_params: ['Look at this high priority conversation'] },
        { action_name: 'assign_team', action_params: [1] },
        { action_name: 'add_label', action_params: ['support', 'priority_customer'] },
        { action_name: 'assign_agent', action_params: [1] },
      ],
    },
    ADMIN,
  );
  expect(res.status).toBe(200);
  return res.body;
};

/** The POST block's `let(:params)`: a conversation_created rule with two conditions and five actions. */
const specParams = () => ({
  name: 'Notify Conversation Created and mark priority query',
  description: 'Notify all administrator about conversation created and mark priority query',
  event_name: 'conversation_created',
  conditions: [
    { attribute_key: 'browser_language', filter_operator: 'equal_to', values: ['en'], query_operator: 'AND' },
    {
      attribute_key: 'country_code',
      filter_operator: 'equal_to',
      values: ['USA', 'UK'],
      query_operator: null,
    },
  ] as object[],
  actions: [
    { action_name: 'send_message', action_params: ['Welcome to the chatwoot platform.'] },
    { action_name: 'assign_team', action_params: [1] },
    { action_name: 'add_label', action_params: ['support', 'priority_customer'] },
    { action_name: 'assign_best_administrator', action_params: [1] },
    {
      action_name: 'update_additional_attributes',
      action_params: [{ intiated_at: '2021-12-03 17:25:26.844536 +0530' }],
    },
  ] as object[],
});

describe(`${SPEC} GET /api/v1/accounts/<account_id>/automation_rules`, () => {
  it(`${SPEC}: when it is an authenticated user, returns all records`, async () => {
    const rule = await createFactoryRule();
    const res = await fake.get('/automation_rules', ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.payload[0].id).toBe(rule.id);
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    // The spec's example sends a POST here (not a GET); replayed as written, and the GET as well.
    const post = await fake.http.post(fake.path('/automation_rules'));
    expect(post.status).toBe(401);
    const get = await fake.http.get(fake.path('/automation_rules'));
    expect(get.status).toBe(401);
  });
});

describe(`${SPEC} POST /api/v1/accounts/<account_id>/automation_rules`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post(fake.path('/automation_rules'));
    expect(res.status).toBe(401);
    expect(await listRules()).toHaveLength(0);
  });

  it(`${SPEC}: when it is an authenticated user, throws an error for unknown attributes in condtions`, async () => {
    expect(await listRules()).toHaveLength(0);
    const params = specParams();
    params.conditions.push({
      attribute_key: 'unknown_attribute',
      filter_operator: 'equal_to',
      values: ['en'],
      query_operator: 'AND',
    });
    const res = await fake.send('post', '/automation_rules', params, ADMIN);
    expect(res.status).toBe(422);
    expect(await listRules()).toHaveLength(0);
  });

  // Skipped: the spec's params carry the actions `assign_best_administrator` and
  // `update_additional_attributes`, which upstream's AutomationRule#json_actions_format (checking
  // `action_name` against ACTIONS_ATTRS) refuses; the spec passed when that check read
  // `obj['attribute_key']` (always nil). The fake follows the newer model and answers 422.
  it.skip(`${SPEC}: when it is an authenticated user, Saves for automation_rules for account with country_code and browser_language conditions`, async () => {
    expect(await listRules()).toHaveLength(0);
    const res = await fake.send('post', '/automation_rules', specParams(), ADMIN);
    expect(res.status).toBe(200);
    expect(await listRules()).toHaveLength(1);
  });

  // Skipped for the same reason: only the conditions are replaced, the unsupported actions remain.
  it.skip(`${SPEC}: when it is an authenticated user, Saves for automation_rules for account with status conditions`, async () => {
    const params = {
      ...specParams(),
      conditions: [
        { attribute_key: 'status', filter_operator: 'equal_to', values: ['resolved'], query_operator: null },
      ],
    };
    expect(await listRules()).toHaveLength(0);
    const res = await fake.send('post', '/automation_rules', params, ADMIN);
    expect(res.status).toBe(200);
    expect(await listRules()).toHaveLength(1);
  });

  // Not ported (SKIPPED.md): "Saves file in the automation actions to send an attachments" and "Saves files
  // in the automation actions to send multiple attachments" upload to POST automation_rules/attach_file and
  // check the rule's ActiveStorage files, which the fake does not keep.
});

describe(`${SPEC} GET /api/v1/accounts/<account_id>/automation_rules/<id>`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const rule = await createFactoryRule();
    const res = await fake.http.get(fake.path(`/automation_rules/${rule.id}`));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns for automation_rule for account`, async () => {
    const rule = await createFactoryRule();
    expect(await listRules()).toHaveLength(1);
    const res = await fake.get(`/automation_rules/${rule.id}`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.payload).toBeTruthy();
    expect(res.body.payload.id).toBe(rule.id);
  });
});

describe(`${SPEC} POST /api/v1/accounts/<account_id>/automation_rules/<id>/clone`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const rule = await createFactoryRule();
    const res = await fake.http.post(fake.path(`/automation_rules/${rule.id}/clone`));
    expect(res.status).toBe(401);
    expect(await listRules()).toHaveLength(1);
  });

  it(`${SPEC}: when it is an authenticated user, returns for cloned automation_rule for account`, async () => {
    const rule = await createFactoryRule();
    expect(await listRules()).toHaveLength(1);
    const res = await fake.send('post', `/automation_rules/${rule.id}/clone`, undefined, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.payload).toBeTruthy();
    expect(res.body.payload.id).not.toBe(rule.id);
    expect(await listRules()).toHaveLength(2);
  });
});

describe(`${SPEC} PATCH /api/v1/accounts/<account_id>/automation_rules/<id>`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const rule = await createFactoryRule();
    const res = await fake.http.patch(fake.path(`/automation_rules/${rule.id}`));
    expect(res.status).toBe(401);
  });

  // Skipped: the spec's update_params set the actions to one `update_additional_attributes` action,
  // which upstream's AutomationRule#json_actions_format refuses (not in ACTIONS_ATTRS); the fake
  // follows the model and answers 422 with "Automation actions update_additional_attributes not
  // supported." (the spec passed when the check read `obj['attribute_key']`, always nil).
  it.skip(`${SPEC}: when it is an authenticated user, returns for cloned automation_rule for account`, async () => {
    const rule = await createFactoryRule();
    const rules = await listRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].actions).toHaveLength(4);
    const res = await fake.send(
      'patch',
      `/automation_rules/${rule.id}`,
      {
        description: 'Update description',
        name: 'Update name',
        conditions: [
          {
            attribute_key: 'browser_language',
            filter_operator: 'equal_to',
            values: ['en'],
            query_operator: 'AND',
          },
        ],
        actions: [
          {
            action_name: 'update_additional_attributes',
            action_params: [{ intiated_at: '2021-12-03 17:25:26.844536 +0530' }],
          },
        ],
      },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.body.payload.name).toBe('Update name');
    expect(res.body.payload.description).toBe('Update description');
    expect(res.body.payload.conditions).toHaveLength(1);
    expect(res.body.payload.actions).toHaveLength(1);
  });

  it(`${SPEC}: when it is an authenticated user, returns for updated active flag for automation_rule`, async () => {
    const rule = await createFactoryRule();
    expect(rule.active).toBe(true);
    const res = await fake.send('patch', `/automation_rules/${rule.id}`, { active: false }, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.payload.active).toBe(false);
    // automation_rule.reload.active
    const shown = await fake.get(`/automation_rules/${rule.id}`, ADMIN);
    expect(shown.status).toBe(200);
    expect(shown.body.payload.active).toBe(false);
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/<account_id>/automation_rules/<id>`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const rule = await createFactoryRule();
    const res = await fake.http.delete(fake.path(`/automation_rules/${rule.id}`));
    expect(res.status).toBe(401);
    expect(await listRules()).toHaveLength(1);
  });

  it(`${SPEC}: when it is an authenticated user, delete the automation_rule for account`, async () => {
    const rule = await createFactoryRule();
    expect(await listRules()).toHaveLength(1);
    const res = await fake.send('delete', `/automation_rules/${rule.id}`, undefined, ADMIN);
    expect(res.status).toBe(200);
    expect(await listRules()).toHaveLength(0);
  });
});
