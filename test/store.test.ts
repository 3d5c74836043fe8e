import request from 'supertest';
import { createApp } from '../src/app';
import { readWorld, seedAccount, seedWorld } from '../src/fixtures';
import { Store, Table } from '../src/store';

interface Row {
  id: number;
  account_id: number;
  name: string;
  tag: string | null;
  list: string[];
}

const table = () =>
  new Table<Row>('rows', {
    account: (r) => r.account_id,
    tag: (r) => r.tag ?? undefined,
    name: (r) => r.name,
  });

const fill = (t: Table<Row>, n: number) => {
  for (let i = 1; i <= n; i++) {
    t.insert({ account_id: (i % 2) + 1, name: `n${i}`, tag: i % 3 ? `t${i % 3}` : null, list: [] });
  }
};

/** Everything a reader can observe: rows in order, every index bucket in order, counts. */
function observe(t: Table<Row>) {
  const rows = [...t.all()];
  const buckets = (index: string, keys: (string | number | undefined)[]) =>
    keys.map((k) => [k, t.where(index, k).map((r) => r.id), t.countWhere(index, k), t.findBy(index, k)?.id]);
  return JSON.stringify({
    rows,
    size: t.size,
    account: buckets('account', [1, 2, 3]),
    tag: buckets('tag', ['t0', 't1', 't2', 'moved']),
    name: buckets('name', rows.map((r) => r.name).concat(['nx', 'n1', 'n2', 'n7'])),
  });
}

describe('Table: immutable records', () => {
  it('update replaces the record, so earlier references and snapshots keep the old values', () => {
    const t = table();
    fill(t, 3);
    const before = t.get(2)!;
    const snap = t.snapshot();
    const after = t.update(2, { name: 'renamed', list: ['a'] });
    expect(after).not.toBe(before);
    expect(before.name).toBe('n2');
    expect(t.get(2)).toBe(after);
    expect(snap.rows[1].name).toBe('n2');
    expect(t.findBy('name', 'renamed')?.id).toBe(2);
    expect(t.findBy('name', 'n2')).toBeUndefined();
  });

  it('records and the objects they hold are frozen', () => {
    const t = table();
    fill(t, 1);
    const r = t.get(1)!;
    expect(() => {
      (r as any).name = 'x';
    }).toThrow(TypeError);
    expect(() => r.list.push('x')).toThrow(TypeError);
  });

  it('lists records by ascending id', () => {
    const t = table();
    fill(t, 6);
    t.insert({ id: 50, account_id: 1, name: 'late', tag: 't1', list: [] });
    t.insert({ id: 20, account_id: 1, name: 'early', tag: 't1', list: [] });
    expect([...t.all()].map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 20, 50]);
    expect(t.where('tag', 't1').map((r) => r.id)).toEqual([1, 4, 20, 50]);
    expect(t.insert({ account_id: 1, name: 'next', tag: null, list: [] }).id).toBe(51);
  });
});

describe('Table: undo log', () => {
  it('rollback undoes inserts, updates and deletes, with indexes, order and the id sequence', () => {
    const t = table();
    fill(t, 10);
    const before = observe(t);
    const mark = t.mark();
    t.insert({ account_id: 3, name: 'nx', tag: 'moved', list: [] });
    t.update(4, { tag: 'moved', account_id: 3 });
    t.update(4, { name: 'n4b' });
    t.update(7, { tag: null });
    t.delete(2);
    t.delete(11);
    t.delete(5);
    t.insert({ account_id: 1, name: 'n1', tag: 't1', list: [] });
    t.update(1, { tag: 't2' });
    expect(observe(t)).not.toEqual(before);
    t.rollback(mark);
    expect(observe(t)).toEqual(before);
    expect(t.insert({ account_id: 1, name: 'again', tag: null, list: [] }).id).toBe(11);
  });

  it('marks nest; rolling back to an inner mark keeps the outer one usable, and back again', () => {
    const t = table();
    fill(t, 5);
    const s0 = observe(t);
    const outer = t.mark();
    t.update(1, { name: 'a' });
    t.delete(3);
    const s1 = observe(t);
    const inner = t.mark();
    t.update(1, { name: 'b' });
    t.insert({ account_id: 1, name: 'c', tag: 't1', list: [] });
    t.rollback(inner);
    expect(observe(t)).toEqual(s1);
    t.update(2, { name: 'd' });
    t.rollback(inner);
    expect(observe(t)).toEqual(s1);
    t.rollback(outer);
    expect(observe(t)).toEqual(s0);
  });

  it('random writes always roll back exactly (including repeated rollbacks to the same mark)', () => {
    let x = 12345;
    const rand = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    const t = table();
    fill(t, 40);
    const expected = observe(t);
    const mark = t.mark();
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 60; i++) {
        const ids = [...t.all()].map((r) => r.id);
        const id = ids[rand(ids.length)];
        const op = rand(4);
        if (op === 0 || ids.length < 5) {
          t.insert({ account_id: rand(3) + 1, name: `n${rand(50)}`, tag: `t${rand(3)}`, list: [] });
        } else if (op === 1) t.delete(id);
        else if (op === 2) t.update(id, { tag: rand(2) ? null : `t${rand(3)}`, account_id: rand(3) + 1 });
        else t.update(id, { name: `n${rand(50)}` });
        if (rand(10) === 0) expect(t.where('tag', 't1').every((r) => r.tag === 't1')).toBe(true);
      }
      t.rollback(mark);
      expect(observe(t)).toEqual(expected);
    }
  });

  it('cached values are recomputed after a change and after a rollback, and reused for the marked state', () => {
    const t = table();
    fill(t, 4);
    let computed = 0;
    const names = () =>
      t.cached('names', () => {
        computed++;
        return [...t.all()].map((r) => r.name).join(',');
      });
    expect(names()).toBe('n1,n2,n3,n4');
    const mark = t.mark();
    expect(names()).toBe('n1,n2,n3,n4');
    expect(computed).toBe(1);
    t.update(2, { name: 'x' });
    expect(names()).toBe('n1,x,n3,n4');
    expect(computed).toBe(2);
    t.rollback(mark);
    expect(names()).toBe('n1,n2,n3,n4');
    expect(computed).toBe(2); // the marked state's value serves again
    t.delete(1);
    expect(names()).toBe('n2,n3,n4');
    t.rollback(mark);
    t.insert({ account_id: 1, name: 'y', tag: null, list: [] });
    expect(names()).toBe('n1,n2,n3,n4,y');
  });

  it('restore writes only what differs, and a later rollback still works', () => {
    const t = table();
    fill(t, 6);
    const s0 = observe(t);
    const mark = t.mark();
    t.update(1, { name: 'a' });
    const snap = t.snapshot();
    const s1 = observe(t);
    t.delete(2);
    t.insert({ account_id: 1, name: 'b', tag: 't1', list: [] });
    const untouched = t.get(3);
    t.restore(snap);
    expect(observe(t)).toEqual(s1);
    expect(t.get(3)).toBe(untouched);
    t.rollback(mark);
    expect(observe(t)).toEqual(s0);
    // A snapshot that went through JSON restores as well.
    t.restore(JSON.parse(JSON.stringify(snap)));
    expect(observe(t)).toEqual(s1);
  });
});

describe('Store: checkpoints, snapshots, per-account reset', () => {
  const world = readWorld();

  function seeded(contacts = 0) {
    const store = new Store();
    const main = seedWorld(store, world, { contacts });
    return { store, main };
  }

  it('rollback restores the clock, the token counter and named sequences', () => {
    const { store } = seeded();
    const mark = store.checkpoint();
    const state = JSON.stringify(store.snapshot());
    const now = store.clock.peek();
    const tokens = [store.nextToken('x'), store.nextUuid(), store.nextId('attachments')];
    store.clock.advance(3_600_000);
    store.rollback(mark);
    expect(store.clock.peek()).toBe(now);
    expect([store.nextToken('x'), store.nextUuid(), store.nextId('attachments')]).toEqual(tokens);
    store.rollback(mark);
    expect(JSON.stringify(store.snapshot())).toEqual(state);
  });

  it('a rollback to an earlier checkpoint drops the later ones', () => {
    const { store } = seeded();
    const early = store.checkpoint();
    store.tables.labels.insert({
      account_id: 1,
      title: 'x',
      description: null,
      color: '#000000',
      show_on_sidebar: true,
      created_at: 0,
    });
    const late = store.checkpoint();
    store.rollback(early);
    expect(store.isLive(late)).toBe(false);
    expect(() => store.rollback(late)).toThrow(/no longer valid/);
    expect(store.isLive(early)).toBe(true);
  });

  it('snapshot shares record objects and restore brings back a saved state', () => {
    const { store } = seeded(50);
    const snap = store.snapshot();
    expect(snap.tables.contacts.rows[0]).toBe(store.tables.contacts.get(snap.tables.contacts.rows[0].id));
    const text = JSON.stringify(snap);
    store.tables.contacts.delete(snap.tables.contacts.rows[3].id);
    store.tables.contacts.update(snap.tables.contacts.rows[4].id, { name: 'Changed' });
    store.nextToken('t');
    store.clock.advance(1000);
    store.restore(snap);
    expect(JSON.stringify(store.snapshot())).toEqual(text);
  });

  it('resetAccount brings one account back to its seeded state and keeps the others’ changes', async () => {
    const { store, main } = seeded();
    const second = seedAccount(store, world, { seed: 1 });
    const stateOf = (accountId: number) => {
      const out: Record<string, unknown[]> = {};
      for (const [name, t] of Object.entries(store.tables) as [string, Table<any>][]) {
        out[name] = [...t.all()].filter((r) =>
          name === 'users'
            ? store.tables.accountUsers.where('user', r.id).some((m) => m.account_id === accountId)
            : t.owner(r) === accountId,
        );
      }
      return JSON.stringify(out);
    };
    const seeded1 = stateOf(main.accountId);
    const seeded2 = stateOf(second.accountId);
    const whole = JSON.stringify(store.snapshot());
    const mark = store.checkpoint();

    const { app } = await createApp({ store, validateResponses: true });
    const http = request(app);
    const as = (token: string) => ({ api_access_token: token });
    // Changes in both accounts: new contacts and conversations, updates, deletes, new agents.
    for (const [account, token] of [
      [main.accountId, main.tokens.admin],
      [second.accountId, second.tokens.admin],
    ] as const) {
      const base = `/api/v1/accounts/${account}`;
      const contact = await http
        .post(`${base}/contacts`)
        .set(as(token))
        .send({ name: 'New person', email: `new${account}@example.test` });
      expect(contact.status).toBe(200);
      const contacts = await http.get(`${base}/contacts`).set(as(token));
      const first = contacts.body.payload[0];
      expect(
        (await http.put(`${base}/contacts/${first.id}`).set(as(token)).send({ name: 'Renamed' })).status,
      ).toBe(200);
      const last = contacts.body.payload[contacts.body.payload.length - 1];
      expect((await http.delete(`${base}/contacts/${last.id}`).set(as(token))).status).toBe(200);
      expect(
        (await http.post(`${base}/conversations/1/messages`).set(as(token)).send({ content: 'hello' }))
          .status,
      ).toBe(200);
      expect(
        (
          await http
            .post(`${base}/agents`)
            .set(as(token))
            .send({ name: 'Newbie', email: `newbie${account}@x.test` })
        ).status,
      ).toBe(200);
    }
    const changed1 = stateOf(main.accountId);
    expect(changed1).not.toEqual(seeded1);
    expect(stateOf(second.accountId)).not.toEqual(seeded2);

    expect(store.resetAccount(second.accountId)).toBeGreaterThan(0);
    expect(stateOf(second.accountId)).toEqual(seeded2);
    expect(stateOf(main.accountId)).toEqual(changed1);
    expect(store.tables.users.findBy('email', 'newbie2@x.test')).toBeUndefined();
    expect(store.tables.users.findBy('email', 'newbie1@x.test')).toBeDefined();
    // The reset account works as before (its display ids restart where the seed left them).
    const again = await http
      .post(`/api/v1/accounts/${second.accountId}/conversations/1/messages`)
      .set(as(second.tokens.admin))
      .send({ content: 'after reset' });
    expect(again.status).toBe(200);

    store.resetAccount(main.accountId);
    expect(stateOf(main.accountId)).toEqual(seeded1);
    // Per-account resets are logged writes: a checkpoint from before still rolls back exactly.
    await http
      .post(`/api/v1/accounts/${main.accountId}/contacts`)
      .set(as(main.tokens.admin))
      .send({ name: 'Late' });
    store.rollback(mark);
    expect(JSON.stringify(store.snapshot())).toEqual(whole);
  }, 60_000);

  it('resetAccount needs a seeded account; a full rollback removes accounts added after the checkpoint', () => {
    const { store } = seeded();
    const mark = store.checkpoint();
    expect(() => store.resetAccount(99)).toThrow(/no seeded state/);
    const added = seedAccount(store);
    expect(store.seededAccountIds()).toEqual([1, added.accountId]);
    store.rollback(mark);
    expect(store.tables.accounts.get(added.accountId)).toBeUndefined();
    expect(store.seededAccountIds()).toEqual([1]);
    expect(() => store.resetAccount(added.accountId)).toThrow(/no seeded state/);
  });

  it('rollback after 100 changes on 10k seeded records takes milliseconds, not a table copy', () => {
    const { store } = seeded(10_000);
    const mark = store.checkpoint();
    const ids = [...store.tables.contacts.all()].slice(0, 100).map((c) => c.id);
    for (const id of ids) store.tables.contacts.update(id, { name: 'x' });
    store.rollback(mark);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (const id of ids) store.tables.contacts.update(id, { name: `x${i}` });
      const t = performance.now();
      store.rollback(mark);
      times.push(performance.now() - t);
    }
    // Generous bound (a loaded CI machine); the bench reports the real figure.
    expect(Math.min(...times)).toBeLessThan(50);
    expect(store.tables.contacts.get(ids[0])!.name).not.toBe('x4');
  }, 60_000);
});
