import type { ChatMessageView, DebateEntry, DebateKind, DebateTranscript, MessageStatus } from '../../api/types';

/** A debate row as the page shows it: the stored entry, or a streaming row that live deltas extend. */
export interface ShownEntry {
  id: number;
  kind: DebateKind;
  round: number;
  order: number | null;
  author: string | null;
  member_role: string | null;
  content: string;
  status: MessageStatus;
  model: string | null;
  reason: string | null;
  created_at: string;
}

export interface ShownRound {
  round: number;
  founder: ShownEntry[];
  positions: ShownEntry[];
  /** The latest synthesis; earlier ones of the round are in `earlier` (a re-synthesis keeps them). */
  synthesis: ShownEntry | null;
  earlier: ShownEntry[];
}

/** A transcript entry as a chat row, so the chat's stream assembly can merge it with live events. */
export function entryToRow(entry: DebateEntry, sessionId: string): ChatMessageView {
  return {
    id: entry.id,
    session_id: sessionId,
    role: entry.role as ChatMessageView['role'],
    author: entry.author,
    content: entry.content,
    model: entry.model,
    status: entry.status,
    client_message_id: null,
    reply_to_id: null,
    metadata: {
      kind: entry.kind,
      round: entry.round,
      order: entry.order,
      member_role: entry.member_role,
      ...(entry.reason ? { offline_reason: entry.reason } : {}),
    },
    created_at: entry.created_at,
    // A stored entry has no updated_at: its creation time keeps a live final row from being overwritten by an older read.
    updated_at: entry.created_at,
  };
}

export const transcriptRows = (t: DebateTranscript): ChatMessageView[] =>
  t.rounds.flatMap((r) => [...r.founder_messages, ...r.positions, ...r.syntheses]).map((e) => entryToRow(e, t.session_id));

function kindOf(row: ChatMessageView): DebateKind {
  const kind = row.metadata?.kind;
  if (kind === 'topic' || kind === 'founder' || kind === 'position' || kind === 'synthesis') return kind;
  return row.role === 'user' ? 'founder' : 'other';
}

/**
 * Rows (any order) grouped as the server groups a transcript: a row without a round belongs to the
 * latest round before it; positions in member order, syntheses in row order (the last one current).
 */
export function buildRounds(rows: ChatMessageView[]): ShownRound[] {
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  const rounds = new Map<number, ShownRound>();
  let current = 1;
  const roundOf = (n: number) => {
    let r = rounds.get(n);
    if (!r) rounds.set(n, (r = { round: n, founder: [], positions: [], synthesis: null, earlier: [] }));
    return r;
  };
  roundOf(1);
  for (const row of sorted) {
    const stored = Number(row.metadata?.round);
    const round = Number.isInteger(stored) && stored > 0 ? stored : current;
    current = Math.max(current, round);
    const order = Number(row.metadata?.order);
    const meta = row.metadata ?? {};
    const entry: ShownEntry = {
      id: row.id,
      kind: kindOf(row),
      round,
      order: row.metadata?.order !== null && Number.isInteger(order) ? order : null,
      author: row.author,
      member_role: typeof meta.member_role === 'string' ? meta.member_role : null,
      content: row.content,
      status: row.status,
      model: row.model,
      reason: typeof meta.offline_reason === 'string' ? meta.offline_reason : typeof meta.interrupted_reason === 'string' ? meta.interrupted_reason : null,
      created_at: row.created_at,
    };
    const r = roundOf(round);
    if (entry.kind === 'position') r.positions.push(entry);
    else if (entry.kind === 'synthesis') {
      if (r.synthesis) r.earlier.push(r.synthesis);
      r.synthesis = entry;
    } else if (entry.kind === 'topic' || entry.kind === 'founder') r.founder.push(entry);
  }
  for (let n = 1; n <= current; n++) roundOf(n);
  const list = [...rounds.values()].sort((a, b) => a.round - b.round);
  for (const r of list) r.positions.sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.id - b.id);
  return list;
}

/** True while any row of the debate is still being generated. */
export const anyStreaming = (rounds: ShownRound[]) =>
  rounds.some((r) => r.positions.some((p) => p.status === 'streaming') || r.synthesis?.status === 'streaming');

/** The first `count` rows in the order they were written (a replay of a stored debate, step by step). */
export function replayRows(rows: ChatMessageView[], count: number): ChatMessageView[] {
  return [...rows].sort((a, b) => a.id - b.id).slice(0, count);
}
