/**
 * The cable log: the broadcasts the fake made (ActionCableListener's, not `presence.update`), each
 * with its recipients and payload, bounded, and the waiting tests do on it (`fake.cable.waitFor`).
 * Recorded as the broadcast job sends them, whether or not a websocket is subscribed.
 */
import type { Store } from '../../store';
import type { Payload } from '../payloads';
import { contains, WaitableLog } from '../waitable-log';

/** One cable broadcast. */
export interface CableEvent {
  /** Position in the log (1, 2, …; numbered from 1 again after `reset()`). */
  id: number;
  /** When it was sent, on the fake's clock (ISO-8601). */
  at: string;
  /** The cable event: `message.created`, `conversation.status_changed`, `contact.updated`, … */
  event: string;
  accountId: number | null;
  /** The streams it went to: users' and contact inboxes' pubsub tokens, `account_<id>`. */
  streams: string[];
  /** Who those streams are: user ids, contact inbox ids, account ids (`account_<id>`). */
  recipients: { users: number[]; contactInboxes: number[]; accounts: number[] };
  /** The `data` of the message, as sent (with `account_id`, and `performer` when a user or bot acted). */
  payload: Payload;
  /** Frames sent for it: one per websocket subscription of a recipient stream (0 when nobody listens). */
  delivered: number;
}

export interface CableWaitOptions {
  /** The event name, or several. */
  event?: string | string[];
  /** Only broadcasts to this stream (a pubsub token, or `account_<id>`). */
  stream?: string;
  /** A predicate on the event, or an object the payload must contain (deep, arrays item by item). */
  match?: ((event: CableEvent) => boolean) | Record<string, unknown>;
  /** Default 10 s (real time). */
  timeoutMs?: number;
}

/** `fake.cable`: the broadcasts the fake made, and waiting for them in tests. */
export interface FakeCable {
  /** Broadcasts so far (oldest first; at most `cable.log`, default 1000), optionally of some events. */
  events(filter?: Pick<CableWaitOptions, 'event' | 'stream' | 'match'>): CableEvent[];
  /**
   * Resolves with the first broadcast matching `options` not handed to an earlier waitFor — including
   * broadcasts made before the call; rejects after `timeoutMs` (default 10 s) naming those seen.
   */
  waitFor(options?: CableWaitOptions): Promise<CableEvent>;
  /** Empties the log (reset() does too). */
  clear(): void;
}

function matches(entry: CableEvent, options: CableWaitOptions): boolean {
  if (options.event !== undefined) {
    const events = Array.isArray(options.event) ? options.event : [options.event];
    if (!events.includes(entry.event)) return false;
  }
  if (options.stream !== undefined && !entry.streams.includes(options.stream)) return false;
  const { match } = options;
  if (typeof match === 'function') return match(entry);
  return match === undefined || contains(entry.payload, match);
}

function checkOptions(options: unknown, name: string): CableWaitOptions {
  if (options === undefined) return {};
  if (!options || typeof options !== 'object')
    throw new TypeError(`cable.${name}: options must be an object`);
  const o = options as CableWaitOptions;
  if (o.event !== undefined && ![o.event].flat().every((e) => typeof e === 'string'))
    throw new TypeError(`cable.${name}: "event" must be an event name or a list of them`);
  if (o.match !== undefined && (o.match === null || !['function', 'object'].includes(typeof o.match)))
    throw new TypeError(`cable.${name}: "match" must be a function or an object the payload contains`);
  if (o.timeoutMs !== undefined && !(Number.isFinite(o.timeoutMs) && o.timeoutMs >= 0))
    throw new TypeError(`cable.${name}: "timeoutMs" must be a non-negative number`);
  return o;
}

export class CableLog implements FakeCable {
  private readonly log: WaitableLog<CableEvent, CableWaitOptions>;

  /**
   * `keep`: entries kept (0: off); `settle`: sends what is queued for the broadcast job now (reads see
   * every broadcast of the calls already answered).
   */
  constructor(
    private readonly store: Store,
    readonly keep: number,
    private readonly settle: () => void = () => {},
  ) {
    this.log = new WaitableLog(keep, {
      name: 'cable',
      awaited: 'broadcast',
      plural: 'Broadcasts',
      matches: (entry, options) => matches(this.complete(entry), options),
      describeOptions: (o) =>
        JSON.stringify({
          event: o.event,
          stream: o.stream,
          match: typeof o.match === 'function' ? 'fn' : o.match,
        }),
      describeEntry: (e) => `${e.event} → ${e.streams.length} streams`,
    });
  }

  get on(): boolean {
    return this.keep > 0;
  }

  record(
    event: string,
    accountId: number | null,
    streams: string[],
    payload: Payload,
    delivered: number,
  ): void {
    if (!this.on) return;
    this.log.append((id) => ({
      id,
      at: new Date(this.store.clock.peek()).toISOString(),
      event,
      accountId,
      streams,
      recipients: undefined as unknown as CableEvent['recipients'], // filled when read
      payload,
      delivered,
    }));
  }

  events(filter?: Pick<CableWaitOptions, 'event' | 'stream' | 'match'>): CableEvent[] {
    const options = checkOptions(filter, 'events');
    this.settle();
    return this.log.entries.filter((e) => matches(this.complete(e), options));
  }

  waitFor(input?: CableWaitOptions): Promise<CableEvent> {
    let options: CableWaitOptions;
    try {
      options = checkOptions(input, 'waitFor');
    } catch (err) {
      return Promise.reject(err);
    }
    if (!this.on) {
      return Promise.reject(new Error('cable.waitFor: the cable log is off (cable: false, or cable.log: 0)'));
    }
    this.settle();
    return this.log.waitFor(options);
  }

  clear(): void {
    this.log.clear();
  }

  /** Empties the log, numbers from 1 again and rejects the waiters (fake.reset(), close()). */
  reset(why = 'the fake was reset'): void {
    this.log.reset(why);
  }

  /** Fills in who an entry's streams are (once, when first read: recording stays cheap). */
  private complete(entry: CableEvent): CableEvent {
    entry.recipients ??= this.recipientsOf(entry.streams);
    return entry;
  }

  private recipientsOf(streams: string[]): CableEvent['recipients'] {
    const { tables } = this.store;
    const recipients: CableEvent['recipients'] = { users: [], contactInboxes: [], accounts: [] };
    let users: Map<string, number> | undefined;
    for (const stream of streams) {
      const account = /^account_(\d+)$/.exec(stream);
      if (account) {
        recipients.accounts.push(Number(account[1]));
        continue;
      }
      const contactInbox = tables.contactInboxes.findBy('pubsub', stream);
      if (contactInbox) {
        recipients.contactInboxes.push(contactInbox.id);
        continue;
      }
      users ??= new Map([...tables.users.all()].map((u) => [u.pubsub_token, u.id]));
      const user = users.get(stream);
      if (user !== undefined) recipients.users.push(user);
    }
    return recipients;
  }
}
