import { ADMIN, AGENT, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const NOT_ALLOWED = { error: 'You are not authorized to do this action' };
const NOT_FOUND = { error: 'Resource could not be found' };

const get: TestFake['get'] = (...args) => fake.get(...args);
const send: TestFake['send'] = (...args) => fake.send(...args);
const titles = async () => (await get('/labels')).body.payload.map((l: { title: string }) => l.title);

const BUG = {
  id: 2,
  title: 'bug',
  description: 'Something is broken',
  color: '#ff4d4f',
  show_on_sidebar: true,
};

describe('GET /labels', () => {
  it('wraps every label in payload, exactly five keys each, for agents too', async () => {
    const res = await get('/labels', AGENT);
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(4);
    expect(res.body.payload[1]).toEqual(BUG);
    expect(await titles()).toEqual(['billing', 'bug', 'feature-request', 'vip']);
  });

  it('is closed to agent bots', async () => {
    const res = await get('/labels', BOT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
  });
});

describe('GET /labels/{id}', () => {
  it('shows a label to administrators', async () => {
    const res = await get('/labels/2');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(BUG);
  });

  it('is for administrators only (LabelPolicy#show?) and answers 404 for an unknown label', async () => {
    const agent = await get('/labels/2', AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_ALLOWED);
    const missing = await get('/labels/99');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(NOT_FOUND);
  });
});

describe('POST /labels', () => {
  it('creates a label (wrapped body) with the title downcased and default color', async () => {
    const res = await send('post', '/labels', { label: { title: 'Needs-Reply_2', description: 'Waiting' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 5,
      title: 'needs-reply_2',
      description: 'Waiting',
      color: '#1f93ff',
      show_on_sidebar: null,
    });
    expect(await titles()).toEqual(['billing', 'bug', 'feature-request', 'vip', 'needs-reply_2']);
    expect((await get('/labels/5')).body).toEqual(res.body);
  });

  it('accepts a flat body with color and show_on_sidebar, and unicode letters', async () => {
    const res = await send('post', '/labels', {
      title: 'Überfällig',
      color: '#000000',
      show_on_sidebar: true,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'überfällig', color: '#000000', show_on_sidebar: true });
  });

  it('rejects titles with spaces or symbols, a leading hyphen, a single character, blank and taken ones', async () => {
    for (const title of ['needs reply', 'a:b', '-lead', 'x']) {
      const res = await send('post', '/labels', { title });
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ message: 'Title is invalid', attributes: ['title'] });
    }
    const blank = await send('post', '/labels', { title: '' });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({
      message: 'Title must not be blank, Title is invalid',
      attributes: ['title'],
    });
    const taken = await send('post', '/labels', { title: 'VIP' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Title has already been taken', attributes: ['title'] });
    expect(await titles()).toHaveLength(4);
  });

  it('answers 422 when there is no label parameter at all', async () => {
    const res = await send('post', '/labels', {});
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: 'param is missing or the value is empty: label' });
  });

  it('is for administrators only', async () => {
    const res = await send('post', '/labels', { title: 'agent-made' }, AGENT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NOT_ALLOWED);
    expect(await titles()).toHaveLength(4);
  });
});

describe('PATCH/PUT /labels/{id}', () => {
  it('updates the label (PATCH), visible afterwards', async () => {
    const res = await send('patch', '/labels/2', {
      description: 'Defects',
      color: '#ff0000',
      show_on_sidebar: false,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...BUG, description: 'Defects', color: '#ff0000', show_on_sidebar: false });
    expect((await get('/labels/2')).body).toEqual(res.body);
  });

  it('renames the label on tagged conversations and contacts (PUT)', async () => {
    const tagged = await fake.http
      .post(fake.path('/conversations/filter'))
      .set('api_access_token', ADMIN)
      .send({ payload: [{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip'] }] });
    const displayIds = tagged.body.payload.map((c: { id: number }) => c.id);
    expect(displayIds.length).toBeGreaterThan(0);

    const res = await send('put', '/labels/4', { label: { title: 'VIP-Customer' } });
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('vip-customer');
    for (const id of displayIds) {
      const labels = (await get(`/conversations/${id}/labels`)).body.payload;
      expect(labels).toContain('vip-customer');
      expect(labels).not.toContain('vip');
    }
    const contacts = await fake.http
      .post(fake.path('/contacts/filter'))
      .set('api_access_token', ADMIN)
      .send({
        payload: [{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip-customer'] }],
      });
    expect(contacts.body.meta.count).toBeGreaterThan(0);
  });

  it('answers 200 for an invalid change but saves nothing (non-bang update)', async () => {
    const res = await send('patch', '/labels/2', { title: 'Not Valid', description: 'changed' });
    expect(res.status).toBe(200);
    // The response shows the rejected values the in-memory record was left with ...
    expect(res.body).toEqual({ ...BUG, title: 'not valid', description: 'changed' });
    // ... but the label is unchanged.
    expect((await get('/labels/2')).body).toEqual(BUG);
    const taken = await send('patch', '/labels/2', { title: 'vip' });
    expect(taken.status).toBe(200);
    expect((await get('/labels/2')).body.title).toBe('bug');
  });

  it('answers 404 for an unknown label, 401 for agents and 422 without a label parameter', async () => {
    expect((await send('patch', '/labels/99', { title: 'x1' })).body).toEqual(NOT_FOUND);
    const agent = await send('patch', '/labels/2', { title: 'x1' }, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_ALLOWED);
    const missing = await send('put', '/labels/2', {});
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ error: 'param is missing or the value is empty: label' });
  });
});

describe('DELETE /labels/{id}', () => {
  it('deletes the label; tagged conversations keep the tag', async () => {
    const res = await send('delete', '/labels/4');
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(await titles()).toEqual(['billing', 'bug', 'feature-request']);
    expect((await get('/labels/4')).status).toBe(404);
    const tagged = await fake.http
      .post(fake.path('/conversations/filter'))
      .set('api_access_token', ADMIN)
      .send({ payload: [{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip'] }] });
    expect(tagged.body.payload.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown label and 401 for agents', async () => {
    expect((await send('delete', '/labels/99')).status).toBe(404);
    const agent = await send('delete', '/labels/1', undefined, AGENT);
    expect(agent.status).toBe(401);
    expect(agent.body).toEqual(NOT_ALLOWED);
    expect(await titles()).toHaveLength(4);
  });
});
