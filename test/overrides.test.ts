/**
 * Overrides: answers given by the test suite instead of the handler's, in-process (`fake.override`)
 * and over the control API (`/__fake/overrides`), checked against the spec.
 */
import { FakeInputError } from '../src/index';
import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const CONTACTS = '/api/v1/accounts/:account_id/contacts';

/** The seeded contact 1 as getContact answers it: a body the spec accepts, to change. */
async function contactPayload() {
  const res = await fake.get('/contacts/1');
  expect(res.status).toBe(200);
  return res.body.payload as Record<string, unknown>;
}

/** What a call throws (a FakeInputError for bad input). */
function thrown(fn: () => unknown): FakeInputError {
  try {
    fn();
  } catch (err) {
    return err as FakeInputError;
  }
  throw new Error('expected it to throw');
}

describe('in-process', () => {
  it('answers a matching request with the given status, body and headers, instead of the handler', async () => {
    const payload = { ...(await contactPayload()), name: 'Overridden Name' };
    const override = fake.override({
      operationId: 'getContact',
      status: 200,
      body: { payload },
      headers: { 'X-Test': 'yes' },
    });
    expect(override).toMatchObject({
      id: 1,
      operationId: 'getContact',
      status: 200,
      remaining: null,
      hits: 0,
    });

    const res = await fake.get('/contacts/1');
    expect(res.status).toBe(200);
    expect(res.body.payload.name).toBe('Overridden Name');
    expect(res.headers['x-test']).toBe('yes');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(fake.db.contacts.find((c) => c.id === 1)?.name).toBe('Marie Curie');
    const [entry] = fake.requests({ operationId: 'getContact' }).slice(-1);
    expect(entry.override).toBe(1);
    expect(fake.overrides()[0].hits).toBe(1);
  });

  it('leaves requests it does not match to the handler, and the journal says override null', async () => {
    fake.override({ method: 'GET', path: `${CONTACTS}/:id`, status: 404 });
    const other = await fake.get('/contacts');
    expect(other.status).toBe(200);
    expect(fake.requests({ operationId: 'listContacts' })[0].override).toBeNull();
  });

  it('answers a 4xx/5xx without a body with Chatwoot’s body for the status', async () => {
    fake.override({ operationId: 'getContact', status: 404 });
    const res = await fake.get('/contacts/1');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
  });

  it('answers an error status the spec does not list (a 503 from a proxy), unchecked', async () => {
    fake.override({ operationId: 'listContacts', status: 503, body: 'upstream down' });
    const res = await fake.get('/contacts');
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toBe('upstream down');
  });

  it('counts `times` down and then lets requests through', async () => {
    fake.override({ operationId: 'getContact', status: 404, times: 2 });
    expect((await fake.get('/contacts/1')).status).toBe(404);
    expect(fake.overrides()[0]).toMatchObject({ remaining: 1, hits: 1 });
    expect((await fake.get('/contacts/1')).status).toBe(404);
    expect(fake.overrides()).toEqual([]);
    expect((await fake.get('/contacts/1')).status).toBe(200);
    expect(fake.requests({ operationId: 'getContact' }).map((r) => r.override)).toEqual([1, 1, null]);
  });

  it('the oldest matching override answers', async () => {
    fake.override({ operationId: 'getContact', status: 404, times: 1 });
    fake.override({ operationId: 'getContact', status: 500 });
    expect((await fake.get('/contacts/1')).status).toBe(404);
    expect((await fake.get('/contacts/1')).status).toBe(500);
  });

  it('sits after auth: no token is still 401, a wrong account still 404; `token: "*"` answers anyone', async () => {
    fake.override({ operationId: 'getContact', status: 404 });
    const anonymous = await fake.http.get('/api/v1/accounts/1/contacts/1');
    expect(anonymous.status).toBe(401);
    const foreign = await fake.http.get('/api/v1/accounts/999/contacts/1').set('api_access_token', ADMIN);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({ error: 'Resource could not be found' });
    expect(fake.overrides()[0].hits).toBe(0);

    fake.override({ operationId: 'listContacts', token: '*', status: 500 });
    const res = await fake.http.get('/api/v1/accounts/1/contacts');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ status: 500, error: 'Internal Server Error' });
  });

  it('sits after request validation: a request Chatwoot refuses is still refused', async () => {
    fake.override({ operationId: 'createContact', status: 500 });
    const res = await fake.send('post', '/contacts', { name: 'X', inbox_id: 'abc' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Inbox id is not a number', attributes: ['inbox_id'] });
    expect((await fake.send('post', '/contacts', { name: 'X' })).status).toBe(500);
  });

  it('matches a token: other callers get the real answer', async () => {
    fake.override({ operationId: 'getContact', token: AGENT, status: 404 });
    expect((await fake.get('/contacts/1', AGENT)).status).toBe(404);
    expect((await fake.get('/contacts/1', ADMIN)).status).toBe(200);
  });

  it('is not hidden by a kept answer of a GET (the answer cache steps aside)', async () => {
    expect((await fake.get('/contacts')).status).toBe(200);
    expect((await fake.get('/contacts')).status).toBe(200); // kept now
    fake.override({ operationId: 'listContacts', status: 500, times: 1 });
    expect((await fake.get('/contacts')).status).toBe(500);
    expect((await fake.get('/contacts')).status).toBe(200);
  });

  it('runs no handler: nothing is written, no event is broadcast', async () => {
    const before = fake.db.contacts.length;
    fake.override({ operationId: 'createContact', status: 422 });
    const res = await fake.send('post', '/contacts', { name: 'Ghost', email: 'ghost@example.test' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Injected failure', attributes: ['base'] });
    expect(fake.db.contacts.length).toBe(before);
    expect(fake.cable.events({ event: 'contact.created' })).toEqual([]);
    fake.clearOverrides();
    await fake.send('post', '/contacts', { name: 'Real', email: 'real@example.test' }).expect(200);
    expect(fake.cable.events({ event: 'contact.created' })).toHaveLength(1);
  });

  it('answers a HEAD request through the GET operation, without a body', async () => {
    fake.override({ operationId: 'getContact', status: 404, headers: { 'X-Why': 'override' } });
    const res = await fake.http.head('/api/v1/accounts/1/contacts/1').set('api_access_token', ADMIN);
    expect(res.status).toBe(404);
    expect(res.headers['x-why']).toBe('override');
    expect(res.text ?? '').toBe('');
  });

  it('reset(), removeOverride and clearOverrides take them away', async () => {
    const a = fake.override({ operationId: 'getContact', status: 404 });
    fake.override({ operationId: 'listContacts', status: 404 });
    expect(fake.removeOverride(a.id)).toBe(true);
    expect(fake.removeOverride(a.id)).toBe(false);
    expect(fake.overrides().map((o) => o.operationId)).toEqual(['listContacts']);
    fake.clearOverrides();
    expect(fake.overrides()).toEqual([]);
    fake.override({ operationId: 'getContact', status: 404 });
    fake.reset();
    expect(fake.overrides()).toEqual([]);
    expect((await fake.get('/contacts/1')).status).toBe(200);
    expect(fake.override({ operationId: 'getContact', status: 404 }).id).toBe(1);
  });
});

describe('checked against the spec', () => {
  it('refuses a body that breaks the schema, naming the JSON pointer and what is expected', async () => {
    const payload = await contactPayload();
    const err = thrown(() =>
      fake.override({
        operationId: 'getContact',
        status: 200,
        body: { payload: { ...payload, id: 'seven' } },
      }),
    );
    expect(err).toBeInstanceOf(FakeInputError);
    expect(err.status).toBe(422);
    expect(err.message).toBe(
      `"body" breaks the spec's 200 answer of getContact (GET /api/v1/accounts/{account_id}/contacts/{id}): ` +
        '/payload/id must be integer (or give "validate": false)',
    );
    const missing = thrown(() =>
      fake.override({ operationId: 'getContact', status: 200, body: { payload: {} } }),
    );
    expect(missing.message).toMatch(/: \/payload\/\w+ is required \(or give "validate": false\)$/);
    expect(fake.overrides()).toEqual([]);
  });

  it('checks the body against every operation the path can match', async () => {
    // GET and POST on /contacts: a contact list is no created contact.
    const list = (await fake.get('/contacts')).body;
    const err = thrown(() => fake.override({ path: CONTACTS, status: 200, body: list }));
    expect(err.message).toMatch(/^"body" breaks the spec's 200 answer of createContact \(POST /);
    expect(fake.override({ method: 'GET', path: CONTACTS, status: 200, body: list }).method).toBe('GET');
  });

  it('a literal path reaches the operation the router would route it to', () => {
    // /contacts/search is searchContacts, not getContact with id "search".
    const body = { meta: { count: 0, current_page: 1 }, payload: [] };
    expect(
      fake.override({ method: 'GET', path: '/api/v1/accounts/1/contacts/search', status: 200, body }),
    ).toMatchObject({ path: '/api/v1/accounts/1/contacts/search' });
  });

  it('refuses a success status the operation does not answer, a JSON answer given as text, a missing body', () => {
    expect(
      thrown(() => fake.override({ operationId: 'createContact', status: 201, body: {} })).message,
    ).toMatch(
      /^"status" 201 is no answer of createContact \(POST \/api\/v1\/accounts\/\{account_id\}\/contacts\) in the spec \(it documents 200, 400, 401/,
    );
    expect(
      thrown(() => fake.override({ operationId: 'getContact', status: 200, body: 'hi' })).message,
    ).toMatch(/^"body" must be JSON: the spec's 200 answer of getContact .* is application\/json/);
    expect(thrown(() => fake.override({ operationId: 'getContact', status: 200 })).message).toMatch(
      /^"body" is required: the spec's 200 answer of getContact .* has a application\/json body/,
    );
    expect(
      thrown(() => fake.override({ operationId: 'listContacts', status: 429, body: 'Slow down' })).message,
    ).toMatch(/^"body" breaks the spec's 429 answer of listContacts .*: \/ must be equal to constant/);
  });

  it('sends what breaks the spec with `validate: false`', async () => {
    fake.override({ operationId: 'getContact', status: 201, body: { anything: true }, validate: false });
    const res = await fake.get('/contacts/1');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ anything: true });
  });

  it('checks a static body of a RegExp rule when it is sent: 500 naming the override', async () => {
    fake.override({ path: /\/contacts\/\d+$/, status: 200, body: { payload: { id: 'x' } } });
    const res = await fake.get('/contacts/1');
    expect(res.status).toBe(500);
    expect(res.body.error).toMatch(
      /^override 1 answered what the spec does not allow: "body" breaks the spec's 200 answer of getContact/,
    );
  });

  it('refuses bad rules with a FakeInputError naming the field', () => {
    const cases: [unknown, RegExp][] = [
      [
        { operationId: 'getContakt', status: 200 },
        /^"operationId" "getContakt" is no operation of the spec \(did you mean "getContact"\?\)$/,
      ],
      [
        { path: '/api/v1/accounts/:account_id/contact', status: 404 },
        /^"path" .* is no route of the Chatwoot API \(overrides apply to the spec's operations\): did you mean \/api\/v1\/accounts\/:account_id\/contacts\?$/,
      ],
      [
        { operationId: 'getContact', status: 100 },
        /^"status" must be an HTTP status from 200 to 599: got 100$/,
      ],
      [
        { operationId: 'getContact', status: 199 },
        /^"status" must be an HTTP status from 200 to 599: got 199$/,
      ],
      [
        { operationId: 'getContact', status: 600 },
        /^"status" must be an HTTP status from 200 to 599: got 600$/,
      ],
      [
        { operationId: 'getContact', status: '404' },
        /^"status" must be an HTTP status from 200 to 599: got "404"$/,
      ],
      [{ operationId: 'getContact', status: 404.5 }, /^"status" must be/],
      [
        { operationId: 'getContact' },
        /^an override needs a "status" \(200–599\), or in-process a "respond" function$/,
      ],
      [{ status: 500 }, /^an override needs "operationId" or "path"/],
      [{ operationId: 'getContact', status: 404, times: 0 }, /^"times" must be a positive integer$/],
      [{ operationId: 'getContact', status: 404, validate: 'no' }, /^"validate" must be true or false$/],
      [{ operationId: 'getContact', status: 404, headers: { 'X-A': 1 } }, /^"headers" must be an object/],
      [{ operationId: 'getContact', status: 404, latency: 5 }, /^unknown override field "latency"$/],
      [
        { operationId: 'getContact', status: 404, respond: () => ({ status: 200 }) },
        /^give either "respond" or "status", not both$/,
      ],
      [{ method: 'POST', operationId: 'getContact', status: 404 }, /^"method" POST never matches getContact/],
      [null, /^an override must be an object$/],
    ];
    for (const [rule, message] of cases) {
      const err = thrown(() => fake.override(rule as never));
      expect(err).toBeInstanceOf(FakeInputError);
      expect(`${JSON.stringify(rule)}: ${err.message}`).toMatch(new RegExp(`: ${message.source.slice(1)}`));
      expect(err.status).toBe(400);
    }
    expect(fake.overrides()).toEqual([]);
  });
});

describe('respond: a computed answer', () => {
  it('gets the request (coerced params, query, body, token, role) and the read-only state', async () => {
    const seen: unknown[] = [];
    fake.override({
      operationId: 'getContact',
      respond: (req, state) => {
        seen.push(req);
        const db = state as typeof fake.db;
        const contact = db.contacts.find((c) => c.id === req.params.id)!;
        return { status: 404, body: { error: `no ${contact.name} for ${req.role}` } };
      },
    });
    const res = await fake.get('/contacts/1?include_contact_inboxes=false', AGENT);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'no Marie Curie for agent' });
    expect(seen).toEqual([
      {
        method: 'GET',
        path: '/api/v1/accounts/1/contacts/1',
        operationId: 'getContact',
        params: { account_id: 1, id: 1 },
        query: { include_contact_inboxes: 'false' },
        body: {},
        token: AGENT,
        role: 'agent',
      },
    ]);
    expect(fake.overrides()[0]).toMatchObject({ respond: true, status: null });
  });

  it('may be async; with `token: "*"` it sees unauthenticated requests (role null)', async () => {
    fake.override({
      operationId: 'listContacts',
      token: '*',
      respond: async (req) => ({ status: 401, body: { error: `role ${req.role}, token ${req.token}` } }),
    });
    const res = await fake.http.get('/api/v1/accounts/1/contacts');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'role null, token undefined' });
  });

  it('a computed answer that breaks the spec answers 500 naming the override and the field', async () => {
    fake.override({
      operationId: 'getContact',
      respond: () => ({ status: 200, body: { payload: { id: 'x' } } }),
    });
    const res = await fake.get('/contacts/1');
    expect(res.status).toBe(500);
    expect(res.body.error).toMatch(
      /^override 1 answered what the spec does not allow: "body" breaks the spec's 200 answer of getContact .*: \/payload\/\w+ /,
    );
    expect(res.body.errors[0].path).toMatch(/^\/payload\//);
    expect(fake.requests({ operationId: 'getContact' })[0]).toMatchObject({ status: 500, override: 1 });
  });

  it('a bad status, a throw or a rejection answers 500 naming the override', async () => {
    fake.override({ operationId: 'getContact', times: 1, respond: () => ({ status: 700 }) });
    fake.override({
      operationId: 'getContact',
      times: 1,
      respond: () => {
        throw new Error('boom');
      },
    });
    fake.override({ operationId: 'getContact', times: 1, respond: () => Promise.reject(new Error('later')) });
    const bodies = [];
    for (let i = 0; i < 3; i++) {
      const res = await fake.get('/contacts/1');
      expect(res.status).toBe(500);
      bodies.push(res.body.error);
    }
    expect(bodies).toEqual([
      'override 1 (respond) returned "status" 700: it must be from 200 to 599',
      'override 2 (respond) threw: boom',
      'override 3 (respond) rejected: later',
    ]);
  });

  it('`validate: false` sends a computed answer unchecked', async () => {
    fake.override({
      operationId: 'getContact',
      validate: false,
      respond: () => ({ status: 299, body: [1] }),
    });
    const res = await fake.get('/contacts/1');
    expect(res.status).toBe(299);
    expect(res.body).toEqual([1]);
  });
});

describe('over HTTP: /__fake/overrides', () => {
  it('adds, lists and removes overrides', async () => {
    const created = await fake.http
      .post('/__fake/overrides')
      .send({ method: 'GET', path: `${CONTACTS}/:id`, status: 404, times: 1 });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: 1,
      method: 'GET',
      path: `${CONTACTS}/:id`,
      pathRegex: false,
      operationId: null,
      token: null,
      status: 404,
      respond: false,
      validate: true,
      remaining: 1,
      hits: 0,
    });
    await fake.http.post('/__fake/overrides').send({ pathRegex: '/contacts$', status: 500 }).expect(201);
    const listed = await fake.http.get('/__fake/overrides').expect(200);
    expect(listed.body.map((o: { id: number; pathRegex: boolean }) => [o.id, o.pathRegex])).toEqual([
      [1, false],
      [2, true],
    ]);

    expect((await fake.get('/contacts/1')).status).toBe(404);
    expect((await fake.get('/contacts')).status).toBe(500);
    const entries = await fake.http.get('/__fake/requests?operationId=getContact').expect(200);
    expect(entries.body[0].override).toBe(1);

    await fake.http.delete('/__fake/overrides/2').expect(204);
    expect((await fake.http.delete('/__fake/overrides/2')).body).toEqual({ error: 'no override 2' });
    await fake.http.post('/__fake/overrides').send({ operationId: 'getContact', status: 404 }).expect(201);
    await fake.http.delete('/__fake/overrides').expect(204);
    expect((await fake.http.get('/__fake/overrides')).body).toEqual([]);
  });

  it('answers bad rules 4xx naming the field', async () => {
    const payload = await contactPayload();
    const cases: [object, number, string | RegExp][] = [
      [
        { operationId: 'getContact', status: 200, body: { payload: { ...payload, email: 7 } } },
        422,
        /^"body" breaks the spec's 200 answer of getContact .*: \/payload\/email must be /,
      ],
      [{ operationId: 'nope', status: 200 }, 400, '"operationId" "nope" is no operation of the spec'],
      [
        { operationId: 'getContact', status: 1000 },
        400,
        '"status" must be an HTTP status from 200 to 599: got 1000',
      ],
      [{ operationId: 'getContact', respond: 'x' }, 400, /^"respond" must be a function/],
      [
        { operationId: 'getContact', status: 404, pathRegex: '(' },
        400,
        /^give either "operationId" or a path/,
      ],
    ];
    for (const [rule, status, message] of cases) {
      const res = await fake.http.post('/__fake/overrides').send(rule);
      expect([res.status, res.body.error]).toEqual([status, expect.stringMatching(message)]);
    }
    expect((await fake.http.delete('/__fake/overrides/abc')).status).toBe(400);
  });
});
