/**
 * Webhook delivery: Chatwoot's WebhookListener + AgentBotListener + WebhookJob/Webhooks::Trigger.
 * Listens on the EventBus; for each domain event `plan` says which bodies go where (rendered at
 * once), `delivery` POSTs them after the handler has returned, `log` keeps the outcome for tests.
 * A failed message delivery to an API inbox marks the message failed, one to an agent bot opens its
 * pending conversation (failureEffects).
 */
import type { Store } from '../../store';
import type { EventBus } from '../bus';
import type { DomainEvent } from '../types';
import type { Payload } from '../payloads';
import type { LookupFunction } from 'node:net';
import {
  CHATWOOT_USER_AGENT,
  Sender,
  deliveryUuid,
  failureEffects,
  webhookRequest,
  type Job,
  type WebhookQueue,
} from './delivery';
import { DeliveryLog, type FakeWebhooks, type WaitForOptions, type WebhookDelivery } from './log';
import { planWebhooks, type PlannedDelivery } from './plan';

export { AGENT_BOT_ERROR_ACTIVITY, CHATWOOT_USER_AGENT } from './delivery';
export type { FakeWebhooks, WaitForOptions, WebhookDelivery, WebhookTarget } from './log';
export type { WebhookQueue } from './delivery';

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
   * Deliveries that may wait per target URL behind the one being sent (default 1000); when another
   * comes, the oldest waiting one is dropped (state `dropped`, counted in `queues()`, one warning).
   */
  queueLimit?: number;
  /** How long a host whose DNS lookup failed fails at once, without asking again (default 10 s; 0: off). */
  dnsFailureTtlMs?: number;
  /** The DNS lookup deliveries use (default dns.lookup): for tests. */
  lookup?: LookupFunction;
  /**
   * Chatwoot's side effects of a failed message delivery (Webhooks::Trigger#handle_error): the message
   * marked failed (API inbox webhook_url), the pending conversation opened (agent bot). Default true.
   */
  failureSideEffects?: boolean;
  userAgent?: string;
}

/** The delivery log and sender. One per fake; `reset()` empties it, `close()` stops it. */
export class WebhookDispatcher implements FakeWebhooks {
  private readonly log: DeliveryLog;
  private readonly sender: Sender;
  private readonly off: () => void;
  private readonly userAgent: string;

  /** Payloads as the emulated version sends them, by the payload the newest shapes gave. */
  private readonly projected = new WeakMap<object, Payload>();

  /**
   * `shape`: for an older Chatwoot version, the body of an event as that version sends it (the
   * newest payload without the keys it lacks); none for the newest.
   */
  constructor(
    private readonly store: Store,
    private readonly bus: EventBus,
    options: WebhookOptions = {},
    private readonly shape?: (event: string, payload: Payload) => Payload,
  ) {
    for (const [name, min] of [
      ['queueLimit', 1],
      ['dnsFailureTtlMs', 0],
    ] as const) {
      const value = options[name];
      if (value !== undefined && !(Number.isInteger(value) && value >= min)) {
        throw new Error(`webhooks.${name} must be an integer >= ${min} (got ${value})`);
      }
    }
    this.userAgent = options.userAgent ?? CHATWOOT_USER_AGENT;
    this.log = new DeliveryLog(options.keep ?? 1000);
    const sideEffects = options.failureSideEffects ?? true;
    this.sender = new Sender(
      {
        timeoutMs: options.timeoutMs ?? 5000,
        agentBotRetryWaitMs: options.agentBotRetryWaitMs ?? 3000,
        agentBotAttempts: options.agentBotAttempts ?? 3,
        queueLimit: options.queueLimit ?? 1000,
        dnsFailureTtlMs: options.dnsFailureTtlMs ?? 10_000,
        lookup: options.lookup,
      },
      (job) => {
        if (job.entry.state === 'failed' && sideEffects) this.afterFailure(job);
        this.log.completed(job.entry);
      },
    );
    this.off = bus.on((event) => this.onEvent(event));
  }

  /** Deliveries so far (oldest first), optionally only those of one event. */
  deliveries(filter: { event?: string } = {}): WebhookDelivery[] {
    return this.log.deliveries(filter);
  }

  /** Per target: deliveries waiting, in flight, and dropped because the queue was full. */
  queues(): WebhookQueue[] {
    return this.sender.stats();
  }

  /**
   * Resolves with the first delivery matching `options` that has completed (answered, failed, timed
   * out or dropped) and was not handed to an earlier waitFor — including deliveries completed before
   * the call. Rejects when none completes within `timeoutMs`.
   */
  waitFor(options: WaitForOptions = {}): Promise<WebhookDelivery> {
    return this.log.waitFor(options);
  }

  /** Resolves once nothing is queued or in flight. */
  idle(): Promise<void> {
    return this.sender.idle();
  }

  /** Empties the log, drops queued deliveries and aborts those in flight (fake.reset()). */
  reset(): void {
    this.log.reset();
    this.sender.reset();
  }

  /** Stops listening and aborts everything (fake.close()). */
  close(): void {
    this.off();
    this.log.reset();
    this.sender.close();
  }

  private onEvent(event: DomainEvent): void {
    try {
      planWebhooks(this.store, event, (planned) => this.queue(event, planned));
    } catch (err) {
      // A payload that cannot be rendered is a bug in the fake; it must not break the API call.
      this.log.append({
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

  private queue(event: DomainEvent, given: PlannedDelivery): void {
    let planned = given;
    if (this.shape) {
      let payload = this.projected.get(given.payload);
      if (!payload) this.projected.set(given.payload, (payload = this.shape(given.event, given.payload)));
      planned = { ...given, payload };
    }
    const deliveryId = planned.target === 'agent_bot_webhook' ? null : deliveryUuid(this.log.nextId);
    const { body, headers } = webhookRequest(planned, event.at, deliveryId, this.userAgent);
    const entry = this.log.append({
      event: planned.event,
      target: planned.target,
      url: planned.url,
      deliveryId,
      headers,
      body,
      payload: planned.payload,
      at: event.at,
      webhookId: planned.webhookId,
      inboxId: planned.inboxId,
      agentBotId: planned.agentBotId,
    });
    this.sender.enqueue(entry);
  }

  /** The events of Webhooks::Trigger#handle_error go through the bus like a handler's, actor-less. */
  private afterFailure(job: Job): void {
    const effects = failureEffects(this.store, job);
    if (!effects) return;
    for (const event of effects.events) {
      this.bus.emit({ ...event, accountId: effects.accountId, at: this.store.clock.peek() });
    }
  }
}
