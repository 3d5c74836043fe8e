/**
 * `chatwoot-fake record`: reads a real Chatwoot account through its Application API and writes a world
 * file that `--fixtures` loads — anonymised by default. read.ts reads (paginated), world.ts converts,
 * anonymize.ts makes the stand-ins; the world is validated as the fake validates it before it is written.
 */
import fs from 'node:fs';
import { validateWorld, yaml } from '../fixtures/load';
import type { World } from '../fixtures/world';
import { Anonymizer } from './anonymize';
import { RecordClient, RecordError, ReadFailure } from './client';
import { readAccount } from './read';
import { toWorld, type Counts } from './world';

export { RecordError } from './client';

export interface RecordOptions {
  baseUrl: string;
  accountId: number;
  /** A user access token (an administrator's reads everything; an agent's skips what it may not read). */
  token: string;
  /** Replace names, emails, phone numbers, identifiers, message texts and URLs (default true). */
  anonymize?: boolean;
  /** Seed of the stand-ins (default 1). */
  seed?: number;
  limitContacts?: number;
  limitConversations?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
  progress?: (line: string) => void;
}

export interface Recording {
  world: World;
  /** The world as YAML, with a header saying where and when it was recorded from. */
  yaml: string;
  /** Unix ms the world's `…_ago` times count back from: the fake's `--clock-start` to get the same times. */
  reference: number;
  counts: Counts;
  /** Kinds (or records) that could not be read, and records left out or changed to fit the format. */
  warnings: string[];
  notes: string[];
  requests: number;
}

/**
 * Records an account. Throws a RecordError when nothing can be recorded (unreachable server, refused
 * token, unreadable account).
 */
export async function recordWorld(options: RecordOptions): Promise<Recording> {
  const client = new RecordClient(options);
  let snapshot;
  try {
    snapshot = await readAccount(client, options);
  } catch (err) {
    if (err instanceof ReadFailure) throw new RecordError(err.message);
    throw err;
  }
  const anonymize = options.anonymize ?? true;
  const { world, reference, counts, notes } = toWorld(
    snapshot,
    anonymize ? new Anonymizer(options.seed ?? 1) : undefined,
  );
  try {
    validateWorld(world, 'recorded world');
  } catch (err) {
    throw new RecordError(
      `the recorded world does not validate (a bug of the recorder): ${(err as Error).message}`,
    );
  }
  const start = new Date(reference || 0).toISOString();
  const header = [
    `# Recorded by chatwoot-fake record from account ${options.accountId}${anonymize ? ' (anonymised)' : ''}.`,
    `# Times count back from ${start}: start the fake with --clock-start ${start} for the recorded times.`,
    '# No tokens, passwords or secrets: the fake derives its own (see its banner).',
    '',
  ].join('\n');
  const text = header + yaml().stringify(world, { lineWidth: 0 });
  return {
    world,
    yaml: text,
    reference,
    counts,
    warnings: snapshot.warnings,
    notes,
    requests: client.requests,
  };
}

/** Writes a recording's YAML to `file` (through a temporary file, so a failed write leaves none half-written). */
export function writeRecording(file: string, recording: Recording): void {
  const partial = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(partial, recording.yaml);
  fs.renameSync(partial, file);
}

/** The summary `record` prints: per kind, records read and written; then warnings and notes. */
export function formatSummary(recording: Recording, file?: string): string {
  const width = Math.max(...Object.keys(recording.counts).map((k) => k.length));
  const lines = Object.entries(recording.counts).map(
    ([kind, c]) =>
      `  ${kind.padEnd(width)}  ${String(c.read).padStart(6)} read  ${String(c.written).padStart(6)} written`,
  );
  return [
    `recorded ${file ?? 'the world'} (${recording.requests} requests)`,
    ...lines,
    ...(recording.warnings.length ? ['warnings:', ...recording.warnings.map((w) => `  ${w}`)] : []),
    ...(recording.notes.length ? ['notes:', ...recording.notes.map((n) => `  ${n}`)] : []),
    `start it: chatwoot-fake --fixtures ${file ?? 'world.yaml'} --clock-start ${new Date(recording.reference).toISOString()}`,
  ].join('\n');
}
