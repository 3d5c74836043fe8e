/**
 * `chatwoot-fake --fixtures world.yaml --watch`: the world file is read again when it changes (edits
 * close together are taken as one), and the fake re-seeded from it on the same port (RunningFake's
 * reload). What changed is printed — the records per section before and after, and the tokens if they
 * changed (they stay when the world sets them, or with --seed). A world that does not load is reported
 * and the fake keeps serving the previous one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readWorld, type World } from './fixtures';
import type { FakeTokens, RunningFake } from './index';

export interface WatchOptions {
  /** Quiet time after the last change before the file is read (ms). */
  debounceMs?: number;
  /** Where the reports go (stdout, stderr for a broken world). */
  out?: (text: string) => void;
  err?: (text: string) => void;
}

/** Records per section of a world (its lists; the account is one). */
export function sectionCounts(world: World): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(world)) if (Array.isArray(value)) counts[key] = value.length;
  return counts;
}

/** `contacts 3 → 5, inboxes 2 → 1`: the sections whose counts differ. */
export function describeCounts(before: Record<string, number>, after: Record<string, number>): string {
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => (before[key] ?? 0) !== (after[key] ?? 0))
    .map((key) => `${key} ${before[key] ?? 0} → ${after[key] ?? 0}`);
  return changed.length ? changed.join(', ') : 'the same number of records in every section';
}

function describeTokens(before: FakeTokens, after: FakeTokens): string[] {
  const lines: string[] = [];
  for (const role of ['admin', 'agent', 'bot', 'platform'] as const) {
    if ((before[role] ?? '') !== (after[role] ?? '')) {
      lines.push(`  ${`${role} token`.padEnd(15)}${after[role] || 'none'}`);
    }
  }
  return lines.length ? ['  tokens changed:', ...lines] : ['  tokens unchanged'];
}

/** Watches `file` and reloads `fake` from it on change; returns a function that stops watching. */
export function watchWorld(file: string, fake: RunningFake, options: WatchOptions = {}): () => void {
  const out = options.out ?? ((text: string) => process.stdout.write(`${text}\n`));
  const err = options.err ?? ((text: string) => process.stderr.write(`${text}\n`));
  const debounceMs = options.debounceMs ?? 150;
  const name = path.basename(file);
  let text = readText(file);
  let counts = sectionCounts(readWorld(file));
  let timer: NodeJS.Timeout | undefined;
  /** The reload in progress: the next waits for it. */
  let running: Promise<void> = Promise.resolve();

  const reload = async () => {
    const now = readText(file);
    if (now === undefined || now === text) return; // removed for a moment (an editor's save), or no change
    text = now;
    let world: World;
    try {
      world = readWorld(file);
    } catch (e) {
      err(
        `chatwoot-fake: ${name} changed but does not load; still serving the previous world:\n${(e as Error).message}`,
      );
      return;
    }
    const tokens = { ...fake.tokens };
    try {
      await fake.reload(world);
    } catch (e) {
      err(
        `chatwoot-fake: ${name} could not be seeded; still serving the previous world:\n${(e as Error).message}`,
      );
      return;
    }
    const after = sectionCounts(world);
    out(
      [
        `chatwoot-fake: reloaded ${name} (${describeCounts(counts, after)})`,
        ...describeTokens(tokens, fake.tokens),
      ].join('\n'),
    );
    counts = after;
  };

  // The directory is watched, not the file: editors that save by renaming replace the file's inode.
  const watcher = fs.watch(path.dirname(path.resolve(file)), (_event, changed) => {
    if (changed !== null && changed !== name) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(reload);
    }, debounceMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
