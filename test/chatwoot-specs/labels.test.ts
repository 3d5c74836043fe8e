/**
 * Chatwoot's request spec for the labels controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/labels_controller_spec.rb
 * at fc90b5cfc9817ba83535e93472181302d995997f (see README.md). Each test names the spec's `it`.
 *
 * The spec's `let!(:label)` factory record is created here through the API as the administrator;
 * "Label.count" is read as the length of the account's label list.
 */
import { ADMIN, AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'labels_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});

let label: { id: number; title: string };
beforeEach(async () => {
  fake.reset();
  const res = await fake.send('post', '/labels', { label: { title: 'spec-label' } }, ADMIN);
  expect(res.status).toBe(200);
  label = res.body;
});

const labelCount = async () => (await fake.get('/labels', ADMIN)).body.payload.length as number;

describe(`${SPEC} GET /api/v1/accounts/{account.id}/labels`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/labels'));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all the labels in account`, async () => {
    // The spec signs in an administrator (named `agent`); the agent's answer is checked too.
    for (const token of [ADMIN, AGENT]) {
      const res = await fake.get('/labels', token);
      expect(res.status).toBe(200);
      expect(res.text).toContain(label.title);
    }
  });
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/labels/:id`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path(`/labels/${label.id}`));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, shows the contact`, async () => {
    const res = await fake.get(`/labels/${label.id}`, ADMIN);
    expect(res.status).toBe(200);
    expect(res.text).toContain(label.title);
  });
});

describe(`${SPEC} POST /api/v1/accounts/{account.id}/labels`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const before = await labelCount();
    // The spec posts form parameters (no `as: :json`): label[title]=test.
    const res = await fake.http.post(fake.path('/labels')).type('form').send('label[title]=test');
    expect(res.status).toBe(401);
    expect(await labelCount()).toBe(before);
  });

  it(`${SPEC}: when it is an authenticated user, creates the contact`, async () => {
    const before = await labelCount();
    const res = await fake.http
      .post(fake.path('/labels'))
      .set('api_access_token', ADMIN)
      .type('form')
      .send('label[title]=test');
    expect(res.status).toBe(200);
    expect(await labelCount()).toBe(before + 1);
  });
});

describe(`${SPEC} PATCH /api/v1/accounts/{account.id}/labels/:id`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    // The spec sends PUT here, with form parameters.
    const res = await fake.http
      .put(fake.path(`/labels/${label.id}`))
      .type('form')
      .send('title=Test_2');
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates the label`, async () => {
    // A flat JSON body: Rails' wrap_parameters lifts `title` into `label`; the model downcases it.
    const res = await fake.send('patch', `/labels/${label.id}`, { title: 'Test_2' }, ADMIN);
    expect(res.status).toBe(200);
    const reloaded = await fake.get(`/labels/${label.id}`, ADMIN);
    expect(reloaded.body.title).toBe('test_2');
  });
});
