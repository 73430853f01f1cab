import { BeforeApplicationShutdown, ConflictException, Injectable, Logger, NotFoundException, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import type { JsonObject } from '../common/json';
import { AllConfig, LlmConfig } from '../config/configuration';
import { EventsService } from '../events/events.service';
import { LlmService } from '../llm/llm.service';
import type { ChatTurn, LlmFailureKind, LlmState } from '../llm/llm.types';
import { OllamaHealthService } from '../llm/ollama-health.service';
import { offlineReply } from '../llm/prompts';
import { ChatService } from './chat.service';
import { DeltaStream, generationFailure } from './delta-stream';
import { ChatMessage } from './entities/chat-message.entity';
import { ChatSession, ScopeType } from './entities/chat-session.entity';
import { ConverseInput, ConverseResult, ReplyComposer, ReplyPlan } from './reply.types';
import { armDeadline } from './request-deadline';

const HISTORY_TURNS = 40;

interface InFlight {
  controller: AbortController;
  done: Promise<unknown>;
  /** The user message being answered (a reply row names it in reply_to_id). */
  userMessageId: number;
}

/**
 * Turns a founder message into a stored reply. Server-owned generation: the assistant row exists from
 * the first moment (`streaming`), deltas go live to `session:<id>` (coalesced), the text is
 * checkpointed, and the row always ends `complete`, `interrupted` (partial text kept) or `offline`
 * (in-character text). Ollama trouble never becomes an HTTP error.
 */
/** How long a stored message may wait for another instance to start its reply before this one does. */
const FRESH_MESSAGE_MS = 3000;
const REPLY_POLL_MS = 100;

@Injectable()
export class ReplyService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReplyService.name);
  private readonly composers = new Map<ScopeType, ReplyComposer>();
  private readonly inFlight = new Set<InFlight>();
  /** Per user message: the last send's turn (see inTurn). */
  private readonly turns = new Map<number, Promise<void>>();
  private readonly llmConfig: LlmConfig;

  constructor(
    private readonly chat: ChatService,
    private readonly llm: LlmService,
    private readonly health: OllamaHealthService,
    private readonly events: EventsService,
    private readonly httpHost: HttpAdapterHost,
    config: ConfigService<AllConfig, true>,
  ) {
    this.llmConfig = config.get('llm', { infer: true });
  }

  /**
   * Replies left `streaming` by a process that died become `interrupted`, keeping their text. Only in
   * a process that serves HTTP (and so generates replies): a CLI run (an application context, no HTTP
   * adapter) next to a live server would mark that server's running replies interrupted.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.httpHost.httpAdapter) return;
    const interrupted = await this.chat.interruptStreamingMessages();
    if (interrupted) this.logger.warn(`${interrupted} reply(ies) left streaming by the previous run marked interrupted`);
  }

  /** Graceful shutdown: running generations end `interrupted` with their partial text. */
  async beforeApplicationShutdown(): Promise<void> {
    const running = [...this.inFlight];
    for (const run of running) run.controller.abort();
    await Promise.allSettled(running.map((run) => run.done));
  }

  register(scopeType: ScopeType, composer: ReplyComposer): void {
    this.composers.set(scopeType, composer);
  }

  /** Stores the user message (idempotent by client_message_id) and the reply; resolves when the reply is final. */
  async converse(input: ConverseInput): Promise<ConverseResult> {
    const { session } = await this.chat.getOrCreateSession({
      sessionId: input.sessionId,
      scope: input.scope,
      strictScope: true,
      openingMessageId: input.clientMessageId,
      actor: input.actor,
    });
    input.onSession?.(session);
    const { message: userMessage, duplicate } = await this.chat.addMessage({
      sessionId: session.sessionId,
      role: 'user',
      content: input.message,
      clientMessageId: input.clientMessageId,
      metadata: input.userMetadata ?? null,
      actor: input.actor,
    });
    // Sends of one message (a client retrying) take turns: the first answers, the others find its reply.
    return this.inTurn(userMessage.id, async (waited) => {
      if (duplicate || waited) {
        // A duplicate this process did not see first may be answered by another instance right now.
        const reply = waited ? await this.chat.findReplyTo(userMessage.id) : await this.replyOfAnotherInstance(userMessage);
        if (reply) {
          input.onToken?.(reply.content);
          return { session, userMessage, reply, duplicate: true };
        }
      }
      const reply = await this.answer(session, userMessage, null, input.onToken);
      return { session, userMessage, reply, duplicate };
    });
  }

  /**
   * Runs `work` for one user message after any earlier run for it (in this process). `waited` tells
   * that another send of the message went first, so its reply may exist even if this send stored the
   * message: the order in which concurrent sends reach this point is not the order of their writes.
   */
  private async inTurn<T>(userMessageId: number, work: (waited: boolean) => Promise<T>): Promise<T> {
    const previous = this.turns.get(userMessageId);
    const mine = (previous ?? Promise.resolve()).then(() => work(previous !== undefined));
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    this.turns.set(userMessageId, settled);
    try {
      return await mine;
    } finally {
      if (this.turns.get(userMessageId) === settled) this.turns.delete(userMessageId);
    }
  }

  /**
   * The reply to a message that another send stored (maybe on another instance): waits while that
   * reply is streaming, and briefly for it to appear when the message is fresh; null = nobody answers
   * it (e.g. the instance that stored it died first), so this send answers.
   */
  private async replyOfAnotherInstance(userMessage: ChatMessage): Promise<ChatMessage | null> {
    const deadline = Date.now() + this.llmConfig.requestDeadlineMs;
    for (;;) {
      const reply = await this.chat.findReplyTo(userMessage.id);
      if (reply && reply.status !== 'streaming') return reply;
      if (reply && Date.now() > deadline) return reply;
      if (!reply && Date.now() - userMessage.createdAt.getTime() > FRESH_MESSAGE_MS) return null;
      await new Promise((resolve) => setTimeout(resolve, REPLY_POLL_MS));
    }
  }

  /** Generates again a reply that ended offline or interrupted; the same row is updated in place. */
  async regenerate(sessionId: string, messageId: number): Promise<ChatMessage> {
    const session = await this.chat.requireSession(sessionId);
    const target = await this.chat.findMessage(messageId);
    if (!target || target.sessionId !== session.sessionId) throw new NotFoundException(`No message ${messageId} in session ${sessionId}`);
    if (target.role !== 'assistant') throw new ConflictException(`Message ${messageId} is not an assistant reply of session ${sessionId}`);
    if (!['offline', 'interrupted', 'error'].includes(target.status)) {
      throw new ConflictException(`Only offline or interrupted replies can be regenerated (this one is ${target.status})`);
    }
    const userMessage = target.replyToId ? await this.chat.findMessage(target.replyToId) : null;
    if (!userMessage) throw new ConflictException(`Message ${messageId} has no user message to answer`);
    return this.answer(session, userMessage, target);
  }

  /**
   * Stops a reply that is streaming: the generation is aborted and the row ends `interrupted` with
   * the text so far (regenerate can ask again). Resolves with the final row.
   */
  async stop(sessionId: string, messageId: number): Promise<ChatMessage> {
    const session = await this.chat.requireSession(sessionId);
    const target = await this.chat.findMessage(messageId);
    if (!target || target.sessionId !== session.sessionId) throw new NotFoundException(`No message ${messageId} in session ${sessionId}`);
    if (target.role !== 'assistant' || target.status !== 'streaming') {
      throw new ConflictException(`Message ${messageId} is not a streaming reply (it is ${target.role}, ${target.status})`);
    }
    const run = [...this.inFlight].find((r) => r.userMessageId === target.replyToId);
    if (!run) throw new ConflictException(`Reply ${messageId} is not being generated by this instance`);
    run.controller.abort();
    await run.done;
    return (await this.chat.findMessage(messageId)) ?? target;
  }

  private async answer(session: ChatSession, userMessage: ChatMessage, existing: ChatMessage | null, onToken?: (delta: string) => void) {
    const composer = this.composers.get(session.scopeType);
    if (!composer) throw new ConflictException(`No speaker answers sessions of scope ${session.scopeType}`);
    const plan = await composer.plan(session, userMessage);
    const status = await this.health.current();
    if (status.state !== 'up' || this.llm.isPaused()) {
      this.llm.recordOfflineWithoutCall();
      return this.storeOffline(session, userMessage, plan, this.llm.isPaused() ? 'paused' : status.state, status.active_model, existing, onToken);
    }
    const run: InFlight = { controller: new AbortController(), done: Promise.resolve(), userMessageId: userMessage.id };
    const disarm = armDeadline(run.controller, this.llmConfig.requestDeadlineMs);
    const work = this.generate(session, userMessage, plan, existing, run.controller.signal, status.active_model, onToken);
    run.done = work.catch(() => undefined);
    this.inFlight.add(run);
    try {
      return await work;
    } finally {
      disarm();
      this.inFlight.delete(run);
    }
  }

  private async storeOffline(
    session: ChatSession,
    userMessage: ChatMessage,
    plan: ReplyPlan,
    reason: LlmFailureKind | LlmState,
    model: string,
    existing: ChatMessage | null,
    onToken?: (delta: string) => void,
  ): Promise<ChatMessage> {
    const content = offlineReply({ ...plan.speaker, reason, model });
    const metadata = { ...plan.metadata, offline_reason: reason };
    onToken?.(content);
    if (existing) {
      return this.chat.updateMessage(existing.id, { content, status: 'offline', model: 'offline', metadata }, 'chat.message.regenerated');
    }
    const { message } = await this.chat.addMessage({
      sessionId: session.sessionId,
      role: 'assistant',
      author: plan.speaker.name,
      content,
      model: 'offline',
      status: 'offline',
      replyToId: userMessage.id,
      metadata,
    });
    return message;
  }

  private async generate(
    session: ChatSession,
    userMessage: ChatMessage,
    plan: ReplyPlan,
    existing: ChatMessage | null,
    signal: AbortSignal,
    model: string,
    onToken?: (delta: string) => void,
  ): Promise<ChatMessage> {
    // The placeholder row is written while the prompt is built and Ollama is asked: it is not on the
    // path to the first token (deltas wait for it; SSE tokens do not).
    const placeholder = existing
      ? this.chat.updateMessage(existing.id, { content: '', status: 'streaming', model }, 'chat.message.regenerating', { includeContent: false })
      : this.chat
          .addMessage({
            sessionId: session.sessionId,
            role: 'assistant',
            author: plan.speaker.name,
            content: '',
            model,
            status: 'streaming',
            replyToId: userMessage.id,
            metadata: plan.metadata ?? null,
          })
          .then(({ message }) => message);
    const stream = new DeltaStream(placeholder, session, this.events, this.chat, this.llmConfig, onToken);
    const finalEvent = existing ? 'chat.message.regenerated' : undefined;
    // Kept for a failed synthesis too: the notes gathered before a deadline are stored with the row.
    let built: Awaited<ReturnType<ReplyPlan['build']>> | null = null;
    try {
      const history = (await this.chat.recentTurns(session.sessionId, HISTORY_TURNS, userMessage.id)).map(toTurn);
      built = await plan.build(history, userMessage.content, signal);
      const result = await this.llm.generate({
        messages: built.messages,
        priority: 'founder',
        maxTokens: this.llmConfig.maxTokens,
        signal,
        onToken: (delta) => stream.push(delta),
      });
      const row = await placeholder;
      await stream.close();
      return await this.chat.updateMessage(
        row.id,
        {
          content: result.content,
          status: 'complete',
          model: result.model,
          promptTokens: result.promptTokens,
          tokens: result.completionTokens,
          latencyMs: result.latencyMs,
          metadata: { ...plan.metadata, ...built.metadata } as JsonObject,
        },
        finalEvent ?? 'chat.message.completed',
      );
    } catch (error) {
      const row = await placeholder;
      await stream.close();
      const { kind, partial, interrupted, unexpected } = generationFailure(error, signal, stream.text);
      if (unexpected) this.logger.error(`reply generation failed: ${(error as Error).message}`, (error as Error).stack);
      if (interrupted) {
        return this.chat.updateMessage(
          row.id,
          { content: partial, status: 'interrupted', metadata: { ...plan.metadata, ...built?.metadata, interrupted_reason: kind } as JsonObject },
          finalEvent ?? 'chat.message.interrupted',
        );
      }
      const content = offlineReply({ ...plan.speaker, reason: kind, model });
      onToken?.(content);
      return this.chat.updateMessage(
        row.id,
        { content, status: 'offline', model: 'offline', metadata: { ...plan.metadata, offline_reason: kind } },
        finalEvent ?? 'chat.message.offline',
      );
    }
  }
}

const toTurn = (message: ChatMessage): ChatTurn => ({ role: message.role === 'system' ? 'system' : message.role, content: message.content });
