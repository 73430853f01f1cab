import { describe, expect, it } from 'vitest';
import type { ChatMessageView, DebateTranscript } from '../../api/types';
import { StreamAssembly } from '../../chat/stream-assembly';
import { anyStreaming, buildRounds, replayRows, transcriptRows } from './debate-view';

const row = (id: number, over: Partial<ChatMessageView>): ChatMessageView => ({
  id,
  session_id: 's1',
  role: 'assistant',
  author: null,
  content: '',
  model: null,
  status: 'complete',
  client_message_id: null,
  reply_to_id: null,
  metadata: null,
  created_at: '2026-12-02T01:00:00.000Z',
  updated_at: '2026-12-02T01:00:00.000Z',
  ...over,
});

describe('buildRounds', () => {
  it('groups by round, positions in member order whatever order they were written, the last synthesis current', () => {
    const rounds = buildRounds([
      row(1, { role: 'user', content: 'Topic', metadata: { kind: 'topic', round: 1 } }),
      row(3, { author: 'B', content: 'b1', metadata: { kind: 'position', round: 1, order: 1 } }),
      row(2, { author: 'A', content: 'a1', metadata: { kind: 'position', round: 1, order: 0 } }),
      row(4, { author: 'Daena', content: 's1', metadata: { kind: 'synthesis', round: 1 } }),
      row(5, { role: 'user', content: 'Push on cost', metadata: { kind: 'founder', round: 1 } }),
      row(6, { author: 'A', content: 'a2', status: 'streaming', metadata: { kind: 'position', round: 2, order: 0 } }),
      row(7, { author: 'Daena', content: 's1 again', metadata: { kind: 'synthesis', round: 1 } }),
    ]);
    expect(rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(rounds[0].positions.map((p) => p.author)).toEqual(['A', 'B']);
    expect(rounds[0].founder.map((f) => [f.kind, f.content])).toEqual([
      ['topic', 'Topic'],
      ['founder', 'Push on cost'],
    ]);
    expect(rounds[0].synthesis?.content).toBe('s1 again');
    expect(rounds[0].earlier.map((s) => s.content)).toEqual(['s1']);
    expect(rounds[1].synthesis).toBeNull();
    expect(anyStreaming(rounds)).toBe(true);
  });

  it('a row without a round belongs to the latest round before it', () => {
    const rounds = buildRounds([
      row(1, { role: 'user', content: 'Topic', metadata: { kind: 'topic', round: 1 } }),
      row(2, { author: 'A', metadata: { kind: 'position', round: 2, order: 0 } }),
      row(3, { role: 'user', content: 'note via chat history' }),
    ]);
    expect(rounds[1].founder.map((f) => f.content)).toEqual(['note via chat history']);
    expect(anyStreaming(rounds)).toBe(false);
  });
});

describe('a debate watched live', () => {
  const transcript: DebateTranscript = {
    session_id: 's1',
    council_id: 'c',
    council_name: 'C',
    title: 't',
    topic: 'Topic',
    round: 1,
    max_rounds: 3,
    running: true,
    message_count: 2,
    created_at: '2026-12-02T01:00:00.000Z',
    updated_at: '2026-12-02T01:00:00.000Z',
    rounds: [
      {
        round: 1,
        founder_messages: [{ id: 1, role: 'user', author: 'founder', kind: 'topic', round: 1, order: null, member_id: null, member_role: null, content: 'Topic', status: 'complete', model: null, reason: null, created_at: '2026-12-02T01:00:00.000Z' }],
        positions: [{ id: 2, role: 'assistant', author: 'A', kind: 'position', round: 1, order: 0, member_id: 9, member_role: 'CFO', content: 'Hel', status: 'streaming', model: 'm', reason: null, created_at: '2026-12-02T01:00:01.000Z' }],
        synthesis: null,
        syntheses: [],
      },
    ],
  };

  it('deltas extend a checkpointed position; an older read does not shorten it; the final row replaces it', () => {
    const a = new StreamAssembly('s1');
    for (const r of transcriptRows(transcript)) a.upsertRow(r);
    a.apply({ id: null, event_type: 'chat.message.delta', entity_type: 'chat_message', entity_id: '2', actor: 'system', created_at: '', payload: { session_id: 's1', message_id: 2, seq: 3, offset: 3, delta: 'lo wor' } });
    expect(buildRounds(a.list())[0].positions[0].content).toBe('Hello wor');
    for (const r of transcriptRows(transcript)) a.upsertRow(r); // a refetch that is behind the stream
    expect(buildRounds(a.list())[0].positions[0].content).toBe('Hello wor');
    a.apply({
      id: 40,
      event_type: 'chat.message.completed',
      entity_type: 'chat_message',
      entity_id: '2',
      actor: 'system',
      created_at: '',
      payload: { ...transcriptRows(transcript)[1], content: 'Hello world.', status: 'complete', updated_at: '2026-12-02T01:00:05.000Z' },
    });
    const rounds = buildRounds(a.list());
    expect(rounds[0].positions[0]).toMatchObject({ content: 'Hello world.', status: 'complete', member_role: 'CFO', order: 0 });
    for (const r of transcriptRows(transcript)) a.upsertRow(r); // a stale read after completion
    expect(buildRounds(a.list())[0].positions[0].status).toBe('complete');
  });

  it('replays stored rows in the order they were written', () => {
    const rows = transcriptRows(transcript);
    expect(replayRows(rows, 1).map((r) => r.id)).toEqual([1]);
    expect(buildRounds(replayRows(rows, 1))[0].positions).toEqual([]);
  });
});
