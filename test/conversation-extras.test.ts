import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';
import type { EventName } from '../src/events/types';

/*
 * Conversation operations beyond the list/show/status/assignment set: update, custom attributes,
 * mute, read state, typing, transcript, search, attachments, participants, delete.
 * Default world (see conversations.test.ts): 4 = Marie (website, Grace, high, 5 messages ids 8..12,
 * contact 1), 6 = Nikola (API inbox, unassigned, contact 2), 7 = Lise (website, Grace),
 * 8 = Emmy (helpdesk inbox 3 with the agent bot, Ada, urgent). Users: 1 Ada (admin), 2 Grace (agent;
 * all three inboxes), 3 Alan (agent; website only).
 */
let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const send = (
  method: 'get' | 'post' | 'patch' | 'put' | 'delete',
  path: string,
  body?: object,
  token = ADMIN,
) => {
  const req = fake.http[method](fake.path(path)).set('api_access_token', token);
  return body === undefined ? req : req.send(body);
};
const get = (path: string, token = ADMIN) => send('get', path, undefined, token);
const post = (path: string, body: object = {}, token = ADMIN) => send('post', path, body, token);
const eventsNamed = <N extends EventName>(name: N) => fake.events.named(name);
const conversation = (displayId: number) =>
  fake.store.tables.conversations.findBy('display', [1, displayId])!;
const activities = (displayId: number) =>
  fake.store.tables.messages
    .where('conversation', conversation(displayId).id)
    .filter((m) => m.message_type === 2)
    .map((m) => m.content);
const NOT_FOUND = { error: 'Resource could not be found' };
const NOT_ALLOWED = { error: 'You are not authorized to do this action' };

describe('PATCH/PUT /conversations/{id}', () => {
  it('changes the priority, answers the conversation, logs it and fires conversation_updated', async () => {
    const res = await send('patch', '/conversations/6', { priority: 'low', status: 'resolved' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 6, priority: 'low', status: 'open' }); // status is not permitted
    expect((await get('/conversations/6')).body.priority).toBe('low');
    expect(activities(6)).toContain('Ada Lovelace set the priority to low');
    const updated = eventsNamed('conversation_updated');
    expect(updated).toHaveLength(1);
    expect(updated[0].data.changedAttributes).toMatchObject({
      priority: { previous_value: null, current_value: 'low' },
    });

    const put = await send('put', '/conversations/6', { priority: null });
    expect(put.status).toBe(200);
    expect(put.body.priority).toBeNull();
  });

  it('ignores keys other than priority; works for the agent bot; 404, 401 and 422', async () => {
    const res = await send('patch', '/conversations/4', { additional_attributes: { x: 1 } });
    expect(res.status).toBe(200);
    expect(res.body.additional_attributes).toEqual({});
    expect(res.body.priority).toBe('high');
    expect(eventsNamed('conversation_updated')).toHaveLength(0);

    expect((await send('patch', '/conversations/8', { priority: 'low' }, BOT)).body.priority).toBe('low');
    expect((await send('patch', '/conversations/99', { priority: 'low' })).body).toEqual(NOT_FOUND);
    const outside = await send('patch', '/conversations/6', { priority: 'low' }, AGENT2);
    expect(outside.status).toBe(401);
    expect(outside.body).toEqual(NOT_ALLOWED);
    expect(conversation(6).priority).toBeNull();
    const bad = await send('patch', '/conversations/8', { priority: 'extreme' });
    expect(bad.status).toBe(422);
    expect(conversation(8).priority).toBe('low');
  });
});

describe('POST /conversations/{id}/custom_attributes', () => {
  it('replaces the custom attributes (merges with merge=true) and fires conversation_updated', async () => {
    const first = await post('/conversations/6/custom_attributes', {
      custom_attributes: { plan: 'pro', seats: 3 },
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ custom_attributes: { plan: 'pro', seats: 3 } });
    const replaced = await post('/conversations/6/custom_attributes', {
      custom_attributes: { region: 'eu' },
    });
    expect(replaced.body).toEqual({ custom_attributes: { region: 'eu' } });
    const merged = await post('/conversations/6/custom_attributes', {
      custom_attributes: { plan: 'basic' },
      merge: true,
    });
    expect(merged.body).toEqual({ custom_attributes: { region: 'eu', plan: 'basic' } });
    expect((await get('/conversations/6')).body.custom_attributes).toEqual({ region: 'eu', plan: 'basic' });
    const events = eventsNamed('conversation_updated');
    expect(events).toHaveLength(3);
    expect(events[2].data.changedAttributes).toMatchObject({
      custom_attributes: { previous_value: { region: 'eu' }, current_value: { region: 'eu', plan: 'basic' } },
    });
  });

  it('is open to the agent bot; 404 unknown, 401 outside the inbox', async () => {
    const bot = await post('/conversations/8/custom_attributes', { custom_attributes: { a: 1 } }, BOT);
    expect(bot.status).toBe(200);
    expect(conversation(8).custom_attributes).toEqual({ a: 1 });
    expect((await post('/conversations/99/custom_attributes', { custom_attributes: {} })).status).toBe(404);
    expect((await post('/conversations/6/custom_attributes', { custom_attributes: {} }, AGENT2)).status).toBe(
      401,
    );
  });
});

describe('mute / unmute', () => {
  it('mute resolves, blocks the contact (muted), logs it; unmute unblocks', async () => {
    const res = await post('/conversations/4/mute', {}, AGENT);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const after = (await get('/conversations/4')).body;
    expect(after).toMatchObject({ status: 'resolved', muted: true, meta: { sender: { blocked: true } } });
    expect(activities(4)).toEqual([
      'Conversation was marked resolved by Grace Hopper',
      'Grace Hopper has muted the conversation',
    ]);
    expect(eventsNamed('contact_updated')[0].data).toMatchObject({
      contactId: 1,
      changedAttributes: { blocked: { previous_value: false, current_value: true } },
    });
    expect(eventsNamed('conversation_status_changed')).toHaveLength(1);

    // An incoming message no longer reopens a muted conversation.
    const incoming = await post('/conversations/6/mute');
    expect(incoming.status).toBe(200);
    await post('/conversations/6/messages', { content: 'hello?', message_type: 'incoming' });
    expect((await get('/conversations/6')).body.status).toBe('resolved');

    const unmuted = await post('/conversations/4/unmute', {}, AGENT);
    expect(unmuted.status).toBe(200);
    const back = (await get('/conversations/4')).body;
    expect(back).toMatchObject({ status: 'resolved', muted: false, meta: { sender: { blocked: false } } });
    expect(activities(4).at(-1)).toBe('Grace Hopper has unmuted the conversation');
  });

  it('answers 404 and 401; agent bots may not mute', async () => {
    expect((await post('/conversations/99/mute')).body).toEqual(NOT_FOUND);
    expect((await post('/conversations/6/unmute', {}, AGENT2)).status).toBe(401);
    const bot = await post('/conversations/6/mute', {}, BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
    expect(conversation(6).status).toBe('open');
  });
});

describe('read state: update_last_seen and unread', () => {
  it('update_last_seen sets agent_last_seen_at (and the assignee’s) to now; unread_count drops to 0', async () => {
    expect((await get('/conversations/4')).body.unread_count).toBe(1);
    const now = Math.floor(fake.store.clock.peek() / 1000);
    const res = await post('/conversations/4/update_last_seen', {}, AGENT); // Grace is the assignee
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 4,
      unread_count: 0,
      agent_last_seen_at: now,
      assignee_last_seen_at: now,
    });
    expect((await get('/conversations/4')).body.unread_count).toBe(0);

    // Another agent: only agent_last_seen_at; nothing unread and seen within the hour: no write.
    fake.store.clock.advance(10 * 60_000);
    const again = await post('/conversations/4/update_last_seen', {}, ADMIN);
    expect(again.body.agent_last_seen_at).toBe(now);
    fake.store.clock.advance(60 * 60_000);
    const later = Math.floor(fake.store.clock.peek() / 1000);
    const stale = await post('/conversations/4/update_last_seen', {}, ADMIN);
    expect(stale.body).toMatchObject({ agent_last_seen_at: later, assignee_last_seen_at: now });
  });

  it('unread moves the last-seen times to just before the last incoming message', async () => {
    await post('/conversations/6/update_last_seen');
    expect((await get('/conversations/6')).body.unread_count).toBe(0);
    const res = await post('/conversations/6/unread');
    expect(res.status).toBe(200);
    const lastIncoming = fake.store.tables.messages
      .where('conversation', conversation(6).id)
      .filter((m) => m.message_type === 0)
      .at(-1)!;
    const expected = Math.floor((lastIncoming.created_at - 1000) / 1000);
    expect(res.body).toMatchObject({ agent_last_seen_at: expected, assignee_last_seen_at: expected });
    // Both incoming messages were sent in the same second: both count as unread again.
    const unread = fake.store.tables.messages
      .where('conversation', conversation(6).id)
      .filter((m) => m.message_type === 0 && m.created_at > lastIncoming.created_at - 1000).length;
    expect(unread).toBe(2);
    expect(res.body.unread_count).toBe(unread);
    expect((await get('/conversations/6')).body.unread_count).toBe(unread);
  });

  it('answers 404 and 401', async () => {
    expect((await post('/conversations/99/update_last_seen')).status).toBe(404);
    expect((await post('/conversations/99/unread')).status).toBe(404);
    expect((await post('/conversations/6/unread', {}, AGENT2)).status).toBe(401);
  });
});

describe('POST /conversations/{id}/toggle_typing_status', () => {
  it('records typing on/off with the user; recording and unknown values', async () => {
    const on = await post(
      '/conversations/4/toggle_typing_status',
      { typing_status: 'on', is_private: true },
      AGENT,
    );
    expect(on.status).toBe(200);
    expect(on.text).toBe('');
    expect(eventsNamed('conversation_typing_on')[0].data).toEqual({
      conversationId: conversation(4).id,
      userType: 'User',
      userId: 2,
      isPrivate: true,
    });
    await post('/conversations/8/toggle_typing_status', { typing_status: 'off' }, BOT);
    expect(eventsNamed('conversation_typing_off')[0].data).toMatchObject({
      userType: 'AgentBot',
      isPrivate: false,
    });
    await post('/conversations/4/toggle_typing_status', { typing_status: 'recording' });
    expect(eventsNamed('conversation_recording')).toHaveLength(1);
    fake.events.clear();
    for (const typingStatus of ['maybe', 'toString', 'constructor']) {
      const res = await post('/conversations/4/toggle_typing_status', { typing_status: typingStatus });
      expect(res.status).toBe(200);
    }
    expect(fake.events.recent).toHaveLength(0);
  });

  it('answers 404 and 401', async () => {
    expect((await post('/conversations/99/toggle_typing_status', { typing_status: 'on' })).status).toBe(404);
    expect(
      (await post('/conversations/6/toggle_typing_status', { typing_status: 'on' }, AGENT2)).status,
    ).toBe(401);
  });
});

describe('POST /conversations/{id}/transcript', () => {
  it('accepts an email (recorded as an event) and rejects a missing one', async () => {
    const res = await post('/conversations/4/transcript', { email: 'marie@radium.test' });
    expect(res.status).toBe(200);
    expect(eventsNamed('conversation_transcript')[0].data).toEqual({
      conversationId: conversation(4).id,
      email: 'marie@radium.test',
    });
    const missing = await post('/conversations/4/transcript', { email: '' });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ error: 'email param missing' });
    expect((await post('/conversations/99/transcript', { email: 'a@b.test' })).status).toBe(404);
  });
});

describe('GET /conversations/search', () => {
  it('finds conversations by message content, with the matching messages only', async () => {
    const res = await get('/conversations/search?q=invoice');
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ mine_count: 0, unassigned_count: 1, all_count: 1 });
    expect(res.body.payload).toHaveLength(1);
    const [hit] = res.body.payload;
    expect(hit).toMatchObject({
      id: 6,
      uuid: conversation(6).uuid,
      contact: { id: 2, name: 'Nikola Tesla' },
      inbox: { id: 2, name: 'Acme Mobile App', channel_type: 'Channel::Api' },
      account_id: 1,
    });
    expect(hit.messages.map((m: { content: string }) => m.content)).toEqual([
      'I was charged twice for the March invoice.',
      'Invoice number INV-2026-0311.',
    ]);
    expect(hit.messages[0]).toMatchObject({ message_type: 0, sender_name: 'Nikola Tesla' });
    // Resolved conversations too (no status filter with q); private notes are outgoing messages and match.
    expect(
      (await get('/conversations/search?q=refund')).body.payload.map((c: { id: number }) => c.id),
    ).toEqual([2]);
    const note = (await get('/conversations/search?q=csp BUG')).body.payload;
    expect(note.map((c: { id: number }) => c.id)).toEqual([4]);
    expect(note[0].messages).toHaveLength(1);
    expect((await get('/conversations/search?q=no-such-words')).body.payload).toEqual([]);
  });

  it('shows agents their inboxes only; 401 without a token', async () => {
    expect((await get('/conversations/search?q=invoice', AGENT2)).body.payload).toEqual([]);
    expect((await get('/conversations/search?q=invoice', AGENT)).body.payload).toHaveLength(1);
    expect((await fake.http.get(fake.path('/conversations/search?q=x'))).status).toBe(401);
  });
});

describe('GET /conversations/{id}/attachments', () => {
  it('lists the files of the conversation, newest first, with the total', async () => {
    const empty = await get('/conversations/6/attachments');
    expect(empty.body).toEqual({ meta: { total_count: 0 }, payload: [] });
    const first = await fake.http
      .post(fake.path('/conversations/6/messages'))
      .set('api_access_token', AGENT)
      .field('content', 'here')
      .attach('attachments[]', Buffer.from('%PDF-1.4'), {
        filename: 'a.pdf',
        contentType: 'application/pdf',
      });
    const second = await fake.http
      .post(fake.path('/conversations/6/messages'))
      .set('api_access_token', ADMIN)
      .attach('attachments[]', Buffer.from('GIF89a'), { filename: 'b.gif', contentType: 'image/gif' });
    const res = await get('/conversations/6/attachments', AGENT);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ total_count: 2 });
    expect(res.body.payload).toEqual([
      {
        id: second.body.attachments[0].id,
        message_id: second.body.id,
        thumb_url: second.body.attachments[0].data_url,
        data_url: second.body.attachments[0].data_url,
        file_size: 6,
        file_type: 'image',
        extension: null,
        width: null,
        height: null,
        created_at: second.body.created_at,
        sender: expect.objectContaining({ id: 1, type: 'user' }),
      },
      expect.objectContaining({ message_id: first.body.id, file_type: 'file', thumb_url: '', file_size: 8 }),
    ]);
    const pdf = await fake.http.get(new URL(res.body.payload[1].data_url).pathname);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await get('/conversations/6/attachments?page=2')).body.payload).toEqual([]);
  });

  it('answers 404 and 401', async () => {
    expect((await get('/conversations/99/attachments')).status).toBe(404);
    expect((await get('/conversations/6/attachments', AGENT2)).status).toBe(401);
  });
});

describe('participants', () => {
  const participants = (displayId: number, token = ADMIN) =>
    get(`/conversations/${displayId}/participants`, token);
  const ids = (res: { body: { id: number }[] }) => res.body.map((u) => u.id);

  it('adds, lists, sets and removes participants; the list filters by them', async () => {
    expect((await participants(6)).body).toEqual([]);
    const added = await post('/conversations/6/participants', { user_ids: [2, 1] });
    expect(added.status).toBe(200);
    expect(ids(added)).toEqual([2, 1]);
    expect(added.body[0]).toMatchObject({ id: 2, name: 'Grace Hopper', role: 'agent', account_id: 1 });
    expect(ids(await participants(6))).toEqual([2, 1]);
    // Only the new ones are answered.
    expect(ids(await post('/conversations/6/participants', { user_ids: [1, 2] }))).toEqual([]);

    const participating = await get('/conversations?conversation_type=participating', AGENT);
    expect(participating.body.data.payload.map((c: { id: number }) => c.id)).toEqual([6]);

    const set = await send('patch', '/conversations/6/participants', { user_ids: [1] });
    expect(ids(set)).toEqual([1]);
    expect(ids(await participants(6))).toEqual([1]);
    expect((await get('/conversations?conversation_type=participating', AGENT)).body.data.payload).toEqual(
      [],
    );
    expect(ids(await send('put', '/conversations/6/participants', { user_ids: [1, 2] }))).toEqual([1, 2]);

    const removed = await send('delete', '/conversations/6/participants', { user_ids: [1] });
    expect(removed.status).toBe(200);
    expect(ids(await participants(6))).toEqual([2]);
  });

  it('answers but does not keep users without access to the inbox', async () => {
    // Alan (3) is not a member of the API inbox and not an administrator.
    const res = await post('/conversations/6/participants', { user_ids: [3] });
    expect(ids(res)).toEqual([3]);
    expect((await participants(6)).body).toEqual([]);
  });

  it('assignees and users mentioned in a private note become participants', async () => {
    await post('/conversations/6/assignments', { assignee_id: 2 });
    await post('/conversations/6/messages', {
      content: 'Ping (mention://user/1/Ada%20Lovelace) and (mention://user/3/Alan)',
      private: true,
    });
    expect(ids(await participants(6))).toEqual([2, 1]);
  });

  it('answers 404, 401, 422 and 404 for a missing or foreign user list (Rails: 500s)', async () => {
    expect((await participants(99)).status).toBe(404);
    expect((await participants(6, AGENT2)).status).toBe(401);
    const missing = await post('/conversations/6/participants', {});
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ message: "User ids can't be blank", attributes: ['user_ids'] });
    const stranger = await post('/conversations/6/participants', { user_ids: [2, 999] });
    expect(stranger.status).toBe(404);
    expect(stranger.body).toEqual({ error: 'Resource could not be found' });
    const remove = await send('delete', '/conversations/6/participants', { user_ids: 'all' });
    expect(remove.status).toBe(422);
    expect((await participants(6)).body).toEqual([]);
  });
});

describe('DELETE /conversations/{id}', () => {
  it('deletes the conversation and its messages (administrators only)', async () => {
    const agent = await send('delete', '/conversations/4', undefined, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_ALLOWED);
    const internal = conversation(4).id;
    const res = await send('delete', '/conversations/4');
    expect(res.status).toBe(200);
    expect((await get('/conversations/4')).status).toBe(404);
    expect(fake.store.tables.messages.where('conversation', internal)).toEqual([]);
    expect((await get('/conversations?status=all')).body.data.meta.all_count).toBe(9);
    expect((await send('delete', '/conversations/4')).status).toBe(404);
  });
});
