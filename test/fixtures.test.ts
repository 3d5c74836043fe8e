import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../src/app';
import {
  DEFAULT_WORLD,
  WorldError,
  loadWorld,
  parseWorld,
  readWorld,
  seedAccount,
  seedWorld,
  validateWorld,
  type World,
} from '../src/fixtures';
import { Store } from '../src/store';

/** The message of what `fn` throws. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cwfake-worlds-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
};

const MINIMAL = `account:
  name: Tiny
users:
  - key: boss
    name: Bo Ss
    email: boss@tiny.test
    access_token: tiny-admin-token-01
    role: administrator
  - key: helper
    name: Hel Per
    email: helper@tiny.test
    role: agent
contacts:
  - key: ann
    name: Ann
inboxes:
  - key: web
    name: Web
    channel: { type: Channel::WebWidget, website_url: https://tiny.test }
conversations:
  - contact: ann
    inbox: web
    messages:
      - { type: incoming, content: hi }
`;

describe('world validation', () => {
  it('the embedded default world passes the schema and reference checks', () => {
    const text = fs.readFileSync(DEFAULT_WORLD, 'utf8');
    const world = parseWorld(text, 'default.yaml');
    expect(world.account.name).toBe('Acme Support');
    expect(readWorld()).toEqual(world);
  });

  it('names the file, line and field of a wrong enum, an unknown field and a missing field', () => {
    const text = MINIMAL.replace('role: agent', 'role: boss').replace('    name: Ann\n', '    nmae: Ann\n');
    const message = errorOf(() => parseWorld(text, 'world.yaml'));
    expect(message).toBe(
      [
        'world.yaml:12: users[1].role must be one of agent, administrator',
        'world.yaml:14: contacts[0].name is required',
        'world.yaml:15: contacts[0].nmae is not a known field (did you mean "name"?)',
      ].join('\n'),
    );
  });

  it('reports wrong types, patterns and channel types with their lines', () => {
    const text = MINIMAL.replace('email: helper@tiny.test', 'email: helper-at-tiny')
      .replace('type: Channel::WebWidget', 'type: Channel::Fax')
      .replace('  - key: ann', '  - key: 7')
      .replace('content: hi', 'content: hi, private: "yes"');
    const message = errorOf(() => parseWorld(text, 'w.yaml'));
    expect(message.split('\n')).toEqual([
      'w.yaml:11: users[1].email must be an email address',
      'w.yaml:14: contacts[0].key must be a string',
      'w.yaml:19: inboxes[0].channel.type must be one of Channel::WebWidget, Channel::Api, Channel::Email, Channel::Whatsapp, Channel::FacebookPage, Channel::Telegram, Channel::Sms, Channel::TwilioSms, Channel::Line',
      'w.yaml:24: conversations[0].messages[0].private must be true or false',
    ]);
  });

  it('reports unknown references and duplicates', () => {
    const text = `${MINIMAL}  - contact: ann
    inbox: web
  - contact: bob
    inbox: web
    assignee: nobody
    messages:
      - { type: outgoing, content: hi, sender: ghost }
`.replace('email: helper@tiny.test', 'email: BOSS@tiny.test');
    const message = errorOf(() => parseWorld(text, 'world.yaml'));
    expect(message.split('\n')).toEqual([
      'world.yaml:11: users[1].email "BOSS@tiny.test" is already used by users[0]',
      'world.yaml:27: conversations[2].contact "bob" is not a contact key',
      'world.yaml:29: conversations[2].assignee "nobody" is not a user key',
      'world.yaml:31: conversations[2].messages[0].sender "ghost" is not a user or agent bot key',
    ]);
  });

  it("reports every problem of a file at once: the schema's and the references between records", () => {
    const text = `${MINIMAL}  - contact: bob
    inbox: web
    messages:
      - { type: outgoing, content: hi, sender: helper, privat: true }
`.replace('role: agent', 'role: admin');
    const message = errorOf(() => parseWorld(text, 'world.yaml'));
    expect(message.split('\n')).toEqual([
      'world.yaml:12: users[1].role must be one of agent, administrator (did you mean "administrator"?)',
      'world.yaml:25: conversations[1].contact "bob" is not a contact key',
      'world.yaml:28: conversations[1].messages[0].privat is not a known field (did you mean "private"?)',
    ]);
  });

  it('suggests near names for enum values, channel types and keys', () => {
    const text = MINIMAL.replace('role: administrator', 'role: Administrator')
      .replace('type: Channel::WebWidget', 'type: web_widget')
      .replace('  - contact: ann\n    inbox: web\n', '  - contact: an\n    inbox: webb\n    status: opne\n')
      .replace('type: incoming', 'type: incomming');
    const message = errorOf(() => parseWorld(text, 'world.yaml'));
    expect(message.split('\n')).toEqual([
      'world.yaml:8: users[0].role must be one of agent, administrator (did you mean "administrator"?)',
      'world.yaml:19: inboxes[0].channel.type must be one of Channel::WebWidget, Channel::Api, Channel::Email, Channel::Whatsapp, Channel::FacebookPage, Channel::Telegram, Channel::Sms, Channel::TwilioSms, Channel::Line (did you mean "Channel::WebWidget"?)',
      'world.yaml:21: conversations[0].contact "an" is not a contact key (did you mean "ann"?)',
      'world.yaml:22: conversations[0].inbox "webb" is not an inbox key (did you mean "web"?)',
      'world.yaml:23: conversations[0].status must be one of open, resolved, pending, snoozed (did you mean "open"?)',
      'world.yaml:25: conversations[0].messages[0].type must be one of incoming, outgoing, activity, template (did you mean "incoming"?)',
    ]);
  });

  it('leaves out references it cannot resolve, and values of the wrong shape', () => {
    // Contact 0 has no usable key: "ann" may be the one meant, so the conversation is not blamed.
    const unkeyed = MINIMAL.replace('  - key: ann', '  - key: 7');
    expect(errorOf(() => parseWorld(unkeyed, 'w.yaml'))).toBe('w.yaml:14: contacts[0].key must be a string');
    const shapes = `${MINIMAL}teams: { key: sales }
labels: [7]
`
      .replace(
        'website_url: https://tiny.test }\n',
        'website_url: https://tiny.test }\n    members: helper\n',
      )
      .replace('      - { type: incoming, content: hi }\n', '      - 42\n');
    const message = errorOf(() => parseWorld(shapes, 'w.yaml'));
    expect(message.split('\n')).toEqual([
      'w.yaml:20: inboxes[0].members must be a list',
      'w.yaml:25: conversations[0].messages[0] must be a mapping',
      'w.yaml:26: teams must be a list',
      'w.yaml:27: labels[0] must be a mapping',
    ]);
  });

  it('a world needs an administrator, an account and users', () => {
    expect(errorOf(() => parseWorld(MINIMAL.replace('role: administrator', 'role: agent'), 'x.yaml'))).toBe(
      'x.yaml:3: users must include an administrator (role: administrator)',
    );
    expect(errorOf(() => parseWorld('contacts: []\n', 'x.yaml'))).toBe(
      ['x.yaml:1: account is required', 'x.yaml:1: users is required'].join('\n'),
    );
    expect(errorOf(() => parseWorld('- 1\n', 'x.yaml'))).toMatch(/^x\.yaml:1: a world must be a mapping/);
  });

  it('reads JSON files with line numbers, and reports syntax errors and unreadable files', () => {
    const json = file(
      'world.json',
      JSON.stringify(
        {
          account: { name: 'J' },
          users: [{ key: 'a', name: 'A', email: 'a@j.test', role: 'administrator', access_token: 'short' }],
        },
        null,
        2,
      ),
    );
    expect(errorOf(() => readWorld(json))).toBe(
      `${json}:11: users[0].access_token must be a token of at least 8 letters, digits, _ or -`,
    );
    const broken = file('broken.yaml', 'account:\n  name: [x\nusers: []\n');
    expect(errorOf(() => readWorld(broken))).toMatch(new RegExp(`^${broken}:\\d+: `));
    expect(errorOf(() => readWorld(path.join(tmp, 'missing.yaml')))).toMatch(/missing\.yaml: cannot be read/);
    expect(() => readWorld(broken)).toThrow(WorldError);
  });

  it('validates worlds given as objects, naming the field', () => {
    const world = parseWorld(MINIMAL, 'm.yaml') as any;
    const bad = { ...world, users: [{ ...world.users[0], role: 'owner' }] };
    expect(errorOf(() => validateWorld(bad, 'request body'))).toBe(
      'request body: users[0].role must be one of agent, administrator',
    );
    expect(() => seedAccount(new Store(), bad)).toThrow(/users\[0\]\.role/);
  });

  it('merge: true appends a world to the default one; references may use the default keys', () => {
    const extra = file(
      'extra.yaml',
      `contacts:
  - key: ada-customer
    name: Ada Customer
    email: customer@example.test
conversations:
  - contact: ada-customer
    inbox: api
    assignee: agent
    messages:
      - { type: incoming, content: 'Hello from the merged world' }
`,
    );
    const merged = readWorld(extra, { merge: true });
    const base = readWorld();
    expect(merged.account).toEqual(base.account);
    expect(merged.users).toEqual(base.users);
    expect(merged.contacts).toHaveLength(base.contacts!.length + 1);
    expect(merged.conversations!.at(-1)!.contact).toBe('ada-customer');
    expect(loadWorld({ fixtures: extra, merge: true })).toEqual(merged);
    // Without merge the same file lacks an account, users and the inbox it refers to.
    expect(errorOf(() => readWorld(extra))).toMatch(/extra\.yaml:1: account is required/);

    // Errors point into the user's file, with indexes in that file.
    const wrong = file('wrong.yaml', 'conversations:\n  - contact: marie\n    inbox: nowhere\n');
    expect(errorOf(() => readWorld(wrong, { merge: true }))).toBe(
      `${wrong}:3: conversations[0].inbox "nowhere" is not an inbox key`,
    );
    const dup = file('dup.yaml', 'contacts:\n  - key: marie\n    name: Other Marie\n');
    expect(errorOf(() => readWorld(dup, { merge: true }))).toBe(
      `${dup}:2: contacts[0].key "marie" is already used by contacts[0] of ${DEFAULT_WORLD}`,
    );

    const store = new Store();
    const seeded = seedWorld(store, merged);
    const contact = store.tables.contacts.findBy('email', [seeded.accountId, 'customer@example.test'])!;
    expect(store.tables.conversations.where('contact', contact.id)).toHaveLength(1);
  });

  it('seeds a user world, deriving tokens that are not given', () => {
    const store = new Store();
    const seeded = seedWorld(store, parseWorld(MINIMAL, 'm.yaml'));
    expect(seeded.tokens.admin).toBe('tiny-admin-token-01');
    expect(seeded.tokens.agent).toMatch(/^helper-a1-[A-Za-z0-9]{16}$/);
    expect(store.tables.users.findBy('token', seeded.tokens.agent)?.email).toBe('helper@tiny.test');
    expect(() => seedWorld(store, parseWorld(MINIMAL, 'm.yaml'))).toThrow(/account 1 already exists/);
  });
});

describe('seedAccount', () => {
  const world = readWorld();

  function twoAccounts(seed = 1) {
    const store = new Store({ seed }); // the store's secrets (pubsub tokens) are keyed by its seed too
    const first = seedWorld(store, world);
    const second = seedAccount(store, world, { seed });
    return { store, first, second };
  }

  it('adds an isolated account with fresh users, unique emails, tokens and inbox identifiers', () => {
    const { store, first, second } = twoAccounts();
    expect(second.accountId).toBe(2);
    expect(store.tables.accounts.get(2)!.name).toBe('Acme Support');
    const tokens = Object.values(second.accessTokens);
    expect(tokens).toHaveLength(4);
    for (const token of tokens) expect(Object.values(first.accessTokens)).not.toContain(token);
    expect(new Set([...tokens, ...Object.values(first.accessTokens)]).size).toBe(8);
    expect(second.tokens.admin).toMatch(/^admin-a2-/);
    expect(second.tokens.bot).toMatch(/^bot-a2-/);

    const members = store.tables.accountUsers.where('account', 2);
    const emails = members.map((m) => store.tables.users.get(m.user_id)!.email);
    expect(emails).toEqual(['ada+acct2@acme.test', 'grace+acct2@acme.test', 'alan+acct2@acme.test']);
    for (const m of members) expect(store.tables.accountUsers.where('user', m.user_id)).toHaveLength(1);

    const channels = (id: number) => store.tables.inboxes.where('account', id).map((i) => i.channel as any);
    const [web1, api1] = channels(1);
    const [web2, api2] = channels(2);
    expect(web2.website_token).not.toBe(web1.website_token);
    expect(web2.hmac_token).not.toBe(web1.hmac_token);
    expect(api2.identifier).not.toBe(api1.identifier);
    expect(api2.secret).not.toBe(api1.secret);
    expect(store.tables.inboxes.findBy('apiIdentifier', api2.identifier)!.account_id).toBe(2);
    expect(store.tables.webhooks.where('account', 2)[0].secret).not.toBe(
      store.tables.webhooks.where('account', 1)[0].secret,
    );
    // Same records otherwise: per-account display ids start at 1 again.
    expect(store.tables.contacts.countWhere('account', 2)).toBe(
      store.tables.contacts.countWhere('account', 1),
    );
    expect(store.tables.conversations.where('account', 2).map((c) => c.display_id)).toEqual(
      store.tables.conversations.where('account', 1).map((c) => c.display_id),
    );
  });

  it('is deterministic: same store history and seed, same tokens; another seed, other tokens', () => {
    const a = twoAccounts(7);
    const b = twoAccounts(7);
    const c = twoAccounts(8);
    expect(b.second).toEqual(a.second);
    expect(JSON.stringify(b.store.snapshot())).toEqual(JSON.stringify(a.store.snapshot()));
    expect(c.second.tokens.admin).not.toBe(a.second.tokens.admin);
    const third = seedAccount(a.store, world, { seed: 7 });
    expect(third.accountId).toBe(3);
    expect(third.tokens.admin).toMatch(/^admin-a3-/);
    expect(Object.values(third.accessTokens)).not.toContain(a.second.tokens.admin);
    expect(a.store.tables.users.findBy('email', 'ada+acct3@acme.test')).toBeDefined();
  });

  it('never reuses a token or email that is already taken', () => {
    const probe = twoAccounts();
    const store = new Store();
    seedWorld(store, world);
    // Someone already holds the token and the email the next account would get.
    store.tables.users.insert({
      ...store.tables.users.get(1)!,
      id: undefined,
      email: 'ada+acct2@acme.test',
      access_token: probe.second.tokens.admin,
    } as any);
    const second = seedAccount(store, world);
    expect(second.tokens.admin).not.toBe(probe.second.tokens.admin);
    expect(second.tokens.admin).toMatch(/^admin-a2-/);
    const admin = store.tables.users.findBy('token', second.tokens.admin)!;
    expect(admin.email).toBe('ada+acct2-2@acme.test');
  });

  it('seeds the default world when none is given, with generated records and a name', () => {
    const store = new Store();
    seedWorld(store, world);
    const added = seedAccount(store, undefined, { name: 'Second', contacts: 5, conversations: 3 });
    expect(store.tables.accounts.get(added.accountId)!.name).toBe('Second');
    expect(store.tables.contacts.countWhere('account', added.accountId)).toBe(world.contacts!.length + 5);
    expect(store.tables.conversations.countWhere('account', added.accountId)).toBe(
      world.conversations!.length + 3,
    );
    expect(() => seedAccount(store, world, { accountId: 1 })).toThrow(/account 1 already exists/);
  });

  it('accounts isolate over HTTP: each token sees only its own account', async () => {
    const { store, first, second } = twoAccounts();
    const { app } = await createApp({ store, validateResponses: true });
    const http = request(app);
    const created = await http
      .post('/api/v1/accounts/2/contacts')
      .set('api_access_token', second.tokens.admin)
      .send({ name: 'Only in two', email: 'two@example.test' });
    expect(created.status).toBe(200);
    const list = async (account: number, token: string) =>
      (await http.get(`/api/v1/accounts/${account}/contacts`).set('api_access_token', token)).body;
    const one = (await list(1, first.tokens.admin)).meta.count;
    expect((await list(2, second.tokens.admin)).meta.count).toBe(one + 1);
    expect(
      (await list(2, second.tokens.admin)).payload.some((c: any) => c.email === 'two@example.test'),
    ).toBe(true);
    expect((await list(1, first.tokens.admin)).payload.some((c: any) => c.email === 'two@example.test')).toBe(
      false,
    );
    expect(
      (await http.get('/api/v1/accounts/1/contacts').set('api_access_token', second.tokens.admin)).status,
    ).toBe(401);
    const agents = await http.get('/api/v1/accounts/2/agents').set('api_access_token', second.tokens.agent);
    expect(agents.body.map((a: any) => a.email)).toEqual([
      'ada+acct2@acme.test',
      'alan+acct2@acme.test',
      'grace+acct2@acme.test',
    ]);
  }, 60_000);
});

describe('README', () => {
  it('the example under "World files" is a valid world', () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## World files'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    const store = new Store();
    const seeded = seedWorld(store, parseWorld(example, 'README.md'));
    expect(seeded.tokens.admin).toBe('tiny-admin-token-01');
    expect(store.tables.conversations.countWhere('account', seeded.accountId)).toBe(1);
  });
});

describe('World type', () => {
  it('accepts a world built in code', () => {
    const world: World = {
      account: { name: 'Code' },
      users: [{ key: 'a', name: 'A', email: 'a@code.test', role: 'administrator' }],
    };
    const store = new Store();
    expect(seedWorld(store, validateWorld(world)).accountId).toBe(1);
  });
});
