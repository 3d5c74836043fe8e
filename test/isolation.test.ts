/**
 * Isolation: accounts of one fake (createAccount) never see or change each other, whatever operation a
 * token of one account tries on the other; agents, bots and administrators get Chatwoot's permissions
 * on every operation; and two fakes in one process share nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { startFake, type FakeAccount, type RunningFake } from '../src/index';
import { loadSpec, operationsOf, safeDecode, type OpenApiDocument, type Operation } from '../src/spec';
import { sameRecord } from '../src/store';
import {
  Rng,
  buildCase,
  caseSeed,
  changedTables,
  fingerprint,
  formatReport,
  fuzz,
  isChatwootError,
  operationInfo,
  send,
  storeInvariants,
  worldOf,
  type FuzzResponse,
  type Role,
  type World,
} from './support/fuzzer';

/** Every name, text, email and token of the default world, marked with "zqxb" (account B's data). */
function markedWorld(): unknown {
  const mark = (node: unknown, key = ''): unknown => {
    if (Array.isArray(node))
      return node.map((v) => (key === 'labels' && typeof v === 'string' ? `zqxb-${v}` : mark(v)));
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node)
          .filter(([k]) => k !== 'id')
          .map(([k, v]) => [k, mark(v, k)]),
      );
    }
    if (typeof node !== 'string') return node;
    const texts = ['name', 'content', 'description', 'title', 'greeting_message', 'welcome_title', 'email'];
    if ([...texts, 'welcome_tagline', 'support_email', 'domain'].includes(key)) return `zqxb-${node}`;
    if (['access_token', 'website_token', 'hmac_token', 'identifier', 'secret'].includes(key)) {
      return `zqxb${node.slice(4)}`;
    }
    return node;
  };
  return mark(YAML.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'default.yaml'), 'utf8')));
}

/** The marked words of a text ("zqxb-billing", …), lower-cased. */
const markersIn = (text: string) => (text.match(/zqxb[\w.@+-]*/gi) ?? []).map((m) => m.toLowerCase());

/**
 * Anything of account B in an answer to account A: its marked texts (except those in `sent`: what the
 * client itself sent, e.g. a label title copied from B) or its account id.
 */
function leakOf(text: string, foreignAccountId: number, sent = new Set<string>()): string | undefined {
  const marked = markersIn(text).filter((m) => !sent.has(m));
  if (marked.length) {
    const at = text.toLowerCase().indexOf(marked[0].toLowerCase());
    return `answer shows account ${foreignAccountId}'s data: …${text.slice(Math.max(0, at - 60), at + 60)}…`;
  }
  let found: string | undefined;
  try {
    JSON.parse(text, (key, value) => {
      if (key === 'account_id' && value === foreignAccountId)
        found = `answer has account_id ${foreignAccountId}`;
      return value;
    });
  } catch {
    // not JSON: the text check above is all there is
  }
  return found;
}

let fake: RunningFake;
let spec: OpenApiDocument;
let b: FakeAccount;
let worldA: World;
let worldB: World;
const accountOps = () =>
  operationsOf(spec).filter((op) => op.api === 'application' && op.paramNames.includes('account_id'));

beforeAll(async () => {
  fake = await startFake({ validateResponses: true, webhooks: false, cable: false, journalSize: 0 });
  spec = await loadSpec();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  b = fake.createAccount({ fixtures: markedWorld() as never });
  worldA = worldOf(fake);
  worldB = worldOf(fake, b);
});

/** Records owned by one account, for "nothing of B changed". */
function ownedBy(accountId: number) {
  const out = new Map<string, unknown[]>();
  for (const [name, table] of Object.entries(fake.store.tables)) {
    out.set(
      name,
      [...(table as { all(): Iterable<{ account_id?: unknown }> }).all()].filter(
        (r) => r.account_id === accountId,
      ),
    );
  }
  return out;
}

function sameRecords(before: Map<string, unknown[]>, after: Map<string, unknown[]>): string[] {
  return [...after]
    .filter(([name, rows]) => {
      const old = before.get(name) ?? [];
      return old.length !== rows.length || rows.some((r, i) => !sameRecord(r as object, old[i] as object));
    })
    .map(([name]) => name);
}

describe('a token of one account on another account', () => {
  it.each<[string, Role]>([
    ['administrator', 'admin'],
    ['agent', 'agent'],
    ['agent bot', 'bot'],
  ])("is refused on every operation (A's %s on B, and B's on A), changing nothing", async (_, role) => {
    const problems: string[] = [];
    let requests = 0;
    for (const [from, to] of [
      [worldA, worldB],
      [worldB, worldA],
    ]) {
      for (const op of accountOps()) {
        const info = operationInfo(spec, op);
        const req = buildCase(info, 'valid', to, new Rng(caseSeed(7, op.operationId, 0)));
        req.headers.api_access_token = from.tokens[role]!;
        const before = fingerprint(fake.store);
        const res: FuzzResponse = await send(fake.url, req);
        requests++;
        const where = `${op.operationId} ${req.method} ${req.path}`;
        // Api::V1::AccountsController finds the account among the caller's own: RecordNotFound, 404.
        const refusal = op.userAccount && role !== 'bot' ? 404 : 401;
        if (res.status !== refusal) problems.push(`${where} → ${res.status} ${res.text.slice(0, 200)}`);
        else if (!isChatwootError(JSON.parse(res.text))) problems.push(`${where} → body ${res.text}`);
        const changed = changedTables(before, fingerprint(fake.store));
        if (changed.length) problems.push(`${where} changed ${changed.join(', ')}`);
        const leak = leakOf(res.text, from === worldA ? b.accountId : fake.accountId);
        if (from === worldA && leak) problems.push(`${where}: ${leak}`);
      }
    }
    expect(problems).toEqual([]);
    expect(requests).toBe(2 * accountOps().length);
  });

  it("answers Chatwoot's account error to members of another account", async () => {
    const res = await send(fake.url, {
      ...buildCase(
        operationInfo(
          spec,
          accountOps().find((o) => o.operationId === 'listContacts')!,
        ),
        'valid',
        worldB,
        new Rng(1),
      ),
      headers: { api_access_token: fake.tokens.admin },
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text)).toEqual({ error: 'You are not authorized to access this account' });
  });
});

describe("account B's ids used inside account A", () => {
  const CHUNKS = 4;
  it.each(Array.from({ length: CHUNKS }, (_, i) => i))(
    "never show or change B's records, nor link A's records to B's (fuzzed, operations chunk %i)",
    async (chunk) => {
      const mine = accountOps().filter((_, i) => i % CHUNKS === chunk);
      const bBefore = ownedBy(b.accountId);
      const sent = new Set<string>();
      const report = await fuzz(fake, {
        seed: 11,
        runs: 2,
        // Requests that reach the handlers: malformed ones stop before any id is looked up.
        kinds: ['valid', 'valid-other-role', 'extra-fields'],
        world: { ...worldA, idAccountId: b.accountId },
        check: (req, res) => {
          const changed = sameRecords(bBefore, ownedBy(b.accountId));
          if (changed.length) return `changed account ${b.accountId}'s ${changed.join(', ')}`;
          // Texts the client itself sent (a label title copied from B, say) may come back.
          for (const m of markersIn(safeDecode(`${req.path} ${req.body ?? ''}`))) sent.add(m);
          return leakOf(res.text, b.accountId, sent);
        },
        only: (id) => mine.some((o) => o.operationId === id),
      });
      if (report.violations.length) throw new Error(formatReport(report));
      // The fuzz checked the store's references (no record of A points into B) after every operation.
      expect(report.operations).toBe(mine.length);
      expect(report.byStatus['200']).toBeGreaterThan(100);
    },
  );

  it("keeps B's records as they were while A writes with B's ids", async () => {
    const bBefore = ownedBy(b.accountId);
    const problems: string[] = [];
    for (const op of accountOps().filter((o) => o.method !== 'get')) {
      const info = operationInfo(spec, op);
      for (let i = 0; i < 3; i++) {
        const req = buildCase(
          info,
          'valid',
          { ...worldA, idAccountId: b.accountId },
          new Rng(caseSeed(3, op.operationId, i)),
        );
        req.headers.api_access_token = fake.tokens.admin;
        const res = await send(fake.url, req);
        if (res.status >= 500) problems.push(`${op.operationId} → ${res.status}`);
      }
    }
    expect(problems).toEqual([]);
    expect(sameRecords(bBefore, ownedBy(b.accountId))).toEqual([]);
    expect(storeInvariants(fake.store)).toEqual([]);
  });
});

describe('records that point into another account (Chatwoot does not check these ids)', () => {
  const call = async (world: World, method: string, p: string, body?: unknown) => {
    const res = await fetch(`${fake.url}/api/v1/accounts/${world.accountId}${p}`, {
      method,
      headers: { api_access_token: world.tokens.admin!, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  };

  it('render nothing of the other account: webhook and integration inboxes, article categories and roots', async () => {
    const bInbox = fake.db.inboxes.find((i) => i.account_id === b.accountId)!;
    const webhook = await call(worldA, 'POST', '/webhooks', {
      url: 'http://127.0.0.1:9/x',
      inbox_id: bInbox.id,
    });
    expect(webhook.status).toBe(200);
    expect(JSON.parse(webhook.text).payload.webhook.inbox).toBeUndefined();
    const hook = await call(worldA, 'POST', '/integrations/hooks', {
      app_id: 'dialogflow',
      inbox_id: bInbox.id,
      settings: { project_id: 'p', credentials: {} },
    });
    expect(hook.status).toBe(200);
    expect(JSON.parse(hook.text).inbox).toBeNull();

    // B's help center: a portal, a category and an article.
    const portal = { name: 'Zqxb Help', slug: 'zqxb-help', config: { allowed_locales: ['en'] } };
    expect((await call(worldB, 'POST', '/portals', portal)).status).toBe(200);
    const bCategory = JSON.parse(
      (
        await call(worldB, 'POST', '/portals/zqxb-help/categories', {
          name: 'Zqxb',
          slug: 'zqxb',
          locale: 'en',
        })
      ).text,
    );
    const bAuthor = fake.db.accountUsers.find((m) => m.account_id === b.accountId)!.user_id;
    const bArticle = JSON.parse(
      (
        await call(worldB, 'POST', '/portals/zqxb-help/articles', {
          title: 'Zqxb secret',
          content: 'zqxb',
          author_id: bAuthor,
        })
      ).text,
    );
    // A's article naming them.
    expect(
      (
        await call(worldA, 'POST', '/portals', {
          name: 'Help',
          slug: 'help',
          config: { allowed_locales: ['en'] },
        })
      ).status,
    ).toBe(200);
    const article = await call(worldA, 'POST', '/portals/help/articles', {
      title: 'Mine',
      content: 'mine',
      author_id: 1,
      category_id: bCategory.payload?.id ?? bCategory.id,
    });
    expect(article.status).toBe(200);
    // The root article must be one of the portal's (`portal.articles.find`): B's is a 404.
    const rooted = await call(worldA, 'POST', '/portals/help/articles', {
      title: 'Rooted',
      content: 'x',
      author_id: 1,
      associated_article_id: bArticle.payload?.id ?? bArticle.id,
    });
    expect(rooted.status).toBe(404);
    expect(leakOf(article.text, b.accountId)).toBeUndefined();
    const listed = await call(worldA, 'GET', '/portals/help/articles');
    expect(leakOf(listed.text, b.accountId)).toBeUndefined();
    expect(storeInvariants(fake.store)).toEqual([]);
  });
});

describe('roles on every operation', () => {
  const validFor = (op: Operation, token: string, seed = 5) => {
    const req = buildCase(
      operationInfo(spec, op),
      'valid',
      worldA,
      new Rng(caseSeed(seed, op.operationId, 0)),
    );
    req.headers.api_access_token = token;
    return req;
  };

  it("refuses agents on administrator-only operations with Chatwoot's 401, changing nothing", async () => {
    const adminOnly = accountOps().filter((op) => op.policy === 'administrator');
    expect(adminOnly.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const op of adminOnly) {
      const before = fingerprint(fake.store);
      const res = await send(fake.url, validFor(op, fake.tokens.agent));
      if (res.status !== 401 || JSON.parse(res.text).error !== 'You are not authorized to do this action') {
        problems.push(`${op.operationId} → ${res.status} ${res.text.slice(0, 120)}`);
      }
      if (changedTables(before, fingerprint(fake.store)).length)
        problems.push(`${op.operationId} changed the store`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses agent bots outside their allow-list, changing nothing', async () => {
    const problems: string[] = [];
    for (const op of accountOps().filter((o) => !o.botAccess)) {
      const before = fingerprint(fake.store);
      const res = await send(fake.url, validFor(op, fake.tokens.bot!));
      if (res.status !== 401 || !isChatwootError(JSON.parse(res.text))) {
        problems.push(`${op.operationId} → ${res.status} ${res.text.slice(0, 120)}`);
      }
      if (changedTables(before, fingerprint(fake.store)).length)
        problems.push(`${op.operationId} changed the store`);
    }
    expect(problems).toEqual([]);
  });

  it('answers every account operation without a token with the DeviseTokenAuth 401', async () => {
    for (const op of accountOps()) {
      const req = validFor(op, '');
      delete req.headers.api_access_token;
      const res = await send(fake.url, req);
      expect([op.operationId, res.status]).toEqual([op.operationId, 401]);
      expect(JSON.parse(res.text)).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
    }
  });
});

describe('two fakes in one process', () => {
  let other: RunningFake;
  beforeAll(async () => {
    other = await startFake({ validateResponses: true, webhooks: false, cable: false });
  });
  afterAll(() => other.close());

  const post = (f: RunningFake, p: string, body: unknown) =>
    fetch(`${f.url}/api/v1/accounts/${f.accountId}${p}`, {
      method: 'POST',
      headers: { api_access_token: f.tokens.admin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

  it('share no state: writes, resets, clocks and accounts stay in their fake', async () => {
    // B (createAccount) lives in `fake` only; then both fakes start from the same seeded world.
    expect(other.db.accounts.map((a) => a.id)).not.toContain(b.accountId);
    fake.reset();
    other.reset();
    const contactsBefore = other.db.contacts.length;
    const mine = await post(fake, '/contacts', { name: 'Only here', email: 'only@here.test' });
    expect(mine.status).toBe(200);
    expect(other.db.contacts).toHaveLength(contactsBefore);
    expect(other.db.contacts.some((c) => c.email === 'only@here.test')).toBe(false);
    // The same write in the other fake is not a duplicate: it gets the same id, deterministically.
    const theirs = await post(other, '/contacts', { name: 'Only here', email: 'only@here.test' });
    expect(theirs.status).toBe(200);
    expect(theirs.body.payload.contact.id).toBe(mine.body.payload.contact.id);
    const now = other.clock.now();
    fake.clock.advance(3_600_000);
    expect(other.clock.now() - now).toBeLessThan(3_600_000);
    fake.reset();
    expect(other.db.contacts.some((c) => c.email === 'only@here.test')).toBe(true);
    other.reset();
  });

  it('interleaved concurrent writes to both fakes land in the right one', async () => {
    other.reset();
    const writes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        post(i % 2 ? other : fake, '/contacts', { name: `W${i}`, email: `w${i}@both.test` }),
      ),
    );
    expect(writes.every((w) => w.status === 200)).toBe(true);
    const emails = (f: RunningFake) =>
      f.db.contacts
        .filter((c) => c.email?.endsWith('@both.test'))
        .map((c) => Number(/\d+/.exec(c.email!)![0]));
    expect(emails(fake).every((n) => n % 2 === 0)).toBe(true);
    expect(emails(other).every((n) => n % 2 === 1)).toBe(true);
    expect(emails(fake)).toHaveLength(20);
    expect(emails(other)).toHaveLength(20);
    other.reset();
  });
});

describe('createAccount', () => {
  it('gives the new account its own records and tokens, and a per-account reset leaves the other alone', async () => {
    expect(b.accountId).not.toBe(fake.accountId);
    expect(Object.values(b.tokens)).not.toContain(fake.tokens.admin);
    const list = (world: World) =>
      fetch(`${fake.url}/api/v1/accounts/${world.accountId}/contacts`, {
        headers: { api_access_token: world.tokens.admin! },
      }).then((r) => r.json());
    const own = (await list(worldB)) as { payload: { name: string }[] };
    expect(own.payload.every((c: { name: string }) => c.name.startsWith('zqxb-'))).toBe(true);
    expect(leakOf(JSON.stringify(await list(worldA)), b.accountId)).toBeUndefined();
    // Write in both, reset only B: A keeps its write, B loses its own.
    const write = (world: World, email: string) =>
      fetch(`${fake.url}/api/v1/accounts/${world.accountId}/contacts`, {
        method: 'POST',
        headers: { api_access_token: world.tokens.admin!, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Kept?', email }),
      });
    expect((await write(worldA, 'a@kept.test')).status).toBe(200);
    expect((await write(worldB, 'b@kept.test')).status).toBe(200);
    fake.reset({ accountId: b.accountId });
    expect(fake.db.contacts.some((c) => c.email === 'a@kept.test')).toBe(true);
    expect(fake.db.contacts.some((c) => c.email === 'b@kept.test')).toBe(false);
    expect(storeInvariants(fake.store)).toEqual([]);
  });
});
