import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';
import type { EventName } from '../src/events/types';

/*
 * Contact operations beyond CRUD/search/filter: labels, notes, merge, export, import.
 * Default world: contacts 1..12 in fixture order (1 Marie: vip, phone, identifier marie-001, custom
 * plan enterprise, conversation 4; 4 Katherine: vip; 8 Lise: identifier lise-007, conversation 7;
 * 12 an anonymous visitor).
 */
let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const req = (method: 'get' | 'post' | 'patch' | 'put' | 'delete', path: string, token = ADMIN) =>
  fake.http[method](fake.path(path)).set('api_access_token', token);
const get = (path: string, token = ADMIN) => req('get', path, token);
const post = (path: string, body: object, token = ADMIN) => req('post', path, token).send(body);
const eventsNamed = <N extends EventName>(name: N) => fake.events.named(name);
const NOT_FOUND = { error: 'Resource could not be found' };
const MARIE = 1;
const LISE = 8;

describe('contact labels', () => {
  it('lists and replaces the labels; the contact list filters by them; contact_updated fires', async () => {
    const res = await get(`/contacts/${MARIE}/labels`, AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ payload: ['vip'] });
    // Only labels the account defines are kept (LabelConcern#valid_labels): 'brand-new' is dropped.
    const set = await post(`/contacts/${MARIE}/labels`, { labels: ['bug', 'brand-new', 'billing'] }, AGENT);
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ payload: ['billing', 'bug'] });
    expect((await get(`/contacts/${MARIE}/labels`)).body).toEqual({ payload: ['billing', 'bug'] });
    const tagged = await get('/contacts?labels[]=bug');
    expect(tagged.body.payload.map((c: { id: number }) => c.id)).toEqual([MARIE]);
    expect(eventsNamed('contact_updated')[0].data).toMatchObject({
      contactId: MARIE,
      changedAttributes: { labels: { previous_value: ['vip'], current_value: ['billing', 'bug'] } },
    });
    // The same set again changes nothing; a non-array clears.
    fake.events.clear();
    await post(`/contacts/${MARIE}/labels`, { labels: ['billing', 'bug'] });
    expect(eventsNamed('contact_updated')).toHaveLength(0);
    expect((await post(`/contacts/${MARIE}/labels`, { labels: 'vip' })).body).toEqual({ payload: [] });
  });

  it('answers 404 for an unknown contact and 401 without a token', async () => {
    expect((await get('/contacts/9999/labels')).body).toEqual(NOT_FOUND);
    expect((await post('/contacts/9999/labels', { labels: ['x'] })).status).toBe(404);
    expect((await fake.http.get(fake.path(`/contacts/${MARIE}/labels`))).status).toBe(401);
  });
});

describe('contact notes', () => {
  it('creates, lists (newest first), shows, updates and deletes notes', async () => {
    const first = await post(`/contacts/${MARIE}/notes`, { content: 'Prefers email.' }, AGENT);
    expect(first.status).toBe(200);
    expect(Object.keys(first.body)).toEqual([
      'id',
      'content',
      'account_id',
      'contact_id',
      'user',
      'created_at',
      'updated_at',
    ]);
    expect(first.body).toMatchObject({
      content: 'Prefers email.',
      account_id: null,
      contact_id: null,
      user: { id: 2, name: 'Grace Hopper', role: 'agent' },
    });
    const second = await post(`/contacts/${MARIE}/notes`, { note: { content: 'Renewal in March.' } });
    expect(second.body.user).toMatchObject({ id: 1, name: 'Ada Lovelace' });

    const list = await get(`/contacts/${MARIE}/notes`, AGENT2);
    expect(list.body.map((n: { content: string }) => n.content)).toEqual([
      'Renewal in March.',
      'Prefers email.',
    ]);
    expect((await get(`/contacts/${MARIE}/notes/${first.body.id}`)).body).toEqual(first.body);

    const edited = await req('patch', `/contacts/${MARIE}/notes/${first.body.id}`).send({
      content: 'Prefers phone.',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: first.body.id, content: 'Prefers phone.' });
    expect(edited.body.updated_at).toBeGreaterThan(first.body.updated_at);
    const put = await req('put', `/contacts/${MARIE}/notes/${first.body.id}`).send({
      note: { content: 'Both.' },
    });
    expect(put.body.content).toBe('Both.');
    expect((await get(`/contacts/${MARIE}/notes/${first.body.id}`)).body.content).toBe('Both.');

    const removed = await req('delete', `/contacts/${MARIE}/notes/${first.body.id}`);
    expect(removed.status).toBe(200);
    expect((await get(`/contacts/${MARIE}/notes`)).body).toHaveLength(1);
    expect((await get(`/contacts/${MARIE}/notes/${first.body.id}`)).status).toBe(404);
  });

  it('rejects blank content (422) and unknown contacts or notes (404)', async () => {
    const blank = await post(`/contacts/${MARIE}/notes`, { content: '  ' });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({ message: "Content can't be blank", attributes: ['content'] });
    expect((await get(`/contacts/${MARIE}/notes`)).body).toEqual([]);
    const note = await post(`/contacts/${MARIE}/notes`, { content: 'x' });
    const emptied = await req('patch', `/contacts/${MARIE}/notes/${note.body.id}`).send({ content: '' });
    expect(emptied.status).toBe(422);
    expect((await get(`/contacts/${LISE}/notes/${note.body.id}`)).body).toEqual(NOT_FOUND);
    expect((await post('/contacts/9999/notes', { content: 'x' })).status).toBe(404);
    expect((await post(`/contacts/${MARIE}/notes`, { content: 'x' }, BOT)).status).toBe(401);
  });
});

describe('POST /actions/contact_merge', () => {
  it('moves conversations, contact inboxes, messages and notes to the base contact and deletes the mergee', async () => {
    await post(`/contacts/${MARIE}/notes`, { content: 'From Marie' });
    const res = await post(
      '/actions/contact_merge',
      { base_contact_id: LISE, mergee_contact_id: MARIE },
      AGENT,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: LISE,
      name: 'Lise Meitner',
      email: 'lise@fission.test', // the base wins
      identifier: 'lise-007',
      phone_number: '+33612345678', // blank on the base: taken from the mergee
      custom_attributes: { plan: 'enterprise' },
    });
    expect(res.body).not.toHaveProperty('contact_inboxes');
    expect(res.body).not.toHaveProperty('payload');

    expect((await get(`/contacts/${MARIE}`)).status).toBe(404);
    const conversations = await get(`/contacts/${LISE}/conversations`);
    expect(conversations.body.payload.map((c: { id: number }) => c.id).sort()).toEqual([4, 7]);
    expect((await get('/conversations/4')).body.meta.sender).toMatchObject({
      id: LISE,
      name: 'Lise Meitner',
    });
    const messages = await get('/conversations/4/messages');
    const incoming = messages.body.payload.filter((m: { message_type: number }) => m.message_type === 0);
    expect(incoming.every((m: { sender: { id: number } }) => m.sender.id === LISE)).toBe(true);
    expect((await get(`/contacts/${LISE}`)).body.payload.contact_inboxes).toHaveLength(2);
    expect((await get(`/contacts/${LISE}/notes`)).body.map((n: { content: string }) => n.content)).toEqual([
      'From Marie',
    ]);
    expect(eventsNamed('contact_deleted')[0].data).toEqual({ contactId: MARIE });
    expect(eventsNamed('contact_merged')[0].data).toEqual({ contactId: LISE, mergeeContactId: MARIE });
    expect(eventsNamed('contact_updated')[0].data.changedAttributes).toHaveProperty('phone_number');
  });

  it('changes nothing when both ids are the same; 404 for unknown contacts', async () => {
    const same = await post('/actions/contact_merge', { base_contact_id: MARIE, mergee_contact_id: MARIE });
    expect(same.status).toBe(200);
    expect(same.body.id).toBe(MARIE);
    expect((await get(`/contacts/${MARIE}`)).status).toBe(200);
    const unknown = await post('/actions/contact_merge', { base_contact_id: MARIE, mergee_contact_id: 9999 });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(NOT_FOUND);
    expect((await post('/actions/contact_merge', {})).status).toBe(404);
  });
});

describe('POST /contacts/export', () => {
  const exported = async () => {
    const event = eventsNamed('contact_export_complete').at(-1)!;
    const res = await fake.http.get(new URL(event.data.url as string).pathname);
    return res;
  };

  it('answers 200 with the Message header and makes the CSV retrievable at its blob URL', async () => {
    const res = await post('/contacts/export', {});
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(res.headers.message).toBe('We will notify you once contacts export file is ready to view.');
    const file = await exported();
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    const lines = file.text.trimEnd().split('\n');
    expect(lines[0]).toBe('id,name,email,phone_number');
    expect(lines).toHaveLength(12); // the 11 resolved contacts
    expect(lines[1]).toBe('1,Marie Curie,marie@radium.test,+33612345678');
    expect(lines).toContain('7,Srinivasa Ramanujan,,+919876543210');
    expect(eventsNamed('contact_export_complete')[0].data).toMatchObject({ userId: 1 });
  });

  it('exports the chosen columns of a label or a filter', async () => {
    await post('/contacts/export', {
      column_names: ['id', 'identifier', 'custom_attributes', 'bogus'],
      label: 'vip',
    });
    expect((await exported()).text).toBe(
      'id,identifier,custom_attributes\n1,marie-001,"{""plan"" => ""enterprise""}"\n4,,{}\n',
    );
    await post('/contacts/export', {
      column_names: ['name'],
      payload: [
        { attribute_key: 'email', filter_operator: 'contains', values: ['nasa'], query_operator: null },
      ],
    });
    expect((await exported()).text).toBe('name\nKatherine Johnson\n');
  });

  it('is for administrators only', async () => {
    const res = await post('/contacts/export', {}, AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    expect(eventsNamed('contact_export_complete')).toHaveLength(0);
  });
});

describe('POST /contacts/import', () => {
  const csv = [
    'name,email,phone_number,identifier,company,city,tier',
    'New Person,NEW@x.test,15550001111,,Acme,Paris,gold',
    ',marie@radium.test,,,,,platinum',
    'Bad,not-an-email,,,,,',
    'Dup,new@x.test,,,,,',
  ].join('\n');
  const upload = (body: string, token = ADMIN) =>
    req('post', '/contacts/import', token).attach('import_file', Buffer.from(body), {
      filename: 'contacts.csv',
      contentType: 'text/csv',
    });

  it('imports the rows: new contacts created, existing ones updated, invalid rows reported', async () => {
    const res = await upload(csv);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');

    const found = await get('/contacts/search?q=new@x.test');
    expect(found.body.payload).toHaveLength(1);
    expect(found.body.payload[0]).toMatchObject({
      name: 'New Person',
      email: 'new@x.test',
      phone_number: '+15550001111',
      additional_attributes: { company_name: 'Acme', city: 'Paris' },
      custom_attributes: { company: 'Acme', city: 'Paris', tier: 'gold' },
    });
    const marie = (await get(`/contacts/${MARIE}`)).body.payload;
    expect(marie.name).toBe('Marie Curie');
    expect(marie.custom_attributes).toMatchObject({ plan: 'enterprise', tier: 'platinum' });
    expect((await get('/contacts')).body.meta.count).toBe(12);

    const done = eventsNamed('contact_import_complete')[0].data;
    expect(done).toMatchObject({ totalRecords: 4, processedRecords: 3 });
    const failed = await fake.http.get(new URL(done.failedRecordsUrl as string).pathname);
    expect(failed.text).toBe(
      'name,email,phone_number,identifier,company,city,tier,errors\nBad,not-an-email,,,,,,Email Invalid email\n',
    );
    expect(eventsNamed('contact_created')).toHaveLength(0); // Contact.import skips callbacks
    expect(eventsNamed('contact_updated')[0].data).toMatchObject({ contactId: MARIE });
  });

  it('answers 422 without a file and 401 for agents', async () => {
    const missing = await req('post', '/contacts/import').field('x', '1');
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ error: 'File is blank' });
    expect((await upload(csv, AGENT)).status).toBe(401);
    expect((await get('/contacts')).body.meta.count).toBe(11);
  });
});
