/**
 * Contract checking, the library and the jest matcher: checkResponse / checkRequest against the
 * bundled spec, and `expect(response).toMatchChatwootSpec()` on supertest, fetch and plain responses.
 */
import '../src/contract/jest';
import request from 'supertest';
import { checkRequest, checkResponse, loadContract } from '../src/contract';
import { startFake, type RunningFake } from '../src/index';
import { ADMIN, testFake, type TestFake } from './helpers';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

let fake: TestFake;
let running: RunningFake;

beforeAll(async () => {
  fake = await testFake();
  running = await startFake({ port: 0, webhooks: false, cable: false });
});

afterAll(async () => {
  await running.close();
});

beforeEach(() => fake.reset());

async function contacts(): Promise<any> {
  const res = await fake.http.get(fake.path('/contacts')).set('api_access_token', ADMIN);
  expect(res.status).toBe(200);
  return res.body;
}

describe('checkResponse', () => {
  it('finds nothing wrong with what the fake answers', async () => {
    for (const path of ['/contacts', '/agents', '/inboxes', '/conversations', '/labels', '/contacts/1']) {
      const res = await fake.http.get(fake.path(path)).set('api_access_token', ADMIN);
      expect(await checkResponse(res)).toEqual([]);
    }
    const unauthorized = await fake.http.get(fake.path('/contacts'));
    expect(unauthorized.status).toBe(401);
    expect(await checkResponse(unauthorized)).toEqual([]);
  });

  it('names a renamed field: the missing one and the unexpected one, with operation, pointer and excerpt', async () => {
    const body = await contacts();
    body.payload[0].full_name = body.payload[0].name;
    delete body.payload[0].name;
    const violations = await checkResponse({
      method: 'GET',
      path: '/api/v1/accounts/1/contacts?page=1',
      status: 200,
      headers: JSON_TYPE,
      body,
    });
    expect(violations).toEqual([
      expect.objectContaining({
        kind: 'schema',
        operationId: 'listContacts',
        route: '/api/v1/accounts/{account_id}/contacts',
        path: '/api/v1/accounts/1/contacts',
        pointer: '/payload/0/name',
        expected: 'required property',
        actual: 'missing',
        count: 1,
      }),
      expect.objectContaining({
        pointer: '/payload/0/full_name',
        expected: 'no such property (not in the spec)',
        actual: `string ${JSON.stringify(body.payload[0].full_name)}`,
      }),
    ]);
    expect(violations[0].excerpt).toContain('"email":');
  });

  it('folds the same drift over array items into one violation with a count', async () => {
    const body = await contacts();
    for (const contact of body.payload) contact.id = String(contact.id);
    const violations = await checkResponse({
      method: 'GET',
      path: '/api/v1/accounts/1/contacts',
      status: 200,
      headers: JSON_TYPE,
      body: JSON.stringify(body), // raw text is parsed
    });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({
      pointer: '/payload/0/id',
      expected: 'integer',
      actual: `string "${body.payload[0].id}"`,
      count: body.payload.length,
    });
  });

  it('reports a missing envelope, an undocumented status, a wrong content type and unparsable JSON', async () => {
    const body = await contacts();
    const base = { method: 'GET', path: '/api/v1/accounts/1/contacts' };
    const [envelope] = await checkResponse({ ...base, status: 200, headers: JSON_TYPE, body: body.payload });
    expect(envelope).toMatchObject({ kind: 'schema', pointer: '', expected: 'object' });
    expect(envelope.actual).toMatch(/^array \[/);
    expect(envelope.message).toMatch(/^body: expected object, got array/);

    const [undocumented] = await checkResponse({
      ...base,
      status: 500,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>We are sorry, but something went wrong.</body></html>',
    });
    expect(undocumented).toMatchObject({
      kind: 'undocumented-status',
      status: 500,
      operationId: 'listContacts',
      actual: '500',
      expected: 'one of 200, 400, 401, 404, 413, 422, 429, 431',
    });
    expect(undocumented.excerpt).toContain('something went wrong');

    const [contentType] = await checkResponse({
      ...base,
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<p>',
    });
    expect(contentType).toMatchObject({
      kind: 'content-type',
      expected: 'application/json',
      actual: 'text/html',
    });
    const [noType] = await checkResponse({ ...base, status: 200, body: JSON.stringify(body) });
    expect(noType).toMatchObject({ kind: 'content-type', actual: 'no Content-Type' });

    const [invalid] = await checkResponse({
      ...base,
      status: 200,
      headers: JSON_TYPE,
      body: '{"payload": [',
    });
    expect(invalid).toMatchObject({ kind: 'invalid-json', expected: 'a JSON body' });

    const [missing] = await checkResponse({ ...base, status: 200, headers: JSON_TYPE, body: '' });
    expect(missing).toMatchObject({ kind: 'missing-body', actual: 'no body' });
  });

  it('reports unknown paths and methods as such', async () => {
    const [path] = await checkResponse({
      method: 'GET',
      path: '/api/v1/accounts/1/nothing',
      status: 200,
      body: '{}',
    });
    expect(path).toMatchObject({ kind: 'unknown-path', path: '/api/v1/accounts/1/nothing' });
    expect(path.operationId).toBeUndefined();
    const [method] = await checkResponse({ method: 'PUT', path: '/api/v1/accounts/1/contacts', status: 200 });
    expect(method).toMatchObject({ kind: 'unknown-method', actual: 'PUT' });
    expect(method.expected).toMatch(/GET/);
    expect(method.expected).toMatch(/POST/);
  });

  it('accepts full URLs, trailing slashes and fetch-style Headers', async () => {
    const body = await contacts();
    const violations = await checkResponse({
      method: 'get',
      url: 'https://chatwoot.example.com/api/v1/accounts/1/contacts/?page=1#x',
      status: 200,
      headers: new Headers({ 'Content-Type': 'application/json' }),
      body,
    });
    expect(violations).toEqual([]);
  });

  it('redacts secrets in excerpts', async () => {
    const res = await fake.http.get('/api/v1/profile').set('api_access_token', ADMIN);
    expect(res.body.access_token).toBe(ADMIN);
    const body = { ...res.body, id: 'one' };
    const [v] = await checkResponse({
      method: 'GET',
      path: '/api/v1/profile',
      status: 200,
      headers: JSON_TYPE,
      body,
    });
    expect(v).toMatchObject({ pointer: '/id', expected: 'integer' });
    expect(v.excerpt).toContain('"access_token":"[redacted]"');
    expect(JSON.stringify(v)).not.toContain(ADMIN);
  });

  it('uses the same validator as the fake: a null where none is allowed and a date where epoch seconds are due fail', async () => {
    const res = await fake.http.get(fake.path('/contacts/1')).set('api_access_token', ADMIN);
    const body = structuredClone(res.body);
    body.payload.blocked = null;
    body.payload.created_at = '2026-01-15';
    const violations = await checkResponse({
      method: 'GET',
      path: '/api/v1/accounts/1/contacts/1',
      status: 200,
      headers: JSON_TYPE,
      body,
    });
    expect(violations.map((v) => v.pointer).sort()).toEqual(['/payload/blocked', '/payload/created_at']);
  });
});

describe('checkRequest', () => {
  it('passes a valid request and reports a bad path parameter, body field and content type', async () => {
    expect(
      await checkRequest({
        method: 'POST',
        path: '/api/v1/accounts/1/contacts',
        headers: JSON_TYPE,
        body: '{"name":"Ada","email":"ada@example.com"}',
      }),
    ).toEqual([]);
    const [param] = await checkRequest({ method: 'GET', path: '/api/v1/accounts/abc/contacts' });
    expect(param).toMatchObject({ side: 'request', pointer: '/path/account_id', expected: 'integer' });
    const [body] = await checkRequest({
      method: 'POST',
      path: '/api/v1/accounts/1/labels',
      headers: JSON_TYPE,
      body: { title: 'x', show_on_sidebar: { deep: true } },
    });
    expect(body).toMatchObject({
      side: 'request',
      operationId: 'createLabel',
      pointer: '/body/show_on_sidebar',
    });
    const [type] = await checkRequest({
      method: 'POST',
      path: '/api/v1/accounts/1/labels',
      headers: { 'content-type': 'application/xml' },
      body: '<label/>',
    });
    expect(type).toMatchObject({ kind: 'content-type', pointer: '/body', actual: 'application/xml' });
    const [json] = await checkRequest({
      method: 'POST',
      path: '/api/v1/accounts/1/labels',
      headers: JSON_TYPE,
      body: '{"title":',
    });
    expect(json).toMatchObject({ kind: 'invalid-json', pointer: '/body' });
  });
});

describe('toMatchChatwootSpec', () => {
  it('accepts supertest responses', async () => {
    const res = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(res).toMatchChatwootSpec();
    const created = await fake.http
      .post(fake.path('/labels'))
      .set('api_access_token', ADMIN)
      .send({ title: 'matcher' });
    expect(created).toMatchChatwootSpec();
  });

  it('accepts a fetch Response with the body that was read, and says so when it is missing', async () => {
    const res = await fetch(`${running.url}/api/v1/accounts/1/contacts`, {
      method: 'POST',
      headers: { api_access_token: running.tokens.admin, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Fetch', email: 'fetch@example.com' }),
    });
    const body = await res.json();
    expect(res).toMatchChatwootSpec({ method: 'POST', body });
    expect(() => expect(res).toMatchChatwootSpec({ method: 'POST' })).toThrow(/read it and pass it/);
    // The same body but the wrong method: the path has no PUT.
    expect(() => expect(res).toMatchChatwootSpec({ method: 'PUT', body })).toThrow(/only for GET, POST/);
  });

  it('accepts plain objects, and fails with a readable message naming operation, pointer, values and excerpt', async () => {
    const body = await contacts();
    expect({
      method: 'GET',
      path: '/api/v1/accounts/1/contacts',
      status: 200,
      headers: JSON_TYPE,
      body,
    }).toMatchChatwootSpec();
    body.payload[0].id = 'seven';
    let message = '';
    try {
      expect({
        method: 'GET',
        path: '/api/v1/accounts/1/contacts',
        status: 200,
        headers: JSON_TYPE,
        body,
      }).toMatchChatwootSpec();
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('toMatchChatwootSpec');
    expect(message).toContain(
      'GET /api/v1/accounts/1/contacts → 200 (listContacts) does not match the Chatwoot spec (1 violation)',
    );
    expect(message).toContain('/payload/0/id: expected integer, got string "seven"');
    expect(message).toContain('in {');
  });

  it('supports .not', async () => {
    expect({
      method: 'GET',
      path: '/api/v1/accounts/1/contacts',
      status: 200,
      headers: JSON_TYPE,
      body: [],
    }).not.toMatchChatwootSpec();
    const res = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(() => expect(res).not.toMatchChatwootSpec()).toThrow(
      /not to match the Chatwoot spec, but it does/,
    );
  });

  it('rejects what is not a response', () => {
    expect(() => expect(42).toMatchChatwootSpec()).toThrow(/expected a response object/);
    expect(() => expect({ status: 200 }).toMatchChatwootSpec()).toThrow(/which path/);
  });

  it('works on axios-shaped responses', async () => {
    const body = await contacts();
    const axiosLike = {
      status: 200,
      headers: { 'content-type': 'application/json' },
      data: body,
      config: { method: 'get', url: '/api/v1/accounts/1/contacts' },
      request: { method: 'GET', path: '/api/v1/accounts/1/contacts?page=1' },
    };
    expect(axiosLike).toMatchChatwootSpec();
  });
});

describe('loadContract', () => {
  it('is built once from the bundled spec and knows every operation of the fake', async () => {
    const contract = await loadContract();
    expect(await loadContract()).toBe(contract);
    expect(contract.operation('listContacts')).toMatchObject({
      method: 'get',
      path: '/api/v1/accounts/{account_id}/contacts',
    });
    // An app built by the same spec routes the same operations.
    const res = await request(fake.app).get('/api/v1/accounts/1/contacts').set('api_access_token', ADMIN);
    expect(res).toMatchChatwootSpec();
  });
});
