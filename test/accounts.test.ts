import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

describe('GET /api/v1/accounts/:id', () => {
  it('returns the account partial with ISO created_at and the version', async () => {
    const res = await fake.http.get('/api/v1/accounts/1').set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 1, name: 'Acme Support', locale: 'en', status: 'active' });
    expect(res.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(typeof res.body.latest_chatwoot_version).toBe('string');
  });

  it('answers 404 for an unknown account and 401 for a missing token', async () => {
    const missing = await fake.http.get('/api/v1/accounts/999').set('api_access_token', ADMIN);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Resource could not be found' });
    const anonymous = await fake.http.get('/api/v1/accounts/1');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
  });
});

describe('PATCH /api/v1/accounts/:id', () => {
  it('updates permitted fields for an administrator, visible in a later GET', async () => {
    const res = await fake.http
      .patch('/api/v1/accounts/1')
      .set('api_access_token', ADMIN)
      .send({ name: 'Acme Help', support_email: 'help@acme.test', ignored_field: 'x' });
    expect(res.status).toBe(200);
    expect(res.body.name).toBe('Acme Help');
    const again = await fake.http.get('/api/v1/accounts/1').set('api_access_token', ADMIN);
    expect(again.body).toMatchObject({ name: 'Acme Help', support_email: 'help@acme.test' });
  });

  it('accepts PUT too, and the wrapped {account: {...}} form', async () => {
    const res = await fake.http
      .put('/api/v1/accounts/1')
      .set('api_access_token', ADMIN)
      .send({ account: { locale: 'fr' } });
    expect(res.status).toBe(200);
    expect(res.body.locale).toBe('fr');
  });

  it('refuses agents with 401 and leaves the account unchanged', async () => {
    const res = await fake.http
      .patch('/api/v1/accounts/1')
      .set('api_access_token', AGENT)
      .send({ name: 'Hacked' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
    const again = await fake.http.get('/api/v1/accounts/1').set('api_access_token', AGENT);
    expect(again.body.name).toBe('Acme Support');
  });

  it('rejects a blank name with a 422 naming the field', async () => {
    const res = await fake.http.patch('/api/v1/accounts/1').set('api_access_token', ADMIN).send({ name: '' });
    expect(res.status).toBe(422);
    expect(res.body.attributes).toEqual(['name']);
  });
});
