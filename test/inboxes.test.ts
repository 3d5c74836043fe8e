import { ADMIN, AGENT, AGENT2, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const NOT_AUTHORIZED = { error: 'You are not authorized to do this action' };
const NOT_FOUND = { error: 'Resource could not be found' };
const NAME_FORMAT =
  'Name should not start or end with symbols, and it should not have < > / \\ @ characters.';

const get: TestFake['get'] = (...args) => fake.get(...args);
const post = (path: string, body: object, token = ADMIN) =>
  fake.http.post(fake.path(path)).set('api_access_token', token).send(body);
const patch = (path: string, body: object, token = ADMIN) =>
  fake.http.patch(fake.path(path)).set('api_access_token', token).send(body);
const names = (res: { body: { payload: { name: string }[] } }) => res.body.payload.map((i) => i.name);

describe('GET /inboxes', () => {
  it('lists every inbox for an administrator, ordered by name, with the channel secrets', async () => {
    const res = await get('/inboxes');
    expect(res.status).toBe(200);
    expect(names(res)).toEqual(['Acme Helpdesk', 'Acme Mobile App', 'Acme Website']);
    const [helpdesk, api, widget] = res.body.payload;
    expect(helpdesk).toMatchObject({
      id: 3,
      channel_type: 'Channel::Api',
      channel_id: 2,
      inbox_identifier: 'acmeBotInbox00000000001',
      hmac_token: 'acmeBotHmacToken000000001',
      secret: 'acmeBotSecret000000000001',
    });
    expect(api).toMatchObject({
      id: 2,
      channel_type: 'Channel::Api',
      inbox_identifier: 'acmeApiInbox00000000001',
      hmac_token: 'acmeApiHmacToken000000001',
      secret: 'acmeApiSecret000000000001',
      webhook_url: null,
      widget_color: null,
      website_token: null,
      hmac_mandatory: false,
      provider: null,
    });
    expect(widget).toMatchObject({
      id: 1,
      channel_type: 'Channel::WebWidget',
      website_token: 'acmeWebsiteToken0000001',
      hmac_token: 'acmeWebsiteHmacToken00001',
      greeting_enabled: true,
      greeting_message: 'Hello! How can we help?',
      selected_feature_flags: ['attachments', 'emoji_picker', 'end_conversation'],
      timezone: 'UTC',
      sender_name_type: 'friendly',
    });
    expect(widget).not.toHaveProperty('inbox_identifier');
    expect(widget.working_hours).toHaveLength(7);
    expect(widget.pre_chat_form_options.pre_chat_fields.map((f: { name: string }) => f.name)).toEqual([
      'emailAddress',
      'fullName',
      'phoneNumber',
    ]);
  });

  it('shows an agent only the inboxes they are a member of, without secrets', async () => {
    const agent = await get('/inboxes', AGENT);
    expect(names(agent)).toEqual(['Acme Helpdesk', 'Acme Mobile App', 'Acme Website']);
    for (const inbox of agent.body.payload) {
      expect(inbox).not.toHaveProperty('hmac_token');
      expect(inbox).not.toHaveProperty('secret');
    }
    expect(agent.body.payload[1].inbox_identifier).toBe('acmeApiInbox00000000001');
    const agent2 = await get('/inboxes', AGENT2);
    expect(names(agent2)).toEqual(['Acme Website']);
  });
});

describe('GET /inboxes/{id}', () => {
  it('answers the inbox at top level', async () => {
    const res = await get('/inboxes/2', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 2, name: 'Acme Mobile App', channel_id: 1 });
  });

  it('answers 401 to an agent who is not a member and 404 for an unknown inbox', async () => {
    const denied = await get('/inboxes/2', AGENT2);
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual(NOT_AUTHORIZED);
    const missing = await get('/inboxes/99');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(NOT_FOUND);
  });
});

describe('POST /inboxes', () => {
  it('creates a web widget inbox that then appears in the list and can be read', async () => {
    const res = await post('/inboxes', {
      name: 'Acme Docs',
      greeting_enabled: true,
      greeting_message: 'Welcome to the docs',
      enable_email_collect: false,
      timezone: 'Europe/Paris',
      lock_to_single_conversation: true,
      channel: {
        type: 'web_widget',
        website_url: 'https://docs.acme.test',
        widget_color: '#ff0000',
        welcome_title: 'Docs help',
        welcome_tagline: 'Ask us',
        reply_time: 'in_a_day',
        selected_feature_flags: ['attachments'],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 4,
      name: 'Acme Docs',
      channel_type: 'Channel::WebWidget',
      channel_id: 2,
      greeting_enabled: true,
      greeting_message: 'Welcome to the docs',
      enable_email_collect: false,
      enable_auto_assignment: true,
      timezone: 'Europe/Paris',
      lock_to_single_conversation: true,
      website_url: 'https://docs.acme.test',
      widget_color: '#ff0000',
      welcome_title: 'Docs help',
      welcome_tagline: 'Ask us',
      reply_time: 'in_a_day',
      selected_feature_flags: ['attachments'],
      hmac_mandatory: false,
      pre_chat_form_enabled: false,
      continuity_via_email: true,
      avatar_url: '',
    });
    expect(res.body.website_token).toMatch(/^\w{24}$/);
    expect(res.body.hmac_token).toMatch(/^\w{24}$/);
    expect(res.body.web_widget_script).toContain(res.body.website_token);
    expect(res.body.pre_chat_form_options.pre_chat_fields).toHaveLength(3);

    const list = await get('/inboxes');
    expect(names(list)).toEqual(['Acme Docs', 'Acme Helpdesk', 'Acme Mobile App', 'Acme Website']);
    const read = await get('/inboxes/4');
    expect(read.body).toEqual(res.body);
    expect(fake.events.recent.map((e) => e.name)).toContain('inbox_created');
  });

  it('creates an API inbox whose secrets only administrators see', async () => {
    const res = await post('/inboxes', {
      name: 'Partner Bridge',
      channel: { type: 'api', webhook_url: 'https://partner.test/hook', hmac_mandatory: true },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Partner Bridge',
      channel_type: 'Channel::Api',
      channel_id: 3,
      webhook_url: 'https://partner.test/hook',
      hmac_mandatory: true,
      additional_attributes: {},
      website_url: null,
    });
    expect(res.body.inbox_identifier).toMatch(/^\w{24}$/);
    expect(res.body.hmac_token).toMatch(/^\w{24}$/);
    expect(res.body.secret).toMatch(/^\w{24}$/);
    expect(res.body).not.toHaveProperty('pre_chat_form_options');
    // Not a member yet: the agent does not see it.
    expect(names(await get('/inboxes', AGENT))).not.toContain('Partner Bridge');
  });

  it('accepts a multipart body with bracketed channel keys and an avatar file', async () => {
    const res = await fake.http
      .post(fake.path('/inboxes'))
      .set('api_access_token', ADMIN)
      .field('name', 'Form Inbox')
      .field('greeting_enabled', 'true')
      .field('channel[type]', 'api')
      .attach('avatar', Buffer.from('PNG'), 'logo.png');
    expect(res.status).toBe(200);
    expect(res.body.greeting_enabled).toBe(true);
    expect(res.body.avatar_url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/rails\/active_storage\/.+\/logo\.png$/);
    const removed = await fake.http
      .delete(fake.path(`/inboxes/${res.body.id}/avatar`))
      .set('api_access_token', ADMIN);
    expect(removed.status).toBe(200);
    expect((await get(`/inboxes/${res.body.id}`)).body.avatar_url).toBe('');
  });

  it('lets only administrators create inboxes', async () => {
    const res = await post('/inboxes', { name: 'Nope', channel: { type: 'api' } }, AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NOT_AUTHORIZED);
    expect(names(await get('/inboxes'))).toHaveLength(3);
  });

  it('rejects a blank or badly formed name with the model messages', async () => {
    const blank = await post('/inboxes', { name: '', channel: { type: 'api' } });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({ message: `Name can't be blank, ${NAME_FORMAT}`, attributes: ['name'] });
    const symbols = await post('/inboxes', { name: 'Support-', channel: { type: 'api' } });
    expect(symbols.status).toBe(422);
    expect(symbols.body).toEqual({ message: NAME_FORMAT, attributes: ['name'] });
    const at = await post('/inboxes', { name: 'help@acme', channel: { type: 'api' } });
    expect(at.body.message).toBe(NAME_FORMAT);
    expect(names(await get('/inboxes'))).toHaveLength(3);
  });

  it('validates the channel before the inbox', async () => {
    const res = await post('/inboxes', { name: '', channel: { type: 'web_widget' } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: "Website url can't be blank", attributes: ['website_url'] });
    const color = await post('/inboxes', {
      name: 'Site',
      channel: { type: 'web_widget', website_url: 'https://x.test', widget_color: '' },
    });
    expect(color.body).toEqual({ message: "Widget color can't be blank", attributes: ['widget_color'] });
    const window = await post('/inboxes', {
      name: 'Api',
      channel: { type: 'api', additional_attributes: { agent_reply_time_window: 0 } },
    });
    expect(window.status).toBe(422);
    expect(window.body).toEqual({
      message: 'Agent reply time window agent_reply_time_window must be greater than 0',
      attributes: ['agent_reply_time_window'],
    });
    expect(names(await get('/inboxes'))).toHaveLength(3);
  });

  it('answers 422 for a bad timezone, an unknown channel type or a channel its provider must accept', async () => {
    const tz = await post('/inboxes', { name: 'Tz', timezone: 'Mars/Olympus', channel: { type: 'api' } });
    expect(tz.status).toBe(422);
    expect(tz.body).toEqual({ message: 'Timezone is not included in the list', attributes: ['timezone'] });
    const unknown = await post('/inboxes', { name: 'Fax', channel: { type: 'fax' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toEqual({ message: 'Channel must exist', attributes: ['channel'] });
    const telegram = await post('/inboxes', { name: 'Bot', channel: { type: 'telegram', bot_token: '1:a' } });
    expect(telegram.status).toBe(422);
    expect(telegram.body.message).toBe('Bot token invalid token');
    const reply = await post('/inboxes', {
      name: 'Site',
      channel: { type: 'web_widget', website_url: 'https://x.test', reply_time: 'never' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body.attributes).toEqual(['reply_time']);
    expect(names(await get('/inboxes'))).toHaveLength(3);
  });

  it('answers 422 when the channel is missing (Rails: NoMethodError, a 500)', async () => {
    const res = await post('/inboxes', { name: 'No channel' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: "Channel can't be blank", attributes: ['channel'] });
    expect(names(await get('/inboxes'))).toHaveLength(3);
  });
});

describe('PATCH/PUT /inboxes/{id}', () => {
  it('updates inbox fields, web widget channel attributes and working hours', async () => {
    const res = await patch('/inboxes/1', {
      name: 'Acme Site',
      greeting_enabled: false,
      working_hours_enabled: true,
      out_of_office_message: 'We are away',
      timezone: 'America/New_York',
      csat_survey_enabled: true,
      allow_messages_after_resolved: false,
      sender_name_type: 'professional',
      business_name: 'Acme Inc',
      working_hours: [
        { day_of_week: 1, open_hour: 8, open_minutes: 30, close_hour: 18, close_minutes: 0 },
        { day_of_week: 6, open_all_day: true, closed_all_day: false },
        { day_of_week: 2, open_hour: 18, open_minutes: 0, close_hour: 9, close_minutes: 0 },
      ],
      channel: {
        widget_color: '#000000',
        welcome_title: 'Hey',
        webhook_url: 'https://ignored.test',
        pre_chat_form_enabled: true,
        selected_feature_flags: ['emoji_picker'],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 1,
      name: 'Acme Site',
      greeting_enabled: false,
      working_hours_enabled: true,
      out_of_office_message: 'We are away',
      timezone: 'America/New_York',
      csat_survey_enabled: true,
      allow_messages_after_resolved: false,
      sender_name_type: 'professional',
      business_name: 'Acme Inc',
      widget_color: '#000000',
      welcome_title: 'Hey',
      pre_chat_form_enabled: true,
      selected_feature_flags: ['emoji_picker'],
      website_url: 'https://www.acme.test',
    });
    expect(res.body).not.toHaveProperty('webhook_url');
    const hours = res.body.working_hours;
    expect(hours[1]).toMatchObject({ day_of_week: 1, open_hour: 8, open_minutes: 30, close_hour: 18 });
    expect(hours[6]).toMatchObject({ open_all_day: true, open_hour: 0, close_hour: 23, close_minutes: 59 });
    // Closing before opening is invalid: that day keeps its schedule.
    expect(hours[2]).toMatchObject({ open_hour: 9, close_hour: 17 });

    const read = await get('/inboxes/1');
    expect(read.body).toEqual(res.body);
    const event = fake.events.recent.find((e) => e.name === 'inbox_updated');
    expect(event?.data).toMatchObject({ inboxId: 1 });
  });

  it('updates API channel attributes with PUT', async () => {
    const res = await fake.http
      .put(fake.path('/inboxes/2'))
      .set('api_access_token', ADMIN)
      .send({
        channel: { webhook_url: 'https://app.acme.test/hook', hmac_mandatory: true, website_url: 'x' },
      });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ webhook_url: 'https://app.acme.test/hook', hmac_mandatory: true });
    expect(res.body.website_url).toBeNull();
    expect((await get('/inboxes/2')).body.webhook_url).toBe('https://app.acme.test/hook');
  });

  it('rejects invalid changes with 422 and leaves the inbox unchanged', async () => {
    const name = await patch('/inboxes/1', { name: '  ', greeting_message: 'changed' });
    expect(name.status).toBe(422);
    expect(name.body).toEqual({ message: `Name can't be blank, ${NAME_FORMAT}`, attributes: ['name'] });
    const url = await patch('/inboxes/1', { greeting_message: 'changed', channel: { website_url: '' } });
    expect(url.status).toBe(422);
    expect(url.body).toEqual({ message: "Website url can't be blank", attributes: ['website_url'] });
    const read = await get('/inboxes/1');
    expect(read.body).toMatchObject({ name: 'Acme Website', greeting_message: 'Hello! How can we help?' });
  });

  it('answers 401 to agents and 404 for an unknown inbox', async () => {
    const agent = await patch('/inboxes/1', { name: 'Mine' }, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_AUTHORIZED);
    expect((await patch('/inboxes/99', { name: 'X' })).status).toBe(404);
    expect((await get('/inboxes/1')).body.name).toBe('Acme Website');
  });
});

describe('DELETE /inboxes/{id}', () => {
  it('deletes the inbox with its conversations, contact inboxes, members and bot binding', async () => {
    const { tables } = fake.store;
    // The agent bot's inbox: a conversation, contact inboxes, members and the bot binding.
    expect(tables.conversations.where('inbox', 3).length).toBeGreaterThan(0);
    expect(tables.agentBotInboxes.where('inbox', 3)).toHaveLength(1);
    const contacts = tables.contacts.size;
    const res = await fake.http.delete(fake.path('/inboxes/3')).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 'Your inbox deletion request will be processed in some time.' });
    expect((await get('/inboxes/3')).status).toBe(404);
    expect(names(await get('/inboxes'))).toEqual(['Acme Mobile App', 'Acme Website']);
    expect(tables.conversations.where('inbox', 3)).toEqual([]);
    expect(tables.contactInboxes.where('inbox', 3)).toEqual([]);
    expect(tables.inboxMembers.where('inbox', 3)).toEqual([]);
    expect(tables.agentBotInboxes.where('inbox', 3)).toEqual([]);
    expect([...tables.messages.all()].some((m) => m.inbox_id === 3)).toBe(false);
    expect(tables.contacts.size).toBe(contacts);
  });

  it('answers 401 to agents and 404 for an unknown inbox', async () => {
    const agent = await fake.http.delete(fake.path('/inboxes/1')).set('api_access_token', AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_AUTHORIZED);
    const missing = await fake.http.delete(fake.path('/inboxes/99')).set('api_access_token', ADMIN);
    expect(missing.status).toBe(404);
    expect(names(await get('/inboxes'))).toHaveLength(3);
  });
});

describe('inbox agent bot', () => {
  it('answers the bound bot under agent_bot, and {} when there is none', async () => {
    const bound = await get('/inboxes/3/agent_bot');
    expect(bound.status).toBe(200);
    expect(bound.body).toEqual({
      agent_bot: {
        id: 1,
        name: 'Acme Helper Bot',
        description: 'Answers the easy questions first.',
        thumbnail: '',
        outgoing_url: 'http://127.0.0.1:9/acme-bot',
        bot_type: 'webhook',
        bot_config: {},
        account_id: 1,
        access_token: 'acme-bot-token-000000004',
        system_bot: false,
      },
    });
    // The same partial as the agent bots' own views: the account's bot's token, for agents too.
    const asAgent = await get('/inboxes/3/agent_bot', AGENT);
    expect(asAgent.body).toEqual(bound.body);
    const none = await get('/inboxes/1/agent_bot');
    expect(none.status).toBe(200);
    expect(none.body).toEqual({});
    expect((await get('/inboxes/3/agent_bot', AGENT2)).status).toBe(401);
  });

  it('binds and unbinds a bot', async () => {
    const set = await post('/inboxes/1/set_agent_bot', { agent_bot: 1 });
    expect(set.status).toBe(200);
    expect(set.text).toBe('');
    expect((await get('/inboxes/1/agent_bot')).body.agent_bot.id).toBe(1);
    const unset = await post('/inboxes/1/set_agent_bot', { agent_bot: null });
    expect(unset.status).toBe(200);
    expect((await get('/inboxes/1/agent_bot')).body).toEqual({});
    await post('/inboxes/3/set_agent_bot', {});
    expect((await get('/inboxes/3/agent_bot')).body).toEqual({});
  });

  it('answers 404 for an unknown bot or inbox and 401 to agents', async () => {
    const bot = await post('/inboxes/1/set_agent_bot', { agent_bot: 99 });
    expect(bot.status).toBe(404);
    expect(bot.body).toEqual(NOT_FOUND);
    expect((await post('/inboxes/99/set_agent_bot', { agent_bot: 1 })).status).toBe(404);
    const agent = await post('/inboxes/3/set_agent_bot', { agent_bot: null }, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_AUTHORIZED);
    expect((await get('/inboxes/3/agent_bot')).body.agent_bot.id).toBe(1);
  });
});

describe('provider channels', () => {
  const create = (name: string, channel: object) => fake.send('post', '/inboxes', { name, channel }, ADMIN);

  it('creates an email inbox with a generated forward_to_email, IMAP/SMTP shown to administrators only', async () => {
    const res = await create('Support', { type: 'email', email: 'help@acme.test', imap_port: '993' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      channel_type: 'Channel::Email',
      email: 'help@acme.test',
      forwarding_enabled: true,
      imap_port: 993,
      imap_enabled: false,
      smtp_authentication: 'login',
      callback_webhook_url: null,
    });
    expect(res.body.forward_to_email).toMatch(/^[0-9a-f]{32}@inbound\.chatwoot-fake\.test$/);
    await fake.send('post', '/inbox_members', { inbox_id: res.body.id, user_ids: [2] }, ADMIN);
    const asAgent = await fake.get(`/inboxes/${res.body.id}`, AGENT);
    expect(asAgent.body.email).toBe('help@acme.test');
    expect(Object.keys(asAgent.body).filter((k) => /^(imap|smtp)_/.test(k))).toEqual([]);
  });

  it('refuses a second email inbox with the same address, and one without an address', async () => {
    expect((await create('One', { type: 'email', email: 'dup@acme.test' })).status).toBe(200);
    const dup = await create('Two', { type: 'email', email: 'dup@acme.test' });
    expect(dup.status).toBe(422);
    expect(dup.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
    const none = await create('Three', { type: 'email' });
    expect(none.body.message).toBe("Email can't be blank");
  });

  it('validates LINE and SMS channels with their model messages', async () => {
    const line = await create('Line', { type: 'line', line_channel_id: '' });
    expect(line.status).toBe(422);
    expect(line.body.message).toBe(
      "Line channel can't be blank, Line channel secret can't be blank, Line channel token can't be blank",
    );
    const sms = await create('Sms', { type: 'sms' });
    expect(sms.body.message).toBe("Phone number can't be blank");
    const ok = await create('Sms', { type: 'sms', phone_number: '+15550001111' });
    expect(ok.body).toMatchObject({
      channel_type: 'Channel::Sms',
      phone_number: '+15550001111',
      provider: 'default',
      callback_webhook_url: 'http://127.0.0.1:3000/webhooks/sms/15550001111',
    });
  });

  it('answers Telegram and WhatsApp creation as Chatwoot does when the provider refuses', async () => {
    const before = (await fake.get('/inboxes')).body.payload.length;
    const telegram = await create('Bot', { type: 'telegram', bot_token: '123:abc' });
    expect(telegram.status).toBe(422);
    expect(telegram.body).toEqual({ message: 'Bot token invalid token', attributes: ['bot_token'] });
    const whatsapp = await create('WA', {
      type: 'whatsapp',
      phone_number: '+15550002222',
      provider: 'whatsapp_cloud',
    });
    expect(whatsapp.status).toBe(422);
    expect(whatsapp.body.message).toBe('Provider config Invalid Credentials');
    const bad = await create('WA', { type: 'whatsapp', provider: 'other' });
    expect(bad.body.message).toBe(
      "Provider is not included in the list, Phone number can't be blank, Provider config Invalid Credentials",
    );
    expect((await fake.get('/inboxes')).body.payload).toHaveLength(before);
  });

  it('keeps the name format to email, API and web widget inboxes', async () => {
    const line = await create('LINE @ Acme', {
      type: 'line',
      line_channel_id: '42',
      line_channel_secret: 's',
      line_channel_token: 't',
    });
    expect(line.status).toBe(200);
    const email = await create('Mail @ Acme', { type: 'email', email: 'fmt@acme.test' });
    expect(email.status).toBe(422);
  });
});
