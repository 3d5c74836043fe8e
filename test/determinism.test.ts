import request from 'supertest';
import { buildFake } from '../src/index';
import { ADMIN } from './helpers';

/** Every GET a snapshot test might take, answered by a fresh fake. */
async function answers(seed: number) {
  const fake = await buildFake({ seed, contacts: 30, conversations: 10 });
  const http = request(fake.app);
  const out: string[] = [];
  for (const p of ['', '/agents']) {
    out.push((await http.get(`/api/v1/accounts/1${p}`).set('api_access_token', ADMIN)).text);
  }
  // A write: ids, tokens and timestamps of new records must repeat too.
  out.push(
    (
      await http
        .post('/api/v1/accounts/1/agents')
        .set('api_access_token', ADMIN)
        .send({ email: 'new@acme.test' })
    ).text,
  );
  return { out, snapshot: JSON.stringify(fake.store.snapshot()) };
}

describe('determinism', () => {
  it('the same seed gives byte-identical state and responses', async () => {
    const a = await answers(7);
    const b = await answers(7);
    expect(a.out).toEqual(b.out);
    expect(a.snapshot).toEqual(b.snapshot);
  });

  it('another seed gives other generated records', async () => {
    const a = await answers(7);
    const b = await answers(8);
    expect(a.snapshot).not.toEqual(b.snapshot);
  });

  it('reset() restores the seeded state exactly', async () => {
    const fake = await buildFake({ seed: 3, contacts: 20 });
    const before = JSON.stringify(fake.store.snapshot());
    await request(fake.app)
      .post('/api/v1/accounts/1/agents')
      .set('api_access_token', ADMIN)
      .send({ email: 'x@acme.test' });
    expect(JSON.stringify(fake.store.snapshot())).not.toEqual(before);
    fake.reset();
    expect(JSON.stringify(fake.store.snapshot())).toEqual(before);
  });

  it('--contacts and --conversations add that many generated records', async () => {
    const base = await buildFake({});
    const more = await buildFake({ contacts: 25, conversations: 7 });
    expect(more.store.tables.contacts.size - base.store.tables.contacts.size).toBe(25);
    expect(more.store.tables.conversations.size - base.store.tables.conversations.size).toBe(7);
  });
});
