import { describe, expect, it } from 'vitest';
import type { ChatMessageView, EventEnvelope } from '../api/types';
import { StreamAssembly } from './stream-assembly';

const S = 'session-1';
const row = (over: Partial<ChatMessageView>): ChatMessageView => ({
  id: 1,
  session_id: S,
  role: 'assistant',
  author: 'Daena',
  content: '',
  model: 'm',
  status: 'complete',
  client_message_id: null,
  reply_to_id: null,
  metadata: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...over,
});
const event = (event_type: string, payload: object, id: number | null = 10): EventEnvelope => ({
  id,
  event_type,
  entity_type: 'chat_message',
  entity_id: String((payload as { id?: number; message_id?: number }).id ?? (payload as { message_id?: number }).message_id),
  payload: payload as Record<string, unknown>,
  actor: 'system',
  created_at: '2026-01-01T00:00:00.000Z',
});
const delta = (message_id: number, seq: number, text: string, offset?: number) =>
  event('chat.message.delta', { session_id: S, message_id, seq, delta: text, offset }, null);

describe('StreamAssembly (stream assembly)', () => {
  it('assembles a streamed reply from deltas, then takes the completed row', () => {
    const chat = new StreamAssembly(S);
    chat.apply(event('chat.message.created', row({ id: 2, status: 'streaming' })));
    chat.apply(delta(2, 0, 'Hel', 0));
    chat.apply(delta(2, 1, 'lo', 3));
    expect(chat.get(2)?.content).toBe('Hello');
    chat.apply(event('chat.message.completed', row({ id: 2, content: 'Hello!', status: 'complete' })));
    expect(chat.get(2)).toMatchObject({ content: 'Hello!', status: 'complete' });
    // A late delta after completion changes nothing.
    expect(chat.apply(delta(2, 2, 'zzz', 6))).toBe(false);
    expect(chat.get(2)?.content).toBe('Hello!');
  });

  it('trims a delta that overlaps text already shown (a page that loaded a checkpoint mid-reply)', () => {
    const chat = new StreamAssembly(S);
    chat.upsertRow(row({ id: 3, status: 'streaming', content: 'The quick' }));
    expect(chat.apply(delta(3, 4, 'quick brown', 4))).toBe(true);
    expect(chat.get(3)?.content).toBe('The quick brown');
    expect(chat.apply(delta(3, 4, 'quick brown', 4))).toBe(false); // the same delta again
    expect(chat.get(3)?.content).toBe('The quick brown');
  });

  it('never lets a stale streaming row shorten what deltas already showed', () => {
    const chat = new StreamAssembly(S);
    chat.apply(delta(4, 0, 'abcdef', 0));
    chat.upsertRow(row({ id: 4, status: 'streaming', content: 'abc' }));
    expect(chat.get(4)?.content).toBe('abcdef');
  });

  it('clears the text when a reply is regenerated, and orders messages by id', () => {
    const chat = new StreamAssembly(S);
    chat.upsertRow(row({ id: 6, status: 'offline', content: 'brain offline' }));
    chat.upsertRow(row({ id: 5, role: 'user', content: 'hi' }));
    chat.apply(event('chat.message.regenerating', { id: 6, session_id: S, status: 'streaming' }));
    expect(chat.get(6)).toMatchObject({ content: '', status: 'streaming' });
    chat.apply(delta(6, 0, 'Back online', 0));
    expect(chat.list().map((m) => [m.id, m.content])).toEqual([
      [5, 'hi'],
      [6, 'Back online'],
    ]);
  });

  it('ignores other sessions', () => {
    const chat = new StreamAssembly(S);
    expect(chat.apply(event('chat.message.created', row({ id: 9, session_id: 'other' })))).toBe(false);
    expect(chat.list()).toEqual([]);
  });
});
