/**
 * Version profiles, cross-checked: the fake started as each profile passes `check` as that profile;
 * started as one and checked as another it shows exactly the keys the spec dates between them
 * (`x-since`/`x-before`); `/openapi.json?version=`, `GET /api`, `/__fake/info` and the CLIs name the
 * version; a client that decodes `updated_at` as an integer breaks on every clock mode; an older
 * profile's webhook bodies lack the newer keys and pass the checker of that profile.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runCheck, type CheckReport } from '../src/contract';
import { checkWebhook } from '../src/contract/checker';
import { buildFake, startFake, type RunningFake } from '../src/index';
import { ADMIN, testFake } from './helpers';
import { generic } from './support/corpus';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const PROFILES = ['3.16', '4.0', 'latest'] as const;

const fakes = new Map<string, RunningFake>();
const reports = new Map<string, CheckReport>();

beforeAll(async () => {
  for (const version of PROFILES) {
    // Response validation off: only the checker judges the answers.
    fakes.set(
      version,
      await startFake({
        port: 0,
        webhooks: false,
        cable: false,
        validateResponses: false,
        chatwootVersion: version,
      }),
    );
  }
});
afterAll(async () => {
  await Promise.all([...fakes.values()].map((f) => f.close()));
});

/** `check` (read-only) against the fake of one profile, as another. */
async function check(fakeVersion: string, asVersion: string): Promise<CheckReport> {
  const key = `${fakeVersion} as ${asVersion}`;
  let report = reports.get(key);
  if (!report) {
    const fake = fakes.get(fakeVersion)!;
    fake.reset();
    report = await runCheck({
      baseUrl: fake.url,
      accountId: 1,
      token: fake.tokens.admin,
      chatwootVersion: asVersion,
    });
    reports.set(key, report);
  }
  return report;
}

/** `operationId pointer` of every violation of one severity, array indexes generalised. */
function pairs(report: CheckReport, severity: 'breaking' | 'drift'): string[] {
  const out = new Set<string>();
  for (const op of report.operations)
    for (const v of op.violations)
      if (v.severity === severity) out.add(`${op.operationId} ${generic(v.pointer)}`);
  return [...out].sort();
}

const under = (prefixes: string[], keys: string[]) => prefixes.flatMap((p) => keys.map((k) => `${p}/${k}`));

/** Contact `blocked` (x-since 4.1.0) wherever a contact is rendered. */
const BLOCKED = [
  'getContact /payload/blocked',
  'getConversation /meta/sender/blocked',
  'globalSearch /payload/messages/*/sender/blocked',
  'globalSearchMessages /payload/messages/*/sender/blocked',
  'listContactConversations /payload/*/last_non_activity_message/sender/blocked',
  'listContactConversations /payload/*/messages/*/sender/blocked',
  'listContactConversations /payload/*/meta/sender/blocked',
  'listContacts /payload/*/blocked',
  'listConversations /data/payload/*/last_non_activity_message/sender/blocked',
  'listConversations /data/payload/*/messages/*/sender/blocked',
  'listConversations /data/payload/*/meta/sender/blocked',
  'listMessages /meta/contact/blocked',
  'listMessages /payload/*/sender/blocked',
  'searchContacts /payload/*/blocked',
];
/** Conversation `updated_at` (x-since 4.1.0). */
const UPDATED_AT = [
  'getConversation /updated_at',
  'listContactConversations /payload/*/updated_at',
  'listConversations /data/payload/*/updated_at',
];
/** Agent `provider` (x-since 4.8.0), in agent lists and as a conversation's assignee. */
const PROVIDER = [
  'getConversation /meta/assignee/provider',
  'listAgents /*/provider',
  'listContactConversations /payload/*/meta/assignee/provider',
  'listConversations /data/payload/*/meta/assignee/provider',
  'listInboxAssignableAgents /payload/*/provider',
  'listInboxMembers /payload/*/provider',
  'listTeamMembers /*/provider',
];
/** Conversation counts `assigned_count` (x-since 4.0.0) and webhook `name`/`secret` (x-since 4.0.0). */
const SINCE_4_0 = [
  'getConversationCounts /meta/assigned_count',
  'listConversations /data/meta/assigned_count',
  'listWebhooks /payload/webhooks/*/name',
  'listWebhooks /payload/webhooks/*/secret',
];
/**
 * Global search renders a conversation's last message as `{}` or a Message (`oneOf`): a message whose
 * sender lacks `blocked` is reported as that (the Message branch is the closest), not as every key the
 * `{}` branch refuses.
 */
const SEARCH_CONVERSATION_MESSAGE = ['globalSearch', 'globalSearchConversations'].map(
  (op) => `${op} /payload/conversations/*/message/sender/blocked`,
);
/** The full inbox partial 3.x renders in contact_inboxes (x-before 4.0.0): 4.x sends the slim one. */
const FULL_INBOX_KEYS = [
  'allow_messages_after_resolved',
  'auto_assignment_config',
  'business_name',
  'callback_webhook_url',
  'csat_survey_enabled',
  'enable_auto_assignment',
  'enable_email_collect',
  'greeting_enabled',
  'greeting_message',
  'hmac_mandatory',
  'lock_to_single_conversation',
  'messaging_service_sid',
  'out_of_office_message',
  'phone_number',
  'reply_time',
  'selected_feature_flags',
  'sender_name_type',
  'timezone',
  'web_widget_script',
  'website_token',
  'website_url',
  'welcome_tagline',
  'welcome_title',
  'widget_color',
  'working_hours',
  'working_hours_enabled',
];
const CONTACT_INBOXES = [
  'getContact /payload/contact_inboxes/*/inbox',
  'listContacts /payload/*/contact_inboxes/*/inbox',
  'searchContacts /payload/*/contact_inboxes/*/inbox',
];

describe('check: each profile against the fake started as it', () => {
  it.each(PROFILES)('%s: ok, no breaking violation, no drift', async (version) => {
    const report = await check(version, version);
    expect(report.chatwootVersion.source).toBe('option');
    expect(pairs(report, 'breaking')).toEqual([]);
    expect(pairs(report, 'drift')).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary.passed).toBeGreaterThan(50);
  });

  it('without --chatwoot-version, check reads the version from GET /api', async () => {
    const fake = fakes.get('3.16')!;
    const report = await runCheck({ baseUrl: fake.url, accountId: 1, token: fake.tokens.admin });
    expect(report.chatwootVersion).toEqual({ version: '3.16.0', source: 'GET /api' });
    expect(report.ok).toBe(true);
  });
});

describe('check: a profile against the fake of another', () => {
  it('3.16 checked as latest: every key 4.x added is missing (breaking); the full contact inboxes are drift', async () => {
    const report = await check('3.16', 'latest');
    expect(report.ok).toBe(false);
    expect(pairs(report, 'breaking')).toEqual(
      [...BLOCKED, ...UPDATED_AT, ...PROVIDER, ...SINCE_4_0, ...SEARCH_CONVERSATION_MESSAGE].sort(),
    );
    // The slim contact inbox of 4.x is closed: the full one's other keys are news to it, not breaking.
    const drift = pairs(report, 'drift');
    expect(drift.every((p) => CONTACT_INBOXES.some((c) => p.startsWith(`${c}/`)))).toBe(true);
    expect(drift).toContain('getContact /payload/contact_inboxes/*/inbox/greeting_enabled');
  });

  it('latest checked as 3.16: the 4.x keys are drift; only the slim contact inbox breaks', async () => {
    const report = await check('latest', '3.16');
    expect(pairs(report, 'breaking')).toEqual(under(CONTACT_INBOXES, FULL_INBOX_KEYS).sort());
    const drift = pairs(report, 'drift');
    for (const key of [...BLOCKED, ...UPDATED_AT, ...PROVIDER, ...SINCE_4_0]) expect(drift).toContain(key);
    // …and the inbox keys 4.x added (csat_config 4.2.0, allowed_domains 4.6.0), nothing else.
    const rest = drift.filter((p) => ![...BLOCKED, ...UPDATED_AT, ...PROVIDER, ...SINCE_4_0].includes(p));
    expect(rest.every((p) => /\/(csat_config|allowed_domains|message\/sender\/blocked)$/.test(p))).toBe(true);
    expect(report.summary.failed).toBe(3); // getContact, listContacts, searchContacts
  });

  it('4.0 checked as latest: only what 4.1 and later added; 3.16 checked as 4.0: only what 4.0 added', async () => {
    const fourAsLatest = await check('4.0', 'latest');
    expect(pairs(fourAsLatest, 'breaking')).toEqual(
      [...BLOCKED, ...UPDATED_AT, ...PROVIDER, ...SEARCH_CONVERSATION_MESSAGE].sort(),
    );
    expect(pairs(fourAsLatest, 'drift')).toEqual([]);
    const threeAsFour = await check('3.16', '4.0');
    expect(pairs(threeAsFour, 'breaking')).toEqual([...SINCE_4_0].sort());
  });
});

describe('the version in the served spec, GET /api, /__fake/info and the CLIs', () => {
  const contactSchema = (doc: any) => doc.components.schemas.Contact;

  it('/openapi.json?version=3.16 has no contact `blocked`; ?version=any has it, not required; a bad version is a 400', async () => {
    const fake = fakes.get('latest')!;
    const get = async (query: string) => {
      const res = await fetch(`${fake.url}/openapi.json${query}`);
      return { status: res.status, body: (await res.json()) as any };
    };
    const newest = await get('');
    expect(newest.body.info['x-chatwoot-version']).toBe('4.15.1');
    expect(contactSchema(newest.body).required).toContain('blocked');
    const old = await get('?version=3.16');
    expect(old.status).toBe(200);
    expect(old.body.info['x-chatwoot-version']).toBe('3.16.0');
    expect(contactSchema(old.body).properties).not.toHaveProperty('blocked');
    expect(contactSchema(old.body).required).not.toContain('blocked');
    const any = await get('?version=any');
    expect(any.body.info['x-chatwoot-version']).toBe('any');
    expect(contactSchema(any.body).properties).toHaveProperty('blocked');
    expect(contactSchema(any.body).required).not.toContain('blocked');
    for (const bad of ['banana', '2.9.0']) {
      const res = await get(`?version=${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(
        bad === 'banana' ? /is not a Chatwoot version/ : /older than the oldest/,
      );
    }
  });

  it.each([
    ['3.16', '3.16.0'],
    ['4.0', '4.0.0'],
    ['latest', '4.15.1'],
  ])('GET /api and /__fake/info of the %s fake say %s', async (profile, version) => {
    const fake = fakes.get(profile)!;
    const api = (await (await fetch(`${fake.url}/api`)).json()) as any;
    expect(api.version).toBe(version);
    const info = (await (await fetch(`${fake.url}/__fake/info`)).json()) as any;
    expect(info.chatwootVersion).toBe(version);
    expect(fake.chatwootVersion).toBe(version);
  });

  it('a bad --chatwoot-version: the fake exits with the reason; check exits 2 (bad usage)', () => {
    const run = (args: string[]) =>
      spawnSync(TSX, [path.join(ROOT, 'src', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
    const fake = run(['--port', '0', '--chatwoot-version', '2.5']);
    expect(fake.status).not.toBe(0);
    expect(fake.stderr).toMatch(
      /--chatwoot-version.*Chatwoot 2\.5\.0 is older than the oldest version described/,
    );
    const checkArgs = ['check', '--base-url', 'http://127.0.0.1:9', '--account-id', '1', '--token', 't'];
    const bad = run([...checkArgs, '--chatwoot-version', 'banana']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"banana" is not a Chatwoot version/);
  }, 60_000);
});

/**
 * `updated_at` as a typed client decodes it: an integer decoder (Go's int64, Java's long) refuses a
 * number literal with a fraction; a float decoder takes it. Reads the literal from the raw JSON.
 */
function numberLiterals(text: string): any {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i))!;
      out += JSON.stringify(`#${m[0]}`);
      i += m[0].length - 1;
    } else out += c;
  }
  return JSON.parse(out);
}
const decodeInt64 = (literal: string) => {
  if (!/^#-?\d+$/.test(literal))
    throw new Error(`json: cannot unmarshal number ${literal.slice(1)} into int64`);
  return Number(literal.slice(1));
};
const decodeFloat64 = (literal: string) => {
  const value = Number(literal.slice(1));
  if (!Number.isFinite(value)) throw new Error(`not a number: ${literal}`);
  return value;
};

describe('a typed client decoding GET /conversations/{id}', () => {
  it.each(['step', 'frozen', 'real'] as const)(
    'clock %s: updated_at breaks an int64 decoder, a float64 one takes it',
    async (clockMode) => {
      const fake = await buildFake({ clockMode, webhooks: false });
      const request = (await import('supertest')).default;
      const http = request(fake.app);
      // A fresh change too, not only seeded records.
      await http
        .post('/api/v1/accounts/1/conversations/1/toggle_priority')
        .set('api_access_token', ADMIN)
        .send({ priority: 'high' })
        .expect(200);
      for (const id of [1, 2]) {
        const res = await http.get(`/api/v1/accounts/1/conversations/${id}`).set('api_access_token', ADMIN);
        expect(res.status).toBe(200);
        const raw = numberLiterals(res.text);
        expect(() => decodeInt64(raw.updated_at)).toThrow(/cannot unmarshal number \d+\.\d+ into int64/);
        expect(decodeFloat64(raw.updated_at)).toBe(res.body.updated_at);
        expect(decodeInt64(raw.created_at)).toBe(res.body.created_at); // the int times stay ints
      }
    },
  );
});

/** Sets off every conversation, contact and message event on a fake of `version`; their bodies. */
async function webhookBodies(version: string) {
  const fake = await testFake({ chatwootVersion: version });
  const hook = 'http://127.0.0.1:9/versions-hook'; // refused at once; the body is logged all the same
  const events = [
    'contact_created',
    'contact_updated',
    'conversation_created',
    'conversation_status_changed',
  ];
  events.push('conversation_updated', 'message_created', 'message_updated');
  await fake.send('post', '/webhooks', { url: hook, subscriptions: events }).expect(200);
  const contact = (await fake.send('post', '/contacts', { name: 'Ada', email: 'ada@example.test' })).body
    .payload.contact;
  await fake.send('patch', `/contacts/${contact.id}`, { name: 'Ada L.' }).expect(200);
  const conversation = (await fake.send('post', '/conversations', { inbox_id: 2, contact_id: contact.id }))
    .body;
  const messages = `/conversations/${conversation.id}/messages`;
  await fake.send('post', messages, { content: 'hi', message_type: 'incoming' }).expect(200);
  const outgoing = (await fake.send('post', messages, { content: 'hello' })).body;
  await fake
    .send('post', `/conversations/${conversation.id}/toggle_priority`, { priority: 'high' })
    .expect(200);
  await fake.send('delete', `${messages}/${outgoing.id}`).expect(200);
  await fake
    .send('post', `/conversations/${conversation.id}/toggle_status`, { status: 'resolved' })
    .expect(200);
  await fake.webhooks.idle();
  const deliveries = fake.webhooks.deliveries().filter((d) => d.url === hook);
  expect([...new Set(deliveries.map((d) => d.event))].sort()).toEqual([...events].sort());
  return deliveries.map((delivery) => {
    const body = delivery.payload as any;
    // Contact#webhook_data (no `type` key) or #push_event_data; the conversation's own push data.
    const contacts = [
      ...(delivery.event.startsWith('contact_') ? [body] : []),
      body.meta?.sender,
      body.conversation?.meta?.sender,
      ...(body.sender && !('type' in body.sender) ? [body.sender] : []),
    ].filter(Boolean);
    const conversations = [...(delivery.event.startsWith('conversation_') ? [body] : []), body.conversation];
    return { event: delivery.event, body, contacts, conversations: conversations.filter(Boolean) };
  });
}

describe('webhook bodies of an older profile', () => {
  it('3.16: no blocked, updated_at or last_activity_at, and checkWebhook as 3.16 finds nothing', async () => {
    let contacts = 0;
    let conversations = 0;
    for (const { event, body, ...found } of await webhookBodies('3.16')) {
      for (const c of found.contacts) expect([event, 'blocked' in c]).toEqual([event, false]);
      for (const c of found.conversations) {
        expect([event, 'updated_at' in c, 'last_activity_at' in c]).toEqual([event, false, false]);
      }
      contacts += found.contacts.length;
      conversations += found.conversations.length;
      const violations = await checkWebhook(body, { event, chatwootVersion: '3.16' });
      expect([event, violations]).toEqual([event, []]);
    }
    expect(contacts).toBeGreaterThanOrEqual(7);
    expect(conversations).toBeGreaterThanOrEqual(5);
  });

  it('latest: the same bodies have them (so the 3.16 assertions can fail)', async () => {
    for (const { event, body, ...found } of await webhookBodies('latest')) {
      for (const c of found.contacts) expect([event, typeof c.blocked]).toEqual([event, 'boolean']);
      for (const c of found.conversations) {
        expect([event, typeof c.updated_at, typeof c.last_activity_at]).toEqual([event, 'number', 'number']);
      }
      // …which the checker of 3.16 reports as drift, never as breaking.
      const violations = await checkWebhook(body, { event, chatwootVersion: '3.16' });
      expect(violations.filter((v) => v.severity === 'breaking')).toEqual([]);
    }
  });
});
