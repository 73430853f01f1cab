import { Injectable } from '@nestjs/common';
import { LessThan, MoreThan } from 'typeorm';
import { insertRow, selectRows } from '../database/insert-row';
import { UnitOfWork } from '../database/unit-of-work';
import { ChatMessage } from './entities/chat-message.entity';

/** Queries of `chat_messages`, in the current transaction. */
@Injectable()
export class ChatMessageRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get repo() {
    return this.uow.manager.getRepository(ChatMessage);
  }

  create(row: Omit<ChatMessage, 'id'>): ChatMessage {
    return this.repo.create(row);
  }

  /** Raw insert (hot path, docs/performance.md); returns the new id. */
  insert(message: ChatMessage): Promise<number> {
    return insertRow(this.uow.manager, ChatMessage, message);
  }

  async update(id: number, patch: Partial<ChatMessage>): Promise<void> {
    await this.repo.update({ id }, patch);
  }

  byId(id: number): Promise<ChatMessage | null> {
    return this.repo.findOne({ where: { id } });
  }

  async byClientMessageId(sessionId: string, clientMessageId: string): Promise<ChatMessage | null> {
    return (await selectRows(this.uow.manager, ChatMessage, 'session_id = ? AND client_message_id = ?', [sessionId, clientMessageId]))[0] ?? null;
  }

  /** The newest assistant reply to a user message. */
  replyTo(userMessageId: number): Promise<ChatMessage | null> {
    return this.repo.findOne({ where: { replyToId: userMessageId, role: 'assistant' }, order: { id: 'DESC' } });
  }

  streamingIds(): Promise<Array<{ id: number }>> {
    return this.repo.find({ where: { status: 'streaming' }, select: { id: true } });
  }

  /** Up to `take` messages after `afterId`, ascending. */
  after(sessionId: string, afterId: number, take: number): Promise<ChatMessage[]> {
    return this.repo.find({ where: { sessionId, id: MoreThan(afterId) }, order: { id: 'ASC' }, take });
  }

  /** Up to `take` messages before `beforeId` (or the newest), newest first. */
  before(sessionId: string, beforeId: number | undefined, take: number): Promise<ChatMessage[]> {
    return this.repo.find({ where: beforeId ? { sessionId, id: LessThan(beforeId) } : { sessionId }, order: { id: 'DESC' }, take });
  }

  /** The last `limit` finished turns before `beforeId`, newest first (raw SQL: on the path to a reply's first token). */
  recentFinished(sessionId: string, limit: number, beforeId?: number): Promise<ChatMessage[]> {
    return selectRows(
      this.uow.manager,
      ChatMessage,
      "session_id = ? AND status IN ('complete', 'offline', 'interrupted') AND id < ?",
      [sessionId, beforeId ?? Number.MAX_SAFE_INTEGER, limit],
      'ORDER BY id DESC LIMIT ?',
    );
  }

  count(): Promise<number> {
    return this.repo.count();
  }
}
