/**
 * Domain events. Handlers record what happened (`contact_created`, `message_created`, …) with the
 * ids involved; webhook delivery and live updates subscribe here. Nothing in a handler sends HTTP.
 */
import { noteVolatile } from '../store/reads';
import type { DomainEvent, EventName } from './types';

export type { DomainEvent, EventData, EventName, PendingEvent } from './types';

export type EventListener = (event: DomainEvent) => void;

export class EventBus {
  private listeners = new Set<EventListener>();
  /** The most recent events, newest last, bounded so long runs do not grow without end. */
  readonly recent: DomainEvent[] = [];

  constructor(private readonly keep = 1000) {}

  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: DomainEvent): void {
    noteVolatile(); // an answer that records an event is not served again from the answer cache
    this.recent.push(event);
    if (this.recent.length > this.keep) this.recent.shift();
    for (const listener of this.listeners) listener(event);
  }

  /** The recent events of one name, typed by it. */
  named<N extends EventName>(name: N): DomainEvent<N>[] {
    return this.recent.filter((event): event is DomainEvent<N> => event.name === name);
  }

  clear(): void {
    this.recent.length = 0;
  }
}
