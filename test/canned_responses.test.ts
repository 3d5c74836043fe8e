import { ADMIN, AGENT, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const list = (query = '', token = AGENT) =>
  fake.http.get(fake.path(`/canned_responses${query}`)).set('api_access_token', token);
const send = (method: 'post' | 'patch' | 'put' | 'delete', path: string, body?: object, token = AGENT) => {
  const req = fake.http[method](fake.path(path)).set('api_access_token', token);
  return body === undefined ? req : req.send(body);
};
const create = (short_code: string, content: string) =>
  send('post', '/canned_responses', { canned_response: { short_code, content } });
const codes = (body: { short_code: string }[]) => body.map((r) => r.short_code);

/** What the account's list holds before each test (the default world may seed some). */
let seeded: { id: number; short_code: string }[];
beforeEach(async () => {
  seeded = (await list()).body;
});

describe('POST /canned_responses', () => {
  it('lets an agent create one; every column is rendered with ISO timestamps', async () => {
    const res = await send('post', '/canned_responses', {
      short_code: 'greet',
      content: 'Hi {{contact.name}}!',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: expect.any(Number),
      account_id: 1,
      short_code: 'greet',
      content: 'Hi {{contact.name}}!',
      created_at: expect.stringMatching(ISO),
      updated_at: expect.stringMatching(ISO),
    });
    expect(res.body.created_at).toBe(res.body.updated_at);
    const after = await list();
    expect(after.body).toHaveLength(seeded.length + 1);
    expect(after.body[after.body.length - 1]).toEqual(res.body);
  });

  it('rejects blank fields and a taken short code (case-sensitive) with 422', async () => {
    const blank = await send('post', '/canned_responses', { canned_response: { short_code: ' ' } });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({
      message: "Content can't be blank, Short code can't be blank",
      attributes: ['content', 'short_code'],
    });
    expect((await create('greet', 'one')).status).toBe(200);
    const taken = await create('greet', 'two');
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Short code has already been taken', attributes: ['short_code'] });
    expect((await create('Greet', 'three')).status).toBe(200);
    expect((await list()).body).toHaveLength(seeded.length + 2);
  });

  it('answers 422 without a canned_response parameter, and 401 for bots', async () => {
    const missing = await send('post', '/canned_responses', { other: true });
    expect(missing.status).toBe(422);
    expect(missing.body).toEqual({ error: 'param is missing or the value is empty: canned_response' });
    const bot = await send('post', '/canned_responses', { short_code: 'b', content: 'b' }, BOT);
    expect(bot.status).toBe(401);
  });
});

describe('GET /canned_responses', () => {
  it('is a plain array in id order for any member', async () => {
    await create('zeta', 'last letter');
    await create('alpha', 'first letter');
    const res = await list('', ADMIN);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(codes(res.body).slice(-2)).toEqual(['zeta', 'alpha']);
  });

  it('searches short_code and content with ILIKE, most relevant first', async () => {
    const contentOnly = (await create('name-short-code', 'Hey {{ contact.name }}, Thanks for reaching out'))
      .body;
    await create('short-code', 'Great! Looking forward');
    const containing = (await create('content-with-thanks', 'Thanks for reaching out')).body;
    const starting = (await create('Thanks', 'Thanks for reaching out')).body;
    const res = await list('?search=thanks');
    expect(res.status).toBe(200);
    expect(res.body.map((r: { id: number }) => r.id)).toEqual([starting.id, containing.id, contentOnly.id]);
  });

  it('treats % and _ in the search as LIKE wildcards, and finds nothing for an unmatched term', async () => {
    await create('ab', 'x');
    await create('a_b', 'y');
    const wildcard = await list('?search=a_b');
    expect(codes(wildcard.body)).toEqual(expect.arrayContaining(['a_b']));
    expect(codes(wildcard.body)).not.toContain('ab');
    const any = await list('?search=a%25b');
    expect(codes(any.body)).toEqual(expect.arrayContaining(['ab', 'a_b']));
    expect((await list('?search=nothing-like-this')).body).toEqual([]);
  });
});

describe('PATCH/PUT /canned_responses/{id}', () => {
  it('updates (PATCH and PUT), bumping updated_at; the list shows the change', async () => {
    const created = (await create('bye', 'Goodbye')).body;
    const patched = await send('patch', `/canned_responses/${created.id}`, { content: 'See you' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: created.id, short_code: 'bye', content: 'See you' });
    expect(patched.body.updated_at > created.updated_at).toBe(true);
    expect(patched.body.created_at).toBe(created.created_at);
    const put = await send('put', `/canned_responses/${created.id}`, {
      canned_response: { short_code: 'cya' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ short_code: 'cya', content: 'See you' });
    expect((await list()).body.find((r: { id: number }) => r.id === created.id)).toEqual(put.body);
  });

  it('rejects a taken or blank short code with 422 and keeps the record', async () => {
    await create('one', '1');
    const two = (await create('two', '2')).body;
    const taken = await send('patch', `/canned_responses/${two.id}`, { short_code: 'one' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Short code has already been taken', attributes: ['short_code'] });
    const blank = await send('put', `/canned_responses/${two.id}`, { content: '' });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({ message: "Content can't be blank", attributes: ['content'] });
    expect((await list()).body.find((r: { id: number }) => r.id === two.id)).toEqual(two);
  });

  it('answers 404 for an unknown id, and has no GET route for one response', async () => {
    const res = await send('patch', '/canned_responses/999', { content: 'x' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
    const created = (await create('solo', 'x')).body;
    const show = await fake.http
      .get(fake.path(`/canned_responses/${created.id}`))
      .set('api_access_token', AGENT);
    expect(show.status).toBe(404);
    expect(show.body).toEqual({ status: 404, error: 'Not Found' });
  });
});

describe('DELETE /canned_responses/{id}', () => {
  it('lets an agent delete one; it leaves the list', async () => {
    const created = (await create('temp', 'x')).body;
    const res = await send('delete', `/canned_responses/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await list()).body).toEqual(seeded);
    expect((await send('delete', `/canned_responses/${created.id}`)).status).toBe(404);
  });
});
