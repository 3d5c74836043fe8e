/**
 * Chatwoot's request spec for the web widget's messages controller, replayed over HTTP.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/widget/messages_controller_spec.rb at
 * 0435428cb2023c5a2fa904020512de43b30b683a. See README.md. Each test names the spec's `it`.
 *
 * The spec's two `create(:message)` are made here by the agent through the Application API (the spec
 * counts 4 with "2 messages by the email hook": the fake has no email collect hook, so it counts what it
 * made). `conversation.destroy!` is read as a visitor without a conversation; `mute!` and `snoozed!`
 * as the Application API's actions. The ActivityMessageJob expectation is read as the conversation
 * being open without a resolved activity.
 */
import { testFake, type TestFake } from '../helpers';
import { conversationOf, visitor, widgetCall } from './widget_support';

const SPEC = 'widget/messages_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

/** The spec's token, conversation and two messages in it. */
async function withMessages() {
  const v = await visitor(fake);
  const displayId = await conversationOf(fake, v.token, 'opening');
  for (const content of ['one', 'two'])
    await fake.send('post', `/conversations/${displayId}/messages`, { content });
  return { ...v, displayId };
}

const now = () => new Date('2026-01-15T09:00:00Z').toISOString();

describe('GET /api/v1/widget/messages', () => {
  it(`${SPEC}: returns messages in conversation`, async () => {
    const { token } = await withMessages();
    const res = await widgetCall(fake, 'get', 'messages', token);
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(3); // the visitor's opening message and the two
    expect(res.body.meta).not.toEqual({});
  });

  it(`${SPEC}: returns empty messages`, async () => {
    const { token } = await visitor(fake);
    const res = await widgetCall(fake, 'get', 'messages', token);
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(0);
  });
});

describe('POST /api/v1/widget/messages', () => {
  it(`${SPEC}: rejects the message and does not create a new conversation`, async () => {
    const { token, displayId } = await withMessages();
    await fake.send('patch', '/inboxes/1', { allow_messages_after_resolved: false });
    await fake.send('post', `/conversations/${displayId}/toggle_status`, { status: 'resolved' });
    const before = (await fake.get(`/conversations/${displayId}/messages`)).body.payload.length;
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('Conversation is resolved and does not accept new messages');
    expect((await fake.get(`/conversations/${displayId}/messages`)).body.payload.length).toBe(before);
    expect((await widgetCall(fake, 'get', 'conversations', token)).body.id).toBe(displayId);
  });

  it(`${SPEC}: accepts the message when the inbox allows messages after resolved`, async () => {
    const { token, displayId } = await withMessages();
    await fake.send('post', `/conversations/${displayId}/toggle_status`, { status: 'resolved' });
    await fake.send('patch', '/inboxes/1', { allow_messages_after_resolved: true });
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world' },
    });
    expect(res.status).toBe(200);
    expect((await widgetCall(fake, 'get', 'conversations', token)).body.id).toBe(displayId);
    const messages = (await widgetCall(fake, 'get', 'messages', token)).body.payload;
    expect(messages[messages.length - 1].content).toBe('hello world');
  });

  it(`${SPEC}: creates message in conversation`, async () => {
    const { token } = await visitor(fake);
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world', timestamp: now() },
    });
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('hello world');
  });

  it(`${SPEC}: creates conversation with custom_attributes when first message is sent`, async () => {
    const { token } = await visitor(fake);
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world', timestamp: now() },
      custom_attributes: { plan: 'enterprise', source: 'website' },
    });
    expect(res.status).toBe(200);
    const conversation = await fake.get(`/conversations/${res.body.conversation_id}`);
    expect(conversation.body.custom_attributes).toMatchObject({ plan: 'enterprise', source: 'website' });
  });

  it(`${SPEC}: creates conversation with labels when first message is sent`, async () => {
    const { token } = await visitor(fake);
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world', timestamp: now() },
      labels: ['vip'],
    });
    expect(res.status).toBe(200);
    expect((await fake.get(`/conversations/${res.body.conversation_id}`)).body.labels).toContain('vip');
  });

  it(`${SPEC}: ignores invalid labels when creating conversation with first message`, async () => {
    await fake.send('post', '/labels', { title: 'valid-label' });
    const { token } = await visitor(fake);
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world', timestamp: now() },
      labels: ['valid-label', 'nonexistent'],
    });
    expect(res.status).toBe(200);
    const labels = (await fake.get(`/conversations/${res.body.conversation_id}`)).body.labels;
    expect(labels).toContain('valid-label');
    expect(labels).not.toContain('nonexistent');
  });

  it(`${SPEC}: does not apply labels or custom_attributes when conversation already exists`, async () => {
    const { token, displayId } = await withMessages();
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world', timestamp: now() },
      custom_attributes: { plan: 'enterprise' },
      labels: ['vip'],
    });
    expect(res.status).toBe(200);
    const conversation = await fake.get(`/conversations/${displayId}`);
    expect(conversation.body.custom_attributes).not.toMatchObject({ plan: 'enterprise' });
    expect(conversation.body.labels).not.toContain('vip');
  });

  it(`${SPEC}: does not create the message`, async () => {
    const { token } = await visitor(fake);
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: `${'h'.repeat(150_000)}a`, timestamp: now() },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Content is too long (maximum is 150000 characters)');
  });

  it(`${SPEC}: creates message in conversation with a valid reply to`, async () => {
    const { token } = await withMessages();
    const first = (await widgetCall(fake, 'get', 'messages', token)).body.payload[0];
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world reply', timestamp: now(), reply_to: first.id },
    });
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('hello world reply');
    expect(res.body.content_attributes.in_reply_to).toBe(first.id);
    expect(res.body.content_attributes.in_reply_to_external_id).toBeNull();
  });

  it(`${SPEC}: creates message in conversation with an in-valid reply to`, async () => {
    const { token } = await withMessages();
    const first = (await widgetCall(fake, 'get', 'messages', token)).body.payload[0];
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world reply', timestamp: now(), reply_to: first.id + 300 },
    });
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('hello world reply');
    expect(res.body.content_attributes.in_reply_to).toBeNull();
    expect(res.body.content_attributes.in_reply_to_external_id).toBeNull();
  });

  it(`${SPEC}: creates attachment message in conversation`, async () => {
    const { token, displayId } = await withMessages();
    const res = await widgetCall(fake, 'post', 'messages', token)
      .field('message[content]', 'hello world')
      .field('message[timestamp]', now())
      .attach('message[attachments][]', Buffer.from('\x89PNG avatar'), {
        filename: 'avatar.png',
        contentType: 'image/png',
      });
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('hello world');
    const messages = (await fake.get(`/conversations/${displayId}/messages`)).body.payload;
    const last = messages[messages.length - 1];
    expect(last.attachments[0].data_url).toBeTruthy();
    expect(last.attachments[0].file_type).toBe('image');
  });

  it(`${SPEC}: does not reopen conversation when conversation is muted`, async () => {
    const { token, displayId } = await withMessages();
    await fake.send('post', `/conversations/${displayId}/toggle_status`, { status: 'resolved' });
    await fake.send('post', `/conversations/${displayId}/mute`);
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world' },
    });
    expect(res.status).toBe(200);
    expect((await fake.get(`/conversations/${displayId}`)).body.status).toBe('resolved');
  });

  it(`${SPEC}: does not create resolved activity messages when snoozed conversation is opened`, async () => {
    const { token, displayId } = await withMessages();
    await fake.send('post', `/conversations/${displayId}/toggle_status`, { status: 'snoozed' });
    const res = await widgetCall(fake, 'post', 'messages', token).send({
      message: { content: 'hello world' },
    });
    const activities = (await fake.get(`/conversations/${displayId}/messages`)).body.payload
      .filter((m: any) => m.message_type === 2)
      .map((m: any) => m.content);
    expect(activities.some((c: string) => c.startsWith('Conversation was resolved by'))).toBe(false);
    expect(res.status).toBe(200);
    expect((await fake.get(`/conversations/${displayId}`)).body.status).toBe('open');
  });
});

describe('PUT /api/v1/widget/messages', () => {
  /** An input_email message the agent sends in the conversation. */
  const emailPrompt = async (displayId: number) =>
    (
      await fake.send('post', `/conversations/${displayId}/messages`, {
        content: 'email?',
        content_type: 'input_email',
      })
    ).body.id as number;

  it(`${SPEC}: does not update the foreign message`, async () => {
    const { token } = await withMessages();
    const other = await visitor(fake);
    const otherConversation = await conversationOf(fake, other.token);
    const foreign = await emailPrompt(otherConversation);
    const res = await widgetCall(fake, 'put', `messages/${foreign}`, token).send({
      contact: { email: 'x@chatwoot.test' },
    });
    expect(res.status).toBe(404);
    const stored = (await fake.get(`/conversations/${otherConversation}/messages`)).body.payload.find(
      (m: any) => m.id === foreign,
    );
    expect(stored.content_attributes.submitted_email).toBeUndefined();
  });

  it(`${SPEC}: updates message in conversation and creates a new contact`, async () => {
    const { token, displayId } = await withMessages();
    const id = await emailPrompt(displayId);
    const res = await widgetCall(fake, 'put', `messages/${id}`, token).send({
      contact: { email: 'fresh@mail.test' },
    });
    expect(res.status).toBe(200);
    expect(res.body.content_attributes.submitted_email).toBe('fresh@mail.test');
    const sender = (await fake.get(`/conversations/${displayId}`)).body.meta.sender;
    expect(sender.email).toBe('fresh@mail.test');
    expect(sender.name).toBe('fresh');
  });

  it(`${SPEC}: rescues the error`, async () => {
    const { token, displayId } = await withMessages();
    const id = await emailPrompt(displayId);
    const res = await widgetCall(fake, 'put', `messages/${id}`, token).send({ contact: { email: null } });
    expect(res.status).toBe(200);
  });

  it(`${SPEC}: updates message in conversation and deletes the current contact`, async () => {
    const existing = await fake.send('post', '/contacts', { name: 'John Doe', email: 'john@mail.test' });
    const { token, displayId, contactId } = await withMessages();
    const id = await emailPrompt(displayId);
    const res = await widgetCall(fake, 'put', `messages/${id}`, token).send({
      contact: { email: 'john@mail.test' },
    });
    expect(res.status).toBe(200);
    expect((await fake.get(`/contacts/${existing.body.payload.contact.id}`)).body.payload.name).toBe(
      'John Doe',
    );
    expect((await fake.get(`/contacts/${contactId}`)).status).toBe(404);
  });

  it(`${SPEC}: ignores the casing of email, updates message in conversation and deletes the current contact`, async () => {
    await fake.send('post', '/contacts', { name: 'Jane', email: 'jane@mail.test' });
    const { token, displayId, contactId } = await withMessages();
    const id = await emailPrompt(displayId);
    const res = await widgetCall(fake, 'put', `messages/${id}`, token).send({
      contact: { email: 'JANE@MAIL.TEST' },
    });
    expect(res.status).toBe(200);
    expect((await fake.get(`/contacts/${contactId}`)).status).toBe(404);
  });
});
