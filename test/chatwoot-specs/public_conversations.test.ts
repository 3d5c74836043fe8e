/**
 * Chatwoot's request spec for the public inbox conversations, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/public/api/v1/inbox/conversations_controller_spec.rb at
 * 1ad8fdb4a6e59275bd4a8f6dcc57666e0e024a4d, the newest stored (9a860fee… is an early two-example one).
 * See README.md.
 *
 * The spec's `api_channel` is the default world's API inbox; `contact` and `contact_inbox` are made
 * through `POST .../contacts`, conversations through `POST .../conversations`. The spec's factory
 * messages are the contact's own (public API), a private note and an activity message are made through
 * the Application API (an administrator's note, an assignment). The dispatcher is read from the fake's
 * event log; database reads go through the Application API.
 */
import { ADMIN, testFake, type TestFake } from '../helpers';
import {
  agentSays,
  contactSays,
  conversationPath,
  conversationsPath,
  newContact,
  newConversation,
  type PublicContact,
} from './public_helpers';

const SPEC = 'conversations_controller_spec.rb (public)';

let fake: TestFake;
let contact: PublicContact;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  fake.events.clear();
  contact = await newContact(fake, { name: 'Spec Contact' });
});

describe(`${SPEC} GET /public/api/v1/inboxes/{identifier}/contact/{source_id}/conversations`, () => {
  it(`${SPEC}: return the conversations for that contact`, async () => {
    const conversation = await newConversation(fake, contact.source_id);
    const res = await fake.http.get(conversationsPath(contact.source_id));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].uuid).toBe(conversation.uuid);
  });

  it(`${SPEC}: does not return any private or activity message`, async () => {
    const conversation = await newConversation(fake, contact.source_id);
    await contactSays(fake, contact.source_id, conversation.id, 'message-1');
    await contactSays(fake, contact.source_id, conversation.id, 'message-2');
    await agentSays(fake, conversation.id, { content: 'private-message-1', private: true });
    // An activity message: the assignment writes one.
    const profile = await fake.http.get('/api/v1/profile').set('api_access_token', ADMIN);
    const assign = await fake.send('post', `/conversations/${conversation.id}/assignments`, {
      assignee_id: profile.body.id,
    });
    expect(assign.status).toBe(200);
    const all = await fake.get(`/conversations/${conversation.id}/messages`);
    expect(all.body.payload.map((m: { message_type: number }) => m.message_type)).toContain(2);

    const res = await fake.http.get(conversationsPath(contact.source_id));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0].messages).toHaveLength(2);
    const messages = res.body[0].messages as { content: string; message_type: number }[];
    expect(messages.map((m) => m.content)).not.toContain('private-message-1');
    // The public message renders message_type as the integer enum: activity is 2.
    expect(messages.map((m) => m.message_type)).not.toContain('activity');
    expect(messages.map((m) => m.message_type)).not.toContain(2);
  });
});

describe(`${SPEC} POST /public/api/v1/inboxes/{identifier}/contact/{source_id}/conversations`, () => {
  it(`${SPEC}: creates a conversation for that contact`, async () => {
    const res = await fake.http.post(conversationsPath(contact.source_id));
    expect(res.status).toBe(200);
    expect(res.body.id).toEqual(expect.any(Number));
    // The answer's contact is the Contact record's as_json, with the label_list attribute.
    expect(res.body.contact).toMatchObject({ id: contact.id, label_list: [] });
  });

  it(`${SPEC}: creates a conversation with custom attributes but prevents other attributes`, async () => {
    const res = await fake.http
      .post(conversationsPath(contact.source_id))
      .send({ custom_attributes: { test: 'test' }, additional_attributes: { test: 'test' } });
    expect(res.status).toBe(200);
    const conversation = await fake.get(`/conversations/${res.body.id}`);
    expect(conversation.status).toBe(200);
    expect(conversation.body.custom_attributes).toEqual({ test: 'test' });
    expect(conversation.body.additional_attributes).toEqual({});
  });
});

describe(`${SPEC} POST …/conversations/{conversation_id}/toggle_typing`, () => {
  it(`${SPEC}: dispatches the correct typing status`, async () => {
    const conversation = await newConversation(fake, contact.source_id);
    fake.events.clear();
    const res = await fake.http
      .post(`${conversationPath(contact.source_id, conversation.id)}/toggle_typing`)
      .send({ typing_status: 'on' });
    expect(res.status).toBe(200);
    const typing = [
      ...fake.events.named('conversation_typing_on'),
      ...fake.events.named('conversation_typing_off'),
    ];
    expect(typing.map((e) => [e.name, e.data.userType, e.data.userId])).toEqual([
      ['conversation_typing_on', 'Contact', contact.id],
    ]);
  });
});

describe(`${SPEC} POST …/conversations/{conversation_id}/update_last_seen`, () => {
  it(`${SPEC}: updates the last seen of the conversation contact`, async () => {
    const conversation = await newConversation(fake, contact.source_id);
    const before = conversation.contact_last_seen_at;
    fake.clock.advance('1m');
    const res = await fake.http.post(
      `${conversationPath(contact.source_id, conversation.id)}/update_last_seen`,
    );
    expect(res.status).toBe(200);
    const after = await fake.http.get(conversationPath(contact.source_id, conversation.id));
    expect(after.body.contact_last_seen_at).not.toBe(before);
  });
});
