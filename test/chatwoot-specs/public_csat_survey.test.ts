/**
 * Chatwoot's request spec for the public CSAT survey, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/public/api/v1/csat_survey_controller_spec.rb, newest shape
 * as stored at e9defc735aef2a7ad8a291b6725a8be56cfaa11e (a clone; the chatwoot/chatwoot copy
 * 0ac872d5cf6df18e23209a4d49204e5c513853fa reads `parsed_body.first` and `:unprocessable_entity`, the same
 * checks otherwise). See README.md.
 *
 * The spec's conversation is one of a contact of the default world's API inbox, made through the public
 * API; its input_csat message is an agent's (Application API), and the survey response the spec mocks is
 * made by the first PATCH. `conversation.id` is the conversation's database id, which no answer of the
 * Application API shows (they use the display id): it is read from the fake's store.
 */
import { testFake, type TestFake } from '../helpers';
import { agentSays, newContact, newConversation } from './public_helpers';

const SPEC = 'csat_survey_controller_spec.rb';
const PARAMS = {
  message: {
    submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'amazing experience' } },
  },
};

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

/** create(:conversation) with one message of the given content type; its uuid and database id. */
async function conversationWith(contentType: 'input_csat' | 'text') {
  const contact = await newContact(fake, { name: 'Survey Taker' });
  const conversation = await newConversation(fake, contact.source_id);
  await agentSays(fake, conversation.id, { content: 'Rate us', content_type: contentType });
  const id = fake.store.tables.conversations.findBy('display', [fake.accountId, conversation.id])!.id;
  return { uuid: conversation.uuid, id };
}

describe(`${SPEC} GET public/api/v1/csat_survey/{uuid}`, () => {
  it(`${SPEC}: return the csat response for that conversation`, async () => {
    const conversation = await conversationWith('input_csat');
    const res = await fake.http.get(`/public/api/v1/csat_survey/${conversation.uuid}`);
    expect(res.status).toBe(200);
    expect(res.body.conversation_id).toBe(conversation.id);
  });

  it(`${SPEC}: returns not found error for the open conversation`, async () => {
    const conversation = await conversationWith('text');
    const res = await fake.http.get(`/public/api/v1/csat_survey/${conversation.uuid}`);
    expect(res.status).toBe(404);
  });
});

describe(`${SPEC} PUT public/api/v1/csat_survey/{uuid}`, () => {
  it(`${SPEC}: update csat survey response for the conversation`, async () => {
    const conversation = await conversationWith('input_csat');
    const res = await fake.http.patch(`/public/api/v1/csat_survey/${conversation.uuid}`).send(PARAMS);
    expect(res.status).toBe(200);
    expect(res.body.conversation_id).toBe(conversation.id);
    expect(res.body.csat_survey_response.conversation_id).toBe(conversation.id);
    expect(res.body.csat_survey_response.feedback_message).toBe('amazing experience');
    expect(res.body.csat_survey_response.rating).toBe(4);
  });

  it(`${SPEC}: returns update error if CSAT message sent more than 14 days`, async () => {
    const conversation = await conversationWith('input_csat');
    fake.clock.advance(15 * 86_400_000);
    const res = await fake.http.patch(`/public/api/v1/csat_survey/${conversation.uuid}`).send(PARAMS);
    expect(res.status).toBe(422);
  });
});
