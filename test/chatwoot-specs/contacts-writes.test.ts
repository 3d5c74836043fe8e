/**
 * Chatwoot's request spec for the contacts controller, the writes: create, update (with the avatar
 * upload), destroy, destroy_custom_attributes and the avatar's removal, replayed over HTTP.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/contacts_controller_spec.rb
 * at 002b69043e7ce009ef91df4daeee6d4a5f44d91c (see README.md; the reads are in contacts.test.ts).
 *
 * The spec's account is a new one made through the Platform API (fresh-account.ts). `Contact.count` and
 * `ContactInbox.count` are read as the account's contact list and the contact's contact inboxes;
 * `contact.reload` as GET /contacts/:id. An attached avatar (`avatar.attached?`) is read as a non-empty
 * `thumbnail` whose URL answers the uploaded bytes.
 */
import { testFake, type TestFake } from '../helpers';
import { freshAccount, type FreshAccount } from './fresh-account';

const SPEC = 'contacts_controller_spec.rb';

/** spec/assets/avatar.png stands in as a minimal PNG (its 8-byte signature, then a few bytes). */
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('0000000d49484452', 'hex')]);

let fake: TestFake;
let acc: FreshAccount;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(async () => {
  fake.reset();
  acc = await freshAccount(fake);
});

const call: FreshAccount['call'] = (...args) => acc.call(...args);

/** `create(:contact, account:, ...)` through the API. */
async function contact(fields: Record<string, unknown> = {}) {
  const res = await call('post', '/contacts', { name: 'Factory Contact', ...fields });
  expect(res.status).toBe(200);
  return res.body.payload.contact as { id: number; name: string; thumbnail: string };
}

/**
 * `Contact.count` is not readable over HTTP (lists, search and filter show resolved contacts only);
 * contact ids are sequential, so a probe contact's id tells how many contacts were made since the last.
 */
const probeId = async () => (await contact({ name: 'Probe' })).id;
const getContact = (id: number) => call('get', `/contacts/${id}`);

describe(`${SPEC} POST /api/v1/accounts/{account.id}/contacts`, () => {
  const validParams = { name: 'test', custom_attributes: { test: 'test', test1: 'test1' } };

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const before = await probeId();
    const res = await call('post', '/contacts', validParams, null);
    expect(await probeId()).toBe(before + 1); // nothing was created in between

    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, creates the contact`, async () => {
    const before = await probeId();
    const res = await call('post', '/contacts', validParams);
    expect(await probeId()).toBe(before + 2); // one contact was created in between
    expect(res.status).toBe(200);
    expect(res.body.payload.contact.custom_attributes).toEqual({ test: 'test', test1: 'test1' });
  });

  it(`${SPEC}: when it is an authenticated user, does not create the contact`, async () => {
    const res = await call('post', '/contacts', { ...validParams, name: 'test'.repeat(999) });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Name is too long (maximum is 255 characters)');
  });

  it(`${SPEC}: when it is an authenticated user, creates the contact inbox when inbox id is passed`, async () => {
    const inbox = await call('post', '/inboxes', { name: 'Spec Inbox', channel: { type: 'api' } });
    const res = await call('post', '/contacts', { ...validParams, inbox_id: inbox.body.id });
    // ContactInbox.count by 1: the new contact has one contact inbox, in that inbox.
    const shown = await getContact(res.body.payload.contact.id);
    expect(shown.body.payload.contact_inboxes.map((ci: any) => ci.inbox.id)).toEqual([inbox.body.id]);
    expect(res.status).toBe(200);
  });
});

describe(`${SPEC} PATCH /api/v1/accounts/{account.id}/contacts/:id`, () => {
  const validParams = { name: 'Test Blub', custom_attributes: { test: 'new test', test2: 'test2' } };
  let c: Awaited<ReturnType<typeof contact>>;
  beforeEach(async () => {
    c = await contact({ custom_attributes: { test: 'test', test1: 'test1' } });
  });

  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    expect((await call('put', `/contacts/${c.id}`, validParams, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the contact`, async () => {
    const res = await call('patch', `/contacts/${c.id}`, validParams);
    expect(res.status).toBe(200);
    const reloaded = (await getContact(c.id)).body.payload;
    expect(reloaded.name).toBe('Test Blub');
    expect(reloaded.custom_attributes).toEqual({ test: 'new test', test1: 'test1', test2: 'test2' });
  });

  it(`${SPEC}: when it is an authenticated user, prevents the update of contact of another account`, async () => {
    const other = await freshAccount(fake);
    const made = await fake.http
      .post(other.path('/contacts'))
      .set('api_access_token', other.admin)
      .send({ name: 'Elsewhere' });
    const res = await call('patch', `/contacts/${made.body.payload.contact.id}`, validParams);
    expect(res.status).toBe(404);
  });

  it(`${SPEC}: when it is an authenticated user, prevents updating with an existing email`, async () => {
    await contact({ email: 'test1@example.com' });
    const res = await call('patch', `/contacts/${c.id}`, { ...validParams, email: 'test1@example.com' });
    expect(res.status).toBe(422);
    expect(res.body.attributes).toContain('email');
  });

  it(`${SPEC}: when it is an authenticated user, prevents updating with an existing phone number`, async () => {
    await contact({ phone_number: '+12000000' });
    const res = await call('patch', `/contacts/${c.id}`, { ...validParams, phone_number: '+12000000' });
    expect(res.status).toBe(422);
    expect(res.body.attributes).toContain('phone_number');
  });

  it(`${SPEC}: when it is an authenticated user, updates avatar`, async () => {
    expect((await getContact(c.id)).body.payload.thumbnail).toBe('');
    const res = await call('patch', `/contacts/${c.id}`)
      .field('name', validParams.name)
      .field('custom_attributes[test]', 'new test')
      .attach('avatar', PNG, { filename: 'avatar.png', contentType: 'image/png' });
    expect(res.status).toBe(200);
    const thumbnail: string = (await getContact(c.id)).body.payload.thumbnail;
    expect(thumbnail).not.toBe('');
    const image = await fake.http.get(new URL(thumbnail).pathname).buffer(true);
    expect(Buffer.compare(image.body, PNG)).toBe(0);
  });

  it(`${SPEC}: when it is an authenticated user, updated avatar with avatar_url`, async () => {
    const url = 'http://example.com/avatar.png';
    const res = await call('patch', `/contacts/${c.id}`, { ...validParams, avatar_url: url });
    expect(res.status).toBe(200);
    // Avatar::AvatarFromUrlJob is not observable; the fake takes the URL as the thumbnail at once.
  });

  it(`${SPEC}: when it is an authenticated user, allows blocking of contact`, async () => {
    const res = await call('patch', `/contacts/${c.id}`, { blocked: true });
    expect(res.status).toBe(200);
    expect((await getContact(c.id)).body.payload.blocked).toBe(true);
  });

  it(`${SPEC}: when it is an authenticated user, allows unblocking of contact`, async () => {
    expect((await call('patch', `/contacts/${c.id}`, { blocked: true })).status).toBe(200);
    const res = await call('patch', `/contacts/${c.id}`, { blocked: false });
    expect(res.status).toBe(200);
    expect((await getContact(c.id)).body.payload.blocked).toBe(false);
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/{account.id}/contacts/:id`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const c = await contact();
    expect((await call('delete', `/contacts/${c.id}`, undefined, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, deletes the contact for administrator user`, async () => {
    const c = await contact();
    const inbox = await call('post', '/inboxes', { name: 'Spec Inbox', channel: { type: 'api' } });
    const ci = await call('post', `/contacts/${c.id}/contact_inboxes`, { inbox_id: inbox.body.id });
    const conv = await call('post', '/conversations', { contact_id: c.id, source_id: ci.body.source_id });
    expect(conv.status).toBe(200);
    const res = await call('delete', `/contacts/${c.id}`);
    // contact.conversations / contact_inboxes empty: the conversation is gone; contact.reload raises.
    expect((await call('get', `/conversations/${conv.body.id}`)).status).toBe(404);
    expect((await getContact(c.id)).status).toBe(404);
    expect(res.status).toBe(200);
  });

  // Skipped: the spec stubs OnlineStatusTracker.get_presence to report the contact online (422
  // "… is Online, please try again later"); the fake has no contact presence.
  it.skip(`${SPEC}: when it is an authenticated user, does not delete the contact if online`, async () => {
    const c = await contact();
    expect((await call('delete', `/contacts/${c.id}`)).status).toBe(422);
  });

  it(`${SPEC}: when it is an authenticated user, returns unauthorized for agent user`, async () => {
    const c = await contact();
    expect((await call('delete', `/contacts/${c.id}`, undefined, acc.agent)).status).toBe(401);
    expect((await getContact(c.id)).status).toBe(200); // beyond the spec: nothing was deleted
  });
});

describe(`${SPEC} POST /api/v1/accounts/{account.id}/contacts/:id/destroy_custom_attributes`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const c = await contact({ custom_attributes: { test: 'test', test1: 'test1' } });
    const res = await call(
      'post',
      `/contacts/${c.id}/destroy_custom_attributes`,
      { custom_attributes: ['test'] },
      null,
    );
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, delete the custom attribute`, async () => {
    const c = await contact({ custom_attributes: { test: 'test', test1: 'test1' } });
    const res = await call('post', `/contacts/${c.id}/destroy_custom_attributes`, {
      custom_attributes: ['test'],
    });
    expect(res.status).toBe(200);
    expect((await getContact(c.id)).body.payload.custom_attributes).toEqual({ test1: 'test1' });
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/{account.id}/contacts/:id/avatar`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const c = await contact();
    expect((await call('delete', `/contacts/${c.id}/avatar`, undefined, null)).status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, delete contact avatar`, async () => {
    await contact();
    const c = await contact();
    const attached = await call('patch', `/contacts/${c.id}`).attach('avatar', PNG, {
      filename: 'avatar.png',
      contentType: 'image/png',
    });
    const thumbnail: string = attached.body.payload.thumbnail;
    expect(thumbnail).not.toBe('');
    const res = await call('delete', `/contacts/${c.id}/avatar`, {}, acc.agent);
    // contact.avatar.attachment.reload raises: the image is no longer served, the thumbnail is "".
    expect((await fake.http.get(new URL(thumbnail).pathname)).status).toBe(404);
    expect((await getContact(c.id)).body.payload.thumbnail).toBe('');
    expect(res.status).toBe(200);
  });
});
