import { EventLog } from './entities/event-log.entity';

/** What clients receive, on Socket.IO (event name = event_type) and from GET /events. */
export interface EventEnvelope {
  id: number | null;
  event_type: string;
  entity_type: string;
  entity_id: string | null;
  payload: Record<string, unknown>;
  actor: string;
  created_at: string;
}

export function toEnvelope(row: EventLog): EventEnvelope {
  return {
    id: row.id,
    event_type: row.eventType,
    entity_type: row.entityType,
    entity_id: row.entityId,
    payload: row.payload,
    actor: row.actor,
    created_at: row.createdAt.toISOString(),
  };
}

/** A committed event ready for fan-out: the envelope and the rooms it goes to. */
export interface CommittedEvent {
  envelope: EventEnvelope;
  rooms: string[];
}
