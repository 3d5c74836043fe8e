/**
 * Chatwoot's request spec for the contact inboxes controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/contact_inboxes_controller_spec.rb
 * at 0501b9d1ebb0bc4fe8135dc937740a88e670b043 (see README.md). Each test names the spec's `it`.
 *
 * The spec's `inbox` is an API inbox the administrator creates through the API (so no agent is its
 * member yet), its `contact` a contact created through the API and its `contact_inbox` one the
 * contact gets in that inbox with a source id of the test's choosing. `agent_with_inbox_access` is the
 * default world's Alan (AGENT2), added to the inbox as the spec's `before` does; the default world's
 * Grace (AGENT) plays `agent_without_inbox_access`.
 */
import { ADMIN, AGENT, AGENT2, testFake, type TestFake } from '../helpers';

const SPEC = 'contact_inboxes_controller_spec.rb';
const SOURCE_ID = 'spec-source-0001';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

/** The spec's `inbox`, `contact` and `let!(:contact_inbox)`. */
async function world(): Promise<{ inboxId: number; contactId: number }> {
  const inbox = await fake.send('post', '/inboxes', { name: 'Spec API Inbox', channel: { type: 'api' } });
  expect(inbox.status).toBe(200);
  const contact = await fake.send('post', '/contacts', {
    name: 'Spec Contact',
    email: 'spec.contact@example.test',
  });
  expect(contact.status).toBe(200);
  const contactId = contact.body.payload.contact.id;
  const contactInbox = await fake.send('post', `/contacts/${contactId}/contact_inboxes`, {
    inbox_id: inbox.body.id,
    source_id: SOURCE_ID,
  });
  expect(contactInbox.status).toBe(200);
  return { inboxId: inbox.body.id, contactId };
}

const filter = (body: object | undefined, token?: string) => {
  const req = fake.http.post(fake.path('/contact_inboxes/filter'));
  if (token) req.set('api_access_token', token);
  return body === undefined ? req : req.send(body);
};

describe(`${SPEC} POST /api/v1/accounts/{account.id}/contact_inboxes/filter`, () => {
  let inboxId: number;
  let contactId: number;
  beforeEach(async () => {
    ({ inboxId, contactId } = await world());
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await filter(undefined);
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated admin user, returns not found if the params are invalid`, async () => {
    const res = await filter({ inbox_id: inboxId, source_id: 'random_source_id' }, ADMIN);
    expect(res.status).toBe(404);
    // Beyond the spec: `head :not_found` sends no body.
    expect(res.text).toBe('');
  });

  it(`${SPEC}: when it is an authenticated admin user, returns the contact if the params are valid`, async () => {
    const res = await filter({ inbox_id: inboxId, source_id: SOURCE_ID }, ADMIN);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(contactId);
    expect(res.body.contact_inboxes[0].source_id).toBe(SOURCE_ID);
    // Beyond the spec: the contact partial at the top level, its contact inbox in the spec's inbox.
    expect(res.body).not.toHaveProperty('payload');
    expect(res.body.contact_inboxes[0].inbox.id).toBe(inboxId);
  });

  describe('when it is an authenticated agent user', () => {
    beforeEach(async () => {
      const alan = await fake.http.get('/api/v1/profile').set('api_access_token', AGENT2);
      const member = await fake.send('post', '/inbox_members', {
        inbox_id: inboxId,
        user_ids: [alan.body.id],
      });
      expect(member.status).toBe(200);
    });

    it(`${SPEC}: when it is an authenticated agent user, returns unauthorized if agent does not have inbox access`, async () => {
      const res = await filter({ inbox_id: inboxId, source_id: SOURCE_ID }, AGENT);
      expect(res.status).toBe(401);
      // Beyond the spec: Pundit's words, and no contact in the answer.
      expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    });

    it(`${SPEC}: when it is an authenticated agent user, returns success if agent have inbox access`, async () => {
      const res = await filter({ inbox_id: inboxId, source_id: SOURCE_ID }, AGENT2);
      expect(res.status).toBe(200);
      // Beyond the spec: it is the contact.
      expect(res.body.id).toBe(contactId);
    });
  });

  it(`${SPEC} (beyond the spec): an unknown or missing inbox is Rails' RecordNotFound`, async () => {
    for (const body of [{ inbox_id: 999999, source_id: SOURCE_ID }, { source_id: SOURCE_ID }]) {
      const res = await filter(body, ADMIN);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ error: 'Resource could not be found' });
    }
  });
});
