/**
 * Chatwoot's request spec for the webhooks controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/webhook_controller_spec.rb
 * at 34043613b5a4423f36c25800df18829970df3764 (see README.md). Each test names the spec's `it`.
 *
 * The spec's lazy `let(:webhook)` (an inbox webhook on https://hello.com named "My Webhook") is only
 * built by the examples that name it (PUT and DELETE); here it is created through the API as the
 * administrator in those blocks only, so the POST examples can still use https://hello.com.
 * The spec's `inbox` is the default world's first inbox. The default world also seeds one account
 * webhook, so "account.webhooks.count" is read as the length of the administrator's list, and the
 * spec's "count is 0 after delete" as "one fewer than before, and the deleted id is gone".
 * All bodies are sent as flat JSON (`as: :json`); Rails' wrap_parameters lifts them into `webhook`.
 */
import { ADMIN, AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'webhook_controller_spec.rb';

const DEFAULT_SUBSCRIPTIONS = [
  'conversation_status_changed',
  'conversation_updated',
  'conversation_created',
  'contact_created',
  'contact_updated',
  'message_created',
  'message_updated',
  'webwidget_triggered',
];

let fake: TestFake;
let inboxId: number;
beforeAll(async () => {
  fake = await testFake();
  const inboxes = await fake.get('/inboxes', ADMIN);
  expect(inboxes.status).toBe(200);
  inboxId = inboxes.body.payload[0].id;
});
beforeEach(() => fake.reset());

type Webhook = { id: number; name: string | null; url: string };

const listWebhooks = async (): Promise<Webhook[]> => {
  const res = await fake.get('/webhooks', ADMIN);
  expect(res.status).toBe(200);
  return res.body.payload.webhooks;
};

/** The spec's `let(:webhook)`, built on first use in the PUT and DELETE blocks. */
const createSpecWebhook = async (): Promise<Webhook> => {
  const res = await fake.send(
    'post',
    '/webhooks',
    { inbox_id: inboxId, url: 'https://hello.com', name: 'My Webhook' },
    ADMIN,
  );
  expect(res.status).toBe(200);
  return res.body.payload.webhook;
};

describe(`${SPEC} GET /api/v1/accounts/<account_id>/webhooks`, () => {
  it(`${SPEC}: when it is an authenticated agent, returns unauthorized`, async () => {
    const res = await fake.get('/webhooks', AGENT);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated admin user, gets all webhook`, async () => {
    const res = await fake.get('/webhooks', ADMIN);
    expect(res.status).toBe(200);
    // account.webhooks.count: the default world seeds one; a created one is counted too.
    expect(res.body.payload.webhooks).toHaveLength(1);
    await createSpecWebhook();
    const again = await fake.get('/webhooks', ADMIN);
    expect(again.status).toBe(200);
    expect(again.body.payload.webhooks).toHaveLength(2);
  });
});

describe(`${SPEC} POST /api/v1/accounts/<account_id>/webhooks`, () => {
  it(`${SPEC}: when it is an authenticated agent, returns unauthorized`, async () => {
    const before = (await listWebhooks()).length;
    const res = await fake.send('post', '/webhooks', undefined, AGENT);
    expect(res.status).toBe(401);
    expect(await listWebhooks()).toHaveLength(before);
  });

  it(`${SPEC}: when it is an authenticated admin user, creates webhook`, async () => {
    const res = await fake.send(
      'post',
      '/webhooks',
      { account_id: fake.accountId, inbox_id: inboxId, url: 'https://hello.com' },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook.url).toBe('https://hello.com');
  });

  it(`${SPEC}: when it is an authenticated admin user, creates webhook with name`, async () => {
    const res = await fake.send(
      'post',
      '/webhooks',
      { account_id: fake.accountId, inbox_id: inboxId, url: 'https://hello.com', name: 'My Webhook' },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook.name).toBe('My Webhook');
  });

  it(`${SPEC}: when it is an authenticated admin user, throws error when invalid url provided`, async () => {
    const before = (await listWebhooks()).length;
    const res = await fake.send(
      'post',
      '/webhooks',
      { account_id: fake.accountId, inbox_id: inboxId, url: 'javascript:alert(1)' },
      ADMIN,
    );
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Url is invalid');
    expect(await listWebhooks()).toHaveLength(before);
  });

  it(`${SPEC}: when it is an authenticated admin user, throws error if subscription events are invalid`, async () => {
    const res = await fake.send(
      'post',
      '/webhooks',
      { url: 'https://hello.com', subscriptions: ['conversation_random_event'] },
      ADMIN,
    );
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Subscriptions Invalid events');
  });

  it(`${SPEC}: when it is an authenticated admin user, throws error if subscription events are empty`, async () => {
    const res = await fake.send('post', '/webhooks', { url: 'https://hello.com', subscriptions: [] }, ADMIN);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Subscriptions Invalid events');
  });

  it(`${SPEC}: when it is an authenticated admin user, use default if subscription events are nil`, async () => {
    const res = await fake.send(
      'post',
      '/webhooks',
      { url: 'https://hello.com', subscriptions: null },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook.subscriptions).toEqual(DEFAULT_SUBSCRIPTIONS);
  });
});

describe(`${SPEC} PUT /api/v1/accounts/<account_id>/webhooks/:id`, () => {
  let webhook: Webhook;
  beforeEach(async () => {
    webhook = await createSpecWebhook();
  });

  it(`${SPEC}: when it is an authenticated agent, returns unauthorized`, async () => {
    const res = await fake.send('put', `/webhooks/${webhook.id}`, undefined, AGENT);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated admin user, updates webhook`, async () => {
    const res = await fake.send(
      'put',
      `/webhooks/${webhook.id}`,
      { url: 'https://hello.com', name: 'Another Webhook' },
      ADMIN,
    );
    expect(res.status).toBe(200);
    expect(res.body.payload.webhook.url).toBe('https://hello.com');
    expect(res.body.payload.webhook.name).toBe('Another Webhook');
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/<account_id>/webhooks/:id`, () => {
  let webhook: Webhook;
  beforeEach(async () => {
    webhook = await createSpecWebhook();
  });

  it(`${SPEC}: when it is an authenticated agent, returns unauthorized`, async () => {
    const res = await fake.send('delete', `/webhooks/${webhook.id}`, undefined, AGENT);
    expect(res.status).toBe(401);
    // Beyond the spec: the webhook is still there.
    expect((await listWebhooks()).map((w) => w.id)).toContain(webhook.id);
  });

  it(`${SPEC}: when it is an authenticated admin user, deletes webhook`, async () => {
    const before = await listWebhooks();
    const res = await fake.send('delete', `/webhooks/${webhook.id}`, undefined, ADMIN);
    expect(res.status).toBe(200);
    const after = await listWebhooks();
    expect(after).toHaveLength(before.length - 1);
    expect(after.map((w) => w.id)).not.toContain(webhook.id);
  });
});
