import type { EventEnvelope } from '../../api/types';

export interface LlmTransition {
  id: number;
  at: string;
  previous: string | null;
  state: string;
  model: string | null;
  error: string | null;
}

/** `llm.status.changed` rows (stored and live) as transitions, newest first, one per event id. */
export function llmTransitions(events: EventEnvelope[], keep = 20): LlmTransition[] {
  const byId = new Map<number, LlmTransition>();
  for (const e of events) {
    if (e.event_type !== 'llm.status.changed' || e.id === null) continue;
    const p = e.payload as { previous?: unknown; state?: unknown; model?: unknown; error?: unknown };
    byId.set(e.id, {
      id: e.id,
      at: e.created_at,
      previous: typeof p.previous === 'string' ? p.previous : null,
      state: typeof p.state === 'string' ? p.state : 'unknown',
      model: typeof p.model === 'string' ? p.model : null,
      error: typeof p.error === 'string' ? p.error : null,
    });
  }
  return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, keep);
}
