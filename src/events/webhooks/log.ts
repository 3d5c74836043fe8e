/**
 * The delivery log: one entry per webhook POST (or per payload that could not be built), kept in
 * order and bounded, and the waiting tests do on it (`fake.webhooks.waitFor`).
 */
import type { Payload } from '../payloads';
import type { WebhookQueue } from './delivery';
import { WaitableLog } from '../waitable-log';

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
  /**
   * `dropped`: never sent, because `queueLimit` deliveries to the same target were already waiting
   * (a receiver that does not keep up); `error` says so.
   */
  state: 'pending' | 'delivered' | 'failed' | 'dropped';
  /** The receiver's HTTP status of the last attempt, null when none came back. */
  status: number | null;
  /** The first 2 KB of the receiver's answer. */
  responseBody: string | null;
  /** Why the last attempt failed (network error, timeout, non-2xx status), or why it was dropped. */
  error: string | null;
  /** Wall-clock time of all attempts together. */
  durationMs: number | null;
  attempts: number;
  /** When the event happened, on the fake's clock (ISO-8601). */
  at: string;
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
   * Per target (URL): deliveries waiting, in flight, and dropped since start or reset because
   * `queueLimit` were already waiting.
   */
  queues(): WebhookQueue[];
  /**
   * Resolves with the first delivery matching `options` that has completed (answered, failed, timed
   * out or dropped) and was not handed to an earlier waitFor; rejects after `timeoutMs` (default 10 s).
   */
  waitFor(options?: WaitForOptions): Promise<WebhookDelivery>;
  /** Resolves once no delivery is queued or in flight. */
  idle(): Promise<void>;
}

/** What a new log entry is made of; `error` marks it failed at once (nothing is sent). */
export interface NewDelivery {
  event: string;
  target: WebhookTarget;
  url: string;
  deliveryId: string | null;
  headers: Record<string, string>;
  body: string;
  payload: Payload;
  /** On the fake's clock. */
  at: number;
  webhookId?: number;
  inboxId?: number;
  agentBotId?: number;
  error?: string;
}

export class DeliveryLog {
  private readonly log: WaitableLog<WebhookDelivery, WaitForOptions>;

  constructor(keep: number) {
    this.log = new WaitableLog(keep, {
      name: 'webhooks',
      awaited: 'delivery completed',
      plural: 'Deliveries',
      matches,
      describeOptions: (o) =>
        JSON.stringify({ event: o.event, url: o.url, target: o.target, filter: o.filter ? 'fn' : undefined }),
      describeEntry: (d) => `${d.event} → ${d.url} (${d.state})`,
      ready: (d) => d.state !== 'pending',
      handOut: (d) => ({ ...d }),
    });
  }

  /** The id the next entry gets (X-Chatwoot-Delivery is derived from it). */
  get nextId(): number {
    return this.log.nextId;
  }

  /** A new entry; one with `error` is failed at once, and handed to a waiter. */
  append(fields: NewDelivery): WebhookDelivery {
    return this.log.append((id) => ({
      id,
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
    }));
  }

  deliveries(filter: { event?: string } = {}): WebhookDelivery[] {
    return this.log.entries.filter((d) => !filter.event || d.event === filter.event).map((d) => ({ ...d }));
  }

  /**
   * The first completed delivery matching `options` not handed to an earlier waitFor — including
   * deliveries completed before the call; rejects when none completes within `timeoutMs`.
   */
  waitFor(options: WaitForOptions = {}): Promise<WebhookDelivery> {
    return this.log.waitFor(options);
  }

  /** An entry has its outcome: hands it to the first waiter it matches. */
  completed(entry: WebhookDelivery): void {
    this.log.offer(entry);
  }

  /** Empties the log and rejects the waiters (fake.reset()). */
  reset(): void {
    this.log.reset('the fake was reset');
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
