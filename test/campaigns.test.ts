import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const WEBSITE_INBOX = 1;
const API_INBOX = 2;

const asAdmin = {
  get: (p: string) => fake.http.get(fake.path(p)).set('api_access_token', ADMIN),
  post: (p: string, body: object) => fake.http.post(fake.path(p)).set('api_access_token', ADMIN).send(body),
  patch: (p: string, body: object) => fake.http.patch(fake.path(p)).set('api_access_token', ADMIN).send(body),
  put: (p: string, body: object) => fake.http.put(fake.path(p)).set('api_access_token', ADMIN).send(body),
  delete: (p: string) => fake.http.delete(fake.path(p)).set('api_access_token', ADMIN),
};

const welcome = {
  title: 'Welcome',
  message: 'Hi! Need help with pricing?',
  inbox_id: WEBSITE_INBOX,
  trigger_rules: { url: 'https://www.acme.test/pricing', time_on_page: 10 },
};

describe('campaigns', () => {
  it('creates an ongoing website campaign (wrapped body) and shows it by display id', async () => {
    const res = await asAdmin.post('/campaigns', { campaign: { ...welcome, sender_id: 1 } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 1,
      title: 'Welcome',
      description: null,
      account_id: 1,
      message: 'Hi! Need help with pricing?',
      template_params: {},
      campaign_status: 'active',
      enabled: true,
      campaign_type: 'ongoing',
      trigger_rules: { url: 'https://www.acme.test/pricing', time_on_page: 10 },
      trigger_only_during_business_hours: false,
    });
    expect(res.body.inbox).toMatchObject({ id: WEBSITE_INBOX, channel_type: 'Channel::WebWidget' });
    expect(res.body.inbox).toHaveProperty('hmac_token'); // administrators' inbox partial
    expect(res.body.sender).toMatchObject({ id: 1, name: 'Ada Lovelace', role: 'administrator' });
    expect(res.body).not.toHaveProperty('scheduled_at'); // one_off only
    expect(res.body).not.toHaveProperty('audience');
    expect(res.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const shown = await asAdmin.get('/campaigns/1');
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual(res.body);
    const list = await asAdmin.get('/campaigns');
    expect(list.body).toEqual([res.body]);
  });

  it('accepts a flat body, numbers campaigns per account and never reuses a display id', async () => {
    const first = await asAdmin.post('/campaigns', { ...welcome, enabled: 'false' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: 1, enabled: false });
    expect(first.body).not.toHaveProperty('sender');
    const second = await asAdmin.post('/campaigns', { ...welcome, title: 'Second' });
    expect(second.body.id).toBe(2);
    expect((await asAdmin.delete('/campaigns/2')).status).toBe(200);
    const third = await asAdmin.post('/campaigns', { ...welcome, title: 'Third' });
    expect(third.body.id).toBe(3);
    const list = await asAdmin.get('/campaigns');
    expect(list.body.map((c: { id: number; title: string }) => [c.id, c.title])).toEqual([
      [1, 'Welcome'],
      [3, 'Third'],
    ]);
    // Another account starts its own sequence.
    const other = fake.createAccount();
    const inbox = fake.db.inboxes.find(
      (i) => i.account_id === other.accountId && i.channel.type === 'Channel::WebWidget',
    )!;
    const res = await fake.http
      .post(`/api/v1/accounts/${other.accountId}/campaigns`)
      .set('api_access_token', other.tokens.admin)
      .send({ ...welcome, inbox_id: inbox.id });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(1);
  });

  it('rejects missing fields with every model error, and writes nothing', async () => {
    const res = await asAdmin.post('/campaigns', { campaign: { description: 'no title' } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: "Inbox can't be blank, Title can't be blank, Message can't be blank, Inbox must exist",
      attributes: ['inbox_id', 'title', 'message', 'inbox'],
    });
    expect((await asAdmin.get('/campaigns')).body).toEqual([]);
    const missing = await asAdmin.post('/campaigns', {});
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ error: 'param is missing or the value is empty: campaign' });
  });

  it('rejects an API inbox, an unknown inbox, a non-http url and a sender outside the account', async () => {
    const api = await asAdmin.post('/campaigns', { ...welcome, inbox_id: API_INBOX });
    expect(api.status).toBe(422);
    expect(api.body).toEqual({ message: 'Inbox Unsupported Inbox type', attributes: ['inbox'] });

    const unknown = await asAdmin.post('/campaigns', { ...welcome, inbox_id: 999 });
    expect(unknown.body).toEqual({ message: 'Inbox must exist', attributes: ['inbox'] });

    const url = await asAdmin.post('/campaigns', { ...welcome, trigger_rules: { url: 'www.acme.test' } });
    expect(url.status).toBe(422);
    expect(url.body).toEqual({ message: 'Url invalid', attributes: ['url'] });

    const other = fake.createAccount();
    const outsider = fake.db.accountUsers.find((m) => m.account_id === other.accountId)!.user_id;
    const sender = await asAdmin.post('/campaigns', { ...welcome, sender_id: outsider });
    expect(sender.status).toBe(422);
    expect(sender.body).toEqual({
      message: 'Sender must belong to the same account as the campaign',
      attributes: ['sender_id'],
    });
    const foreignInbox = fake.db.inboxes.find(
      (i) => i.account_id === other.accountId && i.channel.type === 'Channel::WebWidget',
    )!;
    const foreign = await asAdmin.post('/campaigns', { ...welcome, inbox_id: foreignInbox.id });
    expect(foreign.body).toEqual({
      message: 'Inbox must belong to the same account as the campaign',
      attributes: ['inbox_id'],
    });
    expect((await asAdmin.get('/campaigns')).body).toEqual([]);
  });

  it('updates with PATCH and PUT; the change is visible afterwards', async () => {
    await asAdmin.post('/campaigns', welcome);
    const patched = await asAdmin.patch('/campaigns/1', {
      campaign: { title: 'Pricing help', enabled: false, trigger_only_during_business_hours: true },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      id: 1,
      title: 'Pricing help',
      enabled: false,
      trigger_only_during_business_hours: true,
      message: welcome.message,
    });
    const put = await asAdmin.put('/campaigns/1', { message: 'New text', sender_id: 2 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ title: 'Pricing help', message: 'New text' });
    expect(put.body.sender).toMatchObject({ id: 2, name: 'Grace Hopper' });
    const shown = await asAdmin.get('/campaigns/1');
    expect(shown.body).toMatchObject({ title: 'Pricing help', message: 'New text', enabled: false });
  });

  it('an invalid update answers 422 and leaves the campaign unchanged', async () => {
    await asAdmin.post('/campaigns', welcome);
    const res = await asAdmin.patch('/campaigns/1', { title: '', inbox_id: API_INBOX });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: "Title can't be blank, Inbox Unsupported Inbox type",
      attributes: ['title', 'inbox'],
    });
    const shown = await asAdmin.get('/campaigns/1');
    expect(shown.body).toMatchObject({ title: 'Welcome', inbox: { id: WEBSITE_INBOX } });
  });

  it('deletes a campaign: gone from show and list', async () => {
    await asAdmin.post('/campaigns', welcome);
    const res = await asAdmin.delete('/campaigns/1');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await asAdmin.get('/campaigns/1')).status).toBe(404);
    expect((await asAdmin.get('/campaigns')).body).toEqual([]);
  });

  it('answers 404 for unknown campaigns and 401 to agents on every action', async () => {
    for (const res of [
      await asAdmin.get('/campaigns/42'),
      await asAdmin.patch('/campaigns/42', { title: 'x' }),
      await asAdmin.delete('/campaigns/42'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: 'Resource could not be found' });
    }
    await asAdmin.post('/campaigns', welcome);
    const agent = (req: ReturnType<typeof fake.http.get>) => req.set('api_access_token', AGENT);
    for (const res of [
      await agent(fake.http.get(fake.path('/campaigns'))),
      await agent(fake.http.get(fake.path('/campaigns/1'))),
      await agent(fake.http.post(fake.path('/campaigns'))).send(welcome),
      await agent(fake.http.patch(fake.path('/campaigns/1'))).send({ title: 'x' }),
      await agent(fake.http.delete(fake.path('/campaigns/1'))),
      await agent(fake.http.get(fake.path(`/inboxes/${WEBSITE_INBOX}/campaigns`))),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    }
    expect((await asAdmin.get('/campaigns/1')).body.title).toBe('Welcome');
  });

  it("lists an inbox's campaigns; an unknown inbox is 404", async () => {
    await asAdmin.post('/campaigns', welcome);
    const res = await asAdmin.get(`/inboxes/${WEBSITE_INBOX}/campaigns`);
    expect(res.status).toBe(200);
    expect(res.body.map((c: { id: number }) => c.id)).toEqual([1]);
    expect((await asAdmin.get(`/inboxes/${API_INBOX}/campaigns`)).body).toEqual([]);
    expect((await asAdmin.get('/inboxes/999/campaigns')).status).toBe(404);
  });

  it('deleting the inbox takes its campaigns with it (dependent: :destroy_async)', async () => {
    await asAdmin.post('/campaigns', welcome);
    expect((await asAdmin.delete(`/inboxes/${WEBSITE_INBOX}`)).status).toBe(200);
    expect((await asAdmin.get('/campaigns')).body).toEqual([]);
    expect((await asAdmin.get('/campaigns/1')).status).toBe(404);
  });
});

const eventsOf = (displayId: number, token = ADMIN) =>
  fake.http.get(fake.path(`/conversations/${displayId}/reporting_events`)).set('api_access_token', token);

describe('conversation reporting events (enterprise)', () => {
  it("lists the conversation's reporting events oldest first, columns as stored", async () => {
    const res = await eventsOf(2);
    expect(res.status).toBe(200);
    expect(res.body.map((e: { name: string }) => e.name)).toEqual([
      'first_response',
      'conversation_resolved',
    ]);
    const conversation = fake.db.conversations.find((c) => c.account_id === 1 && c.display_id === 2)!;
    expect(res.body[0]).toEqual({
      id: expect.any(Number),
      name: 'first_response',
      value: 86400,
      value_in_business_hours: 0,
      event_start_time: '2026-01-06T09:00:00.000Z',
      event_end_time: '2026-01-07T09:00:00.000Z',
      account_id: 1,
      inbox_id: conversation.inbox_id,
      user_id: 3,
      conversation_id: conversation.id,
      created_at: '2026-01-07T09:00:00.000Z',
      updated_at: '2026-01-07T09:00:00.000Z',
    });
    expect((await eventsOf(5)).body).toEqual([]);
  });

  it('a resolution made through the API shows up as a new conversation_resolved event', async () => {
    const before = (await eventsOf(4)).body;
    expect(before.map((e: { name: string }) => e.name)).toEqual(['first_response']);
    const resolved = await fake.http
      .post(fake.path('/conversations/4/toggle_status'))
      .set('api_access_token', ADMIN)
      .send({ status: 'resolved' });
    expect(resolved.status).toBe(200);
    const after = (await eventsOf(4)).body;
    expect(after.map((e: { name: string }) => e.name)).toEqual(['first_response', 'conversation_resolved']);
    const conversation = fake.db.conversations.find((c) => c.account_id === 1 && c.display_id === 4)!;
    const event = after[1];
    expect(event.user_id).toBe(1);
    expect(event.event_start_time).toBe(new Date(conversation.created_at).toISOString());
    expect(event.value).toBe(
      Math.floor(Date.parse(event.event_end_time) / 1000) - Math.floor(conversation.created_at / 1000),
    );
  });

  it('agents of the inbox may read them; others get 401, unknown conversations 404, bots 401', async () => {
    expect((await eventsOf(2, AGENT)).status).toBe(200);
    const outsider = await eventsOf(8, AGENT2); // API inbox: Alan is not a member
    expect(outsider.status).toBe(401);
    expect(outsider.body).toEqual({ error: 'You are not authorized to do this action' });
    const missing = await eventsOf(999);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Resource could not be found' });
    const bot = await eventsOf(8, BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
  });
});
