/**
 * Chatwoot's request spec for the conversations controller, replayed over HTTP against the fake:
 * listing, counts, search, filter, show, update and create (the member actions are in
 * conversations-actions.test.ts). Source (see README.md):
 * - spec/controllers/api/v1/accounts/conversations_controller_spec.rb, the newest copy in the index
 *   (62,869 characters, stored under AdminTNL/chatwoot-next at 26382f7204cd0ad38acbe8d419fde11c3da685fa;
 *   chatwoot/chatwoot's own stored copies, 00adae0e6336019ca0898de4ad9d9d52379f849b and
 *   d71428c5d09eadb6bc2fbaeb1d6f8a5d7073ed9a, are older). Its fork-only block (clear_ai_history) is left
 *   out; the controller it tests is chatwoot/chatwoot's at 004622e636dd5a426a2f74a52f2cceccdfee3c41.
 * Each test names the spec's `it`.
 *
 * The spec's fresh account is played by fresh records in the default world: `create(:conversation)`
 * is a conversation of a new contact in a new API inbox with no members (conversations-world.ts), so
 * counts seen by a new agent who is a member of that inbox only are the spec's counts.
 */
import { ADMIN, testFake, type TestFake } from '../helpers';
import {
  addInboxMember,
  addTeamMember,
  createContact,
  createConversation,
  createInbox,
  createIncomingMessage,
  createTeam,
  createUser,
  reload,
} from './conversations-world';

const SPEC = 'conversations_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

describe('GET /api/v1/accounts/{account.id}/conversations', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await fake.http.get(fake.path('/conversations'))).status).toBe(401);
  });

  describe('when it is an authenticated user', () => {
    it(`${SPEC}: returns all conversations with messages`, async () => {
      const agent = await createUser(fake);
      const conversation = await createConversation(fake);
      await addInboxMember(fake, conversation.inbox_id, agent.id);
      const message = await createIncomingMessage(fake, conversation.id, 'hello');
      const res = await fake.get('/conversations', agent.token);
      expect(res.status).toBe(200);
      expect(res.body.data.meta.all_count).toBe(1);
      expect(Object.keys(res.body.data.meta)).toEqual(
        expect.arrayContaining(['all_count', 'mine_count', 'assigned_count', 'unassigned_count']),
      );
      expect(res.body.data.payload[0].uuid).toBe(conversation.uuid);
      expect(res.body.data.payload[0].messages[0].id).toBe(message.id);
    });

    it(`${SPEC}: returns conversations with empty messages array for conversations with out messages`, async () => {
      const agent = await createUser(fake);
      const conversation = await createConversation(fake);
      await addInboxMember(fake, conversation.inbox_id, agent.id);
      const res = await fake.get('/conversations', agent.token);
      expect(res.status).toBe(200);
      expect(res.body.data.meta.all_count).toBe(1);
      expect(res.body.data.payload[0].messages).toEqual([]);
    });

    it(`${SPEC}: returns unattended conversations`, async () => {
      // attended: replied to (first reply made, waiting_since cleared by the outgoing message)
      const attended = await createConversation(fake);
      await createIncomingMessage(fake, attended.id, 'hi');
      await fake.send('post', `/conversations/${attended.id}/messages`, { content: 'reply' }).expect(200);
      // unattended: never replied to
      const noReply = await createConversation(fake);
      await createIncomingMessage(fake, noReply.id, 'hi');
      // unattended: replied to once, then the contact wrote again (waiting since then)
      const waiting = await createConversation(fake);
      await createIncomingMessage(fake, waiting.id, 'hi');
      await fake.send('post', `/conversations/${waiting.id}/messages`, { content: 'reply' }).expect(200);
      await createIncomingMessage(fake, waiting.id, 'again');

      const agent1 = await createUser(fake);
      for (const c of [attended, noReply, waiting]) await addInboxMember(fake, c.inbox_id, agent1.id);
      const res = await fake.http
        .get(fake.path('/conversations'))
        .query({ conversation_type: 'unattended' })
        .set('api_access_token', agent1.token);
      expect(res.status).toBe(200);
      expect(res.body.data.meta.all_count).toBe(2);
      expect(res.body.data.payload).toHaveLength(2);
    });
  });
});

describe('GET /api/v1/accounts/{account.id}/conversations/meta', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await fake.http.get(fake.path('/conversations/meta'))).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all conversations counts`, async () => {
    const agent = await createUser(fake);
    const conversation = await createConversation(fake);
    await addInboxMember(fake, conversation.inbox_id, agent.id);
    const res = await fake.get('/conversations/meta', agent.token);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.meta)).toEqual(
      expect.arrayContaining(['all_count', 'mine_count', 'assigned_count', 'unassigned_count']),
    );
    expect(res.body.meta.all_count).toBe(1);
  });
});

describe('GET /api/v1/accounts/{account.id}/conversations/search', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await fake.http.get(fake.path('/conversations/search')).query({ q: 'test' })).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all conversations with messages containing the search query`, async () => {
    const agent = await createUser(fake);
    const conversation = await createConversation(fake);
    await createIncomingMessage(fake, conversation.id, 'test1');
    await createIncomingMessage(fake, conversation.id, 'test2');
    await addInboxMember(fake, conversation.inbox_id, agent.id);
    const res = await fake.http
      .get(fake.path('/conversations/search'))
      .query({ q: 'test1' })
      .set('api_access_token', agent.token);
    expect(res.status).toBe(200);
    expect(res.body.meta.all_count).toBe(1);
    expect(res.body.payload[0].messages[0].content).toBe('test1');
  });
});

describe('GET /api/v1/accounts/{account.id}/conversations/filter', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await fake.http.post(fake.path('/conversations/filter')).send({ q: 'test' })).status).toBe(401);
  });

  describe('when it is an authenticated user', () => {
    let agent: Awaited<ReturnType<typeof createUser>>;
    beforeEach(async () => {
      agent = await createUser(fake);
      const conversation = await createConversation(fake);
      await createIncomingMessage(fake, conversation.id, 'test1');
      await createIncomingMessage(fake, conversation.id, 'test2');
      await addInboxMember(fake, conversation.inbox_id, agent.id);
    });
    const filter = (payload: object[]) =>
      fake.send('post', '/conversations/filter', { payload }, agent.token);

    it(`${SPEC}: returns all conversations matching the query`, async () => {
      const res = await filter([{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'] }]);
      expect(res.status).toBe(200);
      // `response_data.count`: the two keys of the body, meta and payload.
      expect(Object.keys(res.body)).toHaveLength(2);
    });

    it(`${SPEC}: returns error if the filters contain invalid attributes`, async () => {
      const res = await filter([
        { attribute_key: 'phone_number', filter_operator: 'equal_to', values: ['open'] },
      ]);
      expect(res.status).toBe(422);
      expect(res.body.error).toContain('Invalid attribute key - [phone_number]');
    });

    it(`${SPEC}: returns error if the filters contain invalid operator`, async () => {
      const res = await filter([{ attribute_key: 'status', filter_operator: 'eq', values: ['open'] }]);
      expect(res.status).toBe(422);
      expect(res.body.error).toBe(
        'Invalid operator. The allowed operators for status are [equal_to,not_equal_to].',
      );
    });
  });
});

describe('GET /api/v1/accounts/{account.id}/conversations/:id', () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const conversation = await createConversation(fake);
    expect((await fake.http.get(fake.path(`/conversations/${conversation.id}`))).status).toBe(401);
  });

  it(`${SPEC}: does not shows the conversation if you do not have access to it`, async () => {
    const agent = await createUser(fake);
    const conversation = await createConversation(fake);
    expect((await fake.get(`/conversations/${conversation.id}`, agent.token)).status).toBe(401);
  });

  it(`${SPEC}: shows the conversation if you are an administrator`, async () => {
    const administrator = await createUser(fake, 'administrator');
    const conversation = await createConversation(fake);
    const res = await fake.get(`/conversations/${conversation.id}`, administrator.token);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(conversation.id);
  });

  it(`${SPEC}: shows the conversation if you are an agent with access to inbox`, async () => {
    const agent = await createUser(fake);
    const conversation = await createConversation(fake);
    await addInboxMember(fake, conversation.inbox_id, agent.id);
    const res = await fake.get(`/conversations/${conversation.id}`, agent.token);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(conversation.id);
  });
});

describe('PATCH /api/v1/accounts/{account.id}/conversations/:id', () => {
  const params = { priority: 'high' };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const conversation = await createConversation(fake);
    const res = await fake.http.patch(fake.path(`/conversations/${conversation.id}`)).send(params);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: does not update the conversation if you do not have access to it`, async () => {
    const agent = await createUser(fake);
    const conversation = await createConversation(fake);
    expect((await fake.send('patch', `/conversations/${conversation.id}`, params, agent.token)).status).toBe(
      401,
    );
    expect((await reload(fake, conversation.id)).priority).toBeNull();
  });

  it(`${SPEC}: updates the conversation if you are an administrator`, async () => {
    const administrator = await createUser(fake, 'administrator');
    const conversation = await createConversation(fake);
    const res = await fake.send('patch', `/conversations/${conversation.id}`, params, administrator.token);
    expect(res.status).toBe(200);
    expect(res.body.priority).toBe('high');
  });

  it(`${SPEC}: updates the conversation if you are an agent with access to inbox`, async () => {
    const agent = await createUser(fake);
    const conversation = await createConversation(fake);
    await addInboxMember(fake, conversation.inbox_id, agent.id);
    const res = await fake.send('patch', `/conversations/${conversation.id}`, params, agent.token);
    expect(res.status).toBe(200);
    expect(res.body.priority).toBe('high');
  });
});

describe('POST /api/v1/accounts/{account.id}/conversations', () => {
  /** The spec's `let!(:contact_inbox)`: the contact's contact inbox in a new inbox, made eagerly. */
  let inboxId: number;
  let contactId: number;
  let sourceId: string;
  beforeEach(async () => {
    inboxId = (await createInbox(fake)).id;
    contactId = (await createContact(fake)).id;
    const res = await fake.send('post', `/contacts/${contactId}/contact_inboxes`, { inbox_id: inboxId });
    expect(res.status).toBe(200);
    sourceId = res.body.source_id;
  });
  const conversationCount = async () =>
    (await fake.get('/conversations/meta?status=all')).body.meta.all_count;

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post(fake.path('/conversations')).send({ source_id: sourceId });
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: will not create a new conversation if agent does not have access to inbox`, async () => {
    const agent = await createUser(fake);
    const before = await conversationCount();
    const res = await fake.send(
      'post',
      '/conversations',
      { source_id: sourceId, additional_attributes: { test: 'test' } },
      agent.token,
    );
    expect(res.status).toBe(401);
    expect(await conversationCount()).toBe(before);
  });

  describe('when it is an authenticated user who has access to the inbox', () => {
    let agent: Awaited<ReturnType<typeof createUser>>;
    let team: { id: number; name: string };
    beforeEach(async () => {
      agent = await createUser(fake);
      team = await createTeam(fake);
      await addInboxMember(fake, inboxId, agent.id);
      await addTeamMember(fake, team.id, agent.id);
    });
    const create = (body: object) => fake.send('post', '/conversations', body, agent.token);

    it(`${SPEC}: creates a new conversation`, async () => {
      const res = await create({ source_id: sourceId, additional_attributes: { test: 'test' } });
      expect(res.status).toBe(200);
      expect(res.body.additional_attributes).toEqual({ test: 'test' });
    });

    it(`${SPEC}: does not create a new conversation if source_id is not unique`, async () => {
      const newContact = await createContact(fake);
      const before = await conversationCount();
      const res = await create({ source_id: sourceId, inbox_id: inboxId, contact_id: newContact.id });
      expect(res.status).toBe(422);
      // The controller's rescue of ActiveRecord::RecordNotUnique (beyond the spec: the body).
      expect(res.body).toEqual({ error: 'source_id should be unique' });
      expect(await conversationCount()).toBe(before);
    });

    it(`${SPEC}: creates a conversation in specificed status`, async () => {
      const res = await create({ source_id: sourceId, status: 'pending' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('pending');
    });

    it(`${SPEC}: creates a new conversation with message when message is passed`, async () => {
      const res = await create({ source_id: sourceId, message: { content: 'hi' } });
      expect(res.status).toBe(200);
      expect(res.body.additional_attributes).toEqual({});
      const messages = await fake.get(`/conversations/${res.body.id}/messages`);
      const outgoing = (messages.body.payload as { message_type: number; content: string }[]).filter(
        (m) => m.message_type === 1,
      );
      expect(outgoing[0].content).toBe('hi');
    });

    it(`${SPEC}: calls contact inbox builder if contact_id and inbox_id is present`, async () => {
      // The spec stubs ContactInboxBuilder; seen from outside, the contact gets a contact inbox in the
      // inbox (hmac_verified false) and the conversation goes in it.
      const other = await createContact(fake);
      const res = await create({ contact_id: other.id, inbox_id: inboxId, hmac_verified: 'false' });
      expect(res.status).toBe(200);
      const contact = await fake.get(`/contacts/${other.id}`, ADMIN);
      const contactInboxes = contact.body.payload.contact_inboxes as { inbox: { id: number } }[];
      expect(contactInboxes.map((ci) => ci.inbox.id)).toContain(inboxId);
      expect(res.body.inbox_id).toBe(inboxId);
      expect(res.body.meta.sender.id).toBe(other.id);
      expect(res.body.meta.hmac_verified).toBe(false);
    });

    it(`${SPEC}: creates a new conversation with assignee and team`, async () => {
      const res = await create({
        source_id: sourceId,
        contact_id: contactId,
        inbox_id: inboxId,
        assignee_id: agent.id,
        team_id: team.id,
      });
      expect(res.status).toBe(200);
      expect(res.body.meta.assignee.name).toBe(agent.name);
      expect(res.body.meta.team.name).toBe(team.name);
    });
  });
});
