import { Injectable } from '@nestjs/common';
import { CommittedEvent, EventEnvelope } from './event-envelope';
import type { EventPayload, EventType } from './event-catalogue';

/** A committed envelope of a catalogued type, its payload typed by the catalogue. */
export type TypedEnvelope<T extends EventType> = Omit<EventEnvelope, 'event_type' | 'payload'> & { event_type: T; payload: EventPayload<T> };

type Listener = (event: CommittedEvent) => void;
type TransientListener = (rooms: string[], envelope: EventEnvelope) => void;

/**
 * In-process fan-out of committed events, in commit order. It also remembers the highest id it has
 * announced, which lets a reconnecting socket replay from the table up to exactly that id and then
 * go live without a gap or a duplicate.
 */
@Injectable()
export class EventBus {
  private readonly listeners = new Set<Listener>();
  private readonly transientListeners = new Set<TransientListener>();
  lastAnnouncedId = 0;

  onCommitted(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Committed events of the given catalogued types only, typed by the catalogue. */
  on<T extends EventType>(types: T | readonly T[], listener: (envelope: TypedEnvelope<T>, rooms: string[]) => void): () => void {
    const wanted = new Set<string>(typeof types === 'string' ? [types] : types);
    return this.onCommitted(({ envelope, rooms }) => {
      // Published through the typed `publish`, so a catalogued type carries its catalogued payload.
      if (wanted.has(envelope.event_type)) listener(envelope as unknown as TypedEnvelope<T>, rooms);
    });
  }

  onTransient(listener: TransientListener): () => void {
    this.transientListeners.add(listener);
    return () => this.transientListeners.delete(listener);
  }

  announce(event: CommittedEvent): void {
    if (event.envelope.id !== null && event.envelope.id > this.lastAnnouncedId) this.lastAnnouncedId = event.envelope.id;
    for (const listener of this.listeners) listener(event);
  }

  announceTransient(rooms: string[], envelope: EventEnvelope): void {
    for (const listener of this.transientListeners) listener(rooms, envelope);
  }
}
