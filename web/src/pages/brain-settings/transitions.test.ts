import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../api/types';
import { llmTransitions } from './transitions';

const ev = (id: number | null, payload: Record<string, unknown>, type = 'llm.status.changed'): EventEnvelope => ({
  id, event_type: type, entity_type: 'llm', entity_id: 'ollama', payload, actor: 'system', created_at: '2026-12-01T10:00:00.000Z',
});

describe('llmTransitions', () => {
  it('newest first, one per id (stored and live overlap), other events and unlogged ones dropped', () => {
    const rows = llmTransitions([
      ev(7, { previous: 'up', state: 'down', model: 'm', error: 'connection refused' }),
      ev(9, { previous: 'down', state: 'up', model: 'm', error: null }),
      ev(7, { previous: 'up', state: 'down', model: 'm', error: 'connection refused' }),
      ev(8, { state: 'x' }, 'chat.message.created'),
      ev(null, { previous: 'up', state: 'down' }),
    ]);
    expect(rows.map((r) => [r.id, r.previous, r.state, r.error])).toEqual([
      [9, 'down', 'up', null],
      [7, 'up', 'down', 'connection refused'],
    ]);
  });
  it('keeps the newest `keep`', () => {
    const many = Array.from({ length: 30 }, (_, i) => ev(i + 1, { previous: 'up', state: 'down' }));
    expect(llmTransitions(many, 5).map((r) => r.id)).toEqual([30, 29, 28, 27, 26]);
  });
});
