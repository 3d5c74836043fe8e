/**
 * `chatwoot-fake/cable`: an ActionCable client for Node, for tests that listen to `/cable` as
 * Chatwoot's dashboard or widget does — against the fake or a real Chatwoot.
 *
 * ```ts
 * import { connectCable } from 'chatwoot-fake/cable';
 * const cable = await connectCable(fake.url, fake.tokens.agent); // a user's RoomChannel
 * const created = await cable.waitFor({ event: 'message.created', match: { content: 'Hi' } });
 * for await (const { event, data } of cable) { ... }          // or cable.on('message', …)
 * await cable.close();
 * ```
 *
 * An api_access_token subscribes as its user (`GET /api/v1/profile` gives the user's pubsub_token,
 * id and account); `{ pubsubToken }` alone subscribes as a contact inbox (the widget's way), and
 * `{ pubsubToken, userId, accountId }` as a user without asking the API.
 */
import { EventEmitter } from 'node:events';
import WebSocket from 'ws';
import { contains } from './events/waitable-log';

/** What a connection needs of its websocket (a `ws` WebSocket; no @types/ws needed to use this module). */
export interface CableSocket {
  on(event: 'message', listener: (data: { toString(): string }) => void): unknown;
  on(event: 'close', listener: (code: number, reason: { toString(): string }) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  once(event: 'close', listener: () => void): unknown;
  send(data: string): void;
  close(): void;
}

/** Who subscribes: a user's api_access_token, or a pubsub token (with the user's ids for a user). */
export type CableAuth = string | { pubsubToken: string; userId?: number; accountId?: number };

/** A broadcast received: the cable event, its data, and the subscription it came on. */
export interface CableMessage {
  event: string;
  data: any;
  identifier: string;
}

export interface ConnectCableOptions {
  /** How long connecting and subscribing may take (default 5 s). */
  timeoutMs?: number;
  /** Received messages kept for waitFor and the iterator (default 1000; the oldest go first). */
  keep?: number;
  /** ActionCable's path on the server, when `url` has none (default `/cable`). */
  path?: string;
}

export interface CableWaitFor {
  event?: string | string[];
  /** A predicate, or an object the data must contain (deep, arrays item by item). */
  match?: ((message: CableMessage) => boolean) | Record<string, unknown>;
  /** Default 5 s. */
  timeoutMs?: number;
}

function matches(message: CableMessage, options: CableWaitFor): boolean {
  if (options.event !== undefined && ![options.event].flat().includes(message.event)) return false;
  if (typeof options.match === 'function') return options.match(message);
  return options.match === undefined || contains(message.data, options.match);
}

/** `http://host:3000` or `ws://host:3000/cable` → the websocket URL and the API's base URL. */
function urlsOf(url: string, path: string): { ws: string; api: string } {
  const parsed = new URL(url);
  if (!/^(https?|wss?):$/.test(parsed.protocol))
    throw new TypeError(`connectCable: not an http(s) or ws(s) URL: ${url}`);
  const secure = parsed.protocol === 'https:' || parsed.protocol === 'wss:';
  const api = `${secure ? 'https' : 'http'}://${parsed.host}`;
  const pathname = parsed.pathname.replace(/\/+$/, '') || path;
  return { ws: `${secure ? 'wss' : 'ws'}://${parsed.host}${pathname}${parsed.search}`, api };
}

/** The RoomChannel identifier for an auth, asking the API for a token's user. */
async function identifierOf(auth: CableAuth, api: string): Promise<string> {
  if (typeof auth === 'string') {
    const res = await fetch(`${api}/api/v1/profile`, { headers: { api_access_token: auth } });
    if (!res.ok) throw new Error(`connectCable: GET /api/v1/profile answered ${res.status} for the token`);
    const profile = (await res.json()) as { id: number; pubsub_token: string; account_id: number };
    auth = { pubsubToken: profile.pubsub_token, userId: profile.id, accountId: profile.account_id };
  }
  if (!auth || typeof auth.pubsubToken !== 'string' || !auth.pubsubToken)
    throw new TypeError('connectCable: give an api_access_token or { pubsubToken, userId?, accountId? }');
  const params: Record<string, unknown> = { channel: 'RoomChannel', pubsub_token: auth.pubsubToken };
  if (auth.userId !== undefined) Object.assign(params, { account_id: auth.accountId, user_id: auth.userId });
  return JSON.stringify(params);
}

/** One subscribed RoomChannel: an event emitter (`message`, `close`, `error`) and an async iterator. */
export class CableConnection extends EventEmitter implements AsyncIterable<CableMessage> {
  private readonly kept: { seq: number; message: CableMessage }[] = [];
  private readonly taken = new WeakSet<CableMessage>();
  private seq = 0;
  private wakers: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly ws: CableSocket,
    readonly identifier: string,
    private readonly keep: number,
  ) {
    super();
    ws.on('message', (raw) => {
      let frame: { type?: string; identifier?: string; message?: { event?: string; data?: unknown } };
      try {
        frame = JSON.parse(raw.toString());
      } catch {
        return;
      }
      if (frame.type === 'disconnect') return void ws.close();
      if (frame.type || frame.identifier !== identifier || typeof frame.message?.event !== 'string') return;
      const message: CableMessage = { event: frame.message.event, data: frame.message.data, identifier };
      this.kept.push({ seq: ++this.seq, message });
      if (this.kept.length > this.keep) this.kept.splice(0, this.kept.length - this.keep);
      this.emit('message', message);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = true;
      this.wake();
      this.emit('close', code, reason.toString());
    });
    ws.on('error', (err) => {
      if (this.listenerCount('error')) this.emit('error', err);
    });
  }

  /** Messages received so far (the last `keep`), oldest first. */
  messages(): CableMessage[] {
    return this.kept.map((k) => k.message);
  }

  /**
   * The first received message matching `options` not handed to an earlier waitFor — including those
   * received before the call; rejects after `timeoutMs` (default 5 s) or when the connection closes.
   */
  async waitFor(options: CableWaitFor = {}): Promise<CableMessage> {
    const deadline = Date.now() + (options.timeoutMs ?? 5000);
    for (;;) {
      const found = this.kept.find((k) => !this.taken.has(k.message) && matches(k.message, options));
      if (found) {
        this.taken.add(found.message);
        return found.message;
      }
      const left = deadline - Date.now();
      if (this.closed || left <= 0) {
        const seen = this.kept.map((k) => k.message.event).join(', ') || 'none';
        throw new Error(
          `cable waitFor(${JSON.stringify({ event: options.event, match: typeof options.match === 'function' ? 'fn' : options.match })}): ` +
            `${this.closed ? 'the connection closed' : `nothing within ${options.timeoutMs ?? 5000} ms`}; received: ${seen}`,
        );
      }
      await this.sleep(left);
    }
  }

  /**
   * The messages received after the iterator is made, in order, until the connection closes (a
   * `for await` loop; leaving it early is fine). Kept messages past `keep` are skipped.
   */
  [Symbol.asyncIterator](): AsyncIterableIterator<CableMessage> {
    let cursor = this.seq;
    const next = async (): Promise<IteratorResult<CableMessage>> => {
      for (;;) {
        const found = this.kept.find((k) => k.seq > cursor);
        if (found) {
          cursor = found.seq;
          return { value: found.message, done: false };
        }
        if (this.closed || cursor === Infinity) return { value: undefined, done: true };
        await this.sleep(Infinity);
      }
    };
    const iterator: AsyncIterableIterator<CableMessage> = {
      next,
      return: async () => {
        cursor = Infinity;
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Calls a RoomChannel action (e.g. `update_presence`). */
  perform(action: string, data: Record<string, unknown> = {}): void {
    this.ws.send(
      JSON.stringify({
        command: 'message',
        identifier: this.identifier,
        data: JSON.stringify({ ...data, action }),
      }),
    );
  }

  /** Closes the websocket; resolves once it is closed. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
    });
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const w of wakers) w();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
      const waker = () => done();
      this.wakers.push(waker);
      function done() {
        if (timer) clearTimeout(timer);
        resolve();
      }
    });
  }
}

/**
 * Opens `/cable` (of `url`: the fake's or Chatwoot's base URL, or a ws(s):// URL) and subscribes to
 * RoomChannel as `auth`; resolves once the subscription is confirmed, rejects when it is rejected.
 */
export async function connectCable(
  url: string,
  auth: CableAuth,
  options: ConnectCableOptions = {},
): Promise<CableConnection> {
  const urls = urlsOf(url, options.path ?? '/cable');
  const identifier = await identifierOf(auth, urls.api);
  const timeoutMs = options.timeoutMs ?? 5000;
  const ws = new WebSocket(urls.ws, ['actioncable-v1-json', 'actioncable-unsupported']);
  const connection = new CableConnection(ws, identifier, options.keep ?? 1000);
  await new Promise<void>((resolve, reject) => {
    const settle = (err?: Error) => {
      clearTimeout(timer);
      ws.off('message', onFrame);
      ws.off('error', settle);
      ws.off('close', onClose);
      if (!err) return resolve();
      ws.terminate();
      reject(err);
    };
    const onClose = () =>
      settle(new Error('connectCable: the connection closed before the subscription was confirmed'));
    const timer = setTimeout(
      () => settle(new Error(`connectCable: not subscribed within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onFrame = (raw: { toString(): string }) => {
      let frame: { type?: string; identifier?: string };
      try {
        frame = JSON.parse(raw.toString());
      } catch {
        return;
      }
      if (frame.type === 'welcome') ws.send(JSON.stringify({ command: 'subscribe', identifier }));
      else if (frame.identifier !== identifier) return;
      else if (frame.type === 'confirm_subscription') settle();
      else if (frame.type === 'reject_subscription')
        settle(
          new Error(
            'connectCable: the subscription was rejected (unknown pubsub token, or ids that do not match it)',
          ),
        );
    };
    ws.on('message', onFrame);
    ws.on('error', settle);
    ws.on('close', onClose);
  });
  return connection;
}
