/**
 * The recorded-shapes corpus (test/recorded-shapes/): real Chatwoot bodies with `.meta.json` sidecars
 * saying what each is and which version line recorded it. Shared by the corpus tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Violation } from '../../src/contract';
import type { ContractChecker } from '../../src/contract/checker';

export const CORPUS_DIR = path.resolve(__dirname, '..', 'recorded-shapes');

export interface SampleMeta {
  kind: 'api-response' | 'webhook' | 'webhook-fragment' | 'webhook-partial';
  operation: string;
  line_group: string;
  chatwoot_version: { line: string; estimate: string; evidence: string };
  /** webhook-partial: values the recorder elided (`messages[0].sender`). */
  partial_paths?: string[];
  /** Keys the publisher cut from every object under `pointer` (their absence says nothing). */
  cut_keys?: { pointer: string; keys: string[]; why: string };
}

export interface Sample {
  name: string;
  meta: SampleMeta;
  body: any;
}

export function loadSamples(): Sample[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.meta.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.meta.json'.length);
      const read = (file: string) => JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8'));
      return { name, meta: read(f) as SampleMeta, body: read(`${name}.json`) };
    });
}

/** What line a sample's sidecar puts it on, as the version the checker expects. */
export type CheckAs = { version: string } | { skip: string };

const LINE_DEFAULTS: Record<string, string> = {
  '3.x': '3.16',
  'early 4.x': '4.0',
  'newest 4.x': 'latest',
  Cloud: 'latest',
  undated: 'any',
};

/**
 * pre-3.0 → not checked by version (the spec describes 3.0 and later); undated → any version; else
 * the version the estimate starts with (`3.1-3.4 (Oct 2023)` → 3.1.0: the oldest the sidecar allows,
 * so a key that came later is not expected), or the line's profile when the estimate names none.
 */
export function checkAs(meta: SampleMeta): CheckAs {
  if (meta.line_group === 'pre-3.0') return { skip: 'a 2.x server: older than 3.0.0, the oldest described' };
  const lineDefault = LINE_DEFAULTS[meta.line_group];
  if (lineDefault === undefined) throw new Error(`unknown line_group ${meta.line_group}`);
  if (lineDefault === 'any') return { version: 'any' };
  const m = /^(\d+)\.(\d+)/.exec(meta.chatwoot_version.estimate);
  return { version: m ? `${m[1]}.${m[2]}.0` : lineDefault };
}

/** `webhook message_created (…)` → message_created; `GET /api/v1/…/{id} (200)` → method and path. */
export function operationOf(meta: SampleMeta): { event: string } | { method: string; template: string } {
  const hook = /^webhook (\w+)/.exec(meta.operation);
  if (hook) return { event: hook[1] };
  const api = /^(GET|POST|PATCH|PUT|DELETE) (\S+)/.exec(meta.operation);
  if (!api) throw new Error(`cannot read the operation "${meta.operation}"`);
  return { method: api[1], template: api[2].replace(/\?.*$/, '') };
}

/** A template path with its ids filled (any id routes the same). */
export const fillPath = (template: string) => template.replace('{account_id}', '1').replace(/\{\w+\}/g, '7');

/** A pointer with array indexes generalised: `/payload/3/id` → `/payload/*\/id`. */
export const generic = (pointer: string) => pointer.replace(/\/\d+(?=\/|$)/g, '/*');

/** `messages[0].sender` → `/messages/0/sender`. */
export const dottedToPointer = (p: string) =>
  '/' +
  p
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .join('/');

/** Checks a sample's body as the sidecar says it is (a fragment needs a host: see the test). */
export function checkSample(contract: ContractChecker, sample: Sample, body = sample.body): Violation[] {
  const op = operationOf(sample.meta);
  if ('event' in op) return contract.checkWebhook(body, op.event);
  return contract.checkResponse({
    method: op.method,
    path: fillPath(op.template),
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body,
  });
}

/** One line per violation, sorted: `breaking /payload/*\/x required property`. */
export const describeViolations = (violations: Violation[]) =>
  [...new Set(violations.map((v) => `${v.severity} ${generic(v.pointer)} ${v.expected}`))].sort();

// --- shapes: keys and value kinds --------------------------------------------------------------

export type Kind = 'string' | 'int' | 'float' | 'bool' | 'null' | 'object' | 'array';

export function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'string') return 'string';
  return 'object';
}

/** Keys whose values are free-form (the account's own data, a channel's extras): compared as a kind only. */
export const FREE_FORM = new Set([
  'additional_attributes',
  'custom_attributes',
  'content_attributes',
  'ui_settings',
  'external_source_ids',
  'changed_attributes',
  'auto_assignment_config',
  'pre_chat_form_options',
  'sentiment',
  'event_info',
]);

/** `channel_type` of an inbox, or of a contact inbox's inbox. */
function channelOf(item: unknown): string | undefined {
  if (kindOf(item) !== 'object') return undefined;
  const o = item as Record<string, any>;
  return typeof o.channel_type === 'string'
    ? o.channel_type
    : typeof o.inbox?.channel_type === 'string'
      ? o.inbox.channel_type
      : undefined;
}

/**
 * Where a recorded body and the fake's differ in shape: `only-sample /x`, `only-fake /x`, or
 * `kind /x sample=int fake=float`. Objects: key sets compared, common keys recursively; arrays: each
 * item of the sample against the fake's item it is most alike (a list mixes kinds: an email and an API
 * inbox, a user's and a contact's message); null matches any kind (a value that happens to be unset).
 */
export function shapeDiff(sample: unknown, fake: unknown, pointer = ''): string[] {
  const ks = kindOf(sample);
  const kf = kindOf(fake);
  if (ks === 'null' || kf === 'null') return [];
  if (ks !== kf) return [`kind ${pointer} sample=${ks} fake=${kf}`];
  const key = pointer.split('/').pop() ?? '';
  if (FREE_FORM.has(key)) return [];
  if (ks === 'object') {
    const s = sample as Record<string, unknown>;
    const f = fake as Record<string, unknown>;
    const out: string[] = [];
    for (const k of Object.keys(s)) {
      if (!(k in f)) out.push(`only-sample ${pointer}/${k}`);
      else out.push(...shapeDiff(s[k], f[k], `${pointer}/${k}`));
    }
    for (const k of Object.keys(f)) if (!(k in s)) out.push(`only-fake ${pointer}/${k}`);
    return out;
  }
  if (ks === 'array') {
    const s = sample as unknown[];
    const f = fake as unknown[];
    if (!s.length || !f.length) return [];
    const out = new Set<string>();
    for (const item of s) {
      // Items of a channel (inboxes, contact inboxes) are compared with the fake's of the same channel.
      const channel = channelOf(item);
      const same = channel === undefined ? f : f.filter((c) => channelOf(c) === channel);
      if (!same.length) {
        out.add(`no-channel ${pointer}/* ${channel}`);
        continue;
      }
      const diffs = same.map((candidate) => shapeDiff(item, candidate, `${pointer}/*`));
      const best = diffs.reduce((a, b) => (b.length < a.length ? b : a));
      for (const d of best) out.add(d);
    }
    return [...out];
  }
  return [];
}
