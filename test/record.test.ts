/**
 * `chatwoot-fake record`: a fake is recorded through HTTP, the world loaded into a second fake, and
 * both fakes' API answers compared kind by kind — the same records, and the same fields except those
 * anonymised (with --no-anonymize, those too). Then the limits, the CLI's exit codes (a dead URL, a
 * refused token) and a drifted server.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseWorld } from '../src/fixtures';
import { startFake, type RunningFake } from '../src/index';
import { recordWorld, type Recording } from '../src/record';
import { driftedChatwoot } from './support/drifted';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

type Json = Record<string, any>;

async function get(fake: RunningFake, token: string, p: string): Promise<any> {
  const res = await fetch(`${fake.url}/api/v1/accounts/${fake.accountId}${p}`, {
    headers: { api_access_token: token },
  });
  expect(res.status).toBe(200);
  return res.json();
}

const sorted = (items: unknown[]) => items.map((i) => JSON.stringify(i)).sort();
/** A record without the keys that differ between two fakes (ids, times of the seeding). */
const without = (record: Json, ...keys: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

/**
 * What the API answers for each recorded kind, as comparable projections: ids (which differ between
 * the fakes) are replaced by what they point at; `names` keeps the fields anonymisation replaces.
 */
async function answers(fake: RunningFake, token: string, names: boolean): Promise<Record<string, string[]>> {
  const agents: Json[] = await get(fake, token, '/agents');
  const who = (id: number | undefined) => {
    const agent = agents.find((a) => a.id === id);
    return agent ? (names ? agent.email : agent.role) : null;
  };
  const person = (r: Json) => (names ? { name: r.name, email: r.email } : {});
  const teams: Json[] = await get(fake, token, '/teams');
  const inboxes: Json[] = (await get(fake, token, '/inboxes')).payload;
  const inboxName = (id: number) => inboxes.find((i) => i.id === id)?.name;

  const contacts: Json[] = [];
  for (let page = 1; ; page++) {
    const body = await get(fake, token, `/contacts?page=${page}`);
    if (!body.payload.length) break;
    contacts.push(...body.payload);
  }
  const conversations: Json[] = [];
  for (let page = 1; ; page++) {
    const body = await get(fake, token, `/conversations?status=all&assignee_type=all&page=${page}`);
    if (!body.data.payload.length) break;
    conversations.push(...body.data.payload);
  }

  const out: Record<string, unknown[]> = {
    agents: agents.map((a) => ({ ...person(a), role: a.role, availability: a.availability_status })),
    teams: await Promise.all(
      teams.map(async (t) => ({
        name: t.name,
        description: t.description,
        allow_auto_assign: t.allow_auto_assign,
        members: sorted((await get(fake, token, `/teams/${t.id}/team_members`)).map((m: Json) => who(m.id))),
      })),
    ),
    labels: (await get(fake, token, '/labels')).payload.map((label: Json) => without(label, 'id')),
    inboxes: await Promise.all(
      inboxes.map(async (i) => ({
        name: i.name,
        channel_type: i.channel_type,
        greeting_enabled: i.greeting_enabled,
        greeting_message: i.greeting_message,
        widget_color: i.widget_color,
        welcome_title: i.welcome_title,
        ...(names ? { website_url: i.website_url } : {}),
        members: sorted(
          (await get(fake, token, `/inbox_members/${i.id}`)).payload.map((m: Json) => who(m.id)),
        ),
        agent_bot: (await get(fake, token, `/inboxes/${i.id}/agent_bot`)).agent_bot?.name ?? null,
      })),
    ),
    contacts: await Promise.all(
      contacts.map(async (c) => ({
        ...(names
          ? { name: c.name, email: c.email, phone: c.phone_number, identifier: c.identifier }
          : { email: Boolean(c.email), phone: Boolean(c.phone_number), identifier: Boolean(c.identifier) }),
        ...(names ? { additional_attributes: c.additional_attributes } : {}),
        custom_attributes: c.custom_attributes,
        created_at: c.created_at,
        labels: (await get(fake, token, `/contacts/${c.id}/labels`)).payload,
      })),
    ),
    conversations: await Promise.all(
      conversations.map(async (c) => {
        const messages: Json[] = [];
        for (let before: number | undefined; ;) {
          const page = await get(
            fake,
            token,
            `/conversations/${c.id}/messages${before ? `?before=${before}` : ''}`,
          );
          if (!page.payload.length) break;
          messages.unshift(...page.payload);
          before = page.payload[0].id;
        }
        return {
          ...(names ? { contact: c.meta.sender.name } : {}),
          inbox: inboxName(c.inbox_id),
          status: c.status,
          priority: c.priority,
          labels: c.labels,
          assignee: who(c.meta.assignee?.id),
          team: c.meta.team?.name ?? null,
          created_at: c.created_at,
          agent_last_seen_at: c.agent_last_seen_at,
          snoozed_until: c.snoozed_until,
          messages: messages.map((m) => ({
            type: m.message_type,
            private: m.private,
            content_type: m.content_type,
            created_at: m.created_at,
            sender: m.sender?.type ?? null,
            ...(names || m.message_type === 2 ? {} : { content: Boolean(m.content) }),
            ...(names ? { content: m.content, content_attributes: m.content_attributes } : {}),
          })),
        };
      }),
    ),
    canned_responses: (await get(fake, token, '/canned_responses')).map((r: Json) => ({
      short_code: r.short_code,
      ...(names ? { content: r.content } : {}),
    })),
    custom_attribute_definitions: (await get(fake, token, '/custom_attribute_definitions')).map((d: Json) =>
      without(d, 'id', 'created_at', 'updated_at'),
    ),
    webhooks: (await get(fake, token, '/webhooks')).payload.webhooks.map((w: Json) => ({
      name: w.name,
      subscriptions: w.subscriptions,
      ...(names ? { url: w.url } : {}),
    })),
  };
  return Object.fromEntries(Object.entries(out).map(([kind, items]) => [kind, sorted(items)]));
}

/** Records `source`, loads the world into a second fake, and compares the two fakes' answers. */
async function roundTrip(source: RunningFake, anonymize: boolean) {
  const recording = await recordWorld({
    baseUrl: source.url,
    accountId: source.accountId,
    token: source.tokens.admin,
    anonymize,
  });
  // The file as written loads as --fixtures loads it (schema and references checked).
  parseWorld(recording.yaml, 'recorded.yaml');
  const copy = await startFake({
    port: 0,
    fixtures: recording.world,
    clockStart: recording.reference,
    webhooks: false,
    cable: false,
  });
  try {
    const before = await answers(source, source.tokens.admin, !anonymize);
    const after = await answers(copy, copy.tokens.admin, !anonymize);
    return { recording, before, after, compared: Object.values(before).reduce((n, l) => n + l.length, 0) };
  } finally {
    await copy.close();
  }
}

/** Every kind read was written whole. */
function expectWhole(recording: Recording) {
  expect(recording.warnings).toEqual([]);
  for (const [kind, c] of Object.entries(recording.counts))
    expect({ kind, ...c }).toEqual({ kind, read: c.read, written: c.read });
}

describe('record: the default world, round trip', () => {
  let fake: RunningFake;
  beforeAll(async () => {
    fake = await startFake({ port: 0, webhooks: false, cable: false });
    // Records the world format gained for recordings: canned responses and custom attribute definitions.
    const post = (p: string, body: Json) =>
      fetch(`${fake.url}/api/v1/accounts/1${p}`, {
        method: 'POST',
        headers: { api_access_token: fake.tokens.admin, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => expect(r.status).toBe(200));
    await post('/canned_responses', { short_code: 'thanks', content: 'Thanks, {{contact.name}}!' });
    await post('/custom_attribute_definitions', {
      attribute_display_name: 'Plan',
      attribute_key: 'plan',
      attribute_model: 'contact_attribute',
      attribute_display_type: 'list',
      attribute_values: ['starter', 'enterprise'],
    });
  });
  afterAll(() => fake.close());

  it('anonymised: the same records and fields, other names, emails, phones and texts', async () => {
    const { recording, before, after, compared } = await roundTrip(fake, true);
    expectWhole(recording);
    expect(recording.counts).toMatchObject({
      agents: { read: 3 },
      contacts: { read: 12 },
      conversations: { read: 10 },
      messages: { read: 26 },
      'canned responses': { read: 1 },
      'custom attribute definitions': { read: 1 },
      webhooks: { read: 1 },
    });
    expect(after).toEqual(before);
    expect(compared).toBeGreaterThan(35);
    // Nothing personal of the default world, and no token, password or secret, is in the file.
    for (const secret of [
      'Ada Lovelace',
      'ada@acme.test',
      'Marie Curie',
      'marie@radium.test',
      '+33612345678',
      'marie-001',
      'Hello, the dashboard shows a blank page since this morning.',
      'www.acme.test',
      '127.0.0.1',
      'Alan Turing',
      'Password1!',
      'acme-admin-token',
      'acmeWebsiteToken',
      'acmeApiSecret',
      'acmeWebhookSecret',
      'Tesla Electric',
    ]) {
      expect({ secret, found: recording.yaml.includes(secret) }).toEqual({ secret, found: false });
    }
    // The same person stays the same: the agent who resolved Rosalind's conversation is named in its
    // activity message by the stand-in the users section gives Alan Turing.
    const alan = recording.world.users.find((u) => u.key === 'agent-3')!;
    expect(alan.name).not.toBe('Alan Turing');
    expect(recording.yaml).toContain(`Conversation was marked resolved by ${alan.name}`);
    // Deterministic: the same recording twice is the same file.
    const again = await recordWorld({ baseUrl: fake.url, accountId: 1, token: fake.tokens.admin });
    expect(again.yaml).toBe(recording.yaml);
  }, 60_000);

  it('with anonymize off: the same names, emails, texts and URLs too', async () => {
    const { recording, before, after } = await roundTrip(fake, false);
    expectWhole(recording);
    expect(after).toEqual(before);
    expect(recording.yaml).toContain('Marie Curie');
    expect(recording.yaml).not.toMatch(/Password1!|acme-admin-token|acmeWebhookSecret|acmeApiSecret/);
  }, 60_000);
});

describe('record with an agent’s token', () => {
  it('records what an agent may read and says what it skipped', async () => {
    const fake = await startFake({ port: 0, webhooks: false, cable: false });
    try {
      const recording = await recordWorld({ baseUrl: fake.url, accountId: 1, token: fake.tokens.agent });
      expect(recording.warnings.length).toBeGreaterThan(0);
      for (const warning of recording.warnings) {
        expect(warning).toMatch(
          / skipped: GET \/api\/v1\/accounts\/1\/\S+ answered 401 \(not authorized: an administrator's token reads it\)$/,
        );
      }
      expect(recording.warnings.some((w) => w.startsWith('webhooks skipped'))).toBe(true);
      expect(recording.counts.contacts).toEqual({ read: 12, written: 12 });
      parseWorld(recording.yaml);
    } finally {
      await fake.close();
    }
  }, 60_000);
});

describe('record: a generated world, paginated', () => {
  let fake: RunningFake;
  beforeAll(async () => {
    // 47 contacts: 4 pages of 15; 31 conversations: 2 pages of 25; about 26 messages each in the
    // generated ones: two pages of 20 (`before`).
    fake = await startFake({
      port: 0,
      seed: 7,
      contacts: 35,
      conversations: 21,
      messages: 550,
      webhooks: false,
      cable: false,
    });
  });
  afterAll(() => fake.close());

  it('round-trips every page of contacts, conversations and messages', async () => {
    const { recording, before, after, compared } = await roundTrip(fake, true);
    expectWhole(recording);
    expect(recording.counts.contacts.read).toBe(47);
    expect(recording.counts.conversations.read).toBe(31);
    expect(recording.counts.messages.read).toBeGreaterThan(550);
    // More than one page of 20 messages: read with `before`.
    expect(Math.max(...recording.world.conversations!.map((c) => c.messages!.length))).toBeGreaterThan(20);
    expect(after).toEqual(before);
    // …which the recording reads from its conversation: 47 recorded.
    expect(
      Object.fromEntries(Object.entries(before).map(([kind, items]) => [kind, items.length])),
    ).toMatchObject({
      contacts: 46, // the list leaves out a contact with no email, phone or identifier (the visitor)…
      conversations: 31,
    });
    expect(compared).toBe(90);
  }, 120_000);

  it('--limit-contacts and --limit-conversations: the first N, plus the contacts of recorded conversations', async () => {
    const recording = await recordWorld({
      baseUrl: fake.url,
      accountId: 1,
      token: fake.tokens.admin,
      limitContacts: 16,
      limitConversations: 26,
    });
    expect(recording.counts.conversations).toEqual({ read: 26, written: 26 });
    // The first 16 contacts of the list, and the contacts of the 26 conversations (`contact-<id>` keys).
    const ids = (keys: string[]) => new Set(keys.map((k) => Number(k.replace('contact-', ''))));
    const listed = [
      ...(await get(fake, fake.tokens.admin, '/contacts?page=1')).payload,
      ...(await get(fake, fake.tokens.admin, '/contacts?page=2')).payload,
    ].slice(0, 16);
    const ofConversations = ids(recording.world.conversations!.map((c) => c.contact));
    const expected = new Set([...listed.map((c: Json) => c.id), ...ofConversations]);
    expect(ids(recording.world.contacts!.map((c) => c.key))).toEqual(expected);
    expect(recording.counts.contacts).toEqual({ read: expected.size, written: expected.size });
    parseWorld(recording.yaml);
  }, 60_000);
});

async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `chatwoot-fake record` with `args` (tsx on the sources). */
/** Runs `chatwoot-fake record` with `args` (tsx on the sources); async, so the fake in this process answers it. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(TSX, [path.join(ROOT, 'src', 'cli.ts'), 'record', ...args], {
    cwd: ROOT,
    env: { ...process.env, CHATWOOT_TOKEN: '', CHATWOOT_URL: '', CHATWOOT_ACCOUNT_ID: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

describe('chatwoot-fake record (the command)', () => {
  let fake: RunningFake;
  let dir: string;
  beforeAll(async () => {
    fake = await startFake({ port: 0, webhooks: false, cable: false });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cwf-record-'));
  });
  afterAll(async () => {
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the world and prints what it read and wrote (token from CHATWOOT_TOKEN)', async () => {
    const out = path.join(dir, 'world.yaml');
    const run = await cli(['--base-url', fake.url, '--account-id', '1', '--out', out, '--no-anonymize'], {
      CHATWOOT_TOKEN: fake.tokens.admin,
    });
    expect(run.stderr).toContain(`recording account 1 of ${fake.url}…`);
    expect(run.stdout).toMatch(/^ {2}contacts +12 read +12 written$/m);
    expect(run.stdout).toMatch(/^ {2}messages +26 read +26 written$/m);
    expect(run.stdout).toContain(
      `start it: chatwoot-fake --fixtures ${out} --clock-start 2026-01-15T08:55:00.000Z`,
    );
    expect(run.status).toBe(0);
    const world = parseWorld(fs.readFileSync(out, 'utf8'), out);
    expect(world.contacts!.map((c) => c.name)).toContain('Marie Curie');
  }, 60_000);

  it('a dead URL: one clear message, exit 2, no file', async () => {
    const url = `http://127.0.0.1:${await deadPort()}`;
    const out = path.join(dir, 'dead.yaml');
    const run = await cli([
      '--base-url',
      url,
      '--account-id',
      '1',
      '--token',
      'some-token-123',
      '--out',
      out,
    ]);
    expect(run.stderr).toMatch(
      new RegExp(
        `^recording account 1 of ${url} \\(anonymised\\)…\\nchatwoot-fake record: cannot connect to ${url} \\(connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+\\): is the URL right and the server running\\?\\n$`,
      ),
    );
    expect(run.status).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  it('a refused token (401): a clear message without the token, exit 2', async () => {
    const out = path.join(dir, 'refused.yaml');
    const run = await cli([
      '--base-url',
      fake.url,
      '--account-id',
      '1',
      '--token',
      'wrong-token-4242',
      '--out',
      out,
    ]);
    expect(run.stderr).toContain(
      `chatwoot-fake record: ${fake.url} refused the token (401 on GET /api/v1/accounts/1): is it a user's access token`,
    );
    expect(run.stderr).not.toContain('wrong-token-4242');
    expect(run.status).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});

describe('record against a drifted Chatwoot', () => {
  it('skips what it cannot read, says why, and still writes a world the fake loads', async () => {
    const fake = await startFake({ port: 0, webhooks: false, cable: false, validateResponses: false });
    const drifted = await driftedChatwoot(fake.url);
    try {
      const recording = await recordWorld({ baseUrl: drifted.url, accountId: 1, token: fake.tokens.admin });
      expect(recording.warnings).toEqual([
        'labels skipped: GET /api/v1/accounts/1/labels answered 500: <html><body>We are sorry, but something went wrong.</body></html>',
        'inboxes skipped: inboxes: expected a list at payload, got a list of 3',
      ]);
      // A renamed agent field does not matter to the recording; without inboxes, no conversation can be kept.
      expect(recording.counts.agents).toEqual({ read: 3, written: 3 });
      expect(recording.counts.conversations).toEqual({ read: 10, written: 0 });
      expect(recording.notes).toContain('conversation 1 left out: its inbox was not recorded');
      const copy = await startFake({ port: 0, fixtures: recording.world, webhooks: false, cable: false });
      await copy.close();
    } finally {
      await drifted.close();
      await fake.close();
    }
  }, 60_000);
});
