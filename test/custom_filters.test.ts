import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const NOT_FOUND = { error: 'Resource could not be found' };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const QUERY = {
  payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null }],
};

const get = (path: string, token = AGENT) => fake.http.get(fake.path(path)).set('api_access_token', token);
const send = (method: 'post' | 'patch' | 'put' | 'delete', path: string, body?: object, token = AGENT) => {
  const req = fake.http[method](fake.path(path)).set('api_access_token', token);
  return body === undefined ? req : req.send(body);
};
const save = (fields: object, token = AGENT) =>
  send('post', '/custom_filters', { custom_filter: fields }, token);
const names = (body: { name: string }[]) => body.map((f) => f.name);

/** The caller's conversation filters before each test (the default world may seed some). */
let seeded: { id: number; name: string }[];
beforeEach(async () => {
  seeded = (await get('/custom_filters')).body;
});

describe('POST /custom_filters', () => {
  it('saves a filter for the caller, defaulting to a conversation filter', async () => {
    const res = await save({ name: 'Open ones', query: QUERY });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: expect.any(Number),
      name: 'Open ones',
      filter_type: 'conversation',
      query: QUERY,
      created_at: expect.stringMatching(ISO),
      updated_at: expect.stringMatching(ISO),
    });
    expect(names((await get('/custom_filters')).body)).toEqual([...names(seeded), 'Open ones']);
    expect((await get(`/custom_filters/${res.body.id}`)).body).toEqual(res.body);
  });

  it('takes the filter type by name or number, from a flat body', async () => {
    const contact = await send('post', '/custom_filters', {
      name: 'VIPs',
      filter_type: 'contact',
      query: {},
    });
    expect(contact.body.filter_type).toBe('contact');
    const report = await save({ name: 'Weekly', filter_type: 2, query: { range: 'week' } });
    expect(report.body.filter_type).toBe('report');
  });

  it('rejects an unknown filter type and a body without the parameter with 422', async () => {
    const type = await save({ name: 'x', filter_type: 'tickets', query: {} });
    expect(type.status).toBe(422);
    expect(type.body.attributes).toEqual(['filter_type']);
    const missing = await send('post', '/custom_filters', {});
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ error: 'param is missing or the value is empty: custom_filter' });
    expect((await get('/custom_filters')).body).toEqual(seeded);
  });

  it('answers 422 without a name or a query (Rails fails in the database: a 500)', async () => {
    const noName = await save({ query: QUERY });
    expect(noName.status).toBe(422);
    expect(noName.body).toEqual({ message: "Name can't be blank", attributes: ['name'] });
    const noQuery = await save({ name: 'no query' });
    expect(noQuery.body).toEqual({ message: "Query can't be blank", attributes: ['query'] });
    const neither = await save({ filter_type: 'contact' });
    expect(neither.body).toEqual({
      message: "Name can't be blank, Query can't be blank",
      attributes: ['name', 'query'],
    });
    expect((await get('/custom_filters')).body).toEqual(seeded);
  });

  it('allows 1000 filters per user and account: the 1000th is saved but answered 422, the next refused', async () => {
    const { store } = fake;
    const { tables } = store;
    const base = tables.customFilters.where('user', [1, 2]).length;
    for (let i = base; i < 998; i++) {
      tables.customFilters.insert({
        account_id: 1,
        user_id: 2,
        name: `f${i}`,
        filter_type: 'conversation',
        query: {},
        created_at: store.clock.now(),
        updated_at: store.clock.now(),
      });
    }
    expect((await save({ name: 'number 999', query: {} })).status).toBe(200);
    const thousandth = await save({ name: 'number 1000', query: {} });
    expect(thousandth.status).toBe(422);
    expect(thousandth.body).toEqual({
      error: {
        account_id: [
          'Limit reached. The maximum number of allowed custom filters for a user per account is 1000.',
        ],
      },
    });
    expect(names((await get('/custom_filters')).body)).toContain('number 1000');
    const over = await save({ name: 'number 1001', query: {} });
    expect(over.status).toBe(422);
    expect(over.body).toEqual({
      message:
        'Account Limit reached. The maximum number of allowed custom filters for a user per account is 1000.',
      attributes: ['account_id'],
    });
    expect(tables.customFilters.where('user', [1, 2])).toHaveLength(1000);
    // Other users are not affected.
    expect((await save({ name: 'mine', query: {} }, AGENT2)).status).toBe(200);
  });

  it('is closed to agent bots', async () => {
    const res = await save({ name: 'bot', query: {} }, BOT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
  });
});

describe('GET /custom_filters', () => {
  beforeEach(async () => {
    await save({ name: 'Convo', query: QUERY });
    await save({ name: 'People', filter_type: 'contact', query: {} });
    await save({ name: 'Admin only', query: {} }, ADMIN);
  });

  it("lists only the caller's own filters of the requested type", async () => {
    expect(names((await get('/custom_filters')).body)).toEqual([...names(seeded), 'Convo']);
    expect(names((await get('/custom_filters?filter_type=contact')).body)).toContain('People');
    expect(names((await get('/custom_filters?filter_type=1')).body)).toContain('People');
    expect(names((await get('/custom_filters?filter_type=contact')).body)).not.toContain('Convo');
    expect(names((await get('/custom_filters', ADMIN)).body)).toContain('Admin only');
    expect(names((await get('/custom_filters', ADMIN)).body)).not.toContain('Convo');
  });

  it('matches nothing for an unknown or empty filter_type', async () => {
    expect((await get('/custom_filters?filter_type=tickets')).body).toEqual([]);
    expect((await get('/custom_filters?filter_type=')).body).toEqual([]);
  });
});

describe('GET/PATCH/PUT/DELETE /custom_filters/{id}', () => {
  let mine: { id: number; updated_at: string };
  beforeEach(async () => {
    mine = (await save({ name: 'Mine', query: QUERY })).body;
  });

  it("answers 404 for another user's filter and for an unknown id", async () => {
    for (const res of [
      await get(`/custom_filters/${mine.id}`, ADMIN),
      await send('patch', `/custom_filters/${mine.id}`, { name: 'stolen' }, ADMIN),
      await send('delete', `/custom_filters/${mine.id}`, undefined, AGENT2),
      await get('/custom_filters/99999'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(NOT_FOUND);
    }
    expect((await get(`/custom_filters/${mine.id}`)).body.name).toBe('Mine');
  });

  it('updates name, type and query (PATCH, PUT), visible afterwards', async () => {
    const patched = await send('patch', `/custom_filters/${mine.id}`, {
      custom_filter: { name: 'Renamed', filter_type: 'contact', query: { labels: ['vip'] } },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      id: mine.id,
      name: 'Renamed',
      filter_type: 'contact',
      query: { labels: ['vip'] },
    });
    expect(patched.body.updated_at > mine.updated_at).toBe(true);
    const put = await send('put', `/custom_filters/${mine.id}`, { name: 'Again' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ name: 'Again', filter_type: 'contact' });
    expect((await get(`/custom_filters/${mine.id}`)).body).toEqual(put.body);
    expect(names((await get('/custom_filters?filter_type=contact')).body)).toContain('Again');
  });

  it('answers 422 for an update without the parameter', async () => {
    const res = await send('patch', `/custom_filters/${mine.id}`, {});
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'param is missing or the value is empty: custom_filter' });
  });

  it('deletes with 204 No Content', async () => {
    const res = await send('delete', `/custom_filters/${mine.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect((await get(`/custom_filters/${mine.id}`)).status).toBe(404);
    expect((await get('/custom_filters')).body).toEqual(seeded);
  });
});
