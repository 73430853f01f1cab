import type { Role } from '../auth/principal';
import type { JsonObject } from '../common/json';
import { truncateText } from '../common/text';
import { ChatVisibility } from './chat-visibility';
import { randomUUID } from 'node:crypto';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Transaction, UnitOfWork } from '../database/unit-of-work';
import { EventsService } from '../events/events.service';
import {
  isSessionId,
  normalizeCategory,
  qualifiedThreadKey,
  roomsForSession,
} from './chat-scope';
import { toMessageResponse, toSessionResponse } from './chat.mapper';
import { ChatCategory } from './entities/chat-category.entity';
import { ChatMessageRepository } from './chat-message.repository';
import { CategoryRow, ChatSessionRepository, SessionListFilter } from './chat-session.repository';
import { ChatMessage, MessageRole, MessageStatus } from './entities/chat-message.entity';
import { ChatSession, ScopeType } from './entities/chat-session.entity';

export interface SessionScope {
  scopeType: ScopeType;
  scopeId?: string | null;
  category?: string;
  title?: string;
  context?: JsonObject;
  ownerId?: string | null;
}

export interface GetOrCreateInput {
  sessionId?: string | null;
  /** Reuse (or create) the one session with this key in the scope. */
  threadKey?: string | null;
  scope: SessionScope;
  /** A known session of another scope is refused (403) instead of reused. */
  strictScope?: boolean;
  /**
   * The client_message_id of the send that needs the session: a new session is keyed by it in the
   * scope, so a retried first message (no session_id yet) lands in the session its first try opened.
   */
  openingMessageId?: string | null;
  actor?: string;
}

export interface AddMessageInput {
  sessionId: string;
  role: MessageRole;
  content: string;
  author?: string | null;
  model?: string | null;
  status?: MessageStatus;
  clientMessageId?: string | null;
  replyToId?: number | null;
  metadata?: JsonObject | null;
  promptTokens?: number | null;
  tokens?: number | null;
  latencyMs?: number | null;
  actor?: string;
}

export interface MessagePatch {
  content?: string;
  status?: MessageStatus;
  model?: string | null;
  promptTokens?: number | null;
  tokens?: number | null;
  latencyMs?: number | null;
  metadata?: JsonObject | null;
}

/** The events a message update publishes (all carry `ChatMessagePayload`). */
export type MessageUpdateEvent =
  | 'chat.message.checkpoint'
  | 'chat.message.regenerating'
  | 'chat.message.completed'
  | 'chat.message.interrupted'
  | 'chat.message.offline'
  | 'chat.message.regenerated';

export type SessionFilter = SessionListFilter;

const TITLE_CHARS = 50;
const PREVIEW_CHARS = 100;
const DEFAULT_TITLE = 'New Chat';

export function autoTitle(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  return flat.length > TITLE_CHARS ? `${truncateText(flat, TITLE_CHARS)}...` : flat || DEFAULT_TITLE;
}

/** The only writer of chat rows: sessions and messages, each write with its event in one transaction. */
@Injectable()
export class ChatService {
  constructor(
    private readonly sessions: ChatSessionRepository,
    private readonly messages: ChatMessageRepository,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
    private readonly visibility: ChatVisibility,
  ) {}

  /** Known active id → that session; otherwise (missing, unknown, deleted) a new one in the scope. */
  /** Where a session's events go: its rooms, founder-only for hidden departments and their agents. */
  async audience(session: Pick<ChatSession, 'sessionId' | 'scopeType' | 'scopeId'>): Promise<{ rooms: string[]; founderOnly: boolean }> {
    return { rooms: roomsForSession(session.sessionId, session.scopeType, session.scopeId), founderOnly: await this.visibility.isHidden(session) };
  }

  async getOrCreateSession(input: GetOrCreateInput): Promise<{ session: ChatSession; created: boolean }> {
    // The usual case (every turn after the first) is a plain read: no write transaction to queue for.
    if (input.sessionId && isSessionId(input.sessionId)) {
      const known = await this.sessions.findOne({ sessionId: input.sessionId });
      if (known && !known.deletedAt) {
        if (input.strictScope) this.assertScope(known, input.scope.scopeType, input.scope.scopeId ?? null);
        return { session: known, created: false };
      }
    }
    return this.uow.write(async (tx) => {
      if (input.sessionId && isSessionId(input.sessionId)) {
        const existing = await this.sessions.findOne({ sessionId: input.sessionId });
        if (existing && !existing.deletedAt) {
          if (input.strictScope) this.assertScope(existing, input.scope.scopeType, input.scope.scopeId ?? null);
          return { session: existing, created: false };
        }
      }
      const threadKey = input.threadKey
        ? qualifiedThreadKey(input.scope.scopeType, input.scope.scopeId, input.threadKey)
        : null;
      if (threadKey) {
        const existing = await this.sessions.findOne({ threadKey });
        if (existing) {
          if (existing.deletedAt) await this.restoreRow(tx, existing, input.actor);
          return { session: existing, created: false };
        }
      }
      let openingKey = !threadKey && input.openingMessageId ? qualifiedThreadKey(input.scope.scopeType, input.scope.scopeId, input.openingMessageId) : null;
      if (openingKey) {
        // Another instance may be opening the session for the same send right now: take turns (held to commit).
        await this.sessions.lockKey(`chat.opening:${openingKey}`);
        const existing = await this.sessions.findOne({ openingKey });
        if (existing && !existing.deletedAt) return { session: existing, created: false };
        // Its first session was deleted since: the send opens a fresh one (without the key, which stays taken).
        if (existing) openingKey = null;
      }
      return { session: await this.insertSession(tx, input.scope, threadKey, input.actor, openingKey), created: true };
    });
  }

  createSession(scope: SessionScope, actor?: string): Promise<ChatSession> {
    return this.uow.write((tx) => this.insertSession(tx, scope, null, actor));
  }

  private async insertSession(tx: Transaction, scope: SessionScope, threadKey: string | null, actor?: string, openingKey: string | null = null) {
    const category = normalizeCategory(scope.category, scope.scopeType);
    const categoryRow = await this.sessions.categoryNamed(category);
    const now = new Date();
    const session = this.sessions.create({
      sessionId: randomUUID(),
      category,
      categoryId: categoryRow?.id ?? null,
      title: scope.title?.trim() || DEFAULT_TITLE,
      ownerType: 'user',
      ownerId: scope.ownerId ?? null,
      scopeType: scope.scopeType,
      scopeId: scope.scopeId ?? null,
      threadKey,
      openingKey,
      context: scope.context ?? {},
      isActive: true,
      messageCount: 0,
      lastMessagePreview: null,
      deletedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await this.sessions.insert(session);
    await this.events.publish({
      eventType: 'chat.session.created',
      entityType: 'chat_session',
      entityId: session.sessionId,
      actor: actor ?? 'system',
      ...(await this.audience(session)),
      payload: { ...toSessionResponse(session) },
    });
    return session;
  }

  /**
   * Stores one message, bumps the session (count, preview, activity, auto-title) and publishes
   * `chat.message.created`. The same client_message_id in the same session returns the first message.
   */
  addMessage(input: AddMessageInput): Promise<{ message: ChatMessage; duplicate: boolean; session: ChatSession }> {
    return this.uow.write(async (tx) => {
      const session = await this.requireSession(input.sessionId);
      if (input.clientMessageId) {
        // Another instance may be storing the same send right now: take turns (held to commit).
        await this.sessions.lockKey(`chat.message:${session.sessionId}:${input.clientMessageId}`);
        const first = await this.messages.byClientMessageId(session.sessionId, input.clientMessageId);
        if (first) return { message: first, duplicate: true, session };
      }
      const now = new Date();
      const message = this.messages.create({
        sessionId: session.sessionId,
        role: input.role,
        author: input.author ?? null,
        content: input.content,
        model: input.model ?? null,
        status: input.status ?? 'complete',
        clientMessageId: input.clientMessageId ?? null,
        replyToId: input.replyToId ?? null,
        promptTokens: input.promptTokens ?? null,
        tokens: input.tokens ?? null,
        latencyMs: input.latencyMs ?? null,
        metadata: input.metadata ?? null,
        createdAt: now,
        updatedAt: now,
      });
      message.id = await this.messages.insert(message);

      session.messageCount += 1;
      session.lastMessagePreview = truncateText(input.content, PREVIEW_CHARS);
      session.updatedAt = now;
      if (input.role === 'user' && (!session.title || session.title === DEFAULT_TITLE)) session.title = autoTitle(input.content);
      await this.sessions.bumpForMessage(session, now);
      await this.events.publish({
        eventType: 'chat.message.created',
        entityType: 'chat_message',
        entityId: message.id,
        actor: input.actor ?? (input.role === 'user' ? 'founder' : (input.author ?? 'assistant')),
        ...(await this.audience(session)),
        payload: { ...toMessageResponse(message), scope_type: session.scopeType, scope_id: session.scopeId },
      });
      return { message, duplicate: false, session };
    });
  }

  /**
   * Updates a message in place (streaming checkpoints, the final text, a regenerated reply) and
   * publishes `eventType` with the new state; the session preview follows the message text.
   */
  updateMessage(messageId: number, patch: MessagePatch, eventType: MessageUpdateEvent, options: { actor?: string; includeContent?: boolean } = {}): Promise<ChatMessage> {
    return this.uow.write(async (tx) => {
      const message = await this.messages.byId(messageId);
      if (!message) throw new NotFoundException(`Message ${messageId} not found`);
      Object.assign(message, patch, { updatedAt: new Date() });
      await this.messages.update(messageId, { ...patch, updatedAt: message.updatedAt });
      const session = await this.requireSession(message.sessionId, { allowDeleted: true });
      if (patch.content !== undefined) {
        await this.sessions.update(session.id, { lastMessagePreview: truncateText(patch.content, PREVIEW_CHARS), updatedAt: message.updatedAt });
      }
      const full = toMessageResponse(message);
      const payload =
        options.includeContent === false
          ? { id: full.id, session_id: full.session_id, status: full.status, content_length: message.content.length }
          : full;
      await this.events.publish({
        eventType,
        entityType: 'chat_message',
        entityId: message.id,
        actor: options.actor ?? message.author ?? 'assistant',
        ...(await this.audience(session)),
        payload: { ...payload, scope_type: session.scopeType, scope_id: session.scopeId },
      });
      return message;
    });
  }

  /** At boot: replies left `streaming` by a dead process become `interrupted`, keeping their text. */
  async interruptStreamingMessages(): Promise<number> {
    const stale = await this.messages.streamingIds();
    let interrupted = 0;
    for (const { id } of stale) {
      // Checked again in the write: a reply that finished since the scan keeps its final state.
      await this.uow.write(async () => {
        const row = await this.messages.byId(id);
        if (row?.status !== 'streaming') return;
        await this.updateMessage(id, { status: 'interrupted' }, 'chat.message.interrupted', { actor: 'system' });
        interrupted += 1;
      });
    }
    return interrupted;
  }

  /** Reads in the caller's open write, if any (the repositories use UnitOfWork.manager). */
  async requireSession(sessionId: string, options: { allowDeleted?: boolean } = {}): Promise<ChatSession> {
    const session = await this.sessions.bySessionId(sessionId);
    if (!session || (session.deletedAt && !options.allowDeleted)) throw new NotFoundException(`Chat session ${sessionId} not found`);
    return session;
  }

  /** 404 for unknown, 403 for a session that belongs to another scope. */
  /** `requireSession` for a reader: a hidden department's (or its agent's) session is 404 to a viewer. */
  async requireVisibleSession(sessionId: string, role: Role): Promise<ChatSession> {
    const session = await this.requireSession(sessionId);
    if (role !== 'founder' && (await this.visibility.isHidden(session))) throw new NotFoundException(`Session ${sessionId} not found`);
    return session;
  }

  /** The sessions a reader may see (viewers: none of hidden departments and their agents). */
  async visibleTo<T extends Pick<ChatSession, 'scopeType' | 'scopeId'>>(sessions: T[], role: Role): Promise<T[]> {
    if (role === 'founder') return sessions;
    const hidden = await Promise.all(sessions.map((session) => this.visibility.isHidden(session)));
    return sessions.filter((_session, i) => !hidden[i]);
  }

  async requireSessionInScope(sessionId: string, scopeType: ScopeType, scopeId: string | null): Promise<ChatSession> {
    const session = await this.requireSession(sessionId);
    this.assertScope(session, scopeType, scopeId);
    return session;
  }

  private assertScope(session: ChatSession, scopeType: ScopeType, scopeId: string | null): void {
    if (session.scopeType !== scopeType || (scopeId !== null && session.scopeId !== scopeId)) {
      throw new ForbiddenException(`Chat session ${session.sessionId} belongs to another scope`);
    }
  }

  findMessage(messageId: number): Promise<ChatMessage | null> {
    return this.messages.byId(messageId);
  }

  /** The reply already stored for a user message (idempotent sends). */
  findReplyTo(userMessageId: number): Promise<ChatMessage | null> {
    return this.messages.replyTo(userMessageId);
  }

  /** The newest `limit` messages before `beforeId` (or the newest overall), returned oldest first. */
  async listMessages(sessionId: string, options: { beforeId?: number; afterId?: number; limit?: number } = {}) {
    await this.requireSession(sessionId);
    const limit = options.limit ?? 50;
    if (options.afterId !== undefined) {
      const rows = await this.messages.after(sessionId, options.afterId, limit + 1);
      const page = rows.slice(0, limit);
      return { messages: page, has_more: rows.length > limit, next_before_id: null, next_after_id: page.at(-1)?.id ?? options.afterId };
    }
    const rows = await this.messages.before(sessionId, options.beforeId, limit + 1);
    const page = rows.slice(0, limit).reverse();
    const hasMore = rows.length > limit;
    return { messages: page, has_more: hasMore, next_before_id: hasMore ? page[0].id : null, next_after_id: null };
  }

  /** Recent turns for an LLM prompt, oldest first (complete/offline/interrupted text only). */
  async recentTurns(sessionId: string, limit: number, beforeId?: number): Promise<ChatMessage[]> {
    return (await this.messages.recentFinished(sessionId, limit, beforeId)).reverse();
  }

  listSessions(filter: SessionFilter) {
    return this.sessions.list(filter);
  }

  updateSession(sessionId: string, patch: { title?: string; category?: string; context?: JsonObject }, actor?: string) {
    return this.uow.write(async (tx) => {
      const session = await this.requireSession(sessionId);
      const changes: Partial<ChatSession> = {};
      if (patch.title !== undefined) changes.title = patch.title.trim();
      if (patch.category !== undefined) changes.category = normalizeCategory(patch.category, session.scopeType);
      if (patch.context !== undefined) changes.context = patch.context;
      Object.assign(session, changes, { updatedAt: new Date() });
      await this.sessions.update(session.id, { ...changes, updatedAt: session.updatedAt });
      await this.events.publish({
        eventType: 'chat.session.updated',
        entityType: 'chat_session',
        entityId: session.sessionId,
        actor: actor ?? 'system',
        ...(await this.audience(session)),
        payload: { session_id: session.sessionId, changes: { ...changes } },
      });
      return session;
    });
  }

  /** Soft delete: hidden from lists, messages kept, restorable. */
  softDeleteSession(sessionId: string, actor?: string) {
    return this.uow.write(async (tx) => {
      const session = await this.requireSession(sessionId);
      session.deletedAt = new Date();
      session.isActive = false;
      await this.sessions.update(session.id, { deletedAt: session.deletedAt, isActive: false });
      await this.events.publish({
        eventType: 'chat.session.deleted',
        entityType: 'chat_session',
        entityId: session.sessionId,
        actor: actor ?? 'system',
        ...(await this.audience(session)),
        payload: { session_id: session.sessionId, deleted: true, soft: true },
      });
      return session;
    });
  }

  restoreSession(sessionId: string, actor?: string) {
    return this.uow.write(async (tx) => {
      const session = await this.requireSession(sessionId, { allowDeleted: true });
      if (session.deletedAt) await this.restoreRow(tx, session, actor);
      return session;
    });
  }

  private async restoreRow(tx: Transaction, session: ChatSession, actor?: string) {
    session.deletedAt = null;
    session.isActive = true;
    await this.sessions.update(session.id, { deletedAt: null, isActive: true });
    await this.events.publish({
      eventType: 'chat.session.restored',
      entityType: 'chat_session',
      entityId: session.sessionId,
      actor: actor ?? 'system',
      ...(await this.audience(session)),
      payload: { session_id: session.sessionId },
    });
  }

  /** Whether a live session carries this stored category (a free-form one exists only through its sessions). */
  async hasSessionsInCategory(category: string): Promise<boolean> {
    return this.sessions.hasLiveInCategory(normalizeCategory(category, 'general'));
  }

  listCategories(): Promise<ChatCategory[]> {
    return this.sessions.activeCategories();
  }

  countCategories(): Promise<number> {
    return this.sessions.countCategories();
  }

  /** Seed: insert missing categories, restore changed ones; returns how many rows changed. */
  upsertCategories(rows: CategoryRow[]): Promise<number> {
    return this.uow.write(() => this.sessions.upsertCategories(rows));
  }

  async counts() {
    const [sessions, messages] = await Promise.all([
      this.sessions.countLive(),
      this.messages.count(),
    ]);
    return { sessions, messages };
  }
}
