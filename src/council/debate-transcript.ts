import type { DebateEntryDto, DebateRoundDto } from './dto/council-response.dto';
import type { ChatMessage } from '../chat/entities/chat-message.entity';
import type { CouncilPosition, TranscriptEntry } from '../llm/prompts';

/** What a debate message is; stored in `metadata.kind` (rows without it are classified by role). */
export type DebateKind = 'topic' | 'founder' | 'position' | 'synthesis' | 'other';

export type DebateEntry = DebateEntryDto;

export type DebateRound = DebateRoundDto;

const USABLE = new Set(['complete', 'interrupted']);

function kindOf(message: ChatMessage): DebateKind {
  const kind = message.metadata?.kind;
  if (kind === 'topic' || kind === 'founder' || kind === 'position' || kind === 'synthesis') return kind;
  return message.role === 'user' ? 'founder' : 'other';
}

/**
 * Classifies a debate's rows (oldest first). A row without `metadata.round` (e.g. written through
 * the chat-history API) belongs to the latest round seen before it.
 */
export function toEntries(messages: ChatMessage[]): DebateEntry[] {
  let current = 1;
  return messages.map((m) => {
    const stored = Number(m.metadata?.round);
    const round = Number.isInteger(stored) && stored > 0 ? stored : current;
    current = Math.max(current, round);
    const memberId = Number(m.metadata?.member_id);
    const order = Number(m.metadata?.order);
    return {
      id: m.id,
      role: m.role,
      author: m.author,
      kind: kindOf(m),
      round,
      order: Number.isInteger(order) ? order : null,
      member_id: Number.isInteger(memberId) ? memberId : null,
      member_role: typeof m.metadata?.member_role === 'string' ? m.metadata.member_role : null,
      content: m.content,
      status: m.status,
      model: m.model,
      reason: typeof m.metadata?.offline_reason === 'string' ? m.metadata.offline_reason : typeof m.metadata?.interrupted_reason === 'string' ? m.metadata.interrupted_reason : null,
      created_at: m.createdAt.toISOString(),
    };
  });
}

/** The number of rounds the rows show (at least 1). */
export const latestRound = (entries: DebateEntry[]) => entries.reduce((max, e) => Math.max(max, e.round), 1);

/** Rounds 1..latest, positions in member order, everything else in row order. */
export function groupByRound(entries: DebateEntry[]): DebateRound[] {
  const rounds: DebateRound[] = Array.from({ length: latestRound(entries) }, (_, i) => ({
    round: i + 1,
    founder_messages: [],
    positions: [],
    synthesis: null,
    syntheses: [],
  }));
  for (const entry of entries) {
    const round = rounds[entry.round - 1];
    if (entry.kind === 'position') round.positions.push(entry);
    else if (entry.kind === 'synthesis') round.syntheses.push(entry);
    else if (entry.kind === 'topic' || entry.kind === 'founder') round.founder_messages.push(entry);
  }
  for (const round of rounds) {
    round.positions.sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.id - b.id);
    round.synthesis = round.syntheses.at(-1) ?? null;
  }
  return rounds;
}

/** Keeps the newest items whose text fits in `budget` characters (the newest one always), oldest first. */
function newestWithin<T>(items: T[], size: (item: T) => number, budget: number): T[] {
  const kept: T[] = [];
  let used = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const cost = size(items[i]);
    if (kept.length && used + cost > budget) break;
    kept.unshift(items[i]);
    used += cost;
  }
  return kept;
}

/**
 * What a member hears before speaking: every earlier position, founder message and synthesis with
 * real text (offline placeholders are left out), round by round, newest kept within the budget.
 */
export function debateTranscript(entries: DebateEntry[], budgetChars: number): TranscriptEntry[] {
  const latestSyntheses = new Set(groupByRound(entries).map((r) => r.synthesis?.id));
  const items = entries
    .filter((e) => e.kind !== 'synthesis' || latestSyntheses.has(e.id))
    .filter((e) => (e.kind === 'founder' || ((e.kind === 'position' || e.kind === 'synthesis') && USABLE.has(e.status))) && e.content.trim())
    .sort((a, b) => a.round - b.round || rank(a) - rank(b))
    .map((e) => ({ speaker: speakerLabel(e), content: e.content.slice(0, budgetChars) }));
  return newestWithin(items, (t) => t.content.length + t.speaker.length, budgetChars);
}

/** Within a round: positions (member order), the synthesis, then what the founder said after it. */
function rank(entry: DebateEntry): number {
  if (entry.kind === 'position') return 1_000_000 + (entry.order ?? 0) * 10_000 + entry.id / 1e9;
  if (entry.kind === 'synthesis') return 2_000_000 + entry.id / 1e9;
  return 3_000_000 + entry.id / 1e9;
}

function speakerLabel(entry: DebateEntry): string {
  if (entry.kind === 'founder') return `The founder (after round ${entry.round})`;
  if (entry.kind === 'synthesis') return `${entry.author ?? 'Chair'} (synthesis of round ${entry.round})`;
  return `${entry.author ?? 'A member'} (round ${entry.round})`;
}

/**
 * What the chair synthesises: the positions with real text (all rounds, the newest kept within the
 * budget) and the founder's interjections, labelled so that the prompt says who said what and when.
 */
export function synthesisInputs(entries: DebateEntry[], budgetChars: number): CouncilPosition[] {
  const rounds = latestRound(entries);
  const items = groupByRound(entries).flatMap((round) => [
    ...round.positions
      .filter((e) => USABLE.has(e.status) && e.content.trim())
      .map((e) => ({
        name: e.author ?? 'A member',
        role: [e.member_role, rounds > 1 ? `round ${round.round}` : null].filter(Boolean).join(', ') || undefined,
        position: e.content.slice(0, budgetChars),
      })),
    ...round.founder_messages
      .filter((e) => e.kind === 'founder' && e.content.trim())
      .map((e) => ({ name: 'The founder', role: `after round ${round.round}`, position: e.content.slice(0, budgetChars) })),
  ]);
  return newestWithin(items, (p) => p.position.length + p.name.length, budgetChars);
}
