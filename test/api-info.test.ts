/**
 * `GET /api` as ApiController#index answers it: anonymous, the version the fake emulates, the time in
 * Rails' `to_fs(:db)` format, and both services `ok`.
 */
import { loadContract } from '../src/contract';
import { testFake, type TestFake } from './helpers';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

describe('GET /api', () => {
  it('answers without a token: version, UTC time as to_fs(:db), services ok', async () => {
    fake.store.clock.set(Date.parse('2026-03-04T05:06:07.890Z'));
    const res = await fake.http.get('/api');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      timestamp: '2026-03-04 05:06:07',
      queue_services: 'ok',
      data_services: 'ok',
    });
  });

  it('is the version /api/v1/accounts/{id} reports as latest_chatwoot_version', async () => {
    const version = (await fake.http.get('/api')).body.version;
    const account = await fake.get('');
    expect(account.body.latest_chatwoot_version).toBe(version);
  });

  it('ignores a token and answers HEAD without a body', async () => {
    const withToken = await fake.http.get('/api').set('api_access_token', 'not-a-token');
    expect(withToken.status).toBe(200);
    const head = await fake.http.head('/api');
    expect(head.status).toBe(200);
    expect(head.text ?? '').toBe('');
  });

  it('passes the contract, which allows the keys forks add', async () => {
    const contract = await loadContract();
    const answer = (await fake.http.get('/api')).body;
    expect(
      contract.checkResponse({ method: 'GET', path: '/api', status: 200, headers: JSON_TYPE, body: answer }),
    ).toEqual([]);
    const fork = { ...answer, capabilities: ['message_client_message_id_text'] };
    expect(
      contract.checkResponse({ method: 'GET', path: '/api', status: 200, headers: JSON_TYPE, body: fork }),
    ).toEqual([]);
    const broken = { ...answer, timestamp: '2026-03-04T05:06:07Z' };
    expect(
      contract.checkResponse({ method: 'GET', path: '/api', status: 200, headers: JSON_TYPE, body: broken }),
    ).not.toEqual([]);
  });
});
