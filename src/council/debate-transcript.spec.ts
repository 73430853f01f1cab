import type { ChatMessage } from '../chat/entities/chat-message.entity';
import { debateTranscript, groupByRound, synthesisInputs, toEntries } from './debate-transcript';

let nextId = 1;
const row = (role: 'user' | 'assistant', content: string, metadata: Record<string, unknown> | null, extra: Partial<ChatMessage> = {}): ChatMessage =>
  ({ id: nextId++, sessionId: 's', role, author: null, content, model: null, status: 'complete', metadata, createdAt: new Date(0), ...extra }) as ChatMessage;

describe('debate transcript', () => {
  const rows = [
    row('user', 'Topic?', { kind: 'topic', round: 1 }),
    // Written second but spoke second in member order: order wins over id.
    row('assistant', 'B1', { kind: 'position', round: 1, order: 1, member_id: 2, member_role: 'Quant' }, { author: 'Bea' }),
    row('assistant', 'A1', { kind: 'position', round: 1, order: 0, member_id: 1, member_role: 'Oracle' }, { author: 'Al' }),
    row('assistant', 'S1', { kind: 'synthesis', round: 1 }, { author: 'Daena' }),
    // No metadata (written through the chat-history API): the founder, in the latest round so far.
    row('user', 'Founder says', null),
    row('assistant', 'offline text', { kind: 'position', round: 2, order: 0, member_id: 1, offline_reason: 'down' }, { author: 'Al', status: 'offline' }),
    row('assistant', 'B2', { kind: 'position', round: 2, order: 1, member_id: 2, member_role: 'Quant' }, { author: 'Bea', status: 'interrupted' }),
    row('assistant', 'S2a', { kind: 'synthesis', round: 2 }, { author: 'Daena' }),
    row('assistant', 'S2b', { kind: 'synthesis', round: 2 }, { author: 'Daena' }),
  ];
  const entries = toEntries(rows);

  it('groups by round: positions in member order, the latest synthesis, founder messages', () => {
    const rounds = groupByRound(entries);
    expect(rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(rounds[0].positions.map((p) => p.content)).toEqual(['A1', 'B1']);
    expect(rounds[0].founder_messages.map((m) => [m.kind, m.content])).toEqual([['topic', 'Topic?'], ['founder', 'Founder says']]);
    expect(rounds[1].synthesis?.content).toBe('S2b');
    expect(rounds[1].syntheses.map((s) => s.content)).toEqual(['S2a', 'S2b']);
    expect(rounds[1].positions[0]).toMatchObject({ status: 'offline', reason: 'down', member_id: 1 });
  });

  it('a member hears real text only, round by round, the latest synthesis of each round', () => {
    expect(debateTranscript(entries, 10_000)).toEqual([
      { speaker: 'Al (round 1)', content: 'A1' },
      { speaker: 'Bea (round 1)', content: 'B1' },
      { speaker: 'Daena (synthesis of round 1)', content: 'S1' },
      { speaker: 'The founder (after round 1)', content: 'Founder says' },
      { speaker: 'Bea (round 2)', content: 'B2' },
      { speaker: 'Daena (synthesis of round 2)', content: 'S2b' },
    ]);
    // A small budget (labels count too) keeps the newest entries.
    expect(debateTranscript(entries, 50).map((t) => t.content)).toEqual(['B2', 'S2b']);
  });

  it('the chair hears every position with real text and the founder', () => {
    expect(synthesisInputs(entries, 10_000)).toEqual([
      { name: 'Al', role: 'Oracle, round 1', position: 'A1' },
      { name: 'Bea', role: 'Quant, round 1', position: 'B1' },
      { name: 'The founder', role: 'after round 1', position: 'Founder says' },
      { name: 'Bea', role: 'Quant, round 2', position: 'B2' },
    ]);
  });
});
