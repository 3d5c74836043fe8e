/**
 * Sending webhooks: Chatwoot's WebhookJob / AgentBots::WebhookJob and Webhooks::Trigger
 * (app/jobs/webhook_job.rb, app/jobs/agent_bots/webhook_job.rb, lib/webhooks/trigger.rb).
 *
 * 5 s timeout, no retries for account and API-inbox webhooks (WebhookJob swallows errors); agent-bot
 * webhooks are retried on HTTP 429 and 500, 3 attempts 3 s apart (AgentBots::WebhookJob
 * `retry_on RestClient::TooManyRequests, RestClient::InternalServerError`). Each target URL has its
 * own queue, so deliveries to one receiver keep the order of the events. Sending happens after the
 * handler has returned; a failure is logged and never reaches the API response.
 *
 * Bounded, unlike Sidekiq's queue: a receiver that never answers (5 s per delivery) or a host whose DNS
 * lookup hangs must not let deliveries pile up in memory. Each target keeps at most `queueLimit`
 * deliveries waiting; past that the oldest waiting one is dropped (state `dropped` in the delivery
 * log, counted per target, one console warning per target), and a failed DNS lookup is remembered for
 * `dnsFailureTtlMs`, so the next deliveries to that host fail at once instead of waiting again.
 */
import { createHash, createHmac } from 'node:crypto';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { changeConversation, changeEvents } from '../../domain/conversations';
import { updateMessageStatus } from '../../domain/messages';
import { mayReachControlApi } from '../../domain/validations';
import { insertMessage } from '../../domain/records';
import type { Store } from '../../store';
import { railsJson } from '../payloads';
import type { PendingEvent } from '../types';
import type { WebhookDelivery } from './log';
import type { PlannedDelivery } from './plan';

/** RestClient's default User-Agent on Chatwoot's Docker image (rest-client 2.1, Ruby 3.4, Alpine). */
export const CHATWOOT_USER_AGENT = 'rest-client/2.1.0 (linux-musl x86_64) ruby/3.4.4p34';

/** config/locales/en.yml conversations.activity.agent_bot.error_moved_to_open */
export const AGENT_BOT_ERROR_ACTIVITY =
  'Conversation was marked open by system due to an error with the agent bot.';

export interface SenderOptions {
  /** Per-attempt timeout. */
  timeoutMs: number;
  /** Wait between agent-bot retries. */
  agentBotRetryWaitMs: number;
  /** Agent-bot attempts in all. */
  agentBotAttempts: number;
  /** Deliveries waiting per target (the one in flight not counted); past it the oldest is dropped. */
  queueLimit: number;
  /** How long a failed DNS lookup of a host is remembered (0: not at all). */
  dnsFailureTtlMs: number;
  /** The DNS lookup (default dns.lookup). */
  lookup?: LookupFunction;
}

/** One target's queue, as `fake.webhooks.queues()` reports it. */
export interface WebhookQueue {
  target: WebhookDelivery['target'];
  url: string;
  /** Deliveries waiting (at most `queueLimit`). */
  queued: number;
  /** 1 while a delivery to it is being sent. */
  inFlight: number;
  /** Deliveries dropped because the queue was full, since start or reset. */
  dropped: number;
}

/** Errors of a lookup that found no address (as opposed to a refused or slow connection). */
const DNS_FAILURES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'ENODATA', 'ESERVFAIL']);

/**
 * dns.lookup, remembering failures for `ttlMs` (real time): a host whose resolver takes seconds to
 * give up is asked once, not once per delivery. Successes are not cached (the OS does that).
 */
export function failureCachingLookup(ttlMs: number, lookup: LookupFunction = dns.lookup): LookupFunction {
  if (ttlMs <= 0) return lookup;
  const failed = new Map<string, { error: NodeJS.ErrnoException; until: number }>();
  return (hostname, options, callback) => {
    const hit = failed.get(hostname);
    if (hit && hit.until > performance.now()) {
      process.nextTick(() => (callback as (err: NodeJS.ErrnoException) => void)(hit.error));
      return;
    }
    if (hit) failed.delete(hostname);
    lookup(hostname, options, ((err: NodeJS.ErrnoException | null, ...rest: unknown[]) => {
      if (err?.code && DNS_FAILURES.has(err.code)) {
        failed.set(hostname, { error: err, until: performance.now() + ttlMs });
      }
      (callback as (...args: unknown[]) => void)(err, ...rest);
    }) as Parameters<LookupFunction>[2]);
  };
}

/** A queued delivery: its log entry, updated as attempts are made. */
export interface Job {
  entry: WebhookDelivery;
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

/**
 * The body and headers Webhooks::Trigger sends: JSON as Rails writes it, X-Chatwoot-Delivery when
 * there is a delivery id, and the HMAC signature over `<unix time>.<body>` when the target has a secret.
 */
export function webhookRequest(
  planned: PlannedDelivery,
  at: number,
  deliveryId: string | null,
  userAgent: string,
): { body: string; headers: Record<string, string> } {
  const body = railsJson(planned.payload);
  const unixTime = Math.floor(at / 1000);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Encoding': 'gzip, deflate',
    'User-Agent': userAgent,
    'Content-Type': 'application/json',
  };
  if (deliveryId) headers['X-Chatwoot-Delivery'] = deliveryId;
  if (planned.secret) {
    headers['X-Chatwoot-Timestamp'] = String(unixTime);
    headers['X-Chatwoot-Signature'] =
      `sha256=${createHmac('sha256', planned.secret).update(`${unixTime}.${body}`).digest('hex')}`;
  }
  headers['Content-Length'] = String(Buffer.byteLength(body));
  return { body, headers };
}

/** A deterministic, uuid-shaped X-Chatwoot-Delivery id (the n-th delivery since start or reset). */
export function deliveryUuid(n: number): string {
  const hex = createHash('sha256').update(`chatwoot-fake-delivery:${n}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Per-URL queues of POSTs, sent in order after the current handler has returned. */
export class Sender {
  private readonly queues = new Map<string, Job[]>();
  private readonly running = new Set<string>();
  private readonly inFlight = new Set<http.ClientRequest>();
  /**
   * The sender's own agents, not Node's global one (keep-alive since Node 19): one connection per
   * attempt, `Connection: close` as Chatwoot's Net::HTTP sends, so no idle socket outlives a delivery
   * and close() can destroy whatever is still open.
   */
  private readonly agents = { http: new http.Agent(), https: new https.Agent() };
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Per target: how many were dropped, and whether that was said. Kept when its queue empties. */
  private readonly drops = new Map<string, { dropped: number; warned: boolean }>();
  private readonly lookup: LookupFunction;
  private idleWaiters: (() => void)[] = [];
  private pending = 0;
  private generation = 0;

  /**
   * `settled` runs once a job has its outcome, dropped included (not for jobs thrown away by reset).
   */
  constructor(
    private readonly options: SenderOptions,
    private readonly settled: (job: Job) => void,
  ) {
    this.lookup = failureCachingLookup(options.dnsFailureTtlMs, options.lookup);
  }

  enqueue(entry: WebhookDelivery): void {
    const agentBot = entry.target === 'agent_bot_webhook';
    const job: Job = { entry, maxAttempts: agentBot ? Math.max(1, this.options.agentBotAttempts) : 1 };
    const key = `${entry.target} ${entry.url}`;
    const queue = this.queues.get(key) ?? [];
    const limit = Math.max(1, this.options.queueLimit);
    if (queue.length >= limit) this.drop(key, queue.shift()!, limit);
    queue.push(job);
    this.queues.set(key, queue);
    this.pending++;
    // Sent after the handler has answered: never inside the request that caused the event.
    if (!this.running.has(key)) {
      this.running.add(key);
      setImmediate(() => void this.drain(key, this.generation));
    }
  }

  /** The targets with deliveries waiting, in flight or dropped (oldest target first). */
  stats(): WebhookQueue[] {
    const keys = new Set([...this.running, ...this.queues.keys(), ...this.drops.keys()]);
    return [...keys].map((key) => {
      const space = key.indexOf(' ');
      return {
        target: key.slice(0, space) as WebhookQueue['target'],
        url: key.slice(space + 1),
        queued: this.queues.get(key)?.length ?? 0,
        inFlight: this.running.has(key) ? 1 : 0,
        dropped: this.drops.get(key)?.dropped ?? 0,
      };
    });
  }

  /** A waiting delivery the queue has no room for: given up, logged as `dropped`. */
  private drop(key: string, job: Job, limit: number): void {
    const { entry } = job;
    entry.state = 'dropped';
    entry.durationMs = 0;
    entry.error = `dropped: ${limit} deliveries to ${entry.url} were already waiting (queueLimit)`;
    this.pending--;
    const drops = this.drops.get(key) ?? { dropped: 0, warned: false };
    this.drops.set(key, drops);
    drops.dropped++;
    if (!drops.warned) {
      drops.warned = true;
      console.warn(
        `chatwoot-fake webhooks: ${entry.url} is not keeping up (${limit} deliveries waiting); ` +
          "the oldest waiting ones are dropped (state 'dropped' in the delivery log)",
      );
    }
    this.settled(job);
  }

  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops queued jobs and aborts those in flight. */
  reset(): void {
    this.generation++;
    for (const req of this.inFlight) req.destroy(new Error('aborted: the fake was reset'));
    this.inFlight.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queues.clear();
    this.running.clear();
    this.drops.clear();
    this.pending = 0;
    this.settleIdle();
  }

  close(): void {
    this.reset();
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async drain(key: string, generation: number): Promise<void> {
    while (generation === this.generation) {
      const job = this.queues.get(key)?.shift();
      if (!job) break;
      await this.deliver(job, generation);
      if (generation !== this.generation) return;
      this.pending--;
      this.settled(job);
    }
    if (generation === this.generation) {
      this.running.delete(key);
      this.queues.delete(key);
      this.settleIdle();
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
      // Never a fake's control API (/__fake) on this machine, nor on a name that may resolve to it.
      if (mayReachControlApi(url)) {
        resolve({
          status: null,
          body: null,
          error: `refused: ${entry.url} may be a fake's control API (/__fake), which webhooks never call`,
          externalError: `Failed to open TCP connection to ${url.host} (refused)`,
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
      const options = { method: 'POST', headers: entry.request.headers, agent, lookup: this.lookup };
      const req = client.request(url, options, (res) => {
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

  private settleIdle(): void {
    if (this.pending !== 0) return;
    const waiting = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiting) resolve();
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
 * Account webhooks have no side effect. Returns the events to record (actor-less) and the account.
 */
export function failureEffects(
  store: Store,
  job: Job,
): { accountId: number; events: PendingEvent[] } | undefined {
  const { entry } = job;
  if (entry.target === 'account_webhook') return undefined;
  if (entry.event !== 'message_created' && entry.event !== 'message_updated') return undefined;
  const { tables } = store;
  const id = entry.payload.id;
  const message = typeof id === 'number' ? tables.messages.get(id) : undefined;
  if (!message) return undefined;
  const events: PendingEvent[] = [];
  try {
    if (entry.target === 'api_inbox_webhook') {
      const error = job.externalError ?? entry.error ?? 'webhook delivery failed';
      events.push(...updateMessageStatus(store, message, 'failed', error).events);
    } else {
      const conversation = tables.conversations.get(message.conversation_id);
      if (!conversation || conversation.status !== 'pending') return undefined;
      events.push(...changeEvents(changeConversation(store, conversation, { status: 'open' }, undefined)));
      const activity = insertMessage(store, tables.conversations.get(conversation.id)!, {
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
    return undefined;
  }
  return { accountId: message.account_id, events };
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
