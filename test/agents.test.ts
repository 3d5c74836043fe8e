import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

describe('agents', () => {
  it('lists members as a plain array ordered by name', async () => {
    const res = await fake.http.get(fake.path('/agents')).set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body.map((a: { name: string }) => a.name)).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace Hopper',
    ]);
    expect(res.body[0]).toMatchObject({
      account_id: 1,
      role: 'administrator',
      provider: 'email',
      thumbnail: '',
    });
    expect(res.body[0]).not.toHaveProperty('custom_attributes');
  });

  it('adds an agent (JSON), who then appears in the list', async () => {
    const res = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .send({ name: 'Katherine', email: 'Kath@Acme.test', role: 'agent' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Katherine',
      email: 'kath@acme.test',
      role: 'agent',
      confirmed: false,
    });
    const list = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(list.body.map((a: { email: string }) => a.email)).toContain('kath@acme.test');
  });

  it('adds an agent from a multipart body with bracketed keys and string booleans', async () => {
    const res = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .field('agent[name]', 'Form Person')
      .field('agent[email]', 'form@acme.test')
      .field('agent[auto_offline]', 'true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Form Person', auto_offline: true });
  });

  it('adds an agent from an urlencoded body', async () => {
    const res = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .type('form')
      .send('name=Url+Person&email=url%40acme.test&role=administrator');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Url Person', role: 'administrator' });
  });

  it('rejects a duplicate member, a bad email and an unknown role with 422', async () => {
    const dup = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .send({ email: 'grace@acme.test' });
    expect(dup.status).toBe(422);
    expect(dup.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
    const bad = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .send({ email: 'nope' });
    expect(bad.status).toBe(422);
    expect(bad.body.attributes).toEqual(['email']);
    const role = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', ADMIN)
      .send({ email: 'r@acme.test', role: 'boss' });
    expect(role.status).toBe(422);
    expect(role.body.attributes).toEqual(['role']);
    const list = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(list.body).toHaveLength(3);
  });

  it('updates name on the user and role/availability on the membership', async () => {
    const res = await fake.http
      .patch(fake.path('/agents/2'))
      .set('api_access_token', ADMIN)
      .send({ name: 'Rear Admiral Hopper', role: 'administrator', availability: 'busy' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 2,
      name: 'Rear Admiral Hopper',
      role: 'administrator',
      availability_status: 'busy',
    });
    const list = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(list.body.find((a: { id: number }) => a.id === 2).role).toBe('administrator');
  });

  it('removes an agent: gone from the list, the token no longer reaches the account', async () => {
    const res = await fake.http.delete(fake.path('/agents/2')).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const list = await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN);
    expect(list.body.map((a: { id: number }) => a.id)).not.toContain(2);
    const denied = await fake.http.get(fake.path('/agents')).set('api_access_token', AGENT);
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual({ error: 'You are not authorized to access this account' });
  });

  it('answers 404 for an unknown agent and 401 for agents managing agents', async () => {
    expect((await fake.http.delete(fake.path('/agents/99')).set('api_access_token', ADMIN)).status).toBe(404);
    const res = await fake.http
      .post(fake.path('/agents'))
      .set('api_access_token', AGENT)
      .send({ email: 'z@acme.test' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'You are not authorized to do this action' });
  });

  describe('bulk_create', () => {
    const names = async () =>
      (
        (await fake.http.get(fake.path('/agents')).set('api_access_token', ADMIN)).body as {
          name: string;
          email: string;
        }[]
      ).map((a) => `${a.name} <${a.email}>`);

    it('invites each address, named after its local part, skipping members and invalid ones', async () => {
      const res = await fake.http
        .post(fake.path('/agents/bulk_create'))
        .set('api_access_token', ADMIN)
        .send({ emails: ['kath@acme.test', 'grace@acme.test', 'not-an-email', 'dorothy@acme.test'] });
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      const list = await names();
      expect(list).toContain('kath <kath@acme.test>');
      expect(list).toContain('dorothy <dorothy@acme.test>');
      expect(list.filter((n) => n.includes('grace@acme.test'))).toHaveLength(1);
      expect(list).toHaveLength(5);
    });

    it('refuses agents (401) and a body without a list of addresses (422), inviting nobody', async () => {
      const before = await names();
      const agent = await fake.http
        .post(fake.path('/agents/bulk_create'))
        .set('api_access_token', AGENT)
        .send({ emails: ['kath@acme.test'] });
      expect(agent.status).toBe(401);
      expect(agent.body).toEqual({ error: 'You are not authorized to do this action' });
      for (const body of [{}, { emails: [] }, { emails: ['ok@acme.test', { a: 1 }] }]) {
        const res = await fake.http
          .post(fake.path('/agents/bulk_create'))
          .set('api_access_token', ADMIN)
          .send(body);
        expect(res.status).toBe(422);
      }
      expect(await names()).toEqual(before);
    });
  });
});
