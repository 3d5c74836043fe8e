/**
 * Webhook delivery: Chatwoot's WebhookListener + AgentBotListener + WebhookJob/Webhooks::Trigger
 * (app/listeners/webhook_listener.rb, app/listeners/agent_bot_listener.rb, lib/webhooks/trigger.rb,
 * app/jobs/webhook_job.rb, app/jobs/agent_bots/webhook_job.rb).
 *
 * Listens on the EventBus. For each domain event it renders the payload at once (so later changes do
 * not leak in) and queues one POST per target: every account webhook subscribed to the event, the
 * `webhook_url` of an API-channel inbox (conversation, message, typing and widget events, no
 * subscription filter) and the `outgoing_url` of the agent bot bound to the inbox. Sending happens
 * after the handler has returned; a failure is logged and never reaches the API response.
 *
 * Like Chatwoot: 5 s timeout, no retries for account and API-inbox webhooks (WebhookJob swallows
 * errors); agent-bot webhooks are retried on HTTP 429 and 500, 3 attempts 3 s apart
 * (AgentBots::WebhookJob `retry_on RestClient::TooManyRequests, RestClient::InternalServerError`).
 * Each target URL has its own queue, so deliveries to one receiver keep the order of the events.
 * A failed message delivery to an API inbox marks the message failed, one to an agent bot opens its
 * pending conversation (Webhooks::Trigger#handle_error, see afterFailure).
 */
import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { changeConversation, changeEvents } from '../domain/conversations';
import { updateMessageStatus } from '../domain/messages';
import { insertMessage } from '../domain/records';
import type { Store } from '../store';
import type { EventBus } from './bus';
import {
  contactInboxWebhookData,
  contactWebhookData,
  conversationPushData,
  inboxPushData,
  messageWebhookData,
  partyWebhookData,
  railsJson,
  renderChangedAttributes,
  typerOf,
  webhookSendable,
  type Payload,
} from './payloads';
import type { DomainEvent, PendingEvent } from './types';

/** RestClient's default User-Agent on Chatwoot's Docker image (rest-client 2.1, Ruby 3.4, Alpine). */
export const CHATWOOT_USER_AGENT = 'rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34';

export type WebhookTarget = 'account_webhook' | 'api_inbox_webhook' | 'agent_bot_webhook';

export interface WebhookDelivery {
  /** Position in the delivery log (1, 2, ...). */
  id: number;
  event: string;
  target: WebhookTarget;
  /** The account webhook, API inbox or agent bot the delivery went to. */
  webhookId?: number;
  inboxId?: number;
  agentBotId?: number;
  url: string;
  /** X-Chatwoot-Delivery (account and API-inbox webhooks), null for agent bots. */
  deliveryId: string | null;
  request: { method: 'POST'; headers: Record<string, string>; body: string };
  /** The body, parsed. */
  payload: Payload;
  state: 'pending' | 'delivered' | 'failed';
  /** The receiver's HTTP status of the last attempt, null when none came back. */
  status: number | null;
  /** The first 2 KB of the receiver's answer. */
  responseBody: string | null;
  /** Why the last attempt failed (network error, timeout, non-2xx status). */
  error: string | null;
  /** Wall-clock time of all attempts together. */
  durationMs: number | null;
  attempts: number;
  /** When the event happened, on the fake's clock (ISO-8601). */
  at: string;
}

export interface WebhookOptions {
  /** Per-attempt timeout (Chatwoot: 5 s, `WEBHOOK_TIMEOUT`). */
  timeoutMs?: number;
  /** Wait between agent-bot retries (Chatwoot: 3 s). */
  agentBotRetryWaitMs?: number;
  /** Agent-bot attempts in all (Chatwoot: 3). */
  agentBotAttempts?: number;
  /** Delivery log size; the oldest entries are dropped first. */
  keep?: number;
  /**
   * Chatwoot's side effects of a failed message delivery (Webhooks::Trigger#handle_error): the message
   * marked failed (API inbox webhook_url), the pending conversation opened (agent bot). Default true.
   */
  failureSideEffects?: boolean;
  userAgent?: string;
}

export interface WaitForOptions {
  event?: string | string[];
  url?: string;
  target?: WebhookTarget;
  filter?: (delivery: WebhookDelivery) => boolean;
  /** Default 10 s (real time). */
  timeoutMs?: number;
}

/** `fake.webhooks`: the delivery log, and waiting for deliveries in tests. */
export interface FakeWebhooks {
  /** Deliveries so far (oldest first), optionally only those of one event. */
  deliveries(filter?: { event?: string }): WebhookDelivery[];
  /**
   * Resolves with the first delivery matching `options` that has completed (answered, failed or timed
   * out) and was not handed to an earlier waitFor; rejects after `timeoutMs` (default 10 s).
   */
  waitFor(options?: WaitForOptions): Promise<WebhookDelivery>;
  /** Resolves once no delivery is queued or in flight. */
  idle(): Promise<void>;
}

interface Job {
  entry: WebhookDelivery;
  secret: string | null;
  unixTime: number;
  maxAttempts: number;
  /** The Ruby exception message of the last failed attempt (what Chatwoot stores as external_error). */
  externalError?: string | null;
}

/** One attempt's outcome; `externalError` is the message Chatwoot's Ruby exception would carry. */
interface Attempt {
  status: number | null;
  body: string | null;
  error: string | null;
  externalError: string | null;
}

/** config/locales/en.yml conversations.activity.agent_bot.error_moved_to_open */
export const AGENT_BOT_ERROR_ACTIVITY =
  'Conversation was marked open by system due to an error with the agent bot.';

interface Waiter {
  options: WaitForOptions;
  resolve: (delivery: WebhookDelivery) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Events an API-channel inbox's webhook_url gets (WebhookListener#deliver_webhook_payloads). */
const INBOX_EVENTS = new Set([
  'conversation_created',
  'conversation_status_changed',
  'conversation_updated',
  'message_created',
  'message_updated',
  'webwidget_triggered',
  'conversation_typing_on',
  'conversation_typing_off',
]);

const isBlank = (s: string | null | undefined): s is null | undefined | '' => !s || !s.trim();

const describe = (o: WaitForOptions) =>
  JSON.stringify({ event: o.event, url: o.url, target: o.target, filter: o.filter ? 'fn' : undefined });

/** The delivery log and sender. One per fake; `reset()` empties it, `close()` stops it. */
export class WebhookDispatcher implements FakeWebhooks {
  private readonly log: WebhookDelivery[] = [];
  private readonly queues = new Map<string, Job[]>();
  private readonly running = new Set<string>();
  private readonly inFlight = new Set<http.ClientRequest>();
  /**
   * The dispatcher's own agents, not Node's global one (keep-alive since Node 19): one connection per
   * attempt, `Connection: close` as Chatwoot's Net::HTTP sends, so no idle socket outlives a delivery
   * and close() can destroy whatever is still open.
   */
  private readonly agents = { http: new http.Agent(), https: new https.Agent() };
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly consumed = new WeakSet<WebhookDelivery>();
  private waiters: Waiter[] = [];
  private idleWaiters: (() => void)[] = [];
  private sequence = 0;
  private pending = 0;
  private generation = 0;
  private readonly off: () => void;
  private readonly options: Required<WebhookOptions>;

  constructor(
    private readonly store: Store,
    private readonly bus: EventBus,
    options: WebhookOptions = {},
  ) {
    this.options = {
      timeoutMs: options.timeoutMs ?? 5000,
      agentBotRetryWaitMs: options.agentBotRetryWaitMs ?? 3000,
      agentBotAttempts: options.agentBotAttempts ?? 3,
      keep: options.keep ?? 1000,
      failureSideEffects: options.failureSideEffects ?? true,
      userAgent: options.userAgent ?? CHATWOOT_USER_AGENT,
    };
    this.off = bus.on((event) => this.onEvent(event));
  }

  /** Deliveries so far (oldest first), optionally only those of one event. */
  deliveries(filter: { event?: string } = {}): WebhookDelivery[] {
    return this.log.filter((d) => !filter.event || d.event === filter.event).map((d) => ({ ...d }));
  }

  /**
   * Resolves with the first delivery matching `options` that has completed (answered, failed or timed
   * out) and was not handed to an earlier waitFor — including deliveries completed before the call.
   * Rejects when none completes within `timeoutMs`.
   */
  waitFor(options: WaitForOptions = {}): Promise<WebhookDelivery> {
    const done = this.log.find((d) => d.state !== 'pending' && !this.consumed.has(d) && matches(d, options));
    if (done) {
      this.consumed.add(done);
      return Promise.resolve({ ...done });
    }
    return new Promise((resolve, reject) => {
      const timeoutMs = options.timeoutMs ?? 10_000;
      const waiter: Waiter = {
        options,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          const seen = this.log.map((d) => `${d.event} → ${d.url} (${d.state})`).join('; ') || 'none';
          reject(
            new Error(
              `webhooks.waitFor(${describe(options)}): no matching delivery completed within ${timeoutMs} ms. ` +
                `Deliveries so far: ${seen}`,
            ),
          );
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Empties the log, drops queued deliveries and aborts those in flight (fake.reset()). */
  reset(): void {
    this.generation++;
    for (const req of this.inFlight) req.destroy(new Error('aborted: the fake was reset'));
    this.inFlight.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queues.clear();
    this.running.clear();
    this.log.length = 0;
    this.sequence = 0;
    this.pending = 0;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('webhooks.waitFor: the fake was reset'));
    }
    this.waiters = [];
    this.settleIdle();
  }

  /** Stops listening and aborts everything (fake.close()). */
  close(): void {
    this.off();
    this.reset();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  // -------------------------------------------------------------------------------------------
  // planning: which targets get which payload (WebhookListener, AgentBotListener)

  private onEvent(event: DomainEvent): void {
    try {
      this.plan(event);
    } catch (err) {
      // A payload that cannot be rendered is a bug in the fake; it must not break the API call.
      this.append({
        event: event.name,
        target: 'account_webhook',
        url: '',
        deliveryId: null,
        headers: {},
        body: '',
        payload: {},
        at: event.at,
        error: `payload could not be built: ${(err as Error).message}`,
      });
    }
  }

  private plan(event: DomainEvent): void {
    const { tables } = this.store;
    switch (event.name) {
      case 'conversation_created':
      case 'conversation_status_changed':
      case 'conversation_updated': {
        const { name, data } = event;
        const conversation = tables.conversations.get(data.conversationId);
        if (!conversation) return;
        const build = () => {
          const payload: Payload = { ...conversationPushData(tables, conversation), event: name };
          if (name !== 'conversation_created') {
            payload.changed_attributes = renderChangedAttributes(data.changedAttributes) ?? null;
          }
          return payload;
        };
        this.toInbox(event, conversation.account_id, conversation.inbox_id, build);
        // AgentBotListener: conversation_opened / conversation_resolved (a status change to open/resolved).
        if (event.name === 'conversation_status_changed') {
          const status = event.data.changedAttributes.status?.current_value ?? conversation.status;
          const botEvent =
            status === 'open'
              ? 'conversation_opened'
              : status === 'resolved'
                ? 'conversation_resolved'
                : undefined;
          if (botEvent) {
            this.toAgentBot(event, botEvent, conversation.inbox_id, () => ({
              ...conversationPushData(tables, conversation),
              event: botEvent,
            }));
          }
        }
        return;
      }
      case 'message_created':
      case 'message_updated': {
        const { name, data } = event;
        const message = tables.messages.get(data.messageId);
        if (!message || !webhookSendable(message)) return;
        const build = () => ({ ...messageWebhookData(tables, message), event: name });
        this.toInbox(event, message.account_id, message.inbox_id, build);
        this.toAgentBot(event, name, message.inbox_id, build);
        return;
      }
      case 'contact_created':
      case 'contact_updated': {
        const { name, data } = event;
        const contact = tables.contacts.get(data.contactId);
        if (!contact) return;
        const changed =
          name === 'contact_updated' ? renderChangedAttributes(data.changedAttributes) : undefined;
        if (name === 'contact_updated' && !changed) return; // `return if changed_attributes.blank?`
        this.toAccount(event, contact.account_id, () => ({
          ...contactWebhookData(tables, contact),
          event: name,
          ...(name === 'contact_updated' ? { changed_attributes: changed } : {}),
        }));
        return;
      }
      case 'inbox_created':
      case 'inbox_updated': {
        const { name, data } = event;
        const inbox = tables.inboxes.get(data.inboxId);
        if (!inbox) return;
        const changed =
          name === 'inbox_updated' ? renderChangedAttributes(data.changedAttributes) : undefined;
        if (name === 'inbox_updated' && !changed) return;
        this.toAccount(event, inbox.account_id, () => ({
          ...inboxPushData(inbox),
          event: name,
          ...(name === 'inbox_updated' ? { changed_attributes: changed } : {}),
        }));
        return;
      }
      case 'conversation_typing_on':
      case 'conversation_typing_off': {
        const { name, data } = event;
        const conversation = tables.conversations.get(data.conversationId);
        if (!conversation) return;
        this.toInbox(event, conversation.account_id, conversation.inbox_id, () => ({
          event: name,
          user: partyWebhookData(tables, typerOf(data)),
          conversation: conversationPushData(tables, conversation),
          is_private: data.isPrivate === true,
        }));
        return;
      }
      case 'webwidget_triggered': {
        const { name, data } = event;
        const contactInbox = tables.contactInboxes.get(data.contactInboxId);
        if (!contactInbox) return;
        const inbox = tables.inboxes.get(contactInbox.inbox_id);
        if (!inbox) return;
        const build = () => ({
          ...contactInboxWebhookData(tables, contactInbox),
          event: name,
          event_info: data.eventInfo ?? null,
        });
        this.toInbox(event, inbox.account_id, inbox.id, build);
        this.toAgentBot(event, name, inbox.id, build);
        return;
      }
      default:
        return;
    }
  }

  /** deliver_webhook_payloads: the account webhooks, then the API inbox's webhook_url. */
  private toInbox(event: DomainEvent, accountId: number, inboxId: number, build: () => Payload): void {
    const payload = this.toAccount(event, accountId, build);
    const inbox = this.store.tables.inboxes.get(inboxId);
    if (!inbox || inbox.channel.type !== 'Channel::Api' || !INBOX_EVENTS.has(event.name)) return;
    if (isBlank(inbox.channel.webhook_url)) return;
    this.queue(event, event.name, payload ?? build(), {
      target: 'api_inbox_webhook',
      url: inbox.channel.webhook_url,
      inboxId: inbox.id,
      secret: inbox.channel.secret || null,
    });
  }

  /** deliver_account_webhooks: every account webhook whose subscriptions include the event. */
  private toAccount(event: DomainEvent, accountId: number, build: () => Payload): Payload | undefined {
    const hooks = this.store.tables.webhooks
      .where('account', accountId)
      .filter((w) => w.subscriptions.includes(event.name))
      .sort((a, b) => a.id - b.id);
    if (!hooks.length) return undefined;
    const payload = build();
    for (const hook of hooks) {
      this.queue(event, event.name, payload, {
        target: 'account_webhook',
        url: hook.url,
        webhookId: hook.id,
        secret: hook.secret || null,
      });
    }
    return payload;
  }

  /** AgentBotListener: the bot bound to the inbox, at its outgoing_url (unsigned). */
  private toAgentBot(event: DomainEvent, name: string, inboxId: number, build: () => Payload): void {
    const link = this.store.tables.agentBotInboxes.where('inbox', inboxId)[0];
    const bot = link ? this.store.tables.agentBots.get(link.agent_bot_id) : undefined;
    if (!bot || isBlank(bot.outgoing_url)) return;
    this.queue(event, name, build(), {
      target: 'agent_bot_webhook',
      url: bot.outgoing_url,
      agentBotId: bot.id,
      secret: null,
    });
  }

  // -------------------------------------------------------------------------------------------
  // sending (Webhooks::Trigger)

  private queue(
    event: DomainEvent,
    name: string,
    payload: Payload,
    to: {
      target: WebhookTarget;
      url: string;
      secret: string | null;
      webhookId?: number;
      inboxId?: number;
      agentBotId?: number;
    },
  ): void {
    const body = railsJson(payload);
    const unixTime = Math.floor(event.at / 1000);
    const deliveryId = to.target === 'agent_bot_webhook' ? null : this.uuid(this.sequence + 1);
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Encoding': 'gzip, deflate',
      'User-Agent': this.options.userAgent,
      'Content-Type': 'application/json',
    };
    if (deliveryId) headers['X-Chatwoot-Delivery'] = deliveryId;
    if (to.secret) {
      headers['X-Chatwoot-Timestamp'] = String(unixTime);
      headers['X-Chatwoot-Signature'] =
        `sha256=${createHmac('sha256', to.secret).update(`${unixTime}.${body}`).digest('hex')}`;
    }
    headers['Content-Length'] = String(Buffer.byteLength(body));
    const entry = this.append({
      event: name,
      target: to.target,
      url: to.url,
      deliveryId,
      headers,
      body,
      payload,
      at: event.at,
      webhookId: to.webhookId,
      inboxId: to.inboxId,
      agentBotId: to.agentBotId,
    });
    const job: Job = {
      entry,
      secret: to.secret,
      unixTime,
      maxAttempts: to.target === 'agent_bot_webhook' ? Math.max(1, this.options.agentBotAttempts) : 1,
    };
    const key = `${to.target} ${to.url}`;
    const queue = this.queues.get(key) ?? [];
    queue.push(job);
    this.queues.set(key, queue);
    this.pending++;
    // Sent after the handler has answered: never inside the request that caused the event.
    if (!this.running.has(key)) {
      this.running.add(key);
      setImmediate(() => void this.drain(key, this.generation));
    }
  }

  private append(fields: {
    event: string;
    target: WebhookTarget;
    url: string;
    deliveryId: string | null;
    headers: Record<string, string>;
    body: string;
    payload: Payload;
    at: number;
    webhookId?: number;
    inboxId?: number;
    agentBotId?: number;
    error?: string;
  }): WebhookDelivery {
    const entry: WebhookDelivery = {
      id: ++this.sequence,
      event: fields.event,
      target: fields.target,
      ...(fields.webhookId !== undefined ? { webhookId: fields.webhookId } : {}),
      ...(fields.inboxId !== undefined ? { inboxId: fields.inboxId } : {}),
      ...(fields.agentBotId !== undefined ? { agentBotId: fields.agentBotId } : {}),
      url: fields.url,
      deliveryId: fields.deliveryId,
      request: { method: 'POST', headers: fields.headers, body: fields.body },
      payload: fields.payload,
      state: fields.error ? 'failed' : 'pending',
      status: null,
      responseBody: null,
      error: fields.error ?? null,
      durationMs: fields.error ? 0 : null,
      attempts: 0,
      at: new Date(fields.at).toISOString(),
    };
    this.log.push(entry);
    if (this.log.length > this.options.keep) this.log.splice(0, this.log.length - this.options.keep);
    if (fields.error) this.completed(entry);
    return entry;
  }

  private async drain(key: string, generation: number): Promise<void> {
    while (generation === this.generation) {
      const job = this.queues.get(key)?.shift();
      if (!job) break;
      await this.deliver(job, generation);
      if (generation !== this.generation) return;
      if (job.entry.state === 'failed' && this.options.failureSideEffects) this.afterFailure(job);
      this.pending--;
      this.completed(job.entry);
    }
    if (generation === this.generation) {
      this.running.delete(key);
      this.queues.delete(key);
      this.settleIdle();
    }
  }

  /**
   * Webhooks::Trigger#handle_error (newest upstream lib/webhooks/trigger.rb), after the last attempt of a
   * failed `message_created` / `message_updated` delivery whose message still exists:
   * - API inbox webhook_url: Messages::StatusUpdateService(message, 'failed', error.message) — status
   *   `failed`, `content_attributes.external_error` = the exception's message; fires message_updated
   *   (not when the message already carries that status and error: dispatch_update_event skips blank
   *   previous_changes, which also ends the loop of a message_updated delivery failing again);
   * - agent bot outgoing_url (update_conversation_status): a `pending` conversation is opened by the
   *   system (`conversation.open!`, no user: no status activity) and the activity "Conversation was marked
   *   open by system due to an error with the agent bot." is added (Account#keep_pending_on_bot_failure,
   *   off by default, is not modelled). The message itself is left as it is.
   * Account webhooks have no side effect. The events go through the bus like a handler's, actor-less.
   */
  private afterFailure(job: Job): void {
    const { entry } = job;
    if (entry.target === 'account_webhook') return;
    if (entry.event !== 'message_created' && entry.event !== 'message_updated') return;
    const { tables } = this.store;
    const id = entry.payload.id;
    const message = typeof id === 'number' ? tables.messages.get(id) : undefined;
    if (!message) return;
    const events: PendingEvent[] = [];
    try {
      if (entry.target === 'api_inbox_webhook') {
        const error = job.externalError ?? entry.error ?? 'webhook delivery failed';
        events.push(...updateMessageStatus(this.store, message, 'failed', error).events);
      } else {
        const conversation = tables.conversations.get(message.conversation_id);
        if (!conversation || conversation.status !== 'pending') return;
        events.push(
          ...changeEvents(changeConversation(this.store, conversation, { status: 'open' }, undefined)),
        );
        const activity = insertMessage(this.store, tables.conversations.get(conversation.id)!, {
          message_type: 2,
          content: AGENT_BOT_ERROR_ACTIVITY,
        });
        events.push({
          name: 'message_created',
          data: { messageId: activity.id, conversationId: conversation.id },
        });
      }
    } catch (err) {
      console.error('chatwoot-fake webhooks: failure handling:', err);
      return;
    }
    for (const event of events) {
      this.bus.emit({ ...event, accountId: message.account_id, at: this.store.clock.peek() });
    }
  }

  private async deliver(job: Job, generation: number): Promise<void> {
    const { entry } = job;
    const started = performance.now();
    for (let attempt = 1; attempt <= job.maxAttempts; attempt++) {
      entry.attempts = attempt;
      const result = await this.post(entry);
      if (generation !== this.generation) return;
      entry.status = result.status;
      entry.responseBody = result.body;
      entry.error = result.error;
      job.externalError = result.externalError;
      const retryable = result.status === 429 || result.status === 500;
      if (!retryable || attempt === job.maxAttempts) break;
      await this.sleep(this.options.agentBotRetryWaitMs);
      if (generation !== this.generation) return;
    }
    entry.durationMs = Math.round(performance.now() - started);
    entry.state = entry.error === null ? 'delivered' : 'failed';
  }

  private post(entry: WebhookDelivery): Promise<Attempt> {
    return new Promise((resolve) => {
      let url: URL;
      try {
        url = new URL(entry.url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not an http(s) URL');
      } catch (err) {
        resolve({
          status: null,
          body: null,
          error: `invalid URL ${entry.url}: ${(err as Error).message}`,
          externalError: `bad URI(is not URI?): ${JSON.stringify(entry.url)}`,
        });
        return;
      }
      const client = url.protocol === 'https:' ? https : http;
      const agent = url.protocol === 'https:' ? this.agents.https : this.agents.http;
      let settled = false;
      let connected = false;
      let timedOut = false;
      const finish = (result: Attempt) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.timers.delete(timer);
        this.inFlight.delete(req);
        resolve(result);
      };
      const req = client.request(url, { method: 'POST', headers: entry.request.headers, agent }, (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < 2048) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8').slice(0, 2048);
          const ok = status >= 200 && status < 300;
          const reason = res.statusMessage ? ` ${res.statusMessage}` : '';
          finish({
            status,
            body,
            error: ok ? null : `HTTP ${status}${reason}`,
            externalError: ok ? null : restClientStatusMessage(status),
          });
        });
        res.on('error', (err) =>
          finish({ status, body: null, error: err.message, externalError: 'Server broke connection' }),
        );
        res.on('close', () =>
          finish({
            status,
            body: null,
            error: 'connection closed before the response ended',
            externalError: 'Server broke connection',
          }),
        );
      });
      req.on('socket', (socket) => {
        if (!socket.connecting) connected = true;
        else socket.once('connect', () => (connected = true));
      });
      const timer = setTimeout(() => {
        // Checked after the poll phase, so an answer that arrived while the event loop was busy (the
        // fake shares it with the app and the tests) is read first rather than counted as a timeout.
        setImmediate(() => {
          if (!settled) {
            timedOut = true;
            req.destroy(
              new Error(`timed out after ${this.options.timeoutMs} ms (Chatwoot's webhook timeout)`),
            );
          }
        });
      }, this.options.timeoutMs);
      timer.unref();
      this.timers.add(timer);
      this.inFlight.add(req);
      req.on('error', (err: NodeJS.ErrnoException) =>
        finish({
          status: null,
          body: null,
          error: err.code ? `${err.code}: ${err.message}` : err.message,
          externalError: rubyNetError(err, url, { connected, timedOut }),
        }),
      );
      req.end(entry.request.body);
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      timer.unref();
      this.timers.add(timer);
    });
  }

  private completed(entry: WebhookDelivery): void {
    const waiter = this.waiters.find((w) => matches(entry, w.options));
    if (!waiter) return;
    this.waiters = this.waiters.filter((w) => w !== waiter);
    clearTimeout(waiter.timer);
    this.consumed.add(entry);
    waiter.resolve({ ...entry });
  }

  private settleIdle(): void {
    if (this.pending !== 0) return;
    const waiting = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiting) resolve();
  }

  /** A deterministic, uuid-shaped X-Chatwoot-Delivery id (the n-th delivery since start or reset). */
  private uuid(n: number): string {
    const hex = createHash('sha256').update(`chatwoot-fake-delivery:${n}`).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/**
 * RestClient's message for an HTTP error status (RestClient::ExceptionWithResponse#default_message):
 * `"500 Internal Server Error"`, `"404 Not Found"`...
 */
function restClientStatusMessage(status: number): string {
  const reason = http.STATUS_CODES[status];
  return reason ? `${status} ${reason}` : `HTTP status code ${status}`;
}

/**
 * The Ruby exception message for a request that got no HTTP answer, as RestClient over Net::HTTP
 * raises it: Net::HTTP#connect's "Failed to open TCP connection to host:port (<errno message>)",
 * RestClient's timeouts, or the errno's own message.
 */
function rubyNetError(
  err: NodeJS.ErrnoException,
  url: URL,
  state: { connected: boolean; timedOut: boolean },
): string {
  if (state.timedOut) {
    return state.connected ? 'Timed out reading data from server' : 'Timed out connecting to server';
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const open = (reason: string) => `Failed to open TCP connection to ${host}:${port} (${reason})`;
  switch (err.code) {
    case 'ECONNREFUSED':
      return open(`Connection refused - connect(2) for ${JSON.stringify(host)} port ${port}`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return open('getaddrinfo: Name or service not known');
    case 'EHOSTUNREACH':
      return open(`No route to host - connect(2) for ${JSON.stringify(host)} port ${port}`);
    case 'ENETUNREACH':
      return open(`Network is unreachable - connect(2) for ${JSON.stringify(host)} port ${port}`);
    case 'ECONNRESET':
      return state.connected ? 'Server broke connection' : open('Connection reset by peer');
    default:
      return err.message;
  }
}

function matches(delivery: WebhookDelivery, options: WaitForOptions): boolean {
  if (options.event !== undefined) {
    const events = Array.isArray(options.event) ? options.event : [options.event];
    if (!events.includes(delivery.event)) return false;
  }
  if (options.url !== undefined && delivery.url !== options.url) return false;
  if (options.target !== undefined && delivery.target !== options.target) return false;
  return options.filter ? options.filter({ ...delivery }) : true;
}
