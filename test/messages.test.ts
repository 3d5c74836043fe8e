import { insertMessage } from '../src/domain/records';
import { unreadMessages } from '../src/views/conversation';
import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

// Default world: conversation 4 = Marie (website inbox, assigned to Grace, 5 messages, ids 8..12);
// conversation 6 = Nikola (API inbox 2, unassigned, 2 incoming messages, ids 14, 15);
// conversation 8 = Emmy (helpdesk inbox 3, the agent bot's). Grace (AGENT) is in all three inboxes,
// Alan (AGENT2) only in the website inbox.
const messagesOf = (displayId: number) => fake.path(`/conversations/${displayId}/messages`);
const conversation = (displayId: number) =>
  fake.store.tables.conversations.findBy('display', [1, displayId])!;
const showConversation = (displayId: number) =>
  fake.http.get(fake.path(`/conversations/${displayId}`)).set('api_access_token', ADMIN);
const eventNames = () => fake.events.recent.map((e) => e.name);

/** Adds `count` outgoing messages to a conversation straight into the store; returns their ids. */
function seedMessages(
  displayId: number,
  count: number,
  fields: { private?: boolean; type?: 0 | 1 | 2; created_at?: number } = {},
) {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const m = insertMessage(fake.store, conversation(displayId), {
      content: `seeded ${i}`,
      message_type: fields.type ?? 1,
      private: fields.private ?? false,
      sender_type: 'User',
      sender_id: 1,
      created_at: fields.created_at,
    });
    ids.push(m.id);
  }
  return ids;
}

const ids = (body: { payload: { id: number }[] }) => body.payload.map((m) => m.id);

describe('GET /conversations/{id}/messages', () => {
  it('lists the messages oldest first with the conversation meta', async () => {
    const res = await fake.http.get(messagesOf(4)).set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.meta)).toEqual([
      'labels',
      'additional_attributes',
      'contact',
      'assignee',
      'agent_last_seen_at',
      'assignee_last_seen_at',
    ]);
    expect(res.body.meta.labels).toEqual(['vip', 'bug']);
    expect(res.body.meta.contact).toMatchObject({ id: 1, name: 'Marie Curie', type: 'contact' });
    expect(res.body.meta.assignee).toMatchObject({ id: 2, name: 'Grace Hopper', type: 'user' });
    // Rendered without .to_i: ISO-8601 strings.
    expect(res.body.meta.agent_last_seen_at).toBe('2026-01-14T06:00:00.000Z');
    expect(ids(res.body)).toEqual([8, 9, 10, 11, 12]);
    const [first, second, , note] = res.body.payload;
    expect(first).toEqual({
      id: 8,
      content: 'Hello, the dashboard shows a blank page since this morning.',
      inbox_id: 1,
      conversation_id: 4,
      message_type: 0,
      content_type: 'text',
      status: 'sent',
      content_attributes: {},
      created_at: Date.parse('2026-01-14T03:00:00Z') / 1000,
      private: false,
      source_id: null,
      sender: expect.objectContaining({ id: 1, type: 'contact' }),
    });
    expect(second.message_type).toBe(1);
    expect(second.sender).toMatchObject({ id: 2, type: 'user', available_name: 'Grace Hopper' });
    expect(note.private).toBe(true);
  });

  it('omits the assignee of an unassigned conversation; last-seen times are null when never seen', async () => {
    const res = await fake.http.get(messagesOf(6)).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.meta).not.toHaveProperty('assignee');
    expect(res.body.meta.agent_last_seen_at).toBeNull();
    expect(res.body.meta.assignee_last_seen_at).toBeNull();
    expect(ids(res.body)).toEqual([14, 15]);
  });

  it('does not mark anything as seen', async () => {
    await fake.http.get(messagesOf(6)).set('api_access_token', ADMIN);
    expect(conversation(6).agent_last_seen_at).toBeNull();
    expect(unreadMessages(fake.store.tables, conversation(6))).toHaveLength(2);
  });

  it('pages with before / after cursors (20 latest, 20 before, 100 after, 1000 between)', async () => {
    const seeded = seedMessages(6, 130); // conversation 6 now holds [14, 15, ...seeded]
    const all = [14, 15, ...seeded];
    const get = (query: string) => fake.http.get(`${messagesOf(6)}${query}`).set('api_access_token', ADMIN);

    const latest = await get('');
    expect(ids(latest.body)).toEqual(all.slice(-20));

    const before = await get(`?before=${latest.body.payload[0].id}`);
    expect(ids(before.body)).toEqual(all.slice(-40, -20));

    const early = await get(`?before=${all[5]}`);
    expect(ids(early.body)).toEqual(all.slice(0, 5));

    const after = await get(`?after=${all[0]}`);
    expect(ids(after.body)).toEqual(all.slice(1, 101));

    const between = await get(`?after=${all[10]}&before=${all[15]}`);
    expect(ids(between.body)).toEqual(all.slice(10, 15)); // after is inclusive here

    const past = await get(`?after=${all[all.length - 1]}`);
    expect(past.body.payload).toEqual([]);

    // Ruby's to_i: a non-number is 0, so "before=abc" means "id < 0".
    const junk = await get('?before=abc');
    expect(junk.status).toBe(200);
    expect(junk.body.payload).toEqual([]);
  });

  it('leaves out private notes and activity messages with filter_internal_messages', async () => {
    const all = await fake.http.get(messagesOf(4)).set('api_access_token', AGENT);
    expect(ids(all.body)).toContain(11);
    const filtered = await fake.http
      .get(`${messagesOf(4)}?filter_internal_messages=true`)
      .set('api_access_token', AGENT);
    expect(ids(filtered.body)).toEqual([8, 9, 10, 12]);
    const resolved = await fake.http
      .get(`${messagesOf(2)}?filter_internal_messages=1`)
      .set('api_access_token', ADMIN);
    expect(resolved.body.payload.map((m: { message_type: number }) => m.message_type)).toEqual([0, 1]);
  });

  it('answers 401 for agents outside the inbox, bots and missing tokens; 404 for unknown conversations', async () => {
    const outside = await fake.http.get(messagesOf(6)).set('api_access_token', AGENT2);
    expect(outside.status).toBe(401);
    expect(outside.body).toEqual({ error: 'You are not authorized to do this action' });
    const bot = await fake.http.get(messagesOf(6)).set('api_access_token', BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
    const anonymous = await fake.http.get(messagesOf(6));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
    const missing = await fake.http.get(messagesOf(99)).set('api_access_token', ADMIN);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Resource could not be found' });
  });
});

describe('POST /conversations/{id}/messages', () => {
  it('sends an outgoing message as the caller, echoing echo_id only in this answer', async () => {
    const before = conversation(4).last_activity_at;
    const res = await fake.http
      .post(messagesOf(4))
      .set('api_access_token', AGENT)
      .send({ content: 'We found the bug, a fix is on its way.', echo_id: 'tmp-1' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 27,
      content: 'We found the bug, a fix is on its way.',
      inbox_id: 1,
      echo_id: 'tmp-1',
      conversation_id: 4,
      message_type: 1,
      content_type: 'text',
      status: 'sent',
      content_attributes: {},
      created_at: expect.any(Number),
      private: false,
      source_id: null,
      sender: {
        id: 2,
        name: 'Grace Hopper',
        available_name: 'Grace Hopper',
        avatar_url: '',
        type: 'user',
        availability_status: 'online',
        thumbnail: '',
      },
    });
    const list = await fake.http.get(messagesOf(4)).set('api_access_token', AGENT);
    const last = list.body.payload.at(-1);
    expect(last.id).toBe(res.body.id);
    expect(last).not.toHaveProperty('echo_id');
    const after = conversation(4);
    expect(after.last_activity_at).toBeGreaterThan(before);
    expect(res.body.created_at).toBe(Math.floor(after.last_activity_at / 1000));
    const shown = await showConversation(4);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      last_activity_at: res.body.created_at,
      timestamp: res.body.created_at,
    });
    expect(after.waiting_since).toBeNull(); // a human reply clears it
    expect(fake.events.recent.at(-2)).toMatchObject({
      name: 'message_created',
      data: { messageId: res.body.id, conversationId: 4 },
    });
  });

  it('keeps a private note out of waiting_since but moves last_activity_at', async () => {
    const { waiting_since, last_activity_at } = conversation(4);
    const res = await fake.http
      .post(messagesOf(4))
      .set('api_access_token', AGENT)
      .send({ content: 'internal', private: true });
    expect(res.status).toBe(200);
    expect(res.body.private).toBe(true);
    expect(conversation(4).waiting_since).toBe(waiting_since);
    expect(conversation(4).last_activity_at).toBeGreaterThan(last_activity_at);
  });

  it('records the first human reply of a conversation', async () => {
    expect(conversation(6).first_reply_created_at).toBeNull();
    const res = await fake.http.post(messagesOf(6)).set('api_access_token', ADMIN).send({ content: 'Hi!' });
    expect(res.status).toBe(200);
    expect(conversation(6).first_reply_created_at).toBe(res.body.created_at * 1000);
    expect(conversation(6).waiting_since).toBeNull();
    expect(eventNames()).toEqual(['message_created', 'conversation_updated']);
    expect(fake.events.recent[1].data).toMatchObject({
      conversationId: 6,
      changedAttributes: {
        waiting_since: { previous_value: expect.any(Number), current_value: null },
        first_reply_created_at: { previous_value: null, current_value: res.body.created_at * 1000 },
      },
    });
  });

  it('creates an incoming message from the contact in an API inbox: unread count and contact activity grow', async () => {
    const res = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .send({ content: 'Any update?', message_type: 'incoming', source_id: 'ext-1' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ message_type: 0, source_id: 'ext-1', content: 'Any update?' });
    expect(res.body.sender).toMatchObject({ id: 2, name: 'Nikola Tesla', type: 'contact' });
    expect(unreadMessages(fake.store.tables, conversation(6))).toHaveLength(3);
    const shown = await showConversation(6);
    expect(shown.body).toMatchObject({ unread_count: 3, last_activity_at: res.body.created_at });
    expect(fake.store.tables.contacts.get(2)!.last_activity_at).toBe(res.body.created_at * 1000);
    const list = await fake.http.get(messagesOf(6)).set('api_access_token', ADMIN);
    expect(ids(list.body)).toEqual([14, 15, res.body.id]);
  });

  it('refuses incoming messages outside API inboxes, with Chatwoot body', async () => {
    const res = await fake.http
      .post(messagesOf(4))
      .set('api_access_token', AGENT)
      .send({ content: 'spoof', message_type: 'incoming' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'Incoming messages are only allowed in Api inboxes' });
    expect(fake.store.tables.messages.where('conversation', conversation(4).id)).toHaveLength(5);
    expect(eventNames()).toEqual([]);
  });

  it('rejects unknown message and content types as Rails enums do', async () => {
    const type = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .send({ content: 'x', message_type: 'sideways' });
    expect(type.status).toBe(422);
    expect(type.body).toEqual({ error: "'sideways' is not a valid message_type" });
    const content = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .send({ content: 'x', content_type: 'hologram' });
    expect(content.status).toBe(422);
    expect(content.body).toEqual({ error: "'hologram' is not a valid content_type" });
  });

  it('validates interactive content attributes with ContentAttributeValidator messages', async () => {
    const post = (body: object) => fake.http.post(messagesOf(6)).set('api_access_token', ADMIN).send(body);
    const empty = await post({ content_type: 'input_select', content_attributes: {} });
    expect(empty.status).toBe(422);
    expect(empty.body).toEqual({
      error: 'Validation failed: Content attributes At least one item is required.',
    });
    const badKeys = await post({
      content_type: 'input_select',
      content_attributes: { items: [{ title: 'A', value: 'a', colour: 'red' }] },
    });
    expect(badKeys.body).toEqual({
      error: 'Validation failed: Content attributes contains invalid keys for items : [:colour]',
    });
    const cards = await post({ content_type: 'cards', content_attributes: { items: [{ title: 'Plan' }] } });
    expect(cards.body).toEqual({
      error: 'Validation failed: Content attributes contains items missing actions',
    });
    const select = await post({
      content_type: 'input_select',
      content_attributes: { items: [{ title: 'Starter', value: 'starter' }] },
    });
    expect(select.status).toBe(200);
    expect(select.body).toMatchObject({
      content: null,
      content_type: 'input_select',
      content_attributes: { items: [{ title: 'Starter', value: 'starter' }] },
    });
  });

  it('rejects content longer than 150000 characters', async () => {
    const res = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .send({ content: 'h'.repeat(150_001) });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: 'Validation failed: Content is too long (maximum is 150000 characters)',
    });
  });

  it('refuses a 201st message within a minute (message flooding)', async () => {
    seedMessages(6, 199, { created_at: fake.store.clock.peek() - 59_000 });
    const ok = await fake.http.post(messagesOf(6)).set('api_access_token', ADMIN).send({ content: '200th' });
    expect(ok.status).toBe(200);
    const res = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .send({ content: 'one more' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'Validation failed: Too many messages' });
  });

  it('reopens a resolved conversation on an incoming message: pending when the inbox has a bot', async () => {
    fake.store.tables.conversations.update(conversation(8).id, { status: 'resolved' });
    const res = await fake.http
      .post(messagesOf(8))
      .set('api_access_token', ADMIN)
      .send({ content: 'Back again', message_type: 'incoming' });
    expect(res.status).toBe(200);
    expect(conversation(8).status).toBe('pending');
    expect((await showConversation(8)).body.status).toBe('pending');
    // (The assignee's notification of the new message, replacing the older one, is not the point here.)
    expect(eventNames().filter((name) => !name.startsWith('notification_'))).toEqual([
      'conversation_status_changed',
      'conversation_updated',
      'message_created',
      'conversation_updated', // waiting_since: Ada had answered, the contact waits again
      'message_created',
    ]);
    expect(fake.events.recent[0].data).toEqual({
      conversationId: 8,
      changedAttributes: { status: { previous_value: 'resolved', current_value: 'pending' } },
    });
    // The status change leaves its activity message after the incoming one.
    const list = await fake.http.get(messagesOf(8)).set('api_access_token', ADMIN);
    expect(list.body.payload.slice(-2)).toEqual([
      expect.objectContaining({ id: res.body.id, message_type: 0 }),
      expect.objectContaining({
        message_type: 2,
        content: 'Conversation was marked as pending by Ada Lovelace',
      }),
    ]);
    const conversationEvents = fake.events.recent.filter((e) => !e.name.startsWith('notification_'));
    expect(conversationEvents[4].data).toEqual({ messageId: list.body.payload.at(-1).id, conversationId: 8 });
  });

  it('reopens resolved (no bot) and snoozed conversations as open; outgoing messages do not', async () => {
    // Conversation 6 is in the API inbox, which has no agent bot.
    expect(fake.store.tables.agentBotInboxes.where('inbox', 2)).toEqual([]);
    fake.store.tables.conversations.update(conversation(6).id, { status: 'resolved' });
    const outgoing = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .send({ content: 'bye' });
    expect(outgoing.status).toBe(200);
    expect(conversation(6).status).toBe('resolved');
    await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .send({ content: 'wait', message_type: 'incoming' });
    expect(conversation(6).status).toBe('open');
    expect((await showConversation(6)).body.status).toBe('open');

    fake.store.tables.conversations.update(conversation(8).id, {
      status: 'snoozed',
      snoozed_until: fake.store.clock.peek() + 3_600_000,
    });
    await fake.http
      .post(messagesOf(8))
      .set('api_access_token', ADMIN)
      .send({ content: 'hello?', message_type: 'incoming' });
    expect(conversation(8)).toMatchObject({ status: 'open', snoozed_until: null });
    const list = await fake.http.get(messagesOf(8)).set('api_access_token', ADMIN);
    expect(list.body.payload.at(-1)).toMatchObject({
      message_type: 2,
      content: 'Conversation was reopened by Ada Lovelace',
    });
  });

  it('lets the agent bot of the inbox send messages, as itself', async () => {
    // A new conversation in the bot's inbox (3), waiting for an answer.
    const created = await fake.http
      .post(fake.path('/conversations'))
      .set('api_access_token', ADMIN)
      .send({ contact_id: 3, inbox_id: 3 });
    expect(created.status).toBe(200);
    const id = created.body.id as number;
    await fake.http
      .post(messagesOf(id))
      .set('api_access_token', ADMIN)
      .send({ content: 'Is anyone there?', message_type: 'incoming' })
      .expect(200);
    expect(conversation(id).waiting_since).not.toBeNull();
    const res = await fake.http.post(messagesOf(id)).set('api_access_token', BOT).send({ content: 'Beep.' });
    expect(res.status).toBe(200);
    expect(res.body.sender).toEqual({ id: 1, name: 'Acme Helper Bot', avatar_url: '', type: 'agent_bot' });
    expect(conversation(id).waiting_since).toBeNull(); // bot replies clear it too
    expect(conversation(id).first_reply_created_at).toBeNull(); // but are no first reply
    // ConversationPolicy#show? lets an agent bot reach every conversation of its account, also in
    // inboxes it is not attached to (the API inbox, the website's).
    expect(
      (await fake.http.post(messagesOf(6)).set('api_access_token', BOT).send({ content: 'Beep.' })).status,
    ).toBe(200);
    const elsewhere = await fake.http
      .post(messagesOf(4))
      .set('api_access_token', BOT)
      .send({ content: 'Beep.' });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.sender).toMatchObject({ type: 'agent_bot' });
  });

  it('sends as an agent bot with sender_type/sender_id and keeps external_created_at', async () => {
    const res = await fake.http
      .post(messagesOf(4))
      .set('api_access_token', AGENT)
      .send({
        content: 'automated',
        sender_type: 'AgentBot',
        sender_id: 1,
        external_created_at: '2026-01-01 10:00:00 UTC',
        content_attributes: { in_reply_to: 8 },
      });
    expect(res.status).toBe(200);
    expect(res.body.sender).toMatchObject({ id: 1, type: 'agent_bot' });
    expect(res.body.content_attributes).toEqual({
      in_reply_to: 8,
      external_created_at: '2026-01-01 10:00:00 UTC',
    });
  });

  it('accepts multipart bodies with attachments[] files', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const res = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .field('content', 'see attached')
      .field('private', 'true')
      .field('content_attributes', JSON.stringify({ note: 'x' }))
      .attach('attachments[]', png, { filename: 'shot.png', contentType: 'image/png' })
      .attach('attachments[]', Buffer.from('a,b\n'), { filename: 'data.csv', contentType: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      content: 'see attached',
      private: true,
      content_attributes: { note: 'x' },
    });
    const blobUrl = /^http:\/\/127\.0\.0\.1:\d+\/rails\/active_storage\/blobs\/redirect\/\w+\/shot\.png$/;
    expect(res.body.attachments).toEqual([
      {
        id: 1,
        message_id: res.body.id,
        file_type: 'image',
        account_id: 1,
        extension: null,
        data_url: expect.stringMatching(blobUrl),
        thumb_url: res.body.attachments[0].data_url,
        file_size: 8,
        width: null,
        height: null,
      },
      expect.objectContaining({
        id: 2,
        file_type: 'file',
        thumb_url: '',
        file_size: 4,
        data_url: expect.stringMatching(/\/data\.csv$/),
      }),
    ]);
    const list = await fake.http.get(messagesOf(6)).set('api_access_token', ADMIN);
    expect(list.body.payload.at(-1).attachments).toHaveLength(2);

    // The data_url is served by the fake itself, with the bytes and content type (no token needed).
    const image = await fake.http.get(new URL(res.body.attachments[0].data_url).pathname).buffer(true);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.body, png)).toBe(0);
    const csv = await fake.http.get(new URL(res.body.attachments[1].data_url).pathname);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="data.csv"/);
    expect(csv.text).toBe('a,b\n');
    const missing = await fake.http.get('/rails/active_storage/blobs/redirect/nope/x.png');
    expect(missing.status).toBe(404);
  });

  it('answers 401 outside the caller inboxes and 404 for unknown conversations', async () => {
    const outside = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', AGENT2)
      .send({ content: 'x' });
    expect(outside.status).toBe(401);
    expect(outside.body).toEqual({ error: 'You are not authorized to do this action' });
    const missing = await fake.http
      .post(messagesOf(99))
      .set('api_access_token', ADMIN)
      .send({ content: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Resource could not be found' });
  });
});

describe('DELETE /conversations/{id}/messages/{message_id}', () => {
  it('soft-deletes: content replaced, attributes reset, attachments gone; the list shows it', async () => {
    const sent = await fake.http
      .post(messagesOf(6))
      .set('api_access_token', ADMIN)
      .field('content', 'oops')
      .field('content_attributes', JSON.stringify({ bcc_emails: ['a@b.test'] }))
      .attach('attachments[]', Buffer.from('x'), { filename: 'x.txt', contentType: 'text/plain' });
    expect(sent.body.attachments).toHaveLength(1);
    fake.events.clear();
    const res = await fake.http.delete(`${messagesOf(6)}/${sent.body.id}`).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: sent.body.id,
      content: 'This message was deleted',
      content_type: 'text',
      content_attributes: { deleted: true },
    });
    expect(res.body).not.toHaveProperty('attachments');
    expect(Object.keys(res.body.content_attributes)).toEqual(['deleted']);
    const list = await fake.http.get(messagesOf(6)).set('api_access_token', ADMIN);
    expect(list.body.payload.at(-1)).toMatchObject({ content: 'This message was deleted' });
    expect(fake.events.recent).toEqual([
      expect.objectContaining({
        name: 'message_updated',
        // previous_changes of the update!, as message.updated carries them on the cable
        data: {
          messageId: sent.body.id,
          conversationId: 6,
          changedAttributes: expect.objectContaining({
            content: { previous_value: 'oops', current_value: 'This message was deleted' },
            content_attributes: expect.objectContaining({ current_value: { deleted: true } }),
          }),
        },
      }),
    ]);
  });

  it('answers 404 for unknown messages or a message of another conversation, 401 outside the inbox', async () => {
    const unknown = await fake.http.delete(`${messagesOf(4)}/9999`).set('api_access_token', AGENT);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'Resource could not be found' });
    const other = await fake.http.delete(`${messagesOf(4)}/14`).set('api_access_token', ADMIN);
    expect(other.status).toBe(404);
    expect(fake.store.tables.messages.get(14)!.content).toBe('I was charged twice for the March invoice.');
    const outside = await fake.http.delete(`${messagesOf(6)}/14`).set('api_access_token', AGENT2);
    expect(outside.status).toBe(401);
    const missing = await fake.http.delete(`${messagesOf(99)}/14`).set('api_access_token', ADMIN);
    expect(missing.status).toBe(404);
  });
});

describe('PATCH/PUT /conversations/{id}/messages/{message_id} (status)', () => {
  it('updates the delivery status of a message in an API inbox', async () => {
    const url = `${messagesOf(6)}/14`;
    const delivered = await fake.http.patch(url).set('api_access_token', ADMIN).send({ status: 'delivered' });
    expect(delivered.status).toBe(200);
    expect(delivered.body).toMatchObject({ id: 14, status: 'delivered' });
    expect(eventNames()).toEqual(['message_updated']);

    const read = await fake.http.put(url).set('api_access_token', AGENT).send({ status: 'read' });
    expect(read.body.status).toBe('read');
    // read → delivered is ignored, an unknown status too; both still answer 200.
    const back = await fake.http.patch(url).set('api_access_token', ADMIN).send({ status: 'delivered' });
    expect(back.status).toBe(200);
    expect(back.body.status).toBe('read');
    const junk = await fake.http.patch(url).set('api_access_token', ADMIN).send({ status: 'teleported' });
    expect(junk.body.status).toBe('read');

    const failed = await fake.http
      .patch(url)
      .set('api_access_token', ADMIN)
      .send({ status: 'failed', external_error: 'Provider rejected the message' });
    expect(failed.body).toMatchObject({
      status: 'failed',
      content_attributes: { external_error: 'Provider rejected the message' },
    });
    const sent = await fake.http.patch(url).set('api_access_token', ADMIN).send({ status: 'sent' });
    expect(sent.body).toMatchObject({ status: 'sent', content_attributes: { external_error: null } });
    const list = await fake.http.get(messagesOf(6)).set('api_access_token', ADMIN);
    expect(list.body.payload[0].status).toBe('sent');
  });

  it('answers 403 outside API inboxes, 404 for unknown messages, 401 for bots', async () => {
    const website = await fake.http
      .patch(`${messagesOf(4)}/8`)
      .set('api_access_token', ADMIN)
      .send({ status: 'read' });
    expect(website.status).toBe(403);
    expect(website.body).toEqual({ error: 'Message status update is only allowed for API inboxes' });
    expect(fake.store.tables.messages.get(8)!.status).toBe('sent');
    const unknown = await fake.http
      .patch(`${messagesOf(6)}/9999`)
      .set('api_access_token', ADMIN)
      .send({ status: 'read' });
    expect(unknown.status).toBe(404);
    const bot = await fake.http
      .patch(`${messagesOf(6)}/14`)
      .set('api_access_token', BOT)
      .send({ status: 'read' });
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
  });
});
