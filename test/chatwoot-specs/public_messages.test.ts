/**
 * Chatwoot's request spec for the public inbox messages, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/public/api/v1/inbox/messages_controller_spec.rb at
 * 9a1aa0205392f372ff110c833427b7ca9ca2d544. The index also holds 074ad7db0d6a2d45cc532f2940caabb6ef610131,
 * the same examples plus four about `sender_identifier` in group conversations (`group: true`,
 * GroupContact), a model the fake does not have; those four are not ported (see README.md).
 *
 * The spec's `api_channel` is the default world's API inbox; `contact`, `contact_inbox` and
 * `conversation` are made through the public API. The spec's factory messages are the contact's own (the
 * index) or an agent's reply (the PATCH examples); the input_csat message is an agent's, whose survey
 * response the first PATCH creates. "15.days.ago" is the fake's clock moved 15 days on.
 */
import { testFake, type TestFake } from '../helpers';
import {
  agentSays,
  contactSays,
  messagesPath,
  newContact,
  newConversation,
  type PublicContact,
} from './public_helpers';

const SPEC = 'messages_controller_spec.rb (public)';

let fake: TestFake;
let contact: PublicContact;
let conversation: { id: number };
let path: string;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  contact = await newContact(fake, {
    name: 'Spec Contact',
    phone_number: '+324234324',
    email: 'dfsadf@sfsda.com',
  });
  conversation = await newConversation(fake, contact.source_id);
  path = messagesPath(contact.source_id, conversation.id);
});

describe(`${SPEC} GET …/conversations/{conversation_id}/messages`, () => {
  it(`${SPEC}: return the messages for that conversation`, async () => {
    await contactSays(fake, contact.source_id, conversation.id, 'one');
    await contactSays(fake, contact.source_id, conversation.id, 'two');
    const res = await fake.http.get(path);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
  });
});

describe(`${SPEC} POST …/conversations/{conversation_id}/messages`, () => {
  it(`${SPEC}: creates a message in the conversation`, async () => {
    const res = await fake.http.post(path).send({ content: 'hello' });
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('hello');
  });

  it(`${SPEC}: does not create the message`, async () => {
    const res = await fake.http.post(path).send({ content: `${'h'.repeat(150 * 1000)}a` });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Content is too long (maximum is 150000 characters)');
    expect((await fake.http.get(path)).body).toHaveLength(0);
  });

  it(`${SPEC}: creates attachment message in conversation`, async () => {
    const res = await fake.http
      .post(path)
      .field('content', 'hello')
      .attach('attachments[]', Buffer.from('\x89PNG\r\n\x1a\n'), {
        filename: 'avatar.png',
        contentType: 'image/png',
      });
    expect(res.status).toBe(200);
    expect(res.body.content).toBe('hello');
    // conversation.messages.last.attachments.first: read back through the public index.
    const last = (await fake.http.get(path)).body.at(-1);
    expect(last.attachments[0].data_url).toEqual(expect.any(String));
    expect(last.attachments[0].file_type).toBe('image');
  });
});

describe(`${SPEC} PATCH …/conversations/{conversation_id}/messages/{id}`, () => {
  it(`${SPEC}: updates a message in the conversation`, async () => {
    const message = await agentSays(fake, conversation.id, { content: 'Pick one' });
    const res = await fake.http
      .patch(`${path}/${message.id}`)
      .send({ submitted_values: [{ title: 'test' }] });
    expect(res.status).toBe(200);
    expect(res.body.content_attributes.submitted_values[0].title).toBe('test');
  });

  it(`${SPEC}: updates CSAT survey response for the conversation`, async () => {
    const message = await agentSays(fake, conversation.id, {
      content: 'Rate us',
      content_type: 'input_csat',
    });
    const res = await fake.http.patch(`${path}/${message.id}`).send({
      submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'amazing experience' } },
    });
    expect(res.status).toBe(200);
    const submitted = res.body.content_attributes.submitted_values.csat_survey_response;
    expect(submitted.feedback_message).toBe('amazing experience');
    expect(submitted.rating).toBe(4);
  });

  it(`${SPEC}: returns update error if CSAT message sent more than 14 days`, async () => {
    const message = await agentSays(fake, conversation.id, {
      content: 'Rate us',
      content_type: 'input_csat',
    });
    fake.clock.advance(15 * 86_400_000);
    const res = await fake.http.patch(`${path}/${message.id}`).send({
      submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'amazing experience' } },
    });
    expect(res.status).toBe(422);
  });
});
