/**
 * A live event stream compatible with Chatwoot's ActionCable endpoint `/cable`
 * (app/channels/room_channel.rb, app/channels/application_cable/connection.rb,
 * app/listeners/action_cable_listener.rb, app/jobs/action_cable_broadcast_job.rb).
 *
 * Protocol (Rails ActionCable, JSON): on connect the server sends `{"type":"welcome"}`, then
 * `{"type":"ping","message":<unix time>}` every 3 s. The client subscribes with
 * `{"command":"subscribe","identifier":"{\"channel\":\"RoomChannel\",\"pubsub_token\":...}"}`:
 * agents add `account_id` and `user_id` (the user's pubsub_token), the widget and client-API
 * frontends send the ContactInbox's pubsub_token alone. The server answers `confirm_subscription`
 * (or `reject_subscription` for an unknown token or channel — real Chatwoot logs an error and sends
 * nothing) and broadcasts `{"identifier":"<as subscribed>","message":{"event":"message.created",
 * "data":{...,"account_id":1}}}` to the subscriptions of every recipient token.
 *
 * Recipients follow ActionCableListener: "inbox agents" = the inbox members' and the account
 * administrators' user tokens; the contact = the conversation's ContactInbox token (all the contact's
 * verified ones when it is hmac_verified); private notes and activity messages never reach the
 * contact; typing events skip the typer; contact events go to the `account_<id>` stream, which
 * every agent subscription also follows (newest upstream). Who gets what: plan.ts.
 *
 * Timing, as Chatwoot splits it: ActionCableListener runs synchronously when the event is dispatched
 * and renders the payload then (message push data, typing, contacts, conversation.created…), and
 * ActionCableBroadcastJob sends it later, after the request — except for the conversation update
 * events (conversation.read, conversation.updated, team.changed, assignee.changed,
 * conversation.status_changed), which the job re-renders from the conversation as it is when it runs
 * (CONVERSATION_UPDATE_EVENTS, "only the latest available data is sent"). The fake renders at record
 * time, queues the frames in order, and sends them once the handler has returned (setImmediate),
 * re-reading the conversation for those five events; a conversation gone by then is not broadcast
 * (the job's find_by! raises).
 *
 * Bounds, so one client cannot exhaust the process (ActionCable itself has none of these): a frame is
 * at most `maxPayload` bytes (1 MiB; bigger closes the connection with 1009), a connection holds at
 * most `maxSubscriptionsPerConnection` subscriptions and the process `maxSubscriptions` (further
 * subscribes get `reject_subscription`; a duplicate identifier is ignored, as ActionCable's
 * Subscriptions#add does), and a connection whose unsent frames pass `maxBufferedBytes` is dropped.
 * RoomChannel#broadcast_presence answers every subscribe and update_presence; the fake coalesces them:
 * once per tick, each account's presence is computed once and sent to the tokens that asked.
 */
import type * as http from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Store } from '../../store';
import type { EventBus } from '../bus';
import { partyPushData, railsJson, type Payload } from '../payloads';
import type { DomainEvent } from '../types';
import { CableLog } from './log';
import { checkCableOptions, type CableLimits, type CableOptions } from './options';
import { planBroadcasts, RENDERED_AT_SEND } from './plan';

export type { CableEvent, CableWaitOptions, FakeCable } from './log';
export type { CableOptions } from './options';

type Subscriber =
  | { kind: 'user'; id: number; accountId: number; token: string }
  | { kind: 'contact'; id: number; contactInboxId: number; accountId: number; token: string };

interface Subscription {
  connection: Connection;
  identifier: string;
  subscriber: Subscriber;
  streams: string[];
}

interface Connection {
  ws: WebSocket;
  subscriptions: Map<string, Subscription>;
}

/** Frames of one connection handled per tick before its socket is paused until the next. */
const COMMANDS_PER_TICK = 1000;

/** ActionCable's sub-protocols, the JSON one first. */
const PROTOCOLS = ['actioncable-v1-json', 'actioncable-unsupported'];

/** A broadcast waiting for ActionCableBroadcastJob: recipients and the payload (or how to render it). */
interface Outgoing {
  accountId: number;
  tokens: string[];
  event: string;
  payload: () => Payload | undefined;
}

export class CableServer {
  /** Created on the first upgrade: most fakes never see a websocket, and `ws` costs ~30 ms to load. */
  private server?: WebSocketServer;
  private readonly connections = new Set<Connection>();
  private readonly streams = new Map<string, Set<Subscription>>();
  private readonly pinger: NodeJS.Timeout;
  private readonly off: () => void;
  private outbox: Outgoing[] = [];
  /** Tokens owed a presence.update by the next flush (RoomChannel#broadcast_presence), and their subscriber. */
  private presenceDue = new Map<string, Subscriber>();
  /** Per account, who is subscribed (`user:1`, `contact:7`) and with how many subscriptions: presence reads it. */
  private readonly online = new Map<number, Map<string, { subscriber: Subscriber; count: number }>>();
  private subscriptions = 0;
  private warned = false;
  private flushing?: NodeJS.Immediate;
  private readonly path: string;
  private readonly limits: CableLimits;
  /** The broadcasts made (fake.cable), whether or not anyone is subscribed. */
  readonly log: CableLog;

  /**
   * `shape`: for an older Chatwoot version, a broadcast's payload as that version sends it (see
   * cableShaper in spec.ts); none for the newest.
   */
  constructor(
    private readonly store: Store,
    bus: EventBus,
    options: CableOptions = {},
    private readonly shape?: (event: string, payload: Payload) => Payload,
  ) {
    this.path = options.path ?? '/cable';
    const { limits, keep } = checkCableOptions(options);
    this.limits = limits;
    this.log = new CableLog(store, keep, () => this.settle());
    this.pinger = setInterval(() => this.ping(), options.pingIntervalMs ?? 3000);
    this.pinger.unref();
    this.off = bus.on((event) => {
      if (!this.streams.size && !this.log.on) return;
      try {
        this.onEvent(event);
      } catch (err) {
        // A broadcast that cannot be rendered is a bug in the fake; it must not break the API call.
        console.error('chatwoot-fake /cable:', err);
      }
    });
  }

  /** Serves `/cable` on an http server (its `upgrade` event). */
  attach(server: http.Server): void {
    server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      const pathname = (req.url ?? '/').split('?')[0].replace(/\/+$/, '');
      if (pathname !== this.path) {
        socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        return;
      }
      this.wss().handleUpgrade(req, socket, head, (ws) => this.open(ws));
    });
  }

  /** Open websocket connections. */
  get connectionCount(): number {
    return this.connections.size;
  }

  /** Subscriptions of every connection together. */
  get subscriptionCount(): number {
    return this.subscriptions;
  }

  /** Sends what the broadcast job has queued now (a test reading the log sees every answered call's). */
  settle(): void {
    if (!this.flushing) return;
    clearImmediate(this.flushing);
    this.flush();
  }

  /** Says goodbye the way ActionCable does on shutdown, then closes every connection. */
  close(): Promise<void> {
    this.off();
    this.log.reset('the fake was closed');
    clearInterval(this.pinger);
    if (this.flushing) clearImmediate(this.flushing);
    this.outbox = [];
    this.presenceDue.clear();
    for (const connection of this.connections) {
      this.send(connection.ws, { type: 'disconnect', reason: 'server_restart', reconnect: true });
      connection.ws.terminate();
    }
    this.connections.clear();
    this.streams.clear();
    this.online.clear();
    this.subscriptions = 0;
    const server = this.server;
    return server ? new Promise((resolve) => server.close(() => resolve())) : Promise.resolve();
  }

  // -------------------------------------------------------------------------------------------
  // connections and commands

  private wss(): WebSocketServer {
    if (!this.server) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { WebSocketServer: Server } = require('ws') as typeof import('ws');
      this.server = new Server({
        noServer: true,
        maxPayload: this.limits.maxPayload,
        handleProtocols: (offered) => PROTOCOLS.find((p) => offered.has(p)) ?? false,
      });
    }
    return this.server;
  }

  private open(ws: WebSocket): void {
    const connection: Connection = { ws, subscriptions: new Map() };
    this.connections.add(connection);
    this.send(ws, { type: 'welcome' });
    // A client sending thousands of frames at once (a subscribe flood) is read a burst per tick: past
    // COMMANDS_PER_TICK its socket is paused until the next one, so other clients and requests go on.
    // Its answers of the burst are written at once (one write, not one per frame).
    const socket = (ws as WebSocket & { _socket?: Duplex })._socket;
    let burst = 0;
    ws.on('message', (raw) => {
      if (burst++ === 0) {
        socket?.cork();
        setImmediate(() => {
          burst = 0;
          socket?.uncork();
          if (ws.isPaused) ws.resume();
        });
      }
      if (burst === COMMANDS_PER_TICK) ws.pause();
      this.command(connection, raw.toString());
    });
    ws.on('close', () => this.drop(connection));
    ws.on('error', () => this.drop(connection));
  }

  private drop(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    for (const subscription of connection.subscriptions.values()) this.unsubscribe(subscription);
    connection.subscriptions.clear();
  }

  private command(connection: Connection, raw: string): void {
    let message: { command?: unknown; identifier?: unknown; data?: unknown };
    try {
      message = JSON.parse(raw);
    } catch {
      return; // ActionCable ignores what it cannot decode
    }
    if (typeof message?.identifier !== 'string') return;
    const identifier = message.identifier;
    switch (message.command) {
      case 'subscribe':
        this.subscribe(connection, identifier);
        return;
      case 'unsubscribe': {
        const subscription = connection.subscriptions.get(identifier);
        if (subscription) {
          connection.subscriptions.delete(identifier);
          this.unsubscribe(subscription);
        }
        return;
      }
      case 'message': {
        const subscription = connection.subscriptions.get(identifier);
        if (!subscription || typeof message.data !== 'string') return;
        let data: { action?: unknown };
        try {
          data = JSON.parse(message.data);
        } catch {
          return;
        }
        // RoomChannel#update_presence, sent by the dashboard and the widget every 20 s or so.
        if (data?.action === 'update_presence') this.presenceFor(subscription.subscriber);
        return;
      }
      default:
        return;
    }
  }

  private subscribe(connection: Connection, identifier: string): void {
    // ActionCable's Subscriptions#add: `return if subscriptions.key?(id_key)`, nothing sent.
    if (connection.subscriptions.has(identifier)) return;
    const full =
      connection.subscriptions.size >= this.limits.maxSubscriptionsPerConnection
        ? `${this.limits.maxSubscriptionsPerConnection} on one connection (maxSubscriptionsPerConnection)`
        : this.subscriptions >= this.limits.maxSubscriptions
          ? `${this.limits.maxSubscriptions} in all (maxSubscriptions)`
          : undefined;
    if (full) {
      if (!this.warned) {
        this.warned = true;
        console.warn(`chatwoot-fake /cable: subscriptions rejected past ${full}`);
      }
      this.send(connection.ws, { identifier, type: 'reject_subscription' });
      return;
    }
    const subscriber = this.resolve(identifier);
    if (!subscriber) {
      this.send(connection.ws, { identifier, type: 'reject_subscription' });
      return;
    }
    const streams = [subscriber.token];
    if (subscriber.kind === 'user') streams.push(`account_${subscriber.accountId}`);
    const subscription: Subscription = { connection, identifier, subscriber, streams };
    connection.subscriptions.set(identifier, subscription);
    this.subscriptions++;
    for (const stream of streams) {
      const set = this.streams.get(stream) ?? new Set();
      set.add(subscription);
      this.streams.set(stream, set);
    }
    const key = `${subscriber.kind}:${subscriber.id}`;
    const account = this.online.get(subscriber.accountId) ?? new Map();
    this.online.set(subscriber.accountId, account);
    const seen = account.get(key);
    if (seen) seen.count++;
    else account.set(key, { subscriber, count: 1 });
    this.send(connection.ws, { identifier, type: 'confirm_subscription' });
    this.presenceFor(subscriber);
  }

  private unsubscribe(subscription: Subscription): void {
    this.subscriptions--;
    for (const stream of subscription.streams) {
      const set = this.streams.get(stream);
      if (!set) continue;
      set.delete(subscription);
      if (!set.size) this.streams.delete(stream);
    }
    const { subscriber } = subscription;
    const account = this.online.get(subscriber.accountId);
    const key = `${subscriber.kind}:${subscriber.id}`;
    const seen = account?.get(key);
    if (!account || !seen) return;
    if (--seen.count === 0) account.delete(key);
    if (!account.size) this.online.delete(subscriber.accountId);
  }

  /** RoomChannel#current_user / #current_account from the subscription's identifier. */
  private resolve(identifier: string): Subscriber | undefined {
    let params: Record<string, unknown>;
    try {
      params = JSON.parse(identifier);
    } catch {
      return undefined;
    }
    if (params?.channel !== 'RoomChannel') return undefined;
    const token = params.pubsub_token;
    if (typeof token !== 'string' || !token) return undefined;
    const { tables } = this.store;
    const userId = params.user_id;
    if (userId === undefined || userId === null || userId === '') {
      const contactInbox = tables.contactInboxes.findBy('pubsub', token);
      const contact = contactInbox ? tables.contacts.get(contactInbox.contact_id) : undefined;
      if (!contactInbox || !contact) return undefined;
      return {
        kind: 'contact',
        id: contact.id,
        contactInboxId: contactInbox.id,
        accountId: contact.account_id,
        token,
      };
    }
    const id = Number(userId);
    const found = Number.isInteger(id) ? tables.users.get(id) : undefined;
    const user = found?.pubsub_token === token ? found : undefined;
    const accountId = Number(params.account_id);
    if (!user || !tables.accountUsers.findBy('membership', [accountId, user.id])) return undefined;
    return { kind: 'user', id: user.id, accountId, token };
  }

  /** RoomChannel#broadcast_presence, to the subscriber's own token: owed until the next flush. */
  private presenceFor(subscriber: Subscriber): void {
    this.presenceDue.set(subscriber.token, subscriber);
    this.flushing ??= setImmediate(() => this.flush());
  }

  /**
   * The presence.update of every token that asked since the last flush: OnlineStatusTracker's
   * available users (with their availability) and contacts of each account, computed once per account.
   */
  private sendPresence(): void {
    const due = this.presenceDue;
    this.presenceDue = new Map();
    const { tables } = this.store;
    const byAccount = new Map<number, { users: Record<string, string>; contacts: Record<string, string> }>();
    for (const [token, subscriber] of due) {
      if (!this.streams.has(token)) continue;
      const accountId = subscriber.accountId;
      let presence = byAccount.get(accountId);
      if (!presence) {
        presence = { users: {}, contacts: {} };
        for (const { subscriber: s } of this.online.get(accountId)?.values() ?? []) {
          if (s.kind === 'contact') presence.contacts[String(s.id)] = 'online';
          else {
            const membership = tables.accountUsers.findBy('membership', [accountId, s.id]);
            presence.users[String(s.id)] = membership?.availability ?? 'online';
          }
        }
        byAccount.set(accountId, presence);
      }
      const data: Payload = { account_id: accountId, users: presence.users };
      if (subscriber.kind === 'user') data.contacts = presence.contacts;
      this.deliver([token], 'presence.update', data);
    }
  }

  private ping(): void {
    const message = Math.floor(this.store.clock.peek() / 1000);
    for (const { ws } of this.connections) this.send(ws, { type: 'ping', message });
  }

  // -------------------------------------------------------------------------------------------
  // broadcasts (ActionCableListener)

  private onEvent(event: DomainEvent): void {
    for (const { tokens, name, build, rerender } of planBroadcasts(this.store, event)) {
      this.broadcast(event, tokens, name, build, rerender);
    }
  }

  /**
   * ActionCableListener#broadcast: `account_id` (and `performer`) merged in, queued for the broadcast
   * job. `rerender` gives the conversation's push data when the job runs (CONVERSATION_UPDATE_EVENTS);
   * the job keeps `account_id` and `performer` from the listener's payload.
   */
  private broadcast(
    event: DomainEvent,
    tokens: string[],
    name: string,
    build: () => Payload,
    rerender?: () => Payload | undefined,
  ): void {
    const unique = [...new Set(tokens)];
    if (!unique.length || (!this.log.on && !unique.some((t) => this.streams.has(t)))) return;
    const extra: Payload = { account_id: event.accountId };
    // `performer` = Current.user&.push_event_data: the user or agent bot whose token made the change.
    if (event.actor && event.actor.type !== 'Contact') {
      extra.performer = partyPushData(this.store.tables, event.accountId, event.actor);
    }
    if (rerender && RENDERED_AT_SEND.has(name)) {
      this.enqueue({
        accountId: event.accountId,
        tokens: unique,
        event: name,
        payload: () => {
          const current = rerender();
          return current && { ...current, ...extra };
        },
      });
      return;
    }
    const payload: Payload = { ...build(), ...extra };
    this.enqueue({ accountId: event.accountId, tokens: unique, event: name, payload: () => payload });
  }

  /** ActionCableBroadcastJob.perform_later: sent in order once the current handler has returned. */
  private enqueue(outgoing: Outgoing): void {
    this.outbox.push(outgoing);
    this.flushing ??= setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushing = undefined;
    try {
      this.sendPresence();
    } catch (err) {
      console.error('chatwoot-fake /cable:', err);
    }
    const batch = this.outbox;
    this.outbox = [];
    for (const { accountId, tokens, event, payload } of batch) {
      try {
        const data = payload();
        if (!data) continue;
        const shaped = this.shape ? this.shape(event, data) : data;
        this.log.record(event, accountId, tokens, shaped, this.deliver(tokens, event, shaped));
      } catch (err) {
        console.error('chatwoot-fake /cable:', err);
      }
    }
  }

  /** Sends a broadcast to the subscriptions of its streams; answers how many frames went. */
  private deliver(tokens: string[], event: string, data: Payload): number {
    let sent = 0;
    for (const token of tokens) {
      for (const subscription of this.streams.get(token) ?? []) {
        sent++;
        this.send(subscription.connection.ws, {
          identifier: subscription.identifier,
          message: { event, data },
        });
      }
    }
    return sent;
  }

  private send(ws: WebSocket, frame: unknown): void {
    if (ws.readyState !== ws.OPEN) return;
    // A client that does not read: dropped rather than buffered without end.
    if (ws.bufferedAmount > this.limits.maxBufferedBytes) {
      ws.terminate();
      return;
    }
    ws.send(railsJson(frame));
  }
}
