import { BeforeApplicationShutdown, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { JsonObject } from '../common/json';
import { AllConfig, LlmConfig } from '../config/configuration';
import { EventsService } from '../events/events.service';
import { LlmService } from '../llm/llm.service';
import type { ChatTurn, LlmFailureKind, LlmState } from '../llm/llm.types';
import { OllamaHealthService } from '../llm/ollama-health.service';
import { offlineReply } from '../llm/prompts';
import { ChatService, MessagePatch, MessageUpdateEvent } from './chat.service';
import { DeltaStream, generationFailure } from './delta-stream';
import { ChatMessage, MessageStatus } from './entities/chat-message.entity';
import { ChatSession } from './entities/chat-session.entity';
import { armDeadline, DeadlineExceeded } from './request-deadline';
import type { SpeakerProfile } from './reply.types';

/** How one assistant turn ended, before (or as) it is written. */
export interface TurnOutcome {
  /** The streaming row, when generation started; otherwise the row is created when the outcome is written. */
  row: ChatMessage | null;
  patch: Required<Pick<MessagePatch, 'content' | 'status' | 'model'>> & MessagePatch;
  finalEvent: MessageUpdateEvent;
}

export interface AssistantTurn {
  session: ChatSession;
  /** Stored as the message author and used for the offline text. */
  speaker: SpeakerProfile;
  /** Stored on the assistant message. */
  metadata?: JsonObject;
  /** The prompt, built once the streaming row is on its way (it may itself consult the LLM with `signal`). */
  build(signal: AbortSignal): Promise<{ messages: ChatTurn[]; metadata?: JsonObject }>;
  maxTokens: number;
  signal: AbortSignal;
  /** The user message this turn answers (stored as reply_to_id). */
  replyToId?: number | null;
  /** A reply generated again in place: its row is reused and every final event is `chat.message.regenerated`. */
  existing?: ChatMessage | null;
  /** Known beforehand that the turn cannot be generated (e.g. a synthesis of nothing): the offline text at once. */
  offlineReason?: LlmFailureKind | LlmState | null;
  /** Every content delta (SSE), and the offline text when there is one. */
  onToken?: (delta: string) => void;
  /** For the log line of an unexpected failure. */
  label: string;
}

interface Run {
  key: string;
  controller: AbortController;
  done: Promise<unknown>;
}

/**
 * One assistant turn, for every speaker (chat replies, council positions and syntheses): offline text
 * without calling Ollama when it is not up (or paused); otherwise a `streaming` row with live deltas
 * and checkpoints, ending `complete`, `interrupted` (partial text kept) or `offline` (in-character
 * text). Ollama trouble never becomes an error. It also keeps the one registry of in-flight requests,
 * each bounded by LLM_REQUEST_DEADLINE_MS and aborted at shutdown.
 */
@Injectable()
export class AssistantTurnEngine implements OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger(AssistantTurnEngine.name);
  /** LLM settings (OLLAMA_*, LLM_*) for the speakers' own bounds too. */
  readonly llmConfig: LlmConfig;
  private readonly runs = new Set<Run>();

  constructor(
    private readonly chat: ChatService,
    private readonly llm: LlmService,
    private readonly health: OllamaHealthService,
    private readonly events: EventsService,
    config: ConfigService<AllConfig, true>,
  ) {
    this.llmConfig = config.get('llm', { infer: true });
  }

  /**
   * Shutdown aborts the running generations as early as Nest allows: LlmService closes its HTTP agent
   * in its own destroy hook, and that close waits for the streams still open.
   */
  onModuleDestroy(): void {
    for (const run of this.runs) run.controller.abort();
  }

  /** Graceful shutdown: running generations end `interrupted`/offline with their text, never `streaming`. */
  async beforeApplicationShutdown(): Promise<void> {
    const running = [...this.runs];
    for (const run of running) run.controller.abort();
    await Promise.allSettled(running.map((run) => run.done));
  }

  /** Runs one request's generations under `key` with one abort signal, armed with the request deadline. */
  async track<T>(key: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const run: Run = { key, controller: new AbortController(), done: Promise.resolve() };
    const disarm = armDeadline(run.controller, this.llmConfig.requestDeadlineMs);
    this.runs.add(run);
    const result = work(run.controller.signal);
    run.done = result.catch(() => undefined);
    try {
      return await result;
    } finally {
      disarm();
      this.runs.delete(run);
    }
  }

  isRunning(key: string): boolean {
    return [...this.runs].some((run) => run.key === key);
  }

  /** Aborts the request running under `key` and waits for it; false when none runs here. */
  async abort(key: string): Promise<boolean> {
    const run = [...this.runs].find((r) => r.key === key);
    if (!run) return false;
    run.controller.abort();
    await run.done;
    return true;
  }

  /** Generates the turn; the final state is returned, not written (see `write`), so callers can order writes. */
  async generate(turn: AssistantTurn): Promise<TurnOutcome> {
    const { signal } = turn;
    const status = await this.health.current();
    // Past the request's deadline a turn not yet started ends interrupted with nothing (it may be asked again).
    if (signal.reason instanceof DeadlineExceeded) return this.interrupted(turn, 'deadline', '', null, status.active_model);
    const offlineReason = signal.aborted ? 'aborted' : (turn.offlineReason ?? (this.llm.isPaused() ? 'paused' : status.state !== 'up' ? status.state : null));
    if (offlineReason) {
      // Ollama is not called on this path (generate() counts the turns it runs itself).
      this.llm.recordOfflineWithoutCall();
      return this.offline(turn, offlineReason, status.active_model, turn.existing ?? null);
    }
    const model = status.active_model;
    // The placeholder row is written while the prompt is built and Ollama is asked: it is not on the
    // path to the first token (deltas wait for it; SSE tokens do not).
    const placeholder = turn.existing
      ? this.chat.updateMessage(turn.existing.id, { content: '', status: 'streaming', model }, 'chat.message.regenerating', { includeContent: false })
      : this.chat
          .addMessage({
            sessionId: turn.session.sessionId,
            role: 'assistant',
            author: turn.speaker.name,
            content: '',
            model,
            status: 'streaming',
            replyToId: turn.replyToId ?? null,
            metadata: turn.metadata ?? null,
          })
          .then(({ message }) => message);
    const stream = new DeltaStream(placeholder, turn.session, this.events, this.chat, this.llmConfig, turn.onToken);
    // Kept for a failed turn too: what the build gathered before a deadline is stored with the row.
    let built: Awaited<ReturnType<AssistantTurn['build']>> | null = null;
    try {
      built = await turn.build(signal);
      const result = await this.llm.generate({ messages: built.messages, priority: 'founder', maxTokens: turn.maxTokens, signal, onToken: (delta) => stream.push(delta) });
      const row = await placeholder;
      await stream.close();
      return {
        row,
        patch: {
          content: result.content,
          status: 'complete',
          model: result.model,
          promptTokens: result.promptTokens,
          tokens: result.completionTokens,
          latencyMs: result.latencyMs,
          metadata: { ...turn.metadata, ...built.metadata } as JsonObject,
        },
        finalEvent: this.finalEvent(turn, 'chat.message.completed'),
      };
    } catch (error) {
      const row = await placeholder;
      await stream.close();
      const { kind, partial, interrupted, unexpected } = generationFailure(error, signal, stream.text);
      if (unexpected) this.logger.error(`${turn.label} generation failed: ${(error as Error).message}`, (error as Error).stack);
      if (interrupted) return this.interrupted(turn, kind, partial, row, row.model ?? model, built?.metadata);
      return this.offline(turn, kind, model, row);
    }
  }

  /** The final row: the streaming row updated in place, or a new (offline) row. Joins the caller's write. */
  async write(turn: { session: ChatSession; speaker: { name: string }; replyToId?: number | null }, outcome: TurnOutcome): Promise<ChatMessage> {
    if (outcome.row) return this.chat.updateMessage(outcome.row.id, outcome.patch, outcome.finalEvent);
    const { message } = await this.chat.addMessage({
      sessionId: turn.session.sessionId,
      role: 'assistant',
      author: turn.speaker.name,
      content: outcome.patch.content,
      model: outcome.patch.model,
      status: outcome.patch.status as MessageStatus,
      replyToId: turn.replyToId ?? null,
      metadata: outcome.patch.metadata ?? null,
    });
    return message;
  }

  private offline(turn: AssistantTurn, reason: LlmFailureKind | LlmState, model: string | undefined, row: ChatMessage | null): TurnOutcome {
    const content = offlineReply({ ...turn.speaker, reason, model });
    turn.onToken?.(content);
    return {
      row,
      patch: { content, status: 'offline', model: 'offline', metadata: { ...turn.metadata, offline_reason: reason } },
      finalEvent: this.finalEvent(turn, 'chat.message.offline'),
    };
  }

  /** A turn that ends `interrupted` with the text it has (maybe none): the row streamed so far, or a new one. */
  private interrupted(turn: AssistantTurn, kind: LlmFailureKind, content: string, row: ChatMessage | null, model: string | null, built?: JsonObject): TurnOutcome {
    return {
      row,
      patch: { content, status: 'interrupted', model, metadata: { ...turn.metadata, ...built, interrupted_reason: kind } as JsonObject },
      finalEvent: this.finalEvent(turn, 'chat.message.interrupted'),
    };
  }

  private finalEvent(turn: AssistantTurn, event: MessageUpdateEvent): MessageUpdateEvent {
    return turn.existing ? 'chat.message.regenerated' : event;
  }
}
