/**
 * Domain events. Handlers record what happened (`contact_created`, `message_created`, …) with the
 * ids involved; webhook delivery and live updates subscribe here. Nothing in a handler sends HTTP.
 */
import { noteVolatile } from '../store/reads';

export interface DomainEvent {
  name: string;
  accountId: number;
  /** Ids and change sets; listeners re-read current records from the store. */
  data: Record<string, unknown>;
  at: number;
  /** Who caused it (Chatwoot's Current.user, or the contact of a public API call); absent for the system. */
  actor?: { type: 'User' | 'AgentBot' | 'Contact'; id: number };
}

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

  clear(): void {
    this.recent.length = 0;
  }
}
