import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';
import type { EventName } from '../src/events/types';

jest.setTimeout(30_000);

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const get: TestFake['get'] = (...args) => fake.get(...args);
const post = (path: string, body: object, token = ADMIN) =>
  fake.http.post(fake.path(path)).set('api_access_token', token).send(body);
const patch = (path: string, body: object, token = ADMIN) =>
  fake.http.patch(fake.path(path)).set('api_access_token', token).send(body);
const del = (path: string, token = ADMIN) => fake.http.delete(fake.path(path)).set('api_access_token', token);

const names = (res: { body: { payload: { name: string }[] } }) => res.body.payload.map((c) => c.name);
const eventsNamed = <N extends EventName>(name: N) => fake.events.named(name);

// Default world (fixtures/default.yaml): contacts 1..12 in fixture order; #12 is an anonymous visitor.
const MARIE = 1;
const NIKOLA = 2;
const ROSALIND = 3;
const EMMY = 6;
const VISITOR = 12;
const WEBSITE_INBOX = 1;
const API_INBOX = 2;
/** "Acme Helpdesk", the agent bot's inbox (Channel::Api). */
const HELPDESK_INBOX = 3;

describe('GET /contacts', () => {
  it('lists resolved contacts only, with meta count and current_page 1, contact inboxes included', async () => {
    const res = await get('/contacts', AGENT);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ count: 11, current_page: 1 });
    expect(res.body.payload).toHaveLength(11);
    expect(res.body.payload.map((c: { id: number }) => c.id)).not.toContain(VISITOR);
    const marie = res.body.payload.find((c: { id: number }) => c.id === MARIE);
    expect(Object.keys(marie)).toEqual([
      'additional_attributes',
      'availability_status',
      'email',
      'id',
      'name',
      'phone_number',
      'blocked',
      'identifier',
      'thumbnail',
      'custom_attributes',
      'last_activity_at',
      'created_at',
      'contact_inboxes',
    ]);
    expect(marie).toMatchObject({
      email: 'marie@radium.test',
      phone_number: '+33612345678',
      identifier: 'marie-001',
      thumbnail: '',
      availability_status: 'offline',
      custom_attributes: { plan: 'enterprise' },
    });
    expect(marie.contact_inboxes).toEqual([
      {
        source_id: expect.any(String),
        inbox: {
          id: WEBSITE_INBOX,
          avatar_url: '',
          channel_id: expect.any(Number),
          name: 'Acme Website',
          channel_type: 'Channel::WebWidget',
          provider: null,
        },
      },
    ]);
    // No activity yet: the key is left out rather than null.
    const barbara = res.body.payload.find((c: { name: string }) => c.name === 'Barbara McClintock');
    expect(barbara).not.toHaveProperty('last_activity_at');
  });

  it('echoes page as sent (a string) and pages 15 at a time; past the end is empty with the real count', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await post('/contacts', { name: `Extra ${i}`, email: `extra${i}@x.test` })).status).toBe(200);
    }
    const p1 = await get('/contacts?page=1');
    const p2 = await get('/contacts?page=2');
    const p9 = await get('/contacts?page=9');
    expect(p1.body.meta).toEqual({ count: 31, current_page: '1' });
    expect(p1.body.payload).toHaveLength(15);
    expect(p2.body.meta).toEqual({ count: 31, current_page: '2' });
    expect(p2.body.payload).toHaveLength(15);
    expect(p9.body).toEqual({ meta: { count: 31, current_page: '9' }, payload: [] });
    // Kaminari reads the page with to_i: anything below 1 is page 1.
    const p0 = await get('/contacts?page=0');
    expect(p0.body.meta.current_page).toBe('0');
    expect(p0.body.payload.map((c: { id: number }) => c.id)).toEqual(
      p1.body.payload.map((c: { id: number }) => c.id),
    );
  });

  it('sorts with Sift keys, ascending and descending, missing values last where Chatwoot says NULLS LAST', async () => {
    const byName = await get('/contacts?sort=name');
    expect(names(byName).slice(0, 3)).toEqual(['Barbara McClintock', 'Chien-Shiung Wu', 'Emmy Noether']);
    const byNameDesc = await get('/contacts?sort=-name');
    expect(names(byNameDesc)[0]).toBe('Tu Youyou');
    const byEmail = await get('/contacts?sort=email');
    // Srinivasa has no email: last ascending (Postgres NULLS LAST)...
    expect(names(byEmail)[10]).toBe('Srinivasa Ramanujan');
    expect(names(byEmail)[0]).toBe('Barbara McClintock');
    // ...and first descending.
    expect(names(await get('/contacts?sort=-email'))[0]).toBe('Srinivasa Ramanujan');
    // City lives in additional_attributes: NULLS LAST in both directions.
    const byCity = names(await get('/contacts?sort=-city'));
    expect(byCity.slice(0, 2)).toEqual(['Hedy Lamarr', 'Nikola Tesla']);
    const byCompany = names(await get('/contacts?sort=company'));
    expect(byCompany[0]).toBe('Nikola Tesla');
    const byCreated = names(await get('/contacts?sort=-created_at'));
    expect(byCreated[0]).toBe('Tu Youyou');
    expect(byCreated[10]).toBe('Marie Curie');
    // Unknown sort keys are ignored (id order).
    expect(names(await get('/contacts?sort=shoe_size'))[0]).toBe('Marie Curie');
  });

  it('filters by labels[] (any of them) and can leave contact_inboxes out', async () => {
    const vip = await get('/contacts?labels[]=vip&labels[]=nothing');
    expect(vip.body.meta.count).toBe(2);
    expect(names(vip).sort()).toEqual(['Katherine Johnson', 'Marie Curie']);
    const lean = await get('/contacts?include_contact_inboxes=false');
    expect(lean.body.payload[0]).not.toHaveProperty('contact_inboxes');
  });

  it('keeps pages consistent over a large list: no gaps, no repeats, and changes show up', async () => {
    const big = await testFake({ contacts: 400, seed: 3 });
    const call = (q: string) => big.http.get(big.path(`/contacts${q}`)).set('api_access_token', ADMIN);
    const first = await call('?sort=-name&page=1');
    const total = first.body.meta.count;
    expect(total).toBeGreaterThan(400);
    const pages = Math.ceil(total / 15);
    const seen: number[] = [];
    const namesSeen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const res = await call(`?sort=-name&page=${page}`);
      expect(res.body.meta.count).toBe(total);
      seen.push(...res.body.payload.map((c: { id: number }) => c.id));
      namesSeen.push(...res.body.payload.map((c: { name: string }) => c.name.toLowerCase()));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...namesSeen].sort().reverse()).toEqual(namesSeen);
    expect((await call(`?sort=-name&page=${pages + 1}`)).body.payload).toEqual([]);
    // A new contact lands on the right page at once (the cached order is dropped on change).
    await big.http
      .post(big.path('/contacts'))
      .set('api_access_token', ADMIN)
      .send({ name: 'zzzz First Of All', email: 'zz@zz.test' });
    const again = await call('?sort=-name&page=1');
    expect(again.body.meta.count).toBe(total + 1);
    expect(again.body.payload[0].name).toBe('zzzz First Of All');
  });

  it('answers 401 without a token, for bots, and 404 for an unknown account', async () => {
    const none = await fake.http.get(fake.path('/contacts'));
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
    const bot = await get('/contacts', BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
    const missing = await fake.http.get('/api/v1/accounts/999/contacts').set('api_access_token', ADMIN);
    expect(missing.status).toBe(404);
  });
});

describe('GET /contacts/active', () => {
  it('is empty (nobody is online in the fake) with the list envelope', async () => {
    const res = await get('/contacts/active', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ meta: { count: 0, current_page: 1 }, payload: [] });
  });
});

describe('POST /contacts', () => {
  it('creates a contact (email downcased) that then shows in the list, and records contact_created', async () => {
    const res = await post(
      '/contacts',
      {
        name: 'Ada Byron',
        email: 'Ada@Byron.TEST',
        phone_number: '+447700900123',
        identifier: 'ada-1',
        custom_attributes: { tier: 'gold' },
        additional_attributes: { city: 'London' },
      },
      AGENT,
    );
    expect(res.status).toBe(200);
    const contact = res.body.payload.contact;
    expect(contact).toMatchObject({
      name: 'Ada Byron',
      email: 'ada@byron.test',
      phone_number: '+447700900123',
      identifier: 'ada-1',
      blocked: false,
      custom_attributes: { tier: 'gold' },
      additional_attributes: { city: 'London' },
      contact_inboxes: [],
    });
    expect(res.body.payload.contact_inbox).toEqual({ inbox: null, source_id: null });
    const shown = await get(`/contacts/${contact.id}`);
    expect(shown.body.payload.email).toBe('ada@byron.test');
    const list = await get('/contacts');
    expect(list.body.meta.count).toBe(12);
    expect(eventsNamed('contact_created')).toEqual([
      expect.objectContaining({ accountId: 1, data: { contactId: contact.id } }),
    ]);
  });

  it('creates the contact inbox in the same call, rendering the raw inbox record', async () => {
    const res = await post('/contacts', { name: 'Api Person', inbox_id: API_INBOX, source_id: 'ext-42' });
    expect(res.status).toBe(200);
    const { contact, contact_inbox } = res.body.payload;
    expect(contact_inbox.source_id).toBe('ext-42');
    expect(contact_inbox.inbox).toMatchObject({
      id: API_INBOX,
      account_id: 1,
      name: 'Acme Mobile App',
      channel_type: 'Channel::Api',
      sender_name_type: 'friendly',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(contact.contact_inboxes).toEqual([
      {
        source_id: 'ext-42',
        inbox: expect.objectContaining({ id: API_INBOX, channel_type: 'Channel::Api' }),
      },
    ]);
    // Without a source id a uuid is generated.
    const auto = await post('/contacts', { name: 'Widget Person', inbox_id: WEBSITE_INBOX });
    expect(auto.body.payload.contact_inbox.source_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    // A contact without email/phone/identifier is not listed even with a contact inbox.
    expect((await get('/contacts')).body.meta.count).toBe(11);
  });

  it('answers 404 for an unknown inbox and 422 (Rails: 500) for a source id taken in that inbox; nothing is created', async () => {
    const unknown = await post('/contacts', { name: 'X', email: 'x@x.test', inbox_id: 99 });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: 'Resource could not be found' });
    const taken = fake.store.tables.contactInboxes.where('contact', NIKOLA)[0].source_id;
    const dup = await post('/contacts', {
      name: 'Y',
      email: 'y@y.test',
      inbox_id: API_INBOX,
      source_id: taken,
    });
    expect(dup.status).toBe(422);
    expect(dup.body).toEqual({ message: 'Source id has already been taken', attributes: ['source_id'] });
    const search = await get('/contacts/search?q=x.test');
    expect(search.body.meta.count).toBe(0);
    expect(eventsNamed('contact_created')).toEqual([]);
  });

  it('validates like the Contact model, with Chatwoot messages', async () => {
    const bad = await post('/contacts', { email: 'not-an-email', phone_number: '0612345678' });
    expect(bad.status).toBe(422);
    expect(bad.body).toEqual({
      message: 'Email Invalid email, Phone number should be in e164 format',
      attributes: ['email', 'phone_number'],
    });
    const dup = await post('/contacts', {
      email: 'MARIE@radium.test',
      identifier: 'marie-001',
      phone_number: '+14155550101',
    });
    expect(dup.status).toBe(422);
    expect(dup.body).toEqual({
      message:
        'Email has already been taken, Identifier has already been taken, Phone number has already been taken',
      attributes: ['email', 'identifier', 'phone_number'],
    });
    expect((await get('/contacts')).body.meta.count).toBe(11);
  });

  it('reads only flat params (a {contact: {...}} wrapper is ignored) and rejects wrong types', async () => {
    const wrapped = await post('/contacts', { contact: { name: 'Wrapped', email: 'w@w.test' } });
    expect(wrapped.status).toBe(200);
    expect(wrapped.body.payload.contact).toMatchObject({ name: '', email: null });
    const typed = await post('/contacts', { custom_attributes: 'nope' });
    expect(typed.status).toBe(422);
    expect(typed.body.attributes).toEqual(['custom_attributes']);
  });
});

describe('GET /contacts/{id}', () => {
  it('shows a contact with contact inboxes; 404 for unknown ids', async () => {
    const res = await get(`/contacts/${NIKOLA}`, AGENT2);
    expect(res.status).toBe(200);
    expect(res.body.payload).toMatchObject({
      id: NIKOLA,
      name: 'Nikola Tesla',
      additional_attributes: { city: 'New York', company_name: 'Tesla Electric' },
    });
    expect(res.body.payload.contact_inboxes[0].inbox.channel_type).toBe('Channel::Api');
    const lean = await get(`/contacts/${NIKOLA}?include_contact_inboxes=false`);
    expect(lean.body.payload).not.toHaveProperty('contact_inboxes');
    const visitor = await get(`/contacts/${VISITOR}`);
    expect(visitor.body.payload).toMatchObject({ email: null, phone_number: null, identifier: null });
    const missing = await get('/contacts/9999');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Resource could not be found' });
  });
});

describe('PATCH and PUT /contacts/{id}', () => {
  it('updates fields, merges custom and additional attributes, and records the changes', async () => {
    const res = await patch(
      `/contacts/${MARIE}`,
      {
        name: 'Marie Skłodowska-Curie',
        custom_attributes: { nobel: 2 },
        additional_attributes: { city: 'Paris' },
      },
      AGENT,
    );
    expect(res.status).toBe(200);
    expect(res.body.payload).toMatchObject({
      name: 'Marie Skłodowska-Curie',
      custom_attributes: { plan: 'enterprise', nobel: 2 },
      additional_attributes: { city: 'Paris' },
      email: 'marie@radium.test',
    });
    const shown = await get(`/contacts/${MARIE}`);
    expect(shown.body.payload.custom_attributes).toEqual({ plan: 'enterprise', nobel: 2 });
    const [event] = eventsNamed('contact_updated');
    expect(event.data).toEqual({
      contactId: MARIE,
      changedAttributes: {
        name: { previous_value: 'Marie Curie', current_value: 'Marie Skłodowska-Curie' },
        custom_attributes: {
          previous_value: { plan: 'enterprise' },
          current_value: { plan: 'enterprise', nobel: 2 },
        },
        additional_attributes: { previous_value: {}, current_value: { city: 'Paris' } },
        updated_at: { previous_value: expect.any(Number), current_value: expect.any(Number) },
      },
    });
  });

  it('PUT updates too; keeping its own email is fine, taking another contact’s is not', async () => {
    const same = await fake.http
      .put(fake.path(`/contacts/${NIKOLA}`))
      .set('api_access_token', ADMIN)
      .send({ email: 'NIKOLA@ac.test', blocked: true });
    expect(same.status).toBe(200);
    expect(same.body.payload).toMatchObject({ email: 'nikola@ac.test', blocked: true });
    const taken = await patch(`/contacts/${NIKOLA}`, { email: 'marie@radium.test' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
    const phone = await patch(`/contacts/${NIKOLA}`, { phone_number: '12345' });
    expect(phone.body).toEqual({
      message: 'Phone number should be in e164 format',
      attributes: ['phone_number'],
    });
    expect((await get(`/contacts/${NIKOLA}`)).body.payload.phone_number).toBe('+14155550101');
    expect((await patch('/contacts/9999', { name: 'x' })).status).toBe(404);
  });

  it('clearing every identifying field hides the contact from the list', async () => {
    const res = await patch(`/contacts/${ROSALIND}`, { email: '' });
    expect(res.body.payload.email).toBeNull();
    const list = await get('/contacts');
    expect(list.body.meta.count).toBe(10);
  });
});

describe('DELETE /contacts/{id}', () => {
  it('is for administrators: agents get 401', async () => {
    const res = await del(`/contacts/${MARIE}`, AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    expect((await get(`/contacts/${MARIE}`)).status).toBe(200);
  });

  it('deletes the contact with its contact inboxes, conversations and messages', async () => {
    const { tables } = fake.store;
    const conversations = tables.conversations.where('contact', MARIE);
    expect(conversations.length).toBe(1);
    const res = await del(`/contacts/${MARIE}`);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await get(`/contacts/${MARIE}`)).status).toBe(404);
    expect(tables.contactInboxes.where('contact', MARIE)).toEqual([]);
    expect(tables.conversations.get(conversations[0].id)).toBeUndefined();
    expect(tables.messages.where('conversation', conversations[0].id)).toEqual([]);
    const convo = await get(`/conversations/${conversations[0].display_id}`);
    expect(convo.status).not.toBe(200);
    expect((await get('/contacts')).body.meta.count).toBe(10);
    expect(eventsNamed('contact_deleted')).toEqual([expect.objectContaining({ data: { contactId: MARIE } })]);
    expect((await del(`/contacts/${MARIE}`)).status).toBe(404);
  });
});

describe('custom attributes and avatar', () => {
  it('removes the named custom attributes', async () => {
    const res = await post(`/contacts/${MARIE}/destroy_custom_attributes`, {
      custom_attributes: ['plan', 'absent'],
    });
    expect(res.status).toBe(200);
    expect(res.body.payload.custom_attributes).toEqual({});
    expect(res.body.payload).toHaveProperty('contact_inboxes');
    expect((await get(`/contacts/${MARIE}`)).body.payload.custom_attributes).toEqual({});
    expect((await post('/contacts/9999/destroy_custom_attributes', {})).status).toBe(404);
  });

  it('avatar_url becomes the thumbnail; DELETE avatar clears it', async () => {
    const created = await post('/contacts', { name: 'Pic', avatar_url: 'https://img.test/p.png' });
    const id = created.body.payload.contact.id;
    expect(created.body.payload.contact.thumbnail).toBe('https://img.test/p.png');
    const res = await del(`/contacts/${id}/avatar`, AGENT);
    expect(res.status).toBe(200);
    expect(res.body.payload.thumbnail).toBe('');
    expect(res.body.payload).not.toHaveProperty('contact_inboxes');
    expect((await get(`/contacts/${id}`)).body.payload.thumbnail).toBe('');
  });
});

describe('GET /contacts/search', () => {
  it('matches name, email, phone (ILIKE) and identifier (case-sensitive LIKE) among resolved contacts', async () => {
    const byName = await get('/contacts/search?q=%20curie%20', AGENT);
    expect(byName.status).toBe(200);
    expect(byName.body.meta).toEqual({ count: 1, current_page: 1 });
    expect(names(byName)).toEqual(['Marie Curie']);
    expect(names(await get('/contacts/search?q=NASA'))).toEqual(['Katherine Johnson']);
    expect(names(await get('/contacts/search?q=%2B9198'))).toEqual(['Srinivasa Ramanujan']);
    expect(names(await get('/contacts/search?q=lise-007'))).toEqual(['Lise Meitner']);
    expect((await get('/contacts/search?q=LISE-007')).body.meta.count).toBe(0);
    expect(names(await get('/contacts/search?q=tesla%20electric'))).toEqual(['Nikola Tesla']);
    // LIKE wildcards work as in SQL; the anonymous visitor is never found.
    expect((await get('/contacts/search?q=%25')).body.meta.count).toBe(11);
    expect((await get('/contacts/search?q=snowflake')).body.meta.count).toBe(0);
  });

  it('sorts and pages like the index', async () => {
    const res = await get('/contacts/search?q=.test&sort=-name&page=1');
    expect(res.body.meta).toEqual({ count: 10, current_page: '1' });
    expect(names(res)[0]).toBe('Tu Youyou');
    expect((await get('/contacts/search?q=.test&page=2')).body.payload).toEqual([]);
  });

  it('answers 422 without q', async () => {
    for (const q of ['', '?q=', '?q=%20%20']) {
      const res = await get(`/contacts/search${q}`);
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ error: 'Specify search string with parameter q' });
    }
  });
});

describe('POST /contacts/filter', () => {
  const filter = (payload: unknown, query = '') => post(`/contacts/filter${query}`, { payload });

  it('filters with AND/OR conditions over the resolved contacts', async () => {
    const res = await filter([
      { attribute_key: 'email', filter_operator: 'contains', values: ['.test'], query_operator: 'AND' },
      { attribute_key: 'labels', filter_operator: 'equal_to', values: ['VIP'], query_operator: null },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ count: 2, current_page: 1 });
    expect(names(res).sort()).toEqual(['Katherine Johnson', 'Marie Curie']);
    const either = await filter([
      { attribute_key: 'name', filter_operator: 'equal_to', values: ['emmy noether'], query_operator: 'or' },
      { attribute_key: 'city', filter_operator: 'contains', values: ['vien'], query_operator: null },
    ]);
    expect(names(either).sort()).toEqual(['Emmy Noether', 'Hedy Lamarr']);
    const unlabelled = await filter([
      { attribute_key: 'labels', filter_operator: 'is_not_present', values: [], query_operator: null },
    ]);
    expect(unlabelled.body.meta.count).toBe(9);
  });

  it('compares phone numbers as "+" and the value, with or without its "+"', async () => {
    for (const value of ['14155550101', '+14155550101']) {
      const res = await filter([
        { attribute_key: 'phone_number', filter_operator: 'equal_to', values: [value], query_operator: null },
      ]);
      expect(names(res)).toEqual(['Nikola Tesla']);
    }
    const starts = await filter([
      { attribute_key: 'phone_number', filter_operator: 'starts_with', values: ['+1'], query_operator: null },
    ]);
    expect(names(starts).sort()).toEqual(['Katherine Johnson', 'Nikola Tesla']);
  });

  it('filters dates, booleans and pages with the page query parameter', async () => {
    const old = await filter([
      { attribute_key: 'created_at', filter_operator: 'days_before', values: ['40'], query_operator: null },
    ]);
    // Whole days, as `created_at::date < (today - 40 days)`: Hedy, created exactly 40 days ago, is not in.
    expect(names(old)).toEqual(['Marie Curie', 'Nikola Tesla', 'Rosalind Franklin', 'Katherine Johnson']);
    const since = await filter([
      {
        attribute_key: 'created_at',
        filter_operator: 'is_greater_than',
        values: ['2025-12-06'],
        query_operator: null,
      },
    ]);
    expect(names(since)[0]).toBe('Emmy Noether');
    const until = await filter([
      {
        attribute_key: 'created_at',
        filter_operator: 'is_less_than',
        values: ['2025-12-06'],
        query_operator: null,
      },
    ]);
    expect(until.body.meta.count).toBe(4);
    await patch(`/contacts/${EMMY}`, { blocked: true });
    const blocked = await filter(
      [{ attribute_key: 'blocked', filter_operator: 'equal_to', values: [true], query_operator: null }],
      '?page=1',
    );
    expect(blocked.body.meta).toEqual({ count: 1, current_page: '1' });
    expect(names(blocked)).toEqual(['Emmy Noether']);
    const page2 = await filter(
      [{ attribute_key: 'name', filter_operator: 'contains', values: ['e'], query_operator: null }],
      '?page=2',
    );
    expect(page2.body.payload).toEqual([]);
    expect(page2.body.meta.current_page).toBe('2');
  });

  it('answers Chatwoot’s 422 errors for bad conditions', async () => {
    const badKey = await filter([
      { attribute_key: 'shoe_size', filter_operator: 'equal_to', values: ['42'], query_operator: null },
    ]);
    expect(badKey.status).toBe(422);
    expect(badKey.body).toEqual({
      error:
        'Invalid attribute key - [shoe_size]. The key should be one of [name,phone_number,email,identifier,country_code,city,company,labels,created_at,last_activity_at,blocked] or a custom attribute defined in the account.',
    });
    const badOperator = await filter([
      { attribute_key: 'identifier', filter_operator: 'contains', values: ['x'], query_operator: null },
    ]);
    expect(badOperator.body).toEqual({
      error: 'Invalid operator. The allowed operators for identifier are [equal_to,not_equal_to].',
    });
    const badValue = await filter([
      { attribute_key: 'email', filter_operator: 'equal_to', values: [], query_operator: null },
    ]);
    expect(badValue.body).toEqual({ error: 'Invalid value. The values provided for email are invalid' });
    const badQueryOperator = await filter([
      { attribute_key: 'email', filter_operator: 'equal_to', values: ['a'], query_operator: 'XOR' },
    ]);
    expect(badQueryOperator.body).toEqual({ error: 'Query operator must be either "AND" or "OR".' });
  });
});

describe('GET /contacts/{id}/contactable_inboxes', () => {
  it('lists API inboxes (existing source id) and widget inboxes only without conversations', async () => {
    const res = await get(`/contacts/${NIKOLA}/contactable_inboxes`);
    expect(res.status).toBe(200);
    const nikolaSource = fake.store.tables.contactInboxes.where('contact', NIKOLA)[0].source_id;
    expect(res.body.payload).toEqual([
      {
        inbox: expect.objectContaining({ id: API_INBOX, channel_type: 'Channel::Api' }),
        source_id: nikolaSource,
      },
      {
        inbox: expect.objectContaining({ id: HELPDESK_INBOX, channel_type: 'Channel::Api' }),
        source_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    ]);
    // Marie's widget contact inbox has a conversation; the API inboxes offer a fresh uuid.
    const marie = await get(`/contacts/${MARIE}/contactable_inboxes`);
    expect(marie.body.payload.map((p: { inbox: { id: number } }) => p.inbox.id)).toEqual([
      API_INBOX,
      HELPDESK_INBOX,
    ]);
    expect(marie.body.payload[0].source_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows a widget inbox when its contact inbox has no conversation, and only inboxes the agent sees', async () => {
    const created = await post('/contacts', {
      name: 'W',
      email: 'w@w.test',
      inbox_id: WEBSITE_INBOX,
      source_id: 'w-1',
    });
    const id = created.body.payload.contact.id;
    const admin = await get(`/contacts/${id}/contactable_inboxes`);
    expect(admin.body.payload.map((p: { inbox: { id: number } }) => p.inbox.id)).toEqual([
      WEBSITE_INBOX,
      API_INBOX,
      HELPDESK_INBOX,
    ]);
    expect(admin.body.payload[0].source_id).toBe('w-1');
    // Alan is a member of the website inbox only.
    const agent2 = await get(`/contacts/${id}/contactable_inboxes`, AGENT2);
    expect(agent2.body.payload.map((p: { inbox: { id: number } }) => p.inbox.id)).toEqual([WEBSITE_INBOX]);
    expect((await get('/contacts/9999/contactable_inboxes')).status).toBe(404);
  });
});

describe('POST /contacts/{id}/contact_inboxes', () => {
  it('adds a contact inbox, visible on the contact afterwards; the same source id again returns it', async () => {
    const res = await post(
      `/contacts/${MARIE}/contact_inboxes`,
      { inbox_id: API_INBOX, source_id: 'marie-app' },
      AGENT,
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      source_id: 'marie-app',
      inbox: {
        id: API_INBOX,
        avatar_url: '',
        channel_id: expect.any(Number),
        name: 'Acme Mobile App',
        channel_type: 'Channel::Api',
        provider: null,
      },
    });
    const again = await post(`/contacts/${MARIE}/contact_inboxes`, {
      inbox_id: API_INBOX,
      source_id: 'marie-app',
    });
    expect(again.status).toBe(200);
    const shown = await get(`/contacts/${MARIE}`);
    expect(shown.body.payload.contact_inboxes.map((ci: { source_id: string }) => ci.source_id)).toContain(
      'marie-app',
    );
    expect(fake.store.tables.contactInboxes.where('contact', MARIE)).toHaveLength(2);
    const generated = await post(`/contacts/${MARIE}/contact_inboxes`, { inbox_id: API_INBOX });
    expect(generated.body.source_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 404 for unknown contact or inbox, 401 for an inbox the agent is not in, 422 (Rails: 500) for a taken or empty source id', async () => {
    expect((await post('/contacts/9999/contact_inboxes', { inbox_id: API_INBOX })).status).toBe(404);
    expect((await post(`/contacts/${MARIE}/contact_inboxes`, { inbox_id: 99 })).status).toBe(404);
    expect((await post(`/contacts/${MARIE}/contact_inboxes`, {})).status).toBe(404);
    const notMember = await post(`/contacts/${MARIE}/contact_inboxes`, { inbox_id: API_INBOX }, AGENT2);
    expect(notMember.status).toBe(401);
    expect(notMember.body).toEqual({ error: 'You are not authorized to do this action' });
    const taken = fake.store.tables.contactInboxes.where('contact', NIKOLA)[0].source_id;
    const dup = await post(`/contacts/${MARIE}/contact_inboxes`, { inbox_id: API_INBOX, source_id: taken });
    expect(dup.status).toBe(422);
    expect(dup.body).toEqual({ message: 'Source id has already been taken', attributes: ['source_id'] });
    const empty = await post(`/contacts/${MARIE}/contact_inboxes`, { inbox_id: API_INBOX, source_id: '' });
    expect(empty.status).toBe(422);
    expect(empty.body).toEqual({ message: "Source id can't be blank", attributes: ['source_id'] });
    expect(fake.store.tables.contactInboxes.where('contact', MARIE)).toHaveLength(1);
  });
});

describe('GET /contacts/{id}/conversations', () => {
  it('lists the contact’s conversations in inboxes the caller may see, newest first', async () => {
    const created = await post(`/contacts/${NIKOLA}/contact_inboxes`, { inbox_id: WEBSITE_INBOX });
    expect(created.status).toBe(200);
    const admin = await get(`/contacts/${NIKOLA}/conversations`);
    expect(admin.status).toBe(200);
    expect(admin.body.payload).toHaveLength(1);
    expect(admin.body.payload[0]).toMatchObject({ inbox_id: API_INBOX, status: 'open', account_id: 1 });
    expect(admin.body.payload[0].meta.sender.id).toBe(NIKOLA);
    // Alan is not a member of the API inbox.
    const agent2 = await get(`/contacts/${NIKOLA}/conversations`, AGENT2);
    expect(agent2.body).toEqual({ payload: [] });
    const visitor = await get(`/contacts/${VISITOR}/conversations`, AGENT2);
    expect(visitor.body.payload.map((c: { inbox_id: number }) => c.inbox_id)).toEqual([WEBSITE_INBOX]);
    expect((await get('/contacts/9999/conversations')).status).toBe(404);
  });
});
