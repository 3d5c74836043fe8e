/**
 * The fake against the recorded corpus: for each real body, the fake started as the same Chatwoot
 * version (default world) answers the same operation — or, for a webhook, delivers the same event set
 * off through the API — with the same keys and the same kinds of values (string, int, float, bool,
 * object, array; null matches anything), compared recursively, key set by key set.
 *
 * Where they differ on purpose the difference is listed below with its reason; every listed exception
 * must still occur (a stale one fails), and any other difference fails.
 */
import { testFake, type TestFake } from './helpers';
import { checkAs, loadSamples, shapeDiff, type Sample } from './support/corpus';
import { fakeBodyFor } from './support/corpus-fake';

jest.setTimeout(30_000);

/**
 * The version the fake runs as for a sample: its check version; an undated one as the oldest its
 * sidecar allows (the inbox list: 3.0.0; the webhook: the 3.16 profile). 2.x bodies are left out:
 * test/recorded-shapes.test.ts shows what they lack.
 */
function fakeVersion(sample: Sample): string | undefined {
  const target = checkAs(sample.meta);
  if ('skip' in target) return undefined;
  if (target.version !== 'any') return target.version;
  return sample.name === 'undated-api-get_inboxes' ? '3.0.0' : '3.16';
}

interface Exception {
  /** The sample(s) it applies to (a name or a pattern). */
  samples: RegExp;
  /** The difference, as shapeDiff writes it. */
  diff: RegExp;
  reason: string;
}

const EXCEPTIONS: Exception[] = [
  {
    samples: /./,
    diff: /^only-(fake|sample) (\/payload|\/data\/payload\/\*\/meta\/sender|\/meta\/sender|\/payload\/\*\/meta\/sender)?\/last_activity_at$/,
    reason: "a contact's last_activity_at is rendered only when set (the two contacts differ in activity)",
  },
  {
    samples: /contact_conversations|get_conversations/,
    diff: /^only-(fake|sample) \/(data\/)?payload\/\*\/meta\/(assignee|team)$/,
    reason: 'meta.assignee / meta.team only when the conversation has one',
  },
  {
    samples: /message_created-widget|message_updated-widget|contact_conversations/,
    diff: /^only-fake \/(conversation\/messages|payload\/\*\/messages)\/\*\/sender$/,
    reason:
      'a message has `sender` only when it has one: the recorded last message was a template (no sender)',
  },
  {
    samples: /contact_conversations/,
    diff: /^only-fake \/payload\/\*\/(messages\/\*|last_non_activity_message)\/attachments$/,
    reason: '`attachments` only when the message has files (the recorded list mixes both)',
  },
  {
    samples: /contact_conversations-api-2024-12/,
    diff: /^only-fake \/payload\/\*\/meta\/assignee\/custom_role_id$/,
    reason:
      'enterprise edition only: the fake renders custom_role_id from 3.13 (x-since), the recorded 3.x server was a community one',
  },
  {
    samples: /get_conversations-whatsapp-2025-10/,
    diff: /^only-fake \/data\/payload\/\*\/(last_non_activity_message|last_activity_at|priority|waiting_since|sla_policy_id)$/,
    reason: 'cut by the publisher (sidecar cut_keys)',
  },
  {
    samples: /get_profile/,
    diff: /^only-sample \/hmac_identifier$/,
    reason:
      'rendered only when the installation sets CHATWOOT_INBOX_HMAC_KEY; the fake emulates one without it',
  },
  {
    samples: /undated-api-get_inboxes/,
    diff: /^only-fake \/payload\/\*\/secret$/,
    reason:
      "the API channel's webhook `secret` is newer than this mid-2023 server (first version not pinned)",
  },
  {
    samples: /undated-api-get_inboxes/,
    diff: /^no-channel \/payload\/\* Channel::Email$/,
    reason: 'the default world has no email inbox',
  },
];

const samples = loadSamples().filter((s) => s.meta.kind !== 'webhook-fragment' && fakeVersion(s));
const fakes = new Map<string, TestFake>();
const used = new Set<Exception>();
/** Per sample: the fake's body, the differences and what each was excused by. */
const results = new Map<string, { fake: any; diffs: string[] }>();

async function fakeFor(version: string): Promise<TestFake> {
  let fake = fakes.get(version);
  if (!fake) fakes.set(version, (fake = await testFake({ chatwootVersion: version })));
  fake.reset();
  return fake;
}

async function compare(sample: Sample) {
  let result = results.get(sample.name);
  if (!result) {
    const fake = await fakeBodyFor(await fakeFor(fakeVersion(sample)!), sample);
    result = { fake, diffs: fake === undefined ? [] : shapeDiff(sample.body, fake) };
    results.set(sample.name, result);
  }
  return result;
}

describe('the fake answers as the recorded server did', () => {
  it.each(samples.map((s) => [s.name, s] as const))('%s', async (name, sample) => {
    const { fake, diffs } = await compare(sample);
    if (fake === undefined) {
      // Dashboard apps: not in the spec, not implemented (test/recorded-shapes.test.ts says so too).
      expect(name).toBe('v3-api-post_dashboard_apps-2024-01');
      return;
    }
    const unexplained = diffs.filter((d) => {
      const rule = EXCEPTIONS.find((e) => e.samples.test(name) && e.diff.test(d));
      if (rule) used.add(rule);
      return !rule;
    });
    expect(unexplained).toEqual([]);
  });

  it('every listed exception still occurs', async () => {
    for (const sample of samples) await compare(sample);
    for (const sample of samples) {
      for (const d of results.get(sample.name)!.diffs) {
        const rule = EXCEPTIONS.find((e) => e.samples.test(sample.name) && e.diff.test(d));
        if (rule) used.add(rule);
      }
    }
    expect(EXCEPTIONS.filter((e) => !used.has(e)).map((e) => e.reason)).toEqual([]);
  });
});

/** Every value under `key` anywhere in a body. */
function valuesOf(body: unknown, key: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(body)) body.forEach((v) => valuesOf(v, key, out));
  else if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) {
      if (k === key) out.push(v);
      valuesOf(v, key, out);
    }
  }
  return out;
}

/** The bodies of 4.1 and later that carry a conversation's `updated_at`. */
const SAMPLES_WITH_CONVERSATION_UPDATED_AT = [
  'cloud-webhook-message_created-whatsapp-2026-04',
  'latest-webhook-conversation_created-widget-2025-12',
  'latest-webhook-conversation_created-widget-2026-02',
  'latest-webhook-conversation_updated-widget-2026-02',
  'latest-webhook-message_created-api-2026-02',
  'latest-webhook-message_created-widget-2026-02',
  'latest-webhook-message_updated-widget-2026-02',
  'v4-api-get_conversations-whatsapp-2025-10',
  'v4-webhook-message_created-api-2025-07',
];

const atLeast = (sample: Sample, version: [number, number]) => {
  const v = fakeVersion(sample)!;
  if (v === 'latest') return true;
  const [major, minor] = v.split('.').map(Number);
  return major > version[0] || (major === version[0] && minor >= version[1]);
};

describe('the version differences the corpus shows, in the fake', () => {
  it('conversation updated_at: a float with a fraction on both sides from 4.1, absent before', async () => {
    /** A conversation's `updated_at` (webhook conversation, conversation_* event body, REST lists). */
    const convUpdated = (body: any): unknown[] =>
      [
        body?.conversation?.updated_at,
        body?.event?.startsWith?.('conversation_') ? body.updated_at : undefined,
        ...(body?.data?.payload ?? []).map((c: any) => c.updated_at),
      ].filter((v) => v !== undefined);
    const seen: string[] = [];
    for (const sample of samples) {
      const { fake } = await compare(sample);
      if (fake === undefined) continue;
      const recorded = convUpdated(sample.body);
      if (!atLeast(sample, [4, 1])) {
        expect([sample.name, recorded, convUpdated(fake)]).toEqual([sample.name, [], []]);
        continue;
      }
      if (!recorded.length) continue;
      seen.push(sample.name);
      for (const v of [...recorded, ...convUpdated(fake)]) {
        expect(typeof v).toBe('number');
        expect(Number.isInteger(v)).toBe(false); // to_f: Go's int64 and Java's long would refuse it
      }
    }
    expect(seen).toEqual(SAMPLES_WITH_CONVERSATION_UPDATED_AT);
  });

  it('contact `blocked`: absent before 4.1 (3.16, 4.0) in both, present from 4.1 in both', async () => {
    for (const sample of samples) {
      const { fake } = await compare(sample);
      if (fake === undefined || !valuesOf(fake, 'thumbnail').length) continue;
      const before = !atLeast(sample, [4, 1]);
      if (before) {
        expect([sample.name, valuesOf(sample.body, 'blocked')]).toEqual([sample.name, []]);
        expect([sample.name, valuesOf(fake, 'blocked')]).toEqual([sample.name, []]);
      } else if (valuesOf(sample.body, 'blocked').length) {
        expect([sample.name, valuesOf(fake, 'blocked').length > 0]).toEqual([sample.name, true]);
      }
    }
  });

  it('conversation meta.assignee_type: only from 4.8 (the newest line), in both', async () => {
    let newest = 0;
    for (const sample of samples) {
      const { fake } = await compare(sample);
      const hasMeta = (body: unknown) =>
        valuesOf(body, 'meta').some((m) => !!m && typeof m === 'object' && 'hmac_verified' in m);
      if (fake === undefined || !hasMeta(sample.body)) continue;
      const has = (body: unknown) => valuesOf(body, 'assignee_type').length > 0;
      expect([sample.name, has(fake)]).toEqual([sample.name, atLeast(sample, [4, 8])]);
      expect([sample.name, has(sample.body)]).toEqual([sample.name, atLeast(sample, [4, 8])]);
      if (atLeast(sample, [4, 8])) newest++;
    }
    expect(newest).toBeGreaterThanOrEqual(4);
  });

  it('contact_inboxes[].inbox: the full inbox partial on 3.x, in both', async () => {
    const sample = samples.find((s) => s.name === 'v3-api-get_contacts_search-2023-10')!;
    const { fake } = await compare(sample);
    for (const body of [sample.body, fake]) {
      const inbox = body.payload.find((c: any) => c.contact_inboxes?.length).contact_inboxes[0].inbox;
      expect(inbox).toHaveProperty('greeting_enabled');
      expect(inbox).toHaveProperty('working_hours');
    }
  });
});
