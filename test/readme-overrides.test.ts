/**
 * The README's "### Overrides: answers of your choosing" example, run as it is written there (the last test checks that README.md
 * and this file hold the same code). `chatwoot-fake` is this package: map it to the source.
 */
jest.mock('chatwoot-fake', () => jest.requireActual('../src/index'), { virtual: true });

// --- README example: begin ---
import { startFake, type RunningFake } from 'chatwoot-fake';

describe('my app when Chatwoot answers something unusual', () => {
  let fake: RunningFake;
  beforeAll(async () => {
    fake = await startFake();
  });
  beforeEach(() => fake.reset()); // removes overrides too
  afterAll(() => fake.close());

  const getContact = async (id: number, token = fake.tokens.agent) => {
    const res = await fetch(`${fake.url}/api/v1/accounts/${fake.accountId}/contacts/${id}`, {
      headers: token ? { api_access_token: token } : {},
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('answers what the test says, checked against Chatwoot’s contract', async () => {
    const { body: real } = await getContact(1);
    fake.override({
      method: 'GET',
      path: '/api/v1/accounts/:account_id/contacts/:id',
      status: 200,
      body: { payload: { ...real.payload, name: 'Grace Hopper' } },
      times: 1,
    });

    expect((await getContact(1)).body.payload.name).toBe('Grace Hopper');
    expect((await getContact(1)).body.payload.name).toBe('Marie Curie'); // `times` used up
    expect(fake.requests({ operationId: 'getContact' }).map((r) => r.override)).toEqual([null, 1, null]);
    expect(() =>
      fake.override({
        operationId: 'getContact',
        status: 200,
        body: { payload: { ...real.payload, id: 'x' } },
      }),
    ).toThrow(
      '"body" breaks the spec\'s 200 answer of getContact (GET /api/v1/accounts/{account_id}/contacts/{id}): /payload/id must be integer',
    );
  });

  it('computes an answer per request', async () => {
    fake.override({
      operationId: 'getContact',
      respond: (req, state) => {
        const contact = (state as RunningFake['db']).contacts.find((c) => c.id === req.params.id);
        return { status: 404, body: { error: `${contact?.name} is hidden from ${req.role}s` } };
      },
    });

    expect(await getContact(1)).toEqual({
      status: 404,
      body: { error: 'Marie Curie is hidden from agents' },
    });
  });

  it('leaves auth alone unless the override says token: "*"', async () => {
    fake.override({ operationId: 'getContact', status: 500 });
    expect((await getContact(1, '')).status).toBe(401);

    fake.override({ operationId: 'getContact', token: '*', status: 503, body: { error: 'maintenance' } });
    expect(await getContact(1, '')).toEqual({ status: 503, body: { error: 'maintenance' } });
  });
});
// --- README example: end ---

describe('the README example', () => {
  it('is the code of README.md "### Overrides: answers of your choosing", character for character', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('node:fs') as typeof import('node:fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('node:path') as typeof import('node:path');
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Overrides: answers of your choosing'));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    const self = fs.readFileSync(__filename, 'utf8');
    const begin = '// --- README example: begin ---\n';
    const code = self.slice(
      self.indexOf(begin) + begin.length,
      self.indexOf('// --- README example: end ---'),
    );
    expect(readme.includes('### Overrides: answers of your choosing')).toBe(true);
    expect(code.trim()).toBe(block!.trim());
  });
});
