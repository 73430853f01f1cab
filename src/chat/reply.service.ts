import { ConflictException, Injectable, Logger, NotFoundException, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { LlmConfig } from '../config/configuration';
import type { ChatTurn } from '../llm/llm.types';
import { AssistantTurn, AssistantTurnEngine } from './assistant-turn.engine';
import { ChatService } from './chat.service';
import { ChatMessage } from './entities/chat-message.entity';
import { ChatSession, ScopeType } from './entities/chat-session.entity';
import { ConverseInput, ConverseResult, ReplyComposer } from './reply.types';

const HISTORY_TURNS = 40;

/** How long a stored message may wait for another instance to start its reply before this one does. */
const FRESH_MESSAGE_MS = 3000;
const REPLY_POLL_MS = 100;

/**
 * Turns a founder message into a stored reply. Server-owned generation (AssistantTurnEngine): the
 * assistant row exists from the first moment (`streaming`), deltas go live to `session:<id>`
 * (coalesced), the text is checkpointed, and the row always ends `complete`, `interrupted` (partial
 * text kept) or `offline` (in-character text). Ollama trouble never becomes an HTTP error.
 */
@Injectable()
export class ReplyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReplyService.name);
  private readonly composers = new Map<ScopeType, ReplyComposer>();
  /** Per user message: the last send's turn (see inTurn). */
  private readonly turns = new Map<number, Promise<void>>();
  constructor(
    private readonly chat: ChatService,
    private readonly engine: AssistantTurnEngine,
    private readonly httpHost: HttpAdapterHost,
  ) {}

  private get llmConfig(): LlmConfig {
    return this.engine.llmConfig;
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
    const stopped = target.replyToId !== null && (await this.engine.abort(replyKey(target.replyToId)));
    if (!stopped) throw new ConflictException(`Reply ${messageId} is not being generated by this instance`);
    return (await this.chat.findMessage(messageId)) ?? target;
  }

  private async answer(session: ChatSession, userMessage: ChatMessage, existing: ChatMessage | null, onToken?: (delta: string) => void) {
    const composer = this.composers.get(session.scopeType);
    if (!composer) throw new ConflictException(`No speaker answers sessions of scope ${session.scopeType}`);
    const plan = await composer.plan(session, userMessage);
    return this.engine.track(replyKey(userMessage.id), async (signal) => {
      const turn: AssistantTurn = {
        session,
        speaker: plan.speaker,
        metadata: plan.metadata,
        build: async (buildSignal) => {
          const history = (await this.chat.recentTurns(session.sessionId, HISTORY_TURNS, userMessage.id)).map(toTurn);
          return plan.build(history, userMessage.content, buildSignal);
        },
        maxTokens: this.llmConfig.maxTokens,
        signal,
        replyToId: userMessage.id,
        existing,
        onToken,
        label: 'reply',
      };
      return this.engine.write(turn, await this.engine.generate(turn));
    });
  }
}

/** The registry key of the generation answering one user message (stop finds it by that). */
const replyKey = (userMessageId: number) => `reply:${userMessageId}`;

const toTurn = (message: ChatMessage): ChatTurn => ({ role: message.role === 'system' ? 'system' : message.role, content: message.content });
