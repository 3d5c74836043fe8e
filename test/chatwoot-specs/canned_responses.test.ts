/**
 * Chatwoot's request spec for the canned responses controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/canned_responses_controller_spec.rb
 * at 023ddc0e46ea8a70808a69eebfa9b90ae1ca4d57 (see README.md for the fork-only lines left out).
 * Each test names the spec's `it`.
 *
 * The spec's `before` factory record is created here through the API; the default world seeds no
 * canned responses, so "CannedResponse.count" and `account.canned_responses` are the account's list.
 * `as_json` of a CannedResponse is every column (id, account_id, short_code, content, timestamps):
 * the records are compared with the bodies the fake answered when they were created.
 */
import { AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'canned_responses_controller_spec.rb';

type CannedResponse = {
  id: number;
  account_id: number;
  short_code: string;
  content: string;
  created_at: string;
  updated_at: string;
};

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});

const list = async (query: Record<string, string> = {}) => {
  const res = await fake.http.get(fake.path('/canned_responses')).query(query).set('api_access_token', AGENT);
  expect(res.status).toBe(200);
  return res.body as CannedResponse[];
};

const create = async (content: string, short_code: string): Promise<CannedResponse> => {
  const res = await fake.send(
    'post',
    '/canned_responses',
    { canned_response: { content, short_code } },
    AGENT,
  );
  expect(res.status).toBe(200);
  return res.body;
};

/** The spec's `before`: one canned response in the account. */
let first: CannedResponse;
beforeEach(async () => {
  fake.reset();
  expect(await list()).toEqual([]);
  first = await create('Hey {{ contact.name }}, Thanks for reaching out', 'name-short-code');
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/canned_responses`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/canned_responses'));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all the canned responses`, async () => {
    const res = await fake.get('/canned_responses', AGENT);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([first]);
    expect(Object.keys(res.body[0]).sort()).toEqual(
      ['account_id', 'content', 'created_at', 'id', 'short_code', 'updated_at'].sort(),
    );
  });

  it(`${SPEC}: when it is an authenticated user, returns all the canned responses the user searched for`, async () => {
    await create('Great! Looking forward', 'short-code');
    const second = await create('Thanks for reaching out', 'content-with-thanks');
    const third = await create('Thanks for reaching out', 'Thanks');

    const res = await fake.http
      .get(fake.path('/canned_responses'))
      .query({ search: 'thanks' })
      .set('api_access_token', AGENT);
    expect(res.status).toBe(200);
    // short_code starting with the term first, then short_code containing it, then content containing it.
    expect(res.body).toEqual([third, second, first]);
  });
});

describe(`${SPEC} POST /api/v1/accounts/{account.id}/canned_responses`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.post(fake.path('/canned_responses'));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, creates a new canned response`, async () => {
    // A flat JSON body, lifted into `canned_response` by wrap_parameters. (The stored version also
    // sends and checks `content_format`, a column upstream's CannedResponse does not have: README.md.)
    const res = await fake.send(
      'post',
      '/canned_responses',
      { short_code: 'short', content: 'Первая строка\n\n- пункт один' },
      AGENT,
    );
    expect(res.status).toBe(200);
    expect(await list()).toHaveLength(2);
  });
});

describe(`${SPEC} PUT /api/v1/accounts/{account.id}/canned_responses/:id`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.put(fake.path(`/canned_responses/${first.id}`));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, updates an existing canned response`, async () => {
    const res = await fake.send('put', `/canned_responses/${first.id}`, { short_code: 'B' }, AGENT);
    expect(res.status).toBe(200);
    const reloaded = (await list()).find((r) => r.id === first.id);
    expect(reloaded?.short_code).toBe('B');
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/{account.id}/canned_responses/:id`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.delete(fake.path(`/canned_responses/${first.id}`));
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, destroys the canned response`, async () => {
    const res = await fake.send('delete', `/canned_responses/${first.id}`, undefined, AGENT);
    expect(res.status).toBe(200);
    expect(await list()).toEqual([]);
  });
});
