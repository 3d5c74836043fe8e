import type { Clock } from '../store/clock';
import type { ReadSet } from '../store/reads';
import type { Answer } from './answer';
import type { RequestContext } from './context';

/**
 * Answers to GET requests, served again while nothing they were computed from has changed — the
 * fake's equivalent of a static route for a state that is read far more often than written.
 *
 * An answer is kept with what it depended on: the versions of the tables its handler read (a table's
 * version names its state; see store/reads.ts and store/table.ts), the clock instant and the
 * request's origin if it read them, and the caller's records as auth found them (records are
 * immutable: a change replaces the object, so identity says "unchanged"). It is served only while
 * all of them are the same, so a served answer is byte for byte what the handler would compute now —
 * request and response validation included, as the same URL passed both when the answer was
 * computed. Answers whose work changed state, recorded an event or read something without a version
 * (the real-time clock, request headers) are never kept.
 */
interface Entry {
  answer: Answer;
  caller: readonly unknown[];
  tables: { readonly version: number }[];
  versions: number[];
  clock?: number;
  origin?: string;
}

export interface AnswerCacheLimits {
  entries: number;
  bytes: number;
}

const DEFAULT_LIMITS: AnswerCacheLimits = { entries: 1000, bytes: 32 * 1024 * 1024 };

export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: AnswerCacheLimits = DEFAULT_LIMITS,
  ) {}

  /** The cache key of a GET: its URL and the caller. */
  static keyOf(url: string, ctx: RequestContext): string {
    const p = ctx.principal;
    return `${p ? p.kind[0] + principalRecord(ctx)!.id : '-'} ${url}`;
  }

  /** The answer kept for `key`, if everything it was computed from is unchanged. */
  lookup(key: string, ctx: RequestContext): Answer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.isCurrent(entry, ctx)) return entry.answer;
    this.drop(key, entry);
    return undefined;
  }

  /** Keeps `answer` for `key` unless the work that computed it was volatile. */
  remember(key: string, ctx: RequestContext, read: ReadSet, answer: Answer): void {
    if (read.volatile || answer.bytes > this.limits.bytes / 8) return;
    const previous = this.entries.get(key);
    if (previous) this.drop(key, previous);
    this.entries.set(key, {
      answer,
      caller: callerOf(ctx),
      tables: [...read.tables.keys()],
      versions: [...read.tables.values()],
      clock: read.clock,
      origin: read.origin,
    });
    this.bytes += answer.bytes;
    // Oldest first (a Map keeps insertion order).
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.drop(oldKey, old);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private isCurrent(entry: Entry, ctx: RequestContext): boolean {
    const { tables, versions } = entry;
    for (let i = 0; i < tables.length; i++) if (tables[i].version !== versions[i]) return false;
    if (entry.clock !== undefined && (this.clock.mode === 'real' || this.clock.peek() !== entry.clock))
      return false;
    if (entry.origin !== undefined && entry.origin !== ctx.baseUrl) return false;
    const caller = callerOf(ctx);
    for (let i = 0; i < caller.length; i++) if (caller[i] !== entry.caller[i]) return false;
    return true;
  }

  private drop(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.answer.bytes;
  }
}

/** The user, agent bot or platform app auth found (undefined for the public APIs). */
function principalRecord(ctx: RequestContext): { id: number } | undefined {
  const p = ctx.principal;
  return !p ? undefined : p.kind === 'user' ? p.user : p.kind === 'bot' ? p.bot : p.app;
}

/** The records auth found for the caller; a change to any of them replaces the object. */
function callerOf(ctx: RequestContext): unknown[] {
  return [principalRecord(ctx), ctx.account, ctx.membership, ctx.session];
}
