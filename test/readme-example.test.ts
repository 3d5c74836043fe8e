/**
 * The README's "Using it in tests" example, run as it is written there (the last test checks that
 * README.md and this file hold the same code). `chatwoot-fake` is this package: map it to the source.
 */
jest.mock('chatwoot-fake', () => jest.requireActual('../src/index'), { virtual: true });

// --- README example: begin ---
import { startFake, type RunningFake } from 'chatwoot-fake';

// The code under test: your app's Chatwoot client (here a tiny one that retries once on 429/5xx).
type Contact = { id: number; name: string; email: string; created_at: number };

async function createContact(fake: RunningFake, contact: { name: string; email: string }): Promise<Contact> {
  const url = `${fake.url}/api/v1/accounts/${fake.accountId}/contacts`;
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { api_access_token: fake.tokens.agent, 'content-type': 'application/json' },
      body: JSON.stringify(contact),
    });
    if (res.ok) return ((await res.json()) as { payload: { contact: Contact } }).payload.contact;
    if (attempt === 2 || (res.status !== 429 && res.status < 500)) {
      throw new Error(`Chatwoot answered ${res.status}`);
    }
  }
}

describe('createContact against chatwoot-fake', () => {
  let fake: RunningFake;
  beforeAll(async () => {
    fake = await startFake(); // a free port, the default world ("Acme Support")
  });
  beforeEach(() => fake.reset()); // seeded data, ids and clock; empty journal; no faults
  afterAll(() => fake.close());

  it('creates the contact', async () => {
    fake.clock.set('2026-03-01T10:00:00Z');
    const contact = await createContact(fake, { name: 'Ada', email: 'ada@example.com' });

    expect(contact.created_at).toBe(Date.parse('2026-03-01T10:00:00Z') / 1000);
    expect(fake.db.contacts.find((c) => c.email === 'ada@example.com')?.name).toBe('Ada');
    const [request] = fake.requests({ method: 'POST', path: '/api/v1/accounts/:account_id/contacts' });
    expect(request.headers.api_access_token).toBe(fake.tokens.agent);
    expect(request.body).toEqual({ name: 'Ada', email: 'ada@example.com' });
  });

  it('retries once after a 429', async () => {
    fake.failNext({ method: 'POST', path: '/api/v1/accounts/:account_id/contacts', status: 429 });
    await createContact(fake, { name: 'Ada', email: 'ada@example.com' });

    expect(fake.requests({ method: 'POST' }).map((r) => r.status)).toEqual([429, 200]);
  });

  it('gives up on a validation error, as Chatwoot words it', async () => {
    await createContact(fake, { name: 'Ada', email: 'ada@example.com' });
    await expect(createContact(fake, { name: 'Ada Bis', email: 'ada@example.com' })).rejects.toThrow(
      'Chatwoot answered 422',
    );

    expect(fake.requests({ status: 422 })[0].responseBody).toEqual({
      message: 'Email has already been taken',
      attributes: ['email'],
    });
  });

  it('times out when Chatwoot is slow', async () => {
    fake.delay({ path: '/api/v1/accounts/:account_id/contacts', ms: 1000 });
    const slow = fetch(`${fake.url}/api/v1/accounts/${fake.accountId}/contacts`, {
      headers: { api_access_token: fake.tokens.agent },
      signal: AbortSignal.timeout(100),
    });

    await expect(slow).rejects.toThrow(/aborted/i);
  });
});

// --- README example: end ---

describe('the README example', () => {
  it('is the code of README.md "Using it in tests", character for character', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('node:fs') as typeof import('node:fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('node:path') as typeof import('node:path');
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Using it in tests'));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    const self = fs.readFileSync(__filename, 'utf8');
    const begin = '// --- README example: begin ---\n';
    const code = self.slice(
      self.indexOf(begin) + begin.length,
      self.indexOf('// --- README example: end ---'),
    );
    expect(block).toBeDefined();
    expect(code.trim()).toBe(block!.trim());
  });
});
