/**
 * The contract checker against the recorded corpus (test/recorded-shapes/): every real body, checked
 * as the version its sidecar dates it to, has no breaking violation. Drift notices (keys the spec does
 * not know) are allowed but listed here exactly, so a new one shows up as a failing test.
 *
 * How a sidecar maps to a version: test/support/corpus.ts (checkAs). Samples whose sidecar estimate
 * was wrong were re-dated with their evidence in the sidecar (see the report of issue 20).
 */
import { loadContract } from '../src/contract';
import {
  checkAs,
  checkSample,
  describeViolations,
  dottedToPointer,
  generic,
  loadSamples,
  type Sample,
} from './support/corpus';
import type { Violation } from '../src/contract';

const samples = loadSamples();
const byName = new Map(samples.map((s) => [s.name, s]));

/**
 * Drift notices each sample gives (`drift <generic pointer> …`): keys real servers send that the spec
 * does not describe. Every other sample gives none.
 */
const DRIFT: Record<string, string[]> = {
  // Email inboxes' Microsoft OAuth flag: not in the spec (the fake has no email inbox).
  'undated-api-get_inboxes': [
    'drift /payload/*/microsoft_reauthorization no such property (not in the spec)',
  ],
  // `hmac_identifier` is rendered only when the installation sets CHATWOOT_INBOX_HMAC_KEY; the fake
  // emulates an installation without it.
  'v4-api-get_profile-2025-05': ['drift /hmac_identifier no such property (not in the spec)'],
  'v4-api-get_profile-superadmin-2025-05': ['drift /hmac_identifier no such property (not in the spec)'],
};

/** Breaking violations that are not the server's: the sample is incomplete, or the spec has no such operation. */
const NOT_THE_SERVERS: Record<string, { reason: string; expected: string[] }> = {
  'v3-api-post_dashboard_apps-2024-01': {
    reason: 'dashboard apps are not in the spec (the fake does not implement them): the route is unknown',
    expected: ['breaking  a path of the spec'],
  },
};

/** Violations at values the recorder elided (`partial_paths`) or under keys the publisher cut (`cut_keys`). */
function elided(sample: Sample, v: Violation): boolean {
  const pointer = generic(v.pointer);
  const partial = (sample.meta.partial_paths ?? []).map((p) => generic(dottedToPointer(p)));
  if (partial.some((p) => pointer === p || pointer.startsWith(`${p}/`))) return true;
  const cut = sample.meta.cut_keys;
  return (
    !!cut && v.expected === 'required property' && cut.keys.some((k) => pointer === `${cut.pointer}/${k}`)
  );
}

const checked = samples.filter((s) => 'version' in checkAs(s.meta) && s.meta.kind !== 'webhook-fragment');

describe('recorded real bodies against the checker of their version', () => {
  it('covers every sample: checked, a fragment (checked in a host body) or a 2.x server', () => {
    const fragments = samples.filter((s) => s.meta.kind === 'webhook-fragment');
    const pre3 = samples.filter((s) => 'skip' in checkAs(s.meta));
    expect(checked.length + fragments.length + pre3.length).toBe(samples.length);
    expect(samples.length).toBe(41);
    expect(pre3.map((s) => s.name)).toEqual([
      'pre3-api-get_contact-widget-2023-07',
      'pre3-api-get_contact_conversations-widget-2023-07',
      'pre3-webhook-conversation_updated-widget-2023-07',
      'pre3-webhook-message_created-whatsapp-2024-02',
      'pre3-webhook-message_created-widget-2023-07',
    ]);
  });

  it.each(checked.map((s) => [s.name, s] as const))('%s: no breaking violation', async (_name, sample) => {
    const target = checkAs(sample.meta) as { version: string };
    const contract = await loadContract(target.version === 'any' ? {} : { chatwootVersion: target.version });
    const violations = checkSample(contract, sample);
    const exception = NOT_THE_SERVERS[sample.name];
    const breaking = violations.filter((v) => v.severity === 'breaking' && !elided(sample, v));
    expect(describeViolations(breaking)).toEqual(exception?.expected ?? []);
    expect(describeViolations(violations.filter((v) => v.severity === 'drift'))).toEqual(
      DRIFT[sample.name] ?? [],
    );
  });

  it('partial and cut samples break exactly where their sidecar says the recording is incomplete', async () => {
    const incomplete = checked.filter((s) => s.meta.partial_paths || s.meta.cut_keys);
    expect(incomplete.map((s) => s.name)).toEqual([
      'latest-webhook-conversation_created-widget-2025-12',
      'v4-api-get_conversations-whatsapp-2025-10',
    ]);
    for (const sample of incomplete) {
      const target = checkAs(sample.meta) as { version: string };
      const contract = await loadContract({ chatwootVersion: target.version });
      const hits = checkSample(contract, sample).filter((v) => elided(sample, v));
      const expected = sample.meta.partial_paths?.length ?? sample.meta.cut_keys!.keys.length;
      expect(hits).toHaveLength(expected); // each elided place is noticed once, nothing else is excused
    }
  });

  it('the Message#push_event_data fragment passes inside a whole body of the same line', async () => {
    // A fragment is no whole body: each recorded `messages[]` item goes into a real message_created
    // body of the same line (which carries one last message) and is checked there.
    const fragment = byName.get('latest-fragment-message-attachments-2025-12')!;
    const contract = await loadContract({ chatwootVersion: '4.8.0' });
    expect(fragment.body.length).toBe(3);
    for (const item of fragment.body) {
      const host = structuredClone(byName.get('latest-webhook-message_created-widget-2026-02')!.body);
      host.conversation.messages = [item];
      // Audio attachments carry `transcribed_text` (newest 4.x, release not pinned): not in the spec yet.
      const audio = item.attachments?.some((a: any) => a.file_type === 'audio');
      expect(describeViolations(contract.checkWebhook(host, 'message_created'))).toEqual(
        audio
          ? [
              'drift /conversation/messages/*/attachments/*/transcribed_text no such property (not in the spec)',
            ]
          : [],
      );
      // The item really is checked: the same body with the item broken is not accepted.
      host.conversation.messages = [{ ...item, id: 'x' }];
      expect(contract.checkWebhook(host, 'message_created').length).toBeGreaterThan(0);
    }
    // And so are its attachments (Attachment#push_event_data, as at the top level of message_created).
    const withFiles = fragment.body.filter((m: any) => m.attachments?.length);
    expect(withFiles.length).toBe(2);
    const host = structuredClone(byName.get('latest-webhook-message_created-widget-2026-02')!.body);
    host.conversation.messages = [{ ...withFiles[0], attachments: [{ id: withFiles[0].attachments[0].id }] }];
    expect(describeViolations(contract.checkWebhook(host, 'message_created'))).toContain(
      'breaking /conversation/messages/*/attachments/*/data_url required property',
    );
  });

  /**
   * 2.x servers (not described): checked against any version, they lack exactly the keys 3.0 brought —
   * message `sentiment` and `conversation.contact_inbox`, conversation `waiting_since`, inbox
   * `sender_name_type`/`business_name` — and nothing else differs.
   */
  it.each(samples.filter((s) => 'skip' in checkAs(s.meta)).map((s) => [s.name, s] as const))(
    '%s (2.x): lacks only what 3.0 added',
    async (_name, sample) => {
      const contract = await loadContract();
      const violations = checkSample(contract, sample);
      const missing = violations.filter((v) => v.severity === 'breaking');
      // The contact answer lacks only inbox keys the spec dates 3.1.0 (optional for any version).
      expect(missing.length > 0).toBe(sample.name !== 'pre3-api-get_contact-widget-2023-07');
      for (const v of missing) {
        expect(v.expected).toBe('required property');
        expect(v.pointer).toMatch(
          /\/(sentiment|contact_inbox|waiting_since|sender_name_type|business_name)$/,
        );
      }
    },
  );
});
