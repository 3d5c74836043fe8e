/**
 * The answer cache (src/http/answer-cache.ts): a GET is served again only while nothing it read has
 * changed. Each test makes the cache serve an answer (the handler is not called again), then changes
 * something the answer depends on in one of the ways a user can, and checks the next answer is new.
 */
import { AnswerCache } from '../src/http/answer-cache';
import type { RequestContext } from '../src/http/context';
import { handlers } from '../src/resources';
import { Store } from '../src/store';
import { noteOriginRead, track } from '../src/store/reads';
import { EventBus } from '../src/events/bus';
import { ADMIN, AGENT2, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => {
  fake.reset();
  jest.restoreAllMocks();
});

/** Counts the calls of one operation's handler (the app looks handlers up on every request). */
function countCalls(operationId: string): { readonly calls: number } {
  const spy = jest.spyOn(handlers, operationId);
  return {
    get calls() {
      return spy.mock.calls.length;
    },
  };
}

describe('answers served again', () => {
  it('serves an unchanged GET without running its handler, byte for byte', async () => {
    const handler = countCalls('getContact');
    const first = await fake.get('/contacts/1').expect(200);
    const second = await fake.get('/contacts/1').expect(200);
    expect(second.text).toBe(first.text);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['content-length']).toBe(first.headers['content-length']);
    expect(handler.calls).toBe(1);
  });

  it('keeps one answer per URL and per caller', async () => {
    const handler = countCalls('listConversations');
    const admin = await fake.get('/conversations?status=all').expect(200);
    const agent = await fake.get('/conversations?status=all', AGENT2).expect(200);
    const page2 = await fake.get('/conversations?status=all&page=2').expect(200);
    expect(handler.calls).toBe(3);
    // The agent sees only the conversations of the agent's inboxes.
    expect(agent.body.data.meta.all_count).toBeLessThan(admin.body.data.meta.all_count);
    expect(page2.text).not.toBe(admin.text);
    expect((await fake.get('/conversations?status=all', AGENT2)).text).toBe(agent.text);
    expect((await fake.get('/conversations?status=all')).text).toBe(admin.text);
    expect(handler.calls).toBe(3);
  });

  it('journals a served answer like any other', async () => {
    await fake.get('/contacts/1').expect(200);
    const served = await fake.get('/contacts/1').expect(200);
    const entries = fake.requests({ operationId: 'getContact' });
    expect(entries).toHaveLength(2);
    expect(entries[1].responseBody).toEqual(served.body);
    expect(entries[1].status).toBe(200);
  });

  it('does not keep error answers', async () => {
    const handler = countCalls('getContact');
    await fake.get('/contacts/999999').expect(404);
    await fake.get('/contacts/999999').expect(404);
    expect(handler.calls).toBe(2);
  });
});

describe('answers computed again after a change', () => {
  it('after a write through the API', async () => {
    await fake.get('/contacts/1').expect(200);
    await fake.send('patch', '/contacts/1', { name: 'Renamed Person' }).expect(200);
    expect((await fake.get('/contacts/1')).body.payload.name).toBe('Renamed Person');
  });

  it('after a write to the store from the test (fake.store)', async () => {
    const before = await fake.get('/contacts/1').expect(200);
    fake.store.tables.contacts.update(1, { name: 'Written Directly' });
    const after = await fake.get('/contacts/1').expect(200);
    expect(after.body.payload.name).toBe('Written Directly');
    expect(after.text).not.toBe(before.text);
  });

  it('after reset, snapshot restore and a seed', async () => {
    const original = (await fake.get('/contacts/1')).body.payload.name;
    const snapshot = fake.snapshot('before-rename');
    await fake.send('patch', '/contacts/1', { name: 'Changed Once' }).expect(200);
    expect((await fake.get('/contacts/1')).body.payload.name).toBe('Changed Once');
    fake.restore(snapshot);
    expect((await fake.get('/contacts/1')).body.payload.name).toBe(original);
    await fake.send('patch', '/contacts/1', { name: 'Changed Twice' }).expect(200);
    expect((await fake.get('/contacts/1')).body.payload.name).toBe('Changed Twice');
    fake.reset();
    expect((await fake.get('/contacts/1')).body.payload.name).toBe(original);
  });

  it('after the clock moves, for an answer that read the clock', async () => {
    const handler = countCalls('listConversations');
    const url = '/conversations?status=all&updated_within=3600';
    const recent = (await fake.get(url).expect(200)).body.data.meta.all_count;
    expect((await fake.get(url).expect(200)).body.data.meta.all_count).toBe(recent);
    expect(handler.calls).toBe(1);
    fake.clock.advance('30d');
    expect((await fake.get(url).expect(200)).body.data.meta.all_count).toBe(0);
    expect(handler.calls).toBe(2);
    expect(recent).toBeGreaterThan(0);
  });

  it("after a change to the caller's membership", async () => {
    await fake.get('/webhooks').expect(200);
    await fake.get('/webhooks').expect(200);
    const me = (await fake.http.get('/api/v1/profile').set('api_access_token', ADMIN)).body.id;
    const { accountUsers } = fake.store.tables;
    accountUsers.update(accountUsers.findBy('membership', [1, me])!.id, { role: 'agent' });
    await fake.get('/webhooks').expect(401);
  });

  it("after the caller's role changes (auth's records are part of the answer's inputs)", async () => {
    const url = '/conversations?status=all';
    const asAgent = (await fake.get(url, AGENT2)).body.data.meta.all_count;
    const me = (await fake.http.get('/api/v1/profile').set('api_access_token', AGENT2)).body.id;
    const { accountUsers } = fake.store.tables;
    accountUsers.update(accountUsers.findBy('membership', [1, me])!.id, { role: 'administrator' });
    const asAdmin = (await fake.get(url, AGENT2)).body.data.meta.all_count;
    expect(asAdmin).toBe((await fake.get(url, ADMIN)).body.data.meta.all_count);
    expect(asAdmin).toBeGreaterThan(asAgent);
  });

  it('after an agent is added to an inbox', async () => {
    const before = (await fake.get('/conversations?status=all', AGENT2)).body.data.meta.all_count;
    const inboxes = (await fake.get('/inboxes')).body.payload as { id: number }[];
    const agentId = (await fake.http.get('/api/v1/profile').set('api_access_token', AGENT2)).body.id;
    for (const inbox of inboxes) {
      await fake.send('post', '/inbox_members', { inbox_id: inbox.id, user_ids: [agentId] });
    }
    const after = (await fake.get('/conversations?status=all', AGENT2)).body.data.meta.all_count;
    const admin = (await fake.get('/conversations?status=all', ADMIN)).body.data.meta.all_count;
    expect(after).toBeGreaterThan(before);
    expect(after).toBe(admin);
  });
});

describe('what is never kept', () => {
  it('an answer computed with the real-time clock', async () => {
    const realFake = await testFake({ clockMode: 'real' });
    const handler = countCalls('listConversations');
    const url = realFake.path('/conversations?status=all&updated_within=3600');
    await realFake.http.get(url).set('api_access_token', ADMIN).expect(200);
    await realFake.http.get(url).set('api_access_token', ADMIN).expect(200);
    expect(handler.calls).toBe(2);
  });
});

describe('cacheAnswers: false', () => {
  it('runs the handler of every GET', async () => {
    const uncached = await testFake({ cacheAnswers: false });
    const handler = countCalls('getContact');
    const first = await uncached.get('/contacts/1').expect(200);
    const second = await uncached.get('/contacts/1').expect(200);
    expect(second.text).toBe(first.text);
    expect(handler.calls).toBe(2);
  });
});

describe('read tracking (unit)', () => {
  const store = new Store();
  const contact = store.tables.contacts.insert({ account_id: 1, name: 'A' } as never);

  it('records the tables read, the clock instant and the origin', () => {
    const { read } = track(() => {
      store.tables.contacts.get(contact.id);
      store.tables.conversations.where('account', 1);
      store.clock.peek();
      noteOriginRead('http://example.test');
    });
    expect([...read.tables.keys()]).toEqual([store.tables.contacts, store.tables.conversations]);
    expect(read.clock).toBe(store.clock.peek());
    expect(read.origin).toBe('http://example.test');
    expect(read.volatile).toBe(false);
  });

  it.each([
    ['a table write', () => store.tables.contacts.update(contact.id, { name: 'B' } as never)],
    ['a token drawn', () => store.nextToken('t')],
    ['a step of the clock', () => store.clock.now()],
    ['an event', () => new EventBus().emit({ name: 'contact_import_failed', accountId: 1, data: {}, at: 0 })],
  ])('marks the work volatile on %s', (_name, work) => {
    expect(track(work).read.volatile).toBe(true);
  });

  it('tracks nothing outside track()', () => {
    store.tables.contacts.get(contact.id);
    expect(track(() => undefined).read.tables.size).toBe(0);
  });

  it('bounds the number of answers kept (oldest dropped first)', () => {
    const cache = new AnswerCache(store.clock, { entries: 3, bytes: 1 << 20 });
    const ctx = { store, tables: store.tables } as unknown as RequestContext;
    for (let i = 0; i < 5; i++) {
      const { read } = track(() => store.tables.contacts.get(contact.id));
      cache.remember(`k${i}`, ctx, read, { status: 200, body: `${i}`, contentType: 'text/plain', bytes: 1 });
    }
    expect(cache.size).toBe(3);
    expect(cache.lookup('k0', ctx)).toBeUndefined();
    expect(cache.lookup('k4', ctx)?.body).toBe('4');
  });
});
