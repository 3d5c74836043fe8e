/**
 * Read tracking: what one synchronous piece of work (a GET handler) read from the store, so that its
 * answer can be served again while none of it has changed (see http/answer-cache.ts).
 *
 * While `track` runs a function, every Table read adds the table (each table's `version` names its
 * state, see table.ts), a read of the step or frozen clock records the instant it saw, and anything
 * that changes state — a table write, a token or id drawn, the clock moved, an event recorded — or
 * that cannot be named by a version — the real-time clock, request headers — marks the work as not
 * reusable. Reads outside `track` cost one property check.
 */
export interface ReadSet {
  /** The tables read, each with its version when first read. */
  readonly tables: Map<{ readonly version: number }, number>;
  /** The instant a read of the clock returned, if any. */
  clock?: number;
  /** The origin the request was asked at, if the work read it (e.g. for file URLs). */
  origin?: string;
  /** Whether the work changed state or read something without a version: its answer is not reused. */
  volatile: boolean;
}

export const reads: { current: ReadSet | undefined } = { current: undefined };

/** Runs `work` with read tracking on; nested calls share the outer set. */
export function track<V>(work: () => V): { value: V; read: ReadSet } {
  const outer = reads.current;
  const read: ReadSet = outer ?? { tables: new Map(), volatile: false };
  reads.current = read;
  try {
    return { value: work(), read };
  } finally {
    reads.current = outer;
  }
}

/** Called by a table on every read. */
export function noteTableRead(table: { readonly version: number }): void {
  const read = reads.current;
  if (read && !read.tables.has(table)) read.tables.set(table, table.version);
}

/** Called by the step or frozen clock when read. */
export function noteClockRead(instant: number): void {
  const read = reads.current;
  if (read && read.clock === undefined) read.clock = instant;
}

/** Called when the work reads the origin the request was asked at. */
export function noteOriginRead(origin: string): void {
  if (reads.current) reads.current.origin = origin;
}

/** Called on a change of state (a write, a token drawn, an event) or a read without a version. */
export function noteVolatile(): void {
  if (reads.current) reads.current.volatile = true;
}
