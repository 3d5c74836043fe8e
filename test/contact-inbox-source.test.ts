/**
 * A contact inbox's source id by channel (src/domain/contact_inbox_source.ts): ContactInboxBuilder's
 * generated ids when none is given, the missing-parameter errors, and ContactInbox's format check of
 * Twilio and WhatsApp source ids — through POST /contacts/:id/contact_inboxes and POST /conversations.
 * The provider inboxes are the seeded ones of test/fixtures/channels.yaml.
 */
import path from 'node:path';
import { testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake({
    fixtures: path.join(__dirname, 'fixtures', 'channels.yaml'),
    mergeFixtures: true,
  });
});
beforeEach(() => fake.reset());

const inboxNamed = (name: string) =>
  fake.db.inboxes.find((i) => i.account_id === fake.accountId && i.name === name)!.id;
const newContact = async (fields: object) => {
  const res = await fake.send('post', '/contacts', { name: 'Source Contact', ...fields });
  expect(res.status).toBe(200);
  return res.body.payload.contact.id as number;
};
const addInbox = (contactId: number, inboxId: number, sourceId?: string) =>
  fake.send('post', `/contacts/${contactId}/contact_inboxes`, {
    inbox_id: inboxId,
    ...(sourceId === undefined ? {} : { source_id: sourceId }),
  });

describe('generated source ids', () => {
  it.each([
    ['Acme Support Email', 'pat@example.test'],
    ['Acme SMS', '+14155550100'],
    ['Acme WhatsApp', '14155550100'],
    ['Acme Twilio', '+14155550100'],
    ['Acme Twilio Service', 'whatsapp:+14155550100'],
  ])('%s: %s', async (inbox, expected) => {
    const contact = await newContact({ email: 'pat@example.test', phone_number: '+14155550100' });
    const res = await addInbox(contact, inboxNamed(inbox));
    expect(res.status).toBe(200);
    expect(res.body.source_id).toBe(expected);
  });

  it('an API inbox gets a uuid', async () => {
    const contact = await newContact({ email: 'pat@example.test' });
    const res = await addInbox(contact, inboxNamed('Acme Mobile App'));
    expect(res.status).toBe(200);
    expect(res.body.source_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it.each([
    ['Acme Support Email', { phone_number: '+14155550100' }, 'contact email'],
    ['Acme SMS', { email: 'pat@example.test' }, 'contact phone number'],
    ['Acme WhatsApp', { email: 'pat@example.test' }, 'contact phone number'],
    ['Acme Twilio', { email: 'pat@example.test' }, 'contact phone number'],
  ])('%s without the contact detail it needs: 422, nothing created', async (inbox, fields, missing) => {
    const contact = await newContact(fields);
    const before = fake.db.contactInboxes.length;
    const res = await addInbox(contact, inboxNamed(inbox));
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: `param is missing or the value is empty: ${missing}` });
    expect(fake.db.contactInboxes.length).toBe(before);
  });

  it('a channel without a source id rule (Telegram) is refused', async () => {
    const contact = await newContact({ email: 'pat@example.test' });
    const res = await addInbox(contact, inboxNamed('Acme Telegram'));
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'Unsupported operation for this channel: Channel::Telegram' });
  });
});

describe('source id formats', () => {
  it.each([
    ['Acme Twilio', 'not-a-number', 'twilio sms', '(?-mix:^\\+\\d{1,15}\\z)'],
    ['Acme Twilio Service', '+14155550100', 'twilio whatsapp', '(?-mix:^whatsapp:\\+\\d{1,15}\\z)'],
    ['Acme WhatsApp', '+14155550100', 'whatsapp', '(?-mix:^\\d{1,15}\\z)'],
  ])('%s refuses %s', async (inbox, sourceId, label, regex) => {
    const contact = await newContact({ email: 'pat@example.test' });
    const res = await addInbox(contact, inboxNamed(inbox), sourceId);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: `Source invalid source id for ${label} inbox. valid Regex ${regex}`,
      attributes: ['source_id'],
    });
  });

  it('a well-formed one is kept as given', async () => {
    const contact = await newContact({ email: 'pat@example.test' });
    const res = await addInbox(contact, inboxNamed('Acme Twilio Service'), 'whatsapp:+4915112345678');
    expect(res.status).toBe(200);
    expect(res.body.source_id).toBe('whatsapp:+4915112345678');
  });

  it('other channels take any source id', async () => {
    const contact = await newContact({ email: 'pat@example.test' });
    const res = await addInbox(contact, inboxNamed('Acme Support Email'), 'anything at all');
    expect(res.status).toBe(200);
  });
});

describe('POST /conversations with contact_id and inbox_id', () => {
  it('builds the contact inbox with the channel source id', async () => {
    const contact = await newContact({ email: 'pat@example.test' });
    const res = await fake.send('post', '/conversations', {
      contact_id: contact,
      inbox_id: inboxNamed('Acme Support Email'),
    });
    expect(res.status).toBe(200);
    const conversation = fake.db.conversations.find((c) => c.id === res.body.id)!;
    const ci = fake.db.contactInboxes.find((c) => c.id === conversation.contact_inbox_id);
    expect(ci?.source_id).toBe('pat@example.test');
  });

  it('refuses a contact without the detail the channel needs', async () => {
    const contact = await newContact({ email: 'pat@example.test' });
    const before = fake.db.conversations.length;
    const res = await fake.send('post', '/conversations', {
      contact_id: contact,
      inbox_id: inboxNamed('Acme Twilio'),
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'param is missing or the value is empty: contact phone number' });
    expect(fake.db.conversations.length).toBe(before);
  });
});
