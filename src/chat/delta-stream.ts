import { LlmConfig } from '../config/configuration';
import { EventsService } from '../events/events.service';
import { sessionRoom } from '../events/rooms';
import { LlmUnavailableError } from '../llm/llm.types';
import type { LlmFailureKind } from '../llm/llm.types';
import { ChatService } from './chat.service';
import { ChatMessage } from './entities/chat-message.entity';
import { ChatSession } from './entities/chat-session.entity';
import { DeadlineExceeded } from './request-deadline';

/**
 * Live deltas for one reply: every token to the SSE caller at once; coalesced `chat.message.delta`
 * events to the session room; the text checkpointed to the row now and then.
 */
export class DeltaStream {
  text = '';
  private pending = '';
  private seq = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private lastCheckpoint = Date.now();
  private checkpointed = 0;
  private checkpointing: Promise<unknown> = Promise.resolve();
  /** Known once the reply's row is written; until then deltas wait (SSE tokens do not). */
  private rowId: number | null = null;
  private readonly rowReady: Promise<ChatMessage>;
  /** Deltas of a hidden department's (or its agent's) session are founder-only, like its rows' events. */
  private founderOnly: boolean | null = null;
  private readonly audienceReady: Promise<unknown>;

  constructor(
    row: ChatMessage | Promise<ChatMessage>,
    private readonly session: ChatSession,
    private readonly events: EventsService,
    private readonly chat: ChatService,
    private readonly config: LlmConfig,
    private readonly onToken?: (delta: string) => void,
  ) {
    this.rowReady = Promise.resolve(row);
    this.rowReady.then(
      (message) => (this.rowId = message.id),
      () => undefined,
    );
    this.audienceReady = chat.audience(session).then(
      (audience) => (this.founderOnly = audience.founderOnly),
      () => (this.founderOnly = true),
    );
  }

  push(delta: string): void {
    if (!delta) return;
    this.text += delta;
    this.pending += delta;
    this.onToken?.(delta);
    this.flushTimer ??= setTimeout(() => this.flush(), this.config.deltaIntervalMs);
    if (Date.now() - this.lastCheckpoint >= this.config.checkpointMs) this.checkpoint();
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (!this.pending) return;
    if (this.rowId === null || this.founderOnly === null) {
      this.flushTimer = setTimeout(() => this.flush(), this.config.deltaIntervalMs);
      return;
    }
    this.events.emitTransient({
      eventType: 'chat.message.delta',
      entityType: 'chat_message',
      entityId: this.rowId,
      rooms: [sessionRoom(this.session.sessionId)],
      founderOnly: this.founderOnly,
      payload: { session_id: this.session.sessionId, message_id: this.rowId, seq: this.seq++, offset: this.text.length - this.pending.length, delta: this.pending },
    });
    this.pending = '';
  }

  private checkpoint(): void {
    const rowId = this.rowId;
    if (rowId === null) return;
    this.lastCheckpoint = Date.now();
    if (this.text.length === this.checkpointed) return;
    const content = this.text;
    this.checkpointed = content.length;
    this.checkpointing = this.checkpointing.then(() =>
      this.chat.updateMessage(rowId, { content, status: 'streaming' }, 'chat.message.checkpoint', { includeContent: false }).catch(() => undefined),
    );
  }

  /** Sends what is pending and waits for checkpoints, so the final write is the last one. */
  async close(): Promise<void> {
    await Promise.all([this.rowReady, this.audienceReady]);
    this.flush();
    await this.checkpointing;
  }
}

/**
 * How a generation ended badly: the failure kind, the text to keep, and whether the row ends
 * `interrupted` with that text (even none: the model itself wrote nothing, or the request's deadline
 * passed) rather than the offline text. `unexpected` marks errors that are not Ollama trouble (log them).
 */
export function generationFailure(
  error: unknown,
  signal: AbortSignal,
  streamed: string,
): { kind: LlmFailureKind; partial: string; interrupted: boolean; unexpected: boolean } {
  const known = error instanceof LlmUnavailableError;
  const kind: LlmFailureKind = signal.reason instanceof DeadlineExceeded ? 'deadline' : known ? error.kind : signal.aborted ? 'aborted' : 'stream_error';
  const partial = (known && error.partial) || streamed;
  return { kind, partial, interrupted: partial !== '' || kind === 'empty' || kind === 'deadline', unexpected: !known };
}
