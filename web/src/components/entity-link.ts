import type { EventEnvelope } from '../api/types';

/** Where an event's entity lives in the dashboard (null when it has no page). */
export function entityPath(event: EventEnvelope): string | null {
  const p = event.payload as Record<string, unknown>;
  if (typeof p?.session_id === 'string' && event.event_type.startsWith('chat.')) return `/daena-office/${p.session_id}`;
  if (event.entity_type === 'agent') return `/agents/${encodeURIComponent(event.entity_id)}`;
  if (event.entity_type === 'department') return `/departments/${encodeURIComponent(event.entity_id)}`;
  if (event.entity_type === 'task' && typeof p?.owner_id === 'string' && p.owner_type === 'agent') return `/agents/${encodeURIComponent(p.owner_id)}`;
  return null;
}
