/**
 * Chatwoot's request spec for the conversations controller, its member actions: status, priority,
 * typing, read state, mute, transcript, custom attributes, attachments and delete (listing, show,
 * update and create are in conversations.test.ts). Source: the same copy of
 * spec/controllers/api/v1/accounts/conversations_controller_spec.rb (AdminTNL/chatwoot-next at
 * 26382f7204cd0ad38acbe8d419fde11c3da685fa, see conversations.test.ts and README.md).
 * Each test names the spec's `it`.
 *
 * `create(:conversation)` is a new contact's conversation in a new API inbox (conversations-world.ts);
 * the spec's `agent` is a new agent made a member of that inbox. The spec's agent bot is the default
 * world's (BOT), attached to the helpdesk inbox (3) only: where the spec attaches its bot to an inbox
 * other than the conversation's, so is it here. Times move with the fake's clock.
 */
import type { EventName } from '../../src/events/types';
import { ADMIN, BOT, testFake, type TestFake } from '../helpers';
import {
  PLATFORM,
  addInboxMember,
  createConversation,
  createIncomingMessage,
  createUser,
  reload,
  type SpecUser,
} from './conversations-world';

const SPEC = 'conversations_controller_spec.rb';
const HELPDESK = 3; // the default world's inbox with the agent bot

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const eventsNamed = <N extends EventName>(name: N) => fake.events.named(name);
const now = () => Math.floor(fake.store.clock.peek() / 1000);
const minutes = (n: number) => fake.store.clock.advance(n * 60_000);
const post = (path: string, body: object, token: string) => fake.send('post', path, body, token);

/** The spec's conversation and an agent with access to its inbox. */
async function conversationWithAgent(): Promise<{ id: number; agent: SpecUser; inboxId: number }> {
  const agent = await createUser(fake);
  const conversation = await createConversation(fake);
  await addInboxMember(fake, conversation.inbox_id, agent.id);
  return { id: conversation.id, agent, inboxId: conversation.inbox_id };
}

describe('POST /api/v1/accounts/{account.id}/conversations/:id/toggle_status', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.post(fake.path(`/conversations/${id}/toggle_status`))).status).toBe(401);
  });

  describe('when it is an authenticated user', () => {
    let id: number;
    let agent: SpecUser;
    beforeEach(async () => ({ id, agent } = await conversationWithAgent()));
    const toggle = (body: object, token = agent.token) =>
      post(`/conversations/${id}/toggle_status`, body, token);
    const setStatus = (status: string) => toggle({ status }, ADMIN).expect(200);

    it(`${SPEC}: toggles the conversation status if status is empty`, async () => {
      expect((await reload(fake, id)).status).toBe('open');
      expect((await toggle({ status: '' })).status).toBe(200);
      expect((await reload(fake, id)).status).toBe('resolved');
    });

    it(`${SPEC}: toggles the conversation status to open from pending`, async () => {
      await setStatus('pending');
      expect((await toggle({ status: 'open' })).status).toBe(200);
      expect((await reload(fake, id)).status).toBe('open');
    });

    it(`${SPEC}: self assign if agent changes the conversation status to open`, async () => {
      await setStatus('pending');
      expect((await toggle({})).status).toBe(200);
      const conversation = await reload(fake, id);
      expect(conversation.status).toBe('open');
      expect(conversation.meta.assignee.id).toBe(agent.id);
    });

    it(`${SPEC}: disbale self assign if admin changes the conversation status to open`, async () => {
      const administrator = await createUser(fake, 'administrator');
      await setStatus('pending');
      expect((await reload(fake, id)).meta.assignee).toBeUndefined();
      expect((await toggle({}, administrator.token)).status).toBe(200);
      const conversation = await reload(fake, id);
      expect(conversation.status).toBe('open');
      expect(conversation.meta.assignee?.id).not.toBe(administrator.id);
    });

    it(`${SPEC}: toggles the conversation status to specific status when parameter is passed`, async () => {
      expect((await reload(fake, id)).status).toBe('open');
      expect((await toggle({ status: 'pending' })).status).toBe(200);
      expect((await reload(fake, id)).status).toBe('pending');
    });

    it(`${SPEC}: toggles the conversation status to snoozed when parameter is passed`, async () => {
      expect((await reload(fake, id)).status).toBe('open');
      const snoozedUntil = now() + 2 * 86_400;
      expect((await toggle({ status: 'snoozed', snoozed_until: snoozedUntil })).status).toBe(200);
      const conversation = await reload(fake, id);
      expect(conversation.status).toBe('snoozed');
      expect(Date.parse(conversation.snoozed_until) / 1000).toBe(snoozedUntil);
    });
  });

  describe('when it is an authenticated bot', () => {
    it(`${SPEC}: returns authorized for arbritrary status`, async () => {
      // The bot is attached to the helpdesk inbox; the conversation is in another inbox.
      const { id } = await createConversation(fake);
      expect((await reload(fake, id)).status).toBe('open');
      const snoozedUntil = now() + 2 * 86_400;
      const res = await post(
        `/conversations/${id}/toggle_status`,
        { status: 'snoozed', snoozed_until: snoozedUntil },
        BOT,
      );
      expect(res.status).toBe(200);
      expect((await reload(fake, id)).status).toBe('snoozed');
    });

    it(`${SPEC}: triggers handoff event when moving from pending to open`, async () => {
      // A conversation in the bot's inbox starts pending.
      const pending = await createConversation(fake, HELPDESK);
      expect(pending.status).toBe('pending');
      fake.events.clear();
      const res = await post(`/conversations/${pending.id}/toggle_status`, { status: 'open' }, BOT);
      expect(res.status).toBe(200);
      expect((await reload(fake, pending.id)).status).toBe('open');
      expect(eventsNamed('conversation_bot_handoff')).toHaveLength(1);
    });
  });
});

describe('POST /api/v1/accounts/{account.id}/conversations/:id/toggle_priority', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.post(fake.path(`/conversations/${id}/toggle_priority`))).status).toBe(401);
  });

  it(`${SPEC}: toggles the conversation priority to nil if no value is passed`, async () => {
    const { id, agent } = await conversationWithAgent();
    expect((await reload(fake, id)).priority).toBeNull();
    expect(
      (await post(`/conversations/${id}/toggle_priority`, { priority: 'low' }, agent.token)).status,
    ).toBe(200);
    expect((await reload(fake, id)).priority).toBe('low');
  });

  it(`${SPEC}: toggles the conversation priority`, async () => {
    const { id, agent } = await conversationWithAgent();
    await post(`/conversations/${id}/toggle_priority`, { priority: 'low' }, ADMIN).expect(200);
    expect((await reload(fake, id)).priority).toBe('low');
    expect((await post(`/conversations/${id}/toggle_priority`, {}, agent.token)).status).toBe(200);
    expect((await reload(fake, id)).priority).toBeNull();
  });

  it(`${SPEC}: when it is an authenticated bot, toggle the priority of the bot agent conversation`, async () => {
    const { id } = await createConversation(fake); // not in the bot's inbox
    await post(`/conversations/${id}/toggle_priority`, { priority: 'low' }, ADMIN).expect(200);
    expect((await reload(fake, id)).priority).toBe('low');
    expect((await post(`/conversations/${id}/toggle_priority`, { priority: 'high' }, BOT)).status).toBe(200);
    expect((await reload(fake, id)).priority).toBe('high');
  });
});

describe('POST /api/v1/accounts/{account.id}/conversations/:id/toggle_typing_status', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.post(fake.path(`/conversations/${id}/toggle_typing_status`))).status).toBe(401);
  });

  for (const isPrivate of [false, true]) {
    const title = isPrivate
      ? 'toggles the conversation status for private notes'
      : 'toggles the conversation status';
    it(`${SPEC}: ${title}`, async () => {
      const { id, agent } = await conversationWithAgent();
      fake.events.clear();
      const res = await post(
        `/conversations/${id}/toggle_typing_status`,
        { typing_status: 'on', is_private: isPrivate },
        agent.token,
      );
      expect(res.status).toBe(200);
      expect(eventsNamed('conversation_typing_on').map((e) => e.data)).toEqual([
        expect.objectContaining({ userType: 'User', userId: agent.id, isPrivate }),
      ]);
    });
  }

  it(`${SPEC}: when it is an authenticated bot, toggles the conversation typing status`, async () => {
    const conversation = await createConversation(fake, HELPDESK);
    fake.events.clear();
    const res = await post(
      `/conversations/${conversation.id}/toggle_typing_status`,
      { typing_status: 'on', is_private: false },
      BOT,
    );
    expect(res.status).toBe(200);
    expect(eventsNamed('conversation_typing_on').map((e) => e.data)).toEqual([
      expect.objectContaining({ userType: 'AgentBot', userId: 1, isPrivate: false }),
    ]);
  });

  it(`${SPEC}: when it is an authenticated platform app token, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    const res = await post(
      `/conversations/${id}/toggle_typing_status`,
      { typing_status: 'on', is_private: false },
      PLATFORM,
    );
    expect(res.status).toBe(401);
  });
});

describe('POST /api/v1/accounts/{account.id}/conversations/:id/update_last_seen', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.post(fake.path(`/conversations/${id}/update_last_seen`))).status).toBe(401);
  });

  describe('when it is an authenticated user', () => {
    let id: number;
    let agent: SpecUser;
    beforeEach(async () => ({ id, agent } = await conversationWithAgent()));
    const seen = (token = agent.token) => post(`/conversations/${id}/update_last_seen`, {}, token);
    const assignToAgent = () =>
      post(`/conversations/${id}/assignments`, { assignee_id: agent.id }, ADMIN).expect(200);

    it(`${SPEC}: updates last seen`, async () => {
      expect((await reload(fake, id)).agent_last_seen_at).toBe(0); // never seen
      const before = now();
      expect((await seen()).status).toBe(200);
      expect((await reload(fake, id)).agent_last_seen_at).toBeGreaterThanOrEqual(before);
    });

    it(`${SPEC}: updates assignee last seen`, async () => {
      await assignToAgent();
      expect((await reload(fake, id)).assignee_last_seen_at).toBe(0);
      const before = now();
      expect((await seen()).status).toBe(200);
      expect((await reload(fake, id)).assignee_last_seen_at).toBeGreaterThanOrEqual(before);
    });

    it(`${SPEC}: marks unread notifications as read when updating last seen`, async () => {
      // `create(:notification, user: agent, primary_actor: conversation, read_at: nil)`: made as Chatwoot
      // makes one, the administrator mentioning the agent in a private note of the conversation.
      const mention = `[@${agent.name}](mention://user/${agent.id}/${encodeURIComponent(agent.name)}) see this`;
      await post(`/conversations/${id}/messages`, { content: mention, private: true }, ADMIN).expect(200);
      const mine = async () => {
        const res = await fake.get('/notifications?type=read&status=snoozed', agent.token).expect(200);
        return (res.body.data.payload as { id: number; primary_actor_id: number; read_at: unknown }[]).filter(
          (n) => n.primary_actor_id === id,
        );
      };
      const [notification] = await mine();
      expect(notification.read_at).toBeNull();
      const before = eventsNamed('notification_updated').length;

      expect((await seen()).status).toBe(200);
      const [after] = await mine();
      expect(after.id).toBe(notification.id);
      expect(after.read_at).not.toBeNull(); // read_at present
      // dispatch('notification.updated', …, notification: <that notification>)
      const updated = eventsNamed('notification_updated').slice(before);
      expect(updated.map((e) => e.data.notificationId)).toEqual([notification.id]);
    });

    it(`${SPEC}: throttles updates within an hour when there are no unread messages`, async () => {
      await seen().expect(200);
      const initial = (await reload(fake, id)).agent_last_seen_at;
      minutes(30);
      expect((await seen()).status).toBe(200);
      expect((await reload(fake, id)).agent_last_seen_at).toBe(initial);
    });

    it(`${SPEC}: updates even within an hour when there are unread messages`, async () => {
      await seen().expect(200);
      const initial = (await reload(fake, id)).agent_last_seen_at;
      minutes(25);
      await createIncomingMessage(fake, id, 'still there?');
      minutes(5);
      expect((await seen()).status).toBe(200);
      const after = (await reload(fake, id)).agent_last_seen_at;
      expect(after).not.toBe(initial);
      expect(after).toBeGreaterThan(initial);
    });

    it(`${SPEC}: updates both if one timestamp is old even when the other is recent`, async () => {
      // The spec sets agent_last_seen_at 2 h and assignee_last_seen_at 30 min ago. Through the API the
      // mirror case is reachable: the assignee saw it 2 h ago, another agent 30 min ago.
      await assignToAgent();
      await seen().expect(200);
      const initial = (await reload(fake, id)).assignee_last_seen_at;
      minutes(90);
      await seen(ADMIN).expect(200); // not the assignee: agent_last_seen_at only
      minutes(30);
      expect((await seen()).status).toBe(200);
      const conversation = await reload(fake, id);
      expect(conversation.agent_last_seen_at).toBeGreaterThan(initial);
      expect(conversation.assignee_last_seen_at).toBeGreaterThan(initial);
    });

    it(`${SPEC}: throttles only when both timestamps are recent and no unread messages`, async () => {
      await assignToAgent();
      await seen().expect(200);
      const before = await reload(fake, id);
      minutes(30);
      expect((await seen()).status).toBe(200);
      const after = await reload(fake, id);
      expect(after.agent_last_seen_at).toBe(before.agent_last_seen_at);
      expect(after.assignee_last_seen_at).toBe(before.assignee_last_seen_at);
    });
  });
});

describe('POST /api/v1/accounts/{account.id}/conversations/:id/unread', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.post(fake.path(`/conversations/${id}/unread`))).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates last seen`, async () => {
    const { id, agent } = await conversationWithAgent();
    const message = await createIncomingMessage(fake, id, 'Hello');
    minutes(3);
    expect((await post(`/conversations/${id}/unread`, {}, agent.token)).status).toBe(200);
    const conversation = await reload(fake, id);
    expect(conversation.agent_last_seen_at).toBe(message.created_at - 1);
    expect(conversation.assignee_last_seen_at).toBe(message.created_at - 1);
  });
});

describe('POST /api/v1/accounts/{account.id}/conversations/:id/mute and unmute', () => {
  it(`${SPEC}: mute, when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.post(fake.path(`/conversations/${id}/mute`))).status).toBe(401);
  });

  it(`${SPEC}: mutes conversation`, async () => {
    const { id, agent } = await conversationWithAgent();
    expect((await post(`/conversations/${id}/mute`, {}, agent.token)).status).toBe(200);
    const conversation = await reload(fake, id);
    expect(conversation.status).toBe('resolved');
    expect(conversation.muted).toBe(true);
  });

  it(`${SPEC}: unmute, when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    await post(`/conversations/${id}/mute`, {}, ADMIN).expect(200);
    expect((await fake.http.post(fake.path(`/conversations/${id}/unmute`))).status).toBe(401);
  });

  it(`${SPEC}: unmutes conversation`, async () => {
    const { id, agent } = await conversationWithAgent();
    await post(`/conversations/${id}/mute`, {}, ADMIN).expect(200);
    expect((await post(`/conversations/${id}/unmute`, {}, agent.token)).status).toBe(200);
    expect((await reload(fake, id)).muted).toBe(false);
  });
});

describe('POST /api/v1/accounts/{account.id}/conversations/:id/transcript', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.post(fake.path(`/conversations/${id}/transcript`))).status).toBe(401);
  });

  it(`${SPEC}: mutes conversation`, async () => {
    // (the spec's title; it sends the transcript) The mailer is seen as the fake's transcript event.
    const { id, agent } = await conversationWithAgent();
    fake.events.clear();
    expect(
      (await post(`/conversations/${id}/transcript`, { email: 'test@test.com' }, agent.token)).status,
    ).toBe(200);
    expect(eventsNamed('conversation_transcript').map((e) => e.data)).toEqual([
      expect.objectContaining({ email: 'test@test.com' }),
    ]);
  });

  it(`${SPEC}: renders error when parameter missing`, async () => {
    const { id, agent } = await conversationWithAgent();
    expect((await post(`/conversations/${id}/transcript`, {}, agent.token)).status).toBe(422);
  });
});

describe('POST /api/v1/accounts/{account.id}/conversations/:id/custom_attributes', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.post(fake.path(`/conversations/${id}/custom_attributes`))).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates custom attributes`, async () => {
    const { id, agent } = await conversationWithAgent();
    const customAttributes = { user_id: 1001, created_date: '23/12/2012', subscription_id: 12 };
    const res = await post(
      `/conversations/${id}/custom_attributes`,
      { custom_attributes: customAttributes },
      agent.token,
    );
    expect(res.status).toBe(200);
    const stored = (await reload(fake, id)).custom_attributes;
    expect(stored).not.toBeNull();
    expect(Object.keys(stored)).toHaveLength(3);
  });

  it(`${SPEC}: when it is a bot, updates custom attributes`, async () => {
    const { id } = await createConversation(fake, HELPDESK);
    const customAttributes = { bot_id: 1001, flow_name: 'support_flow', step: 'greeting' };
    const res = await post(
      `/conversations/${id}/custom_attributes`,
      { custom_attributes: customAttributes },
      BOT,
    );
    expect(res.status).toBe(200);
    const stored = (await reload(fake, id)).custom_attributes;
    expect(stored).not.toBeNull();
    expect(Object.keys(stored)).toHaveLength(3);
  });
});

describe('GET /api/v1/accounts/{account.id}/conversations/:id/attachments', () => {
  /** The spec's incoming message with an image attachment, sent by the conversation's contact. */
  async function withAttachment() {
    const { id, agent } = await conversationWithAgent();
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const message = await fake.http
      .post(fake.path(`/conversations/${id}/messages`))
      .set('api_access_token', ADMIN)
      .field('message_type', 'incoming')
      .attach('attachments[]', png, { filename: 'avatar.png', contentType: 'image/png' });
    expect(message.status).toBe(200);
    return { id, agent, message: message.body };
  }

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.get(fake.path(`/conversations/${id}/attachments`))).status).toBe(401);
  });

  it(`${SPEC}: does not return the attachments if you do not have access to it`, async () => {
    const { id } = await withAttachment();
    const outsider = await createUser(fake);
    expect((await fake.get(`/conversations/${id}/attachments`, outsider.token)).status).toBe(401);
  });

  it(`${SPEC}: return the attachments if you are an administrator`, async () => {
    const { id, message } = await withAttachment();
    const administrator = await createUser(fake, 'administrator');
    const res = await fake.get(`/conversations/${id}/attachments`, administrator.token);
    expect(res.status).toBe(200);
    expect(res.body.payload[0].id).toBe(message.attachments[0].id);
    expect(res.body.payload[0].file_type).toBe('image');
    expect(res.body.payload[0].sender.id).toBe(message.sender.id);
  });

  it(`${SPEC}: return the attachments if you are an agent with access to inbox`, async () => {
    const { id } = await withAttachment();
    // The spec signs this one in as the administrator too.
    const administrator = await createUser(fake, 'administrator');
    const res = await fake.get(`/conversations/${id}/attachments`, administrator.token);
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(1);
  });
});

describe('DELETE /api/v1/accounts/{account.id}/conversations/:id', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const { id } = await createConversation(fake);
    expect((await fake.http.delete(fake.path(`/conversations/${id}`))).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated agent, returns unauthorized`, async () => {
    const { id, agent } = await conversationWithAgent();
    const res = await fake.send('delete', `/conversations/${id}`, undefined, agent.token);
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('You are not authorized to do this action');
  });

  it(`${SPEC}: successfully deletes the conversation`, async () => {
    const conversation = await createConversation(fake);
    const administrator = await createUser(fake, 'administrator');
    await addInboxMember(fake, conversation.inbox_id, administrator.id);
    const res = await fake.send(
      'delete',
      `/conversations/${conversation.id}`,
      undefined,
      administrator.token,
    );
    expect(res.status).toBe(200);
    // DeleteObjectJob, seen once it has run: the conversation is gone.
    expect((await fake.get(`/conversations/${conversation.id}`)).status).toBe(404);
  });

  it(`${SPEC}: can delete conversations from inboxes without direct access`, async () => {
    const administrator = await createUser(fake, 'administrator');
    const other = await createConversation(fake); // an inbox the administrator is no member of
    const res = await fake.send('delete', `/conversations/${other.id}`, undefined, administrator.token);
    expect(res.status).toBe(200);
    expect((await fake.get(`/conversations/${other.id}`)).status).toBe(404);
  });
});
