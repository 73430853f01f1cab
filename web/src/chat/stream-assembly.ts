import type { ChatMessageView, EventEnvelope } from '../api/types';

/** A message as the page shows it: the stored row, plus what live deltas added since. */
export type ShownMessage = ChatMessageView;

export interface DeltaPayload {
  session_id: string;
  message_id: number;
  seq: number;
  delta: string;
  /** Characters of the reply before this delta (lets a late joiner place it exactly). */
  offset?: number;
}

const FULL_MESSAGE_EVENTS = new Set([
  'chat.message.created',
  'chat.message.completed',
  'chat.message.interrupted',
  'chat.message.offline',
  'chat.message.regenerated',
]);

/**
 * Builds one session's message list from HTTP pages and live events, in id order. Rules:
 * a full row replaces what is shown, except that a `streaming` row never shortens text that live
 * deltas already extended; a delta is placed by its offset (overlap trimmed, so a delta seen twice
 * adds nothing); `regenerating` clears the text for the new reply.
 */
export class StreamAssembly {
  private readonly byId = new Map<number, ShownMessage>();

  constructor(readonly sessionId: string) {}

  /** Messages oldest first. */
  list(): ShownMessage[] {
    return [...this.byId.values()].sort((a, b) => a.id - b.id);
  }

  get(id: number): ShownMessage | undefined {
    return this.byId.get(id);
  }

  get oldestId(): number | null {
    let oldest: number | null = null;
    for (const id of this.byId.keys()) if (oldest === null || id < oldest) oldest = id;
    return oldest;
  }

  upsertRow(row: ChatMessageView): void {
    if (row.session_id !== this.sessionId) return;
    const shown = this.byId.get(row.id);
    // An older read of a reply that has since ended never brings back `streaming` (checked first:
    // the ended text is longer than the read's, which the next rule would otherwise keep as streaming).
    if (shown && shown.status !== 'streaming' && row.status === 'streaming' && shown.updated_at > row.updated_at) return;
    if (shown && row.status === 'streaming' && shown.content.length > row.content.length && shown.content.startsWith(row.content)) {
      this.byId.set(row.id, { ...row, content: shown.content });
      return;
    }
    this.byId.set(row.id, row);
  }

  /** Applies a socket event; returns true when the list changed. */
  apply(event: EventEnvelope): boolean {
    const payload = event.payload as Record<string, unknown>;
    if (payload?.session_id !== this.sessionId) return false;
    if (event.event_type === 'chat.message.delta') return this.applyDelta(payload as unknown as DeltaPayload);
    if (FULL_MESSAGE_EVENTS.has(event.event_type) && typeof payload.content === 'string') {
      this.upsertRow(payload as unknown as ChatMessageView);
      return true;
    }
    const id = Number(payload.id ?? event.entity_id);
    const shown = this.byId.get(id);
    if (event.event_type === 'chat.message.regenerating' && shown) {
      this.byId.set(id, { ...shown, content: '', status: 'streaming' });
      return true;
    }
    if (event.event_type === 'chat.message.checkpoint' && shown && typeof payload.status === 'string') {
      this.byId.set(id, { ...shown, status: payload.status as ShownMessage['status'] });
      return true;
    }
    return false;
  }

  private applyDelta(delta: DeltaPayload): boolean {
    const shown = this.byId.get(delta.message_id) ?? {
      id: delta.message_id,
      session_id: delta.session_id,
      role: 'assistant' as const,
      author: null,
      content: '',
      model: null,
      status: 'streaming' as const,
      client_message_id: null,
      reply_to_id: null,
      metadata: null,
      created_at: new Date().toISOString(),
      updated_at: new Date().toISOString(),
    };
    if (shown.status !== 'streaming') return false;
    let text = delta.delta;
    if (typeof delta.offset === 'number') {
      const have = shown.content.length;
      if (delta.offset + text.length <= have) return false; // already shown
      if (delta.offset < have) text = text.slice(have - delta.offset);
      // offset > have: the page joined mid-reply after a checkpoint; the final row fills the gap.
    }
    this.byId.set(delta.message_id, { ...shown, content: shown.content + text });
    return true;
  }
}
