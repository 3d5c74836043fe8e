import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const admin = (req: any) => req.set('api_access_token', ADMIN);
const apps = (token = ADMIN) => fake.http.get(fake.path('/integrations/apps')).set('api_access_token', token);
const createHook = (body: object) => admin(fake.http.post(fake.path('/integrations/hooks'))).send(body);
const appOf = (body: any, id: string) => body.payload.find((a: { id: string }) => a.id === id);

describe('integration apps', () => {
  it('lists the apps a community install has, in apps.yml order', async () => {
    const res = await apps();
    expect(res.status).toBe(200);
    expect(res.body.payload.map((a: { id: string }) => a.id)).toEqual([
      'webhook',
      'dashboard_apps',
      'openai',
      'dialogflow',
      'google_translate',
      'dyte',
    ]);
    // The seeded account has a webhook, so the webhook app is enabled; no hooks yet.
    expect(appOf(res.body, 'webhook')).toMatchObject({
      name: 'Webhooks',
      enabled: true,
      hooks: [],
      action: '/webhook',
    });
    expect(appOf(res.body, 'openai')).toMatchObject({
      name: 'OpenAI',
      short_description: 'AI-powered reply suggestions, summarization, and message enhancement.',
      enabled: false,
      logo: 'openai.png',
      hook_type: 'account',
      allow_multiple_hooks: false,
      settings_json_schema: { required: ['api_key'] },
      button: '/openai',
    });
    expect(appOf(res.body, 'dashboard_apps')).toMatchObject({ action: null, short_description: null });
  });

  it('shows agents a reduced view, without configuration or hook settings', async () => {
    await createHook({ app_id: 'openai', settings: { api_key: 'sk-test' } });
    const res = await apps(AGENT);
    expect(res.status).toBe(200);
    const openai = appOf(res.body, 'openai');
    expect(Object.keys(openai).sort()).toEqual([
      'description',
      'enabled',
      'hooks',
      'id',
      'name',
      'short_description',
    ]);
    expect(openai.hooks[0]).not.toHaveProperty('settings');
  });

  it('lists LeadSquared only for accounts with the crm_integration feature', async () => {
    const account = fake.store.tables.accounts.get(1)!;
    fake.store.tables.accounts.update(1, { features: { ...account.features, crm_integration: true } });
    expect(appOf((await apps()).body, 'leadsquared')).toMatchObject({ feature_flag: 'crm_integration' });
  });

  it('shows one app, active or not; an unknown app id is a 404 (a 500 in Rails)', async () => {
    const res = await admin(fake.http.get(fake.path('/integrations/apps/slack')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'slack',
      name: 'Slack',
      enabled: false,
      action: expect.stringContaining('redirect_uri=/app/accounts/1/settings/integrations/slack'),
    });
    const unknown = await admin(fake.http.get(fake.path('/integrations/apps/myspace')));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'Resource could not be found' });
  });
});

describe('integration hooks', () => {
  it('creates a hook; the app becomes enabled and lists it', async () => {
    const res = await createHook({ hook: { app_id: 'openai', settings: { api_key: 'sk-test' } } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 1,
      app_id: 'openai',
      status: true,
      inbox: null,
      account_id: 1,
      hook_type: 'account',
      settings: {}, // filtered_settings: openai lists no visible property, the API key never leaves
    });
    const openai = appOf((await apps()).body, 'openai');
    expect(openai.enabled).toBe(true);
    expect(openai.hooks).toEqual([res.body]);
  });

  it('creates inbox hooks (dialogflow) with the inbox, several per account', async () => {
    const settings = { project_id: 'acme-bot', credentials: { type: 'service_account' } };
    const res = await createHook({ app_id: 'dialogflow', inbox_id: 1, settings });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ hook_type: 'inbox', inbox: { id: 1, name: 'Acme Website' } });
    expect((await createHook({ app_id: 'dialogflow', inbox_id: 2, settings })).status).toBe(200);
    const missing = await createHook({ app_id: 'dialogflow', settings });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ message: "Inbox can't be blank", attributes: ['inbox_id'] });
  });

  it('validates settings against the app schema and one hook per single-hook app', async () => {
    const bad = await createHook({ app_id: 'openai', settings: { key: 'nope' } });
    expect(bad.status).toBe(422);
    expect(bad.body).toEqual({ message: 'Settings : Invalid settings data', attributes: ['settings'] });
    expect((await createHook({ app_id: 'openai', settings: { api_key: 'a' } })).status).toBe(200);
    const again = await createHook({ app_id: 'openai', settings: { api_key: 'b' } });
    expect(again.status).toBe(422);
    expect(again.body).toEqual({ message: 'App has already been taken', attributes: ['app_id'] });
  });

  it('refuses a feature-flagged app when the account lacks the feature', async () => {
    const res = await createHook({ app_id: 'leadsquared', settings: { access_key: 'a', secret_key: 'b' } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Feature flag Feature not enabled', attributes: ['feature_flag'] });
  });

  it('needs the hook parameters', async () => {
    const res = await createHook({});
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'param is missing or the value is empty: hook' });
  });

  it('updates status and settings (PATCH and PUT), nothing else', async () => {
    const { body } = await createHook({ app_id: 'openai', settings: { api_key: 'a' } });
    const res = await admin(fake.http.patch(fake.path(`/integrations/hooks/${body.id}`))).send({
      hook: { status: 'disabled', settings: { api_key: 'b' }, app_id: 'dyte' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ app_id: 'openai', status: false, settings: {} });
    expect(fake.store.tables.integrationHooks.get(body.id)!.settings).toEqual({ api_key: 'b' });
    const put = await admin(fake.http.put(fake.path(`/integrations/hooks/${body.id}`))).send({
      status: 'enabled',
    });
    expect(put.body.status).toBe(true);
    const invalid = await admin(fake.http.patch(fake.path(`/integrations/hooks/${body.id}`))).send({
      settings: { api_key: 1 },
    });
    expect(invalid.status).toBe(422);
    expect(fake.store.tables.integrationHooks.get(body.id)!.settings).toEqual({ api_key: 'b' });
    const bogus = await admin(fake.http.patch(fake.path(`/integrations/hooks/${body.id}`))).send({
      status: 'paused',
    });
    expect(bogus.status).toBe(422); // Rails: ArgumentError from the enum, a 500
    expect(bogus.body).toEqual({ message: 'Status is not included in the list', attributes: ['status'] });
    expect(appOf((await apps()).body, 'openai').hooks[0].status).toBe(true);
  });

  it('deletes a hook; the app is disabled again', async () => {
    const { body } = await createHook({ app_id: 'openai', settings: { api_key: 'a' } });
    const res = await admin(fake.http.delete(fake.path(`/integrations/hooks/${body.id}`)));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(appOf((await apps()).body, 'openai')).toMatchObject({ enabled: false, hooks: [] });
    expect((await admin(fake.http.delete(fake.path(`/integrations/hooks/${body.id}`)))).status).toBe(404);
  });

  it('answers 404 for unknown hooks and 401 for agents', async () => {
    const res = await admin(fake.http.patch(fake.path('/integrations/hooks/77'))).send({ status: 'enabled' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
    const agent = await fake.http
      .post(fake.path('/integrations/hooks'))
      .set('api_access_token', AGENT)
      .send({ app_id: 'openai', settings: { api_key: 'a' } });
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual({ error: 'You are not authorized to do this action' });
  });
});
