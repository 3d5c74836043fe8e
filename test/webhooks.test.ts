import { ADMIN, AGENT, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const SEEDED = {
  id: 1,
  name: 'Acme CRM sync',
  url: 'http://127.0.0.1:9/acme-crm/webhook',
  account_id: 1,
  subscriptions: [
    'conversation_created',
    'conversation_status_changed',
    'message_created',
    'contact_created',
  ],
  secret: 'acmeWebhookSecret00000001',
};

const list = () => fake.http.get(fake.path('/webhooks')).set('api_access_token', ADMIN);
const create = (body: object) =>
  fake.http.post(fake.path('/webhooks')).set('api_access_token', ADMIN).send(body);

describe('GET /webhooks', () => {
  it('wraps the list in payload.webhooks, with the secret and no inbox key for account webhooks', async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ payload: { webhooks: [SEEDED] } });
  });

  it('has no route for a single webhook', async () => {
    const res = await fake.http.get(fake.path('/webhooks/1')).set('api_access_token', ADMIN);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ status: 404, error: 'Not Found' });
  });
});

describe('POST /webhooks', () => {
  it('creates from a wrapped body, generates a secret, and lists it after the seeded one', async () => {
    const res = await create({
      webhook: { url: 'https://hooks.example.test/a', subscriptions: ['message_created'], name: 'A' },
    });
    expect(res.status).toBe(200);
    const webhook = res.body.payload.webhook;
    expect(webhook).toEqual({
      id: 2,
      name: 'A',
      url: 'https://hooks.example.test/a',
      account_id: 1,
      subscriptions: ['message_created'],
      secret: expect.stringMatching(/^[A-Za-z0-9]{24}$/),
    });
    expect(webhook.secret).not.toBe(SEEDED.secret);
    const after = await list();
    expect(after.body.payload.webhooks.map((w: { id: number }) => w.id)).toEqual([1, 2]);
    expect(after.body.payload.webhooks[1]).toEqual(webhook);
  });

  it('accepts a flat body; name is optional (null) and omitted subscriptions get the column default', async () => {
    const res = await create({ url: 'http://hooks.example.test/flat' });
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook).toMatchObject({
      name: null,
      url: 'http://hooks.example.test/flat',
      subscriptions: [
        'conversation_status_changed',
        'conversation_updated',
        'conversation_created',
        'contact_created',
        'contact_updated',
        'message_created',
        'message_updated',
        'webwidget_triggered',
      ],
    });
    const nulls = await create({ url: 'http://hooks.example.test/null', subscriptions: null });
    expect(nulls.status).toBe(200);
    expect(nulls.body.payload.webhook.subscriptions).toHaveLength(8);
  });

  it('shows the inbox {id, name} when inbox_id names an inbox', async () => {
    const res = await create({
      webhook: {
        url: 'https://hooks.example.test/inbox',
        subscriptions: ['conversation_created'],
        inbox_id: 2,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook.inbox).toEqual({ id: 2, name: 'Acme Mobile App' });
    const after = await list();
    expect(after.body.payload.webhooks[1].inbox).toEqual({ id: 2, name: 'Acme Mobile App' });
  });

  it('stores an inbox_id that names no inbox, as Chatwoot does (no validation), without an inbox key', async () => {
    const res = await create({ url: 'https://hooks.example.test/ghost', inbox_id: 999 });
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook).not.toHaveProperty('inbox');
    expect(fake.store.tables.webhooks.get(res.body.payload.webhook.id)!.inbox_id).toBe(999);
  });

  it('accepts a urlencoded form with subscriptions[]', async () => {
    const res = await fake.http
      .post(fake.path('/webhooks'))
      .set('api_access_token', ADMIN)
      .type('form')
      .send(
        'webhook[url]=https%3A%2F%2Fform.example.test&webhook[subscriptions][]=contact_created&webhook[subscriptions][]=contact_updated',
      );
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook).toMatchObject({
      url: 'https://form.example.test',
      subscriptions: ['contact_created', 'contact_updated'],
    });
  });

  describe('validation (422, nothing created)', () => {
    const cases: [string, object, object][] = [
      [
        'a url that is not http(s)',
        { url: 'ftp://files.example.test' },
        { message: 'Url is invalid', attributes: ['url'] },
      ],
      [
        'a javascript: url',
        { url: 'javascript:alert(1)' },
        { message: 'Url is invalid', attributes: ['url'] },
      ],
      ['a missing url', { name: 'no url' }, { message: 'Url is invalid', attributes: ['url'] }],
      [
        'a url already used in the account',
        { url: SEEDED.url },
        { message: 'Url has already been taken', attributes: ['url'] },
      ],
      [
        'empty subscriptions',
        { url: 'https://hooks.example.test/x', subscriptions: [] },
        { message: 'Subscriptions Invalid events', attributes: ['subscriptions'] },
      ],
      [
        'an unknown event',
        {
          url: 'https://hooks.example.test/x',
          subscriptions: ['message_created', 'conversation_random_event'],
        },
        { message: 'Subscriptions Invalid events', attributes: ['subscriptions'] },
      ],
      [
        'a bad url and bad events together',
        { url: 'nope', subscriptions: ['nope'] },
        { message: 'Url is invalid, Subscriptions Invalid events', attributes: ['url', 'subscriptions'] },
      ],
    ];
    it.each(cases)('rejects %s', async (_name, body, expected) => {
      const res = await create({ webhook: body });
      expect(res.status).toBe(422);
      expect(res.body).toEqual(expected);
      expect((await list()).body).toEqual({ payload: { webhooks: [SEEDED] } });
    });

    it('rejects a body without webhook params (ParameterMissing)', async () => {
      const res = await create({ unrelated: true });
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ error: 'param is missing or the value is empty: webhook' });
      expect((await list()).body.payload.webhooks).toHaveLength(1);
    });
  });
});

describe('PATCH and PUT /webhooks/{id}', () => {
  it('updates name and subscriptions, answering payload.webhook; the list shows the change', async () => {
    const res = await fake.http
      .patch(fake.path('/webhooks/1'))
      .set('api_access_token', ADMIN)
      .send({ webhook: { name: 'Renamed', subscriptions: ['contact_updated'] } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      payload: { webhook: { ...SEEDED, name: 'Renamed', subscriptions: ['contact_updated'] } },
    });
    expect((await list()).body.payload.webhooks[0]).toMatchObject({
      name: 'Renamed',
      subscriptions: ['contact_updated'],
      secret: SEEDED.secret,
    });
  });

  it('PUT does the same with a flat body', async () => {
    const res = await fake.http
      .put(fake.path('/webhooks/1'))
      .set('api_access_token', ADMIN)
      .send({ name: 'Via PUT' });
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook).toEqual({ ...SEEDED, name: 'Via PUT' });
    expect((await list()).body.payload.webhooks[0].name).toBe('Via PUT');
  });

  it('ignores url and inbox_id on update (not permitted by the newest controller)', async () => {
    const res = await fake.http
      .patch(fake.path('/webhooks/1'))
      .set('api_access_token', ADMIN)
      .send({ webhook: { url: 'https://elsewhere.example.test', inbox_id: 2, name: 'Still here' } });
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook).toEqual({ ...SEEDED, name: 'Still here' });
  });

  it('rejects empty or unknown subscriptions with 422 and leaves the webhook unchanged', async () => {
    for (const subscriptions of [[], ['message_created', 'bogus']]) {
      const res = await fake.http
        .patch(fake.path('/webhooks/1'))
        .set('api_access_token', ADMIN)
        .send({ webhook: { name: 'Should not stick', subscriptions } });
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ message: 'Subscriptions Invalid events', attributes: ['subscriptions'] });
    }
    expect((await list()).body).toEqual({ payload: { webhooks: [SEEDED] } });
  });

  it('rejects an update without webhook params', async () => {
    const res = await fake.http.patch(fake.path('/webhooks/1')).set('api_access_token', ADMIN).send({});
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'param is missing or the value is empty: webhook' });
  });

  it('answers 404 for an unknown id and for a webhook of another account', async () => {
    const other = fake.store.tables.webhooks.insert({
      account_id: 99,
      inbox_id: null,
      name: null,
      url: 'https://other.example.test',
      subscriptions: ['message_created'],
      secret: 'x',
      created_at: 0,
    });
    for (const id of [42, other.id]) {
      const res = await fake.http
        .patch(fake.path(`/webhooks/${id}`))
        .set('api_access_token', ADMIN)
        .send({ name: 'x' });
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: 'Resource could not be found' });
    }
  });
});

describe('DELETE /webhooks/{id}', () => {
  it('deletes with an empty 200; the webhook is gone from the list and its url is free again', async () => {
    const res = await fake.http.delete(fake.path('/webhooks/1')).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await list()).body).toEqual({ payload: { webhooks: [] } });
    expect((await create({ url: SEEDED.url })).status).toBe(200);
  });

  it('answers 404 for an unknown id, and again for a deleted one', async () => {
    expect((await fake.http.delete(fake.path('/webhooks/42')).set('api_access_token', ADMIN)).status).toBe(
      404,
    );
    await fake.http.delete(fake.path('/webhooks/1')).set('api_access_token', ADMIN);
    const again = await fake.http.delete(fake.path('/webhooks/1')).set('api_access_token', ADMIN);
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ error: 'Resource could not be found' });
  });
});

describe('authorisation', () => {
  const calls: [string, (token: string) => any][] = [
    ['list', (t) => fake.http.get(fake.path('/webhooks')).set('api_access_token', t)],
    [
      'create',
      (t) =>
        fake.http
          .post(fake.path('/webhooks'))
          .set('api_access_token', t)
          .send({ url: 'https://agent.example.test' }),
    ],
    [
      'update',
      (t) => fake.http.patch(fake.path('/webhooks/1')).set('api_access_token', t).send({ name: 'x' }),
    ],
    [
      'replace',
      (t) => fake.http.put(fake.path('/webhooks/1')).set('api_access_token', t).send({ name: 'x' }),
    ],
    ['delete', (t) => fake.http.delete(fake.path('/webhooks/1')).set('api_access_token', t)],
    // The policy runs before the lookup: an agent gets 401 even for an unknown id.
    ['delete unknown', (t) => fake.http.delete(fake.path('/webhooks/42')).set('api_access_token', t)],
  ];

  it.each(calls)('an agent gets 401 on %s, and nothing changes', async (_name, call) => {
    const res = await call(AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    expect((await list()).body).toEqual({ payload: { webhooks: [SEEDED] } });
  });

  it('an agent bot gets the bots 401', async () => {
    const res = await fake.http.get(fake.path('/webhooks')).set('api_access_token', BOT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
  });

  it('no token gets the Devise 401 whatever the body', async () => {
    const res = await fake.http.post(fake.path('/webhooks')).send({ url: 'nope' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
  });
});
