/**
 * A bounded log that tests wait on: entries numbered 1, 2, … in order, the oldest dropped past
 * `keep`, and `waitFor` — the first entry matching the options that no earlier waitFor was handed,
 * whether it came before the call or comes within the timeout, else an error naming those seen.
 * One mechanism behind `fake.cable` (cable/log.ts) and `fake.webhooks` (webhooks/log.ts).
 */

/**
 * Whether `value` contains `pattern`: objects key by key, arrays item by item, the rest by equality —
 * what a `match` object in waitFor options means (fake.cable here, and the cable client, src/cable.ts).
 */
export function contains(value: unknown, pattern: unknown): boolean {
  if (pattern === null || typeof pattern !== 'object') return Object.is(value, pattern);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(pattern)) {
    return (
      Array.isArray(value) &&
      value.length === pattern.length &&
      pattern.every((p, i) => contains(value[i], p))
    );
  }
  return Object.entries(pattern).every(([k, p]) => contains((value as Record<string, unknown>)[k], p));
}

/** What a log's waitFor options have in common. */
export interface WaitOptions {
  /** Default 10 s (real time). */
  timeoutMs?: number;
}

/** What is particular to one log: how its entries match, read and print. */
export interface WaitableLogKind<T, O extends WaitOptions> {
  /** Prefix of its errors: `cable` → "cable.waitFor: …". */
  name: string;
  /** What a waiter waits for, in "no matching <awaited> within …": `broadcast`, `delivery completed`. */
  awaited: string;
  /** Heads the list of entries in the timeout error: `Broadcasts`, `Deliveries`. */
  plural: string;
  matches(entry: T, options: O): boolean;
  /** The options as the timeout error shows them. */
  describeOptions(options: O): string;
  /** An entry as the timeout error lists it. */
  describeEntry(entry: T): string;
  /** Whether an entry may be handed to a waiter yet (default: at once); else `offer` it later. */
  ready?(entry: T): boolean;
  /** What a waiter gets for an entry (default: the entry itself). */
  handOut?(entry: T): T;
}

interface Waiter<T, O> {
  options: O;
  resolve: (entry: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class WaitableLog<T extends object, O extends WaitOptions> {
  private list: T[] = [];
  private readonly consumed = new WeakSet<T>();
  private waiters: Waiter<T, O>[] = [];
  private sequence = 0;

  constructor(
    private readonly keep: number,
    private readonly kind: WaitableLogKind<T, O>,
  ) {}

  /** The entries kept, oldest first (the log's own array: do not change it). */
  get entries(): readonly T[] {
    return this.list;
  }

  /** The id the next entry gets. */
  get nextId(): number {
    return this.sequence + 1;
  }

  /** Adds the entry `build` makes with the next id, dropping the oldest past `keep`; offers it when ready. */
  append(build: (id: number) => T): T {
    const entry = build(++this.sequence);
    this.list.push(entry);
    if (this.list.length > this.keep) this.list.splice(0, this.list.length - this.keep);
    if (this.isReady(entry)) this.offer(entry);
    return entry;
  }

  /** Hands a (now ready) entry to the first waiter it matches. */
  offer(entry: T): void {
    const waiter = this.waiters.find((w) => this.kind.matches(entry, w.options));
    if (!waiter) return;
    this.waiters = this.waiters.filter((w) => w !== waiter);
    clearTimeout(waiter.timer);
    this.consumed.add(entry);
    waiter.resolve(this.handOut(entry));
  }

  waitFor(options: O): Promise<T> {
    const done = this.list.find(
      (e) => this.isReady(e) && !this.consumed.has(e) && this.kind.matches(e, options),
    );
    if (done) {
      this.consumed.add(done);
      return Promise.resolve(this.handOut(done));
    }
    return new Promise((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? 10_000;
      const waiter: Waiter<T, O> = {
        options,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          const { name, awaited, plural } = this.kind;
          const seen = this.list.map((e) => this.kind.describeEntry(e)).join('; ') || 'none';
          reject(
            new Error(
              `${name}.waitFor(${this.kind.describeOptions(options)}): no matching ${awaited} within ` +
                `${timeoutMs} ms. ${plural} so far: ${seen}`,
            ),
          );
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Empties the log (numbering and waiters go on). */
  clear(): void {
    this.list = [];
  }

  /** Empties the log, numbers from 1 again and rejects the waiters with `why`. */
  reset(why: string): void {
    this.list = [];
    this.sequence = 0;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`${this.kind.name}.waitFor: ${why}`));
    }
    this.waiters = [];
  }

  private isReady(entry: T): boolean {
    return this.kind.ready?.(entry) ?? true;
  }

  private handOut(entry: T): T {
    return this.kind.handOut?.(entry) ?? entry;
  }
}
