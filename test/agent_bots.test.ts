import { ADMIN, AGENT, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const admin = (req: any) => req.set('api_access_token', ADMIN);
const list = (token = ADMIN) => fake.http.get(fake.path('/agent_bots')).set('api_access_token', token);

/** A system bot (no account), as a super admin or the platform API would make it. */
function systemBot() {
  return fake.store.tables.agentBots.insert({
    account_id: null,
    name: 'Captain',
    description: 'Installation-wide bot',
    outgoing_url: 'https://bots.example.test/captain',
    access_token: 'system-bot-token-000000001',
    bot_type: 'webhook',
    bot_config: {},
    created_at: 0,
  });
}

describe('agent bots', () => {
  it("lists the account bots and system bots as a plain array; the account bots' tokens, to agents too", async () => {
    const system = systemBot();
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        id: 1,
        name: 'Acme Helper Bot',
        description: 'Answers the easy questions first.',
        thumbnail: '',
        outgoing_url: 'http://127.0.0.1:9/acme-bot',
        bot_type: 'webhook',
        bot_config: {},
        account_id: 1,
        access_token: BOT,
        system_bot: false,
      },
      {
        id: system.id,
        name: 'Captain',
        description: 'Installation-wide bot',
        thumbnail: '',
        bot_type: 'webhook',
        bot_config: {},
        account_id: null,
        system_bot: true,
      },
    ]);
    // AgentBotPresenter: a system bot's token is never rendered; the account's bot's is, to any member.
    expect(res.text).not.toContain('system-bot-token-000000001');
    const agent = await list(AGENT);
    expect(agent.status).toBe(200);
    expect(agent.body).toEqual(res.body);
  });

  it('creates a bot with its own working access token', async () => {
    const res = await admin(fake.http.post(fake.path('/agent_bots'))).send({
      name: 'Order Bot',
      description: 'Tracks orders',
      outgoing_url: 'https://bots.acme.test/orders',
      bot_config: { greeting: 'hi' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 2,
      name: 'Order Bot',
      outgoing_url: 'https://bots.acme.test/orders',
      bot_config: { greeting: 'hi' },
      account_id: 1,
      system_bot: false,
      access_token: expect.any(String),
    });
    expect((await list()).body.map((b: { id: number }) => b.id)).toEqual([1, 2]);
    // Bound to an inbox, the new token reaches the account's bot-accessible endpoints.
    fake.store.tables.agentBotInboxes.insert({ account_id: 1, inbox_id: 1, agent_bot_id: 2 });
    const asBot = await fake.http
      .get(fake.path('/conversations/1/labels'))
      .set('api_access_token', res.body.access_token);
    expect(asBot.status).toBe(200);
  });

  it('validates the outgoing url length and refuses unknown bot types like Rails (500)', async () => {
    const long = await admin(fake.http.post(fake.path('/agent_bots'))).send({
      name: 'Long',
      outgoing_url: `https://x.test/${'a'.repeat(2040)}`,
    });
    expect(long.status).toBe(422);
    expect(long.body).toEqual({
      message: 'Outgoing url is too long (maximum is 2048 characters)',
      attributes: ['outgoing_url'],
    });
    const type = await admin(fake.http.post(fake.path('/agent_bots'))).send({ name: 'T', bot_type: 'csml' });
    expect(type.status).toBe(422); // Rails: ArgumentError from the enum, a 500
    expect(type.body).toEqual({ message: 'Bot type is not included in the list', attributes: ['bot_type'] });
    expect((await list()).body).toHaveLength(1);
  });

  it('shows own and system bots; agents may read', async () => {
    const system = systemBot();
    const own = await fake.http.get(fake.path('/agent_bots/1')).set('api_access_token', AGENT);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: 1, name: 'Acme Helper Bot' });
    const sys = await admin(fake.http.get(fake.path(`/agent_bots/${system.id}`)));
    expect(sys.status).toBe(200);
    expect(sys.body).not.toHaveProperty('outgoing_url');
    expect((await admin(fake.http.get(fake.path('/agent_bots/99')))).status).toBe(404);
  });

  it('updates a bot (PATCH and PUT); system bots cannot be changed (404)', async () => {
    const res = await admin(fake.http.patch(fake.path('/agent_bots/1'))).send({
      name: 'Helper v2',
      description: null,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Helper v2', description: null });
    const put = await admin(fake.http.put(fake.path('/agent_bots/1'))).send({
      outgoing_url: 'https://new.acme.test',
    });
    expect(put.body.outgoing_url).toBe('https://new.acme.test');
    expect((await admin(fake.http.get(fake.path('/agent_bots/1')))).body).toMatchObject({
      name: 'Helper v2',
      outgoing_url: 'https://new.acme.test',
    });
    const system = systemBot();
    const sys = await admin(fake.http.patch(fake.path(`/agent_bots/${system.id}`))).send({
      name: 'mine now',
    });
    expect(sys.status).toBe(404);
    expect(sys.body).toEqual({ error: 'Resource could not be found' });
  });

  it('deletes a bot with its inbox bindings: its token stops reaching the account', async () => {
    const before = await fake.http.get(fake.path('/inboxes/3/agent_bot')).set('api_access_token', ADMIN);
    expect(before.body.agent_bot).toMatchObject({ id: 1 });
    const res = await admin(fake.http.delete(fake.path('/agent_bots/1')));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await list()).body).toEqual([]);
    const after = await fake.http.get(fake.path('/inboxes/3/agent_bot')).set('api_access_token', ADMIN);
    expect(after.body).toEqual({});
    const asBot = await fake.http.get(fake.path('/conversations/1/labels')).set('api_access_token', BOT);
    expect(asBot.status).toBe(401);
    expect((await admin(fake.http.delete(fake.path('/agent_bots/1')))).status).toBe(404);
  });

  it('removes the avatar and renders the bot', async () => {
    const res = await admin(fake.http.delete(fake.path('/agent_bots/1/avatar')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 1, thumbnail: '' });
    expect((await admin(fake.http.delete(fake.path('/agent_bots/42/avatar')))).status).toBe(404);
  });

  it('resets the access token: the old one is refused, the new one works', async () => {
    const res = await admin(fake.http.post(fake.path('/agent_bots/1/reset_access_token')));
    expect(res.status).toBe(200);
    expect(res.body.access_token).toEqual(expect.any(String));
    expect(res.body.access_token).not.toBe(BOT);
    const old = await fake.http.get(fake.path('/conversations/1/labels')).set('api_access_token', BOT);
    expect(old.status).toBe(401);
    expect(old.body).toEqual({ error: 'Invalid Access Token' });
    // Conversation 1 is in the website inbox: bind the bot there too so the new token may read it.
    fake.store.tables.agentBotInboxes.insert({ account_id: 1, inbox_id: 1, agent_bot_id: 1 });
    const fresh = await fake.http
      .get(fake.path('/conversations/1/labels'))
      .set('api_access_token', res.body.access_token);
    expect(fresh.status).toBe(200);
    expect((await admin(fake.http.post(fake.path('/agent_bots/42/reset_access_token')))).status).toBe(404);
  });

  it('keeps writes for administrators and every endpoint away from bot tokens', async () => {
    for (const res of [
      await fake.http.post(fake.path('/agent_bots')).set('api_access_token', AGENT).send({ name: 'x' }),
      await fake.http.patch(fake.path('/agent_bots/1')).set('api_access_token', AGENT).send({ name: 'x' }),
      await fake.http.delete(fake.path('/agent_bots/1')).set('api_access_token', AGENT),
      await fake.http.post(fake.path('/agent_bots/1/reset_access_token')).set('api_access_token', AGENT),
    ]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    }
    const bot = await list(BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
  });
});
