/**
 * Chatwoot's request spec for the public inbox contacts, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/public/api/v1/inbox/contacts_controller_spec.rb at
 * 4453c8bb55ee0ddde6aebbc76199d3d9c8141169, the newest stored (it adds "does not expose internal contact
 * columns": the update renders the public contact, no longer the raw record). See README.md.
 *
 * The spec's `api_channel` is the default world's API inbox; its `contact` and `contact_inbox` are made
 * through `POST .../contacts`. The database reads go through the Application API.
 */
import { ADMIN, testFake, type TestFake } from '../helpers';
import { BASE, contactPath, newContact, type PublicContact } from './public_helpers';

const SPEC = 'contacts_controller_spec.rb (public)';
const PUBLIC_KEYS = ['email', 'id', 'name', 'phone_number', 'pubsub_token', 'source_id'];

let fake: TestFake;
let contact: PublicContact;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  contact = await newContact(fake, { name: 'Spec Contact', email: 'spec@contact.test' });
});

describe(`${SPEC} POST /public/api/v1/inboxes/{identifier}/contact`, () => {
  it(`${SPEC}: creates a contact and return the source id`, async () => {
    const res = await fake.http.post(`${BASE}/contacts`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(PUBLIC_KEYS));
    expect(res.body.source_id).toEqual(expect.any(String));
    expect(res.body.pubsub_token).toEqual(expect.any(String));
  });

  it(`${SPEC}: persists the identifier of the contact`, async () => {
    const res = await fake.http.post(`${BASE}/contacts`).send({ identifier: 'contact-identifier' });
    expect(res.status).toBe(200);
    // api_channel.account.contacts.find_by(identifier:)
    const found = await fake.get(`/contacts/${res.body.id}`, ADMIN);
    expect(found.status).toBe(200);
    expect(found.body.payload.identifier).toBe('contact-identifier');
  });
});

describe(`${SPEC} GET /public/api/v1/inboxes/{identifier}/contact/{source_id}`, () => {
  it(`${SPEC}: gets a contact when present`, async () => {
    const res = await fake.http.get(contactPath(contact.source_id));
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(PUBLIC_KEYS));
    expect(res.body.source_id).toBe(contact.source_id);
    expect(res.body.pubsub_token).toBe(contact.pubsub_token);
  });
});

describe(`${SPEC} PATCH /public/api/v1/inboxes/{identifier}/contact/{source_id}`, () => {
  it(`${SPEC}: updates a contact when present`, async () => {
    const res = await fake.http.patch(contactPath(contact.source_id)).send({ name: 'John Smith' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('John Smith');
  });

  it(`${SPEC}: does not expose internal contact columns`, async () => {
    // contact.update!(identifier:, custom_attributes:, additional_attributes:) — by an administrator.
    const setUp = await fake.send(
      'patch',
      `/contacts/${contact.id}`,
      {
        identifier: 'contact-identifier',
        custom_attributes: { tier: 'vip' },
        additional_attributes: { company_name: 'Acme' },
      },
      ADMIN,
    );
    expect(setUp.status).toBe(200);

    const res = await fake.http.patch(contactPath(contact.source_id)).send({ name: 'John Smith' });
    expect(res.status).toBe(200);
    const keys = Object.keys(res.body);
    expect(keys).toEqual(expect.arrayContaining(PUBLIC_KEYS));
    for (const hidden of [
      'account_id',
      'identifier',
      'custom_attributes',
      'additional_attributes',
      'company_id',
    ]) {
      expect(keys).not.toContain(hidden);
    }
  });
});
