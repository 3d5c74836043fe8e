import { toHttpError } from '../src/http/pipeline';
import { SpecValidators } from '../src/http/validation';
import { operationsOf, type OpenApiDocument } from '../src/spec';
import { ADMIN, AGENT, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

describe('authentication as Chatwoot does it', () => {
  it('401 with Devise body when no token, "Invalid Access Token" for an unknown one', async () => {
    const none = await fake.http.get(fake.path('/agents'));
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
    const bad = await fake.http.get(fake.path('/agents')).set('api_access_token', 'nope');
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ error: 'Invalid Access Token' });
  });

  it('ignores Authorization: Bearer (Chatwoot reads only api_access_token)', async () => {
    const res = await fake.http.get(fake.path('/agents')).set('Authorization', `Bearer ${ADMIN}`);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
  });

  it('auth runs before validation: no token + invalid body is still 401', async () => {
    const res = await fake.http.post(fake.path('/agents')).send({ role: 42 });
    expect(res.status).toBe(401);
  });

  it('refuses agent-bot tokens on endpoints outside Chatwoot’s allow-list', async () => {
    const res = await fake.http.get(fake.path('/agents')).set('api_access_token', BOT);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
  });
});

describe('malformed requests get clean 4xx and change nothing', () => {
  it('malformed JSON → 400', async () => {
    const res = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .set('content-type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ status: 400, error: 'Bad Request' });
  });

  it('a body over the limit → 413', async () => {
    const res = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .send({ email: 'big@acme.test', name: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    const list = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(list.body).toHaveLength(3);
  });

  it('__proto__ keys → 422 naming the key, nothing created', async () => {
    const res = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .set('content-type', 'application/json')
      .send('{"email":"p@acme.test","__proto__":{"admin":true}}');
    expect(res.status).toBe(422);
    expect(res.body.attributes).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const list = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(list.body).toHaveLength(3);
  });

  it('wrong types and unknown enum values → 422 naming the field, in Rails’ words', async () => {
    const res = await fake.http
      .patch(fake.path('/agents/2'))
      .set('api_access_token', ADMIN)
      .send({ availability: 'sleeping', auto_offline: 'maybe' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: 'Availability is not included in the list, Auto offline is invalid',
      attributes: ['availability', 'auto_offline'],
    });
  });

  it('a number too big for a double ("1e309" → Infinity) → 422 naming the field, nothing stored', async () => {
    const before = (await fake.get('')).body;
    for (const value of ['1e309', '-1e309', 'Infinity']) {
      const res = await fake.send('patch', '', { auto_resolve_duration: value });
      expect(res.status).toBe(422);
      expect(res.body).toEqual({
        message: 'Auto resolve duration is not a number',
        attributes: ['auto_resolve_duration'],
      });
    }
    expect((await fake.get('')).body).toEqual(before);
  });
});

describe('request validation answers in ActiveModel’s words', () => {
  it('on the spec’s operations: inclusion, not a number, invalid, limits, length', async () => {
    const cases: [() => ReturnType<TestFake['get']>, string][] = [
      // The enum admits "" and null too; neither is listed.
      [
        () => fake.send('post', '/conversations/1/toggle_status', { status: 'closed' }),
        'Status is not included in the list',
      ],
      [() => fake.send('post', '/conversations/1/toggle_status', { status: { a: 1 } }), 'Status is invalid'],
      [() => fake.send('post', '/contacts', { name: 'X', email: { a: 1 } }), 'Email is invalid'],
      [
        () => fake.send('post', '/contacts', { name: 'X', custom_attributes: 5 }),
        'Custom attributes is invalid',
      ],
      [
        () => fake.send('post', '/labels', { title: 'x', show_on_sidebar: 'maybe' }),
        'Show on sidebar is invalid',
      ],
      [
        () => fake.send('post', '/conversations', { inbox_id: 1, contact_id: 'abc' }),
        'Contact id is not a number',
      ],
      [() => fake.get('/conversations?page=abc'), 'Page is not a number'],
      [() => fake.get('/conversations?page=1.5'), 'Page must be an integer'],
      [() => fake.get('/conversations?page=0'), 'Page must be greater than or equal to 1'],
      [
        () => fake.send('patch', '', { auto_resolve_duration: 0 }),
        'Auto resolve duration must be greater than or equal to 1',
      ],
      [
        () => fake.send('patch', '', { auto_resolve_duration: 1000 }),
        'Auto resolve duration must be less than or equal to 999',
      ],
      [() => fake.send('patch', '', { name: '' }), 'Name is too short (minimum is 1 character)'],
    ];
    for (const [send, message] of cases) {
      const res = await send();
      expect([res.status, res.body.message]).toEqual([422, message]);
    }
  });

  /** A spec of one operation whose body and query take `properties` (and `query`), to try each keyword. */
  function validatorFor(body: Record<string, unknown>, query: Record<string, unknown> = {}) {
    const spec = {
      openapi: '3.1.0',
      paths: {
        '/things/{id}': {
          post: {
            operationId: 'createThing',
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
              ...Object.entries(query).map(([name, schema]) => ({
                name,
                in: 'query',
                required: true,
                schema,
              })),
            ],
            requestBody: { content: { 'application/json': { schema: { type: 'object', ...body } } } },
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    } as unknown as OpenApiDocument;
    const [operation] = operationsOf(spec);
    const validators = new SpecValidators(spec);
    /** The 422 body the fake answers for this request. */
    return (payload: unknown, params: Record<string, unknown> = {}) => {
      try {
        validators.checkRequest(operation, { params: { id: '1' }, query: params, body: payload });
      } catch (err) {
        return toHttpError(err, 'application').body;
      }
      return 'valid';
    };
  }

  /** A body schema with one property. */
  const one = (name: string, schema: object) => ({ properties: { [name]: schema } });

  it.each<[string, Record<string, unknown>, unknown, string]>([
    [
      'enum',
      one('status', { enum: ['open', '', null] }),
      { status: 'closed' },
      'Status is not included in the list',
    ],
    ['const', one('kind', { const: 'a' }), { kind: 'b' }, 'Kind is not included in the list'],
    [
      'integer',
      one('contact_id', { type: ['integer', 'null'] }),
      { contact_id: 'abc' },
      'Contact id is not a number',
    ],
    [
      'integer, given a fraction',
      one('count', { type: 'integer' }),
      { count: 1.5 },
      'Count must be an integer',
    ],
    ['number', one('price', { type: 'number' }), { price: 'cheap' }, 'Price is not a number'],
    [
      'number, given an object',
      one('price', { type: 'number' }),
      { price: { a: 1 } },
      'Price is not a number',
    ],
    ['string', one('email', { type: ['string', 'null'] }), { email: { a: 1 } }, 'Email is invalid'],
    ['boolean', one('private', { type: 'boolean' }), { private: 'maybe' }, 'Private is invalid'],
    ['object', one('meta', { type: 'object' }), { meta: 5 }, 'Meta is invalid'],
    ['array', one('labels', { type: 'array' }), { labels: { a: 1 } }, 'Labels is invalid'],
    ['required', { required: ['name'] }, {}, "Name can't be blank"],
    [
      'maxLength',
      one('name', { type: 'string', maxLength: 3 }),
      { name: 'Grace' },
      'Name is too long (maximum is 3 characters)',
    ],
    [
      'maxLength 1',
      one('name', { type: 'string', maxLength: 1 }),
      { name: 'ab' },
      'Name is too long (maximum is 1 character)',
    ],
    [
      'minLength',
      one('name', { type: 'string', minLength: 2 }),
      { name: 'A' },
      'Name is too short (minimum is 2 characters)',
    ],
    [
      'minimum',
      one('rating', { type: 'integer', minimum: 1 }),
      { rating: 0 },
      'Rating must be greater than or equal to 1',
    ],
    [
      'maximum',
      one('rating', { type: 'integer', maximum: 5 }),
      { rating: 6 },
      'Rating must be less than or equal to 5',
    ],
    [
      'exclusiveMinimum',
      one('delay', { type: 'number', exclusiveMinimum: 0 }),
      { delay: 0 },
      'Delay must be greater than 0',
    ],
    [
      'exclusiveMaximum',
      one('delay', { type: 'number', exclusiveMaximum: 10 }),
      { delay: 10 },
      'Delay must be less than 10',
    ],
    ['pattern', one('code', { type: 'string', pattern: '^[a-z]+$' }), { code: 'A1' }, 'Code is invalid'],
    ['format', one('email', { type: 'string', format: 'email' }), { email: 'nope' }, 'Email is invalid'],
    ['multipleOf', one('step', { type: 'integer', multipleOf: 5 }), { step: 7 }, 'Step is invalid'],
    [
      'anyOf: one message, not one per shape',
      one('rating', { anyOf: [{ type: 'integer' }, { type: 'array' }] }),
      { rating: { a: 1 } },
      'Rating is invalid',
    ],
    ['additionalProperties', { additionalProperties: false }, { zzz: 1 }, 'Zzz is not a permitted parameter'],
  ])('%s', (_kind, schema, payload, message) => {
    const body = validatorFor(schema)(payload) as { message: string; attributes: string[] };
    expect(body.message).toBe(message);
    expect(body.attributes).toHaveLength(1);
  });

  it('names each field once per problem: a list’s items, a type error with the enum it implies', () => {
    const check = validatorFor({
      properties: {
        labels: { type: 'array', items: { type: 'integer' } },
        status: { type: 'string', enum: ['open'] },
      },
    });
    expect(check({ labels: ['a', 'b', 'c'], status: { a: 1 } })).toEqual({
      message: 'Labels is not a number, Status is invalid',
      attributes: ['labels', 'status'],
    });
    expect(validatorFor({}, { q: { type: 'string' } })({}, {})).toEqual({
      message: "Q can't be blank",
      attributes: ['q'],
    });
  });
});

describe('multipart bodies: files only where the operation takes them', () => {
  const withFiles = (req: ReturnType<TestFake['get']>, n: number) => {
    for (let i = 0; i < n; i++) {
      req.attach('attachments[]', Buffer.from(`file ${i}`), {
        filename: `f${i}.txt`,
        contentType: 'text/plain',
      });
    }
    return req;
  };

  it('reads the fields of any operation and lets the files go where the spec takes none', async () => {
    // POST /labels documents JSON only: the fields count (Rails parses multipart on every route),
    // the 21 files are read and dropped — not kept, not counted against the files cap.
    const created = await withFiles(
      fake.http.post(fake.path('/labels')).set('api_access_token', ADMIN).field('title', 'multi-part'),
      21,
    );
    expect(created.status).toBe(200);
    expect(created.body.title).toBe('multi-part');
    // A GET with a multipart body: answered as without one.
    const listed = await withFiles(fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN), 21);
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(3);
  });

  it('keeps files where the spec documents multipart/form-data, at most 20 of them', async () => {
    const conversation = fake.store.tables.conversations.all().next().value!;
    const post = () =>
      fake.http
        .post(fake.path(`/conversations/${conversation.display_id}/messages`))
        .set('api_access_token', ADMIN)
        .field('content', 'with files');
    const two = await withFiles(post(), 2);
    expect(two.status).toBe(200);
    expect(two.body.attachments).toHaveLength(2);
    const tooMany = await withFiles(post(), 21);
    expect(tooMany.status).toBe(400);
  });
});

describe('routing', () => {
  it('unknown routes and unknown methods → 404 Rails body', async () => {
    const res = await fake.http.get('/api/v1/nothing-here').set('api_access_token', ADMIN);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ status: 404, error: 'Not Found' });
    const method = await fake.http.delete(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(method.status).toBe(404);
  });

  it('a trailing slash reaches the same operation', async () => {
    const res = await fake.http.get(`${fake.path('/agents')}/`).set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
  });

  it('a format extension reaches the same operation, as Rails’ `(.:format)` does', async () => {
    const res = await fake.http.get(`${fake.path('/agents')}.json`).set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
    const unknown = await fake.http.get('/api/v1/nothing-here.json').set('api_access_token', ADMIN);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ status: 404, error: 'Not Found' });
  });

  it('answers CORS preflight for any origin with Chatwoot’s headers', async () => {
    const res = await fake.http
      .options(fake.path('/agents'))
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'api_access_token,content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(res.headers['access-control-allow-headers']).toMatch(/api_access_token/);
  });
});

describe('rate limiting', () => {
  it('answers as rack-attack does: 429 text/plain "Retry later", per token, and a new window resets', async () => {
    // On the fake's clock, so the test can move past the window.
    const limited = await testFake({ rateLimit: { limit: 2, periodMs: 60_000, clock: 'fake' } });
    const get = (token: string) => limited.http.get(limited.path('/agents')).set('api_access_token', token);
    expect((await get(ADMIN)).status).toBe(200);
    expect((await get(ADMIN)).status).toBe(200);
    const third = await get(ADMIN);
    expect(third.status).toBe(429);
    expect(third.text).toBe('Retry later\n');
    expect(third.headers['content-type']).toMatch(/^text\/plain/);
    expect(third.headers['retry-after']).toBeUndefined();
    expect((await get(AGENT)).status).toBe(200); // another token has its own window
    limited.store.clock.advance(60_000);
    expect((await get(ADMIN)).status).toBe(200);
  });

  it('times the window in real time by default: a client that waits out Retry-After gets through', async () => {
    // The default step clock moves only on writes; rack-attack counts in real time.
    const limited = await testFake({ rateLimit: { limit: 2, periodMs: 10_000, headers: true } });
    const get = () => limited.http.get(limited.path('/agents')).set('api_access_token', ADMIN);
    const realNow = Date.now();
    const now = jest.spyOn(Date, 'now').mockReturnValue(realNow);
    try {
      expect((await get()).status).toBe(200);
      expect((await get()).status).toBe(200);
      const refused = await get();
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(10);
      limited.store.clock.advance(3_600_000); // the fake's clock does not time the window
      expect((await get()).status).toBe(429);
      now.mockReturnValue(realNow + wait * 1000 + 1);
      expect((await get()).status).toBe(200);
    } finally {
      now.mockRestore();
    }
  });

  it('the friendlier mode adds Retry-After and X-RateLimit-* headers', async () => {
    const limited = await testFake({ rateLimit: { limit: 1, periodMs: 60_000, headers: true } });
    const get = () => limited.http.get(limited.path('/agents')).set('api_access_token', ADMIN);
    const first = await get();
    expect(first.headers['x-ratelimit-limit']).toBe('1');
    expect(first.headers['x-ratelimit-remaining']).toBe('0');
    const second = await get();
    expect(second.status).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
  });
});
