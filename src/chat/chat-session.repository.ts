import { Injectable } from '@nestjs/common';
import { Brackets, IsNull } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/utils/cursor';
import { persistedValue, runSql, selectRows } from '../database/insert-row';
import { UnitOfWork } from '../database/unit-of-work';
import { isSessionId, normalizeCategory, SCOPE_OF_CATEGORY } from './chat-scope';
import { ChatCategory } from './entities/chat-category.entity';
import { ChatSession, ScopeType } from './entities/chat-session.entity';

export interface SessionListFilter {
  scopeType?: ScopeType;
  scopeId?: string;
  category?: string;
  includeEmpty?: boolean;
  deleted?: boolean;
  cursor?: string;
  limit?: number;
}

export type CategoryRow = { name: string; description: string | null; icon: string | null; color: string | null; sort_order: number };

/** Queries of `chat_sessions` (and their `chat_categories`), in the current transaction. */
@Injectable()
export class ChatSessionRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private get repo() {
    return this.uow.manager.getRepository(ChatSession);
  }

  /** Serialises writers of one key across PostgreSQL instances until commit (no-op on SQLite). */
  async lockKey(key: string): Promise<void> {
    const manager = this.uow.manager;
    if (manager.connection.options.type === 'postgres') await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }

  /** By public id, deleted or not (raw SQL: this read sits on the path to a reply). */
  async bySessionId(sessionId: string): Promise<ChatSession | null> {
    if (!isSessionId(sessionId)) return null;
    return (await selectRows(this.uow.manager, ChatSession, 'session_id = ?', [sessionId]))[0] ?? null;
  }

  findOne(where: { sessionId: string } | { threadKey: string } | { openingKey: string }): Promise<ChatSession | null> {
    return this.repo.findOne({ where });
  }

  categoryNamed(name: string): Promise<ChatCategory | null> {
    return this.uow.manager.getRepository(ChatCategory).findOne({ where: { name } });
  }

  create(row: Omit<ChatSession, 'id'>): ChatSession {
    return this.repo.create(row);
  }

  async insert(session: ChatSession): Promise<void> {
    await this.repo.insert(session);
  }

  async update(id: number, patch: Partial<ChatSession>): Promise<void> {
    await this.repo.update({ id }, patch);
  }

  /** A new message: count, preview, activity and title in one constant statement (hot path). */
  async bumpForMessage(session: ChatSession, now: Date): Promise<void> {
    const manager = this.uow.manager;
    await runSql(manager, 'UPDATE chat_sessions SET message_count = message_count + 1, last_message_preview = ?, updated_at = ?, title = ? WHERE id = ?', [
      session.lastMessagePreview,
      persistedValue(manager, ChatSession, 'updatedAt', now),
      session.title,
      session.id,
    ]);
  }

  /** Keyset page by (updated_at, id), newest first, with the filter's total. */
  async list(filter: SessionListFilter) {
    const limit = filter.limit ?? 50;
    const qb = this.repo.createQueryBuilder('s');
    if (filter.deleted) qb.where('s.deleted_at IS NOT NULL');
    else qb.where('s.deleted_at IS NULL');
    if (filter.scopeType) qb.andWhere('s.scope_type = :scopeType', { scopeType: filter.scopeType });
    if (filter.scopeId) qb.andWhere('s.scope_id = :scopeId', { scopeId: filter.scopeId });
    const category = filter.category;
    if (category && category !== 'all') {
      const normalized = normalizeCategory(category, 'general');
      const scope = SCOPE_OF_CATEGORY[normalized];
      if (scope) qb.andWhere('s.scope_type = :catScope', { catScope: scope });
      else qb.andWhere('s.category = :category', { category: normalized });
    }
    const unfiltered = !filter.scopeType && !filter.scopeId && (!category || category === 'all');
    if (unfiltered && !filter.includeEmpty) qb.andWhere('s.message_count > 0');
    const total = await qb.getCount();
    if (filter.cursor) {
      const [updatedAt, id] = decodeCursor(filter.cursor, ['date', 'number']);
      qb.andWhere(
        new Brackets((b) =>
          b
            .where('s.updated_at < :cursorAt', { cursorAt: new Date(updatedAt as string) })
            .orWhere('s.updated_at = :cursorAt AND s.id < :cursorId', { cursorAt: new Date(updatedAt as string), cursorId: id }),
        ),
      );
    }
    const rows = await qb.orderBy('s.updated_at', 'DESC').addOrderBy('s.id', 'DESC').take(limit + 1).getMany();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      sessions: page,
      total,
      next_cursor: rows.length > limit && last ? encodeCursor([last.updatedAt.toISOString(), last.id]) : null,
    };
  }

  /** Whether a live session carries this stored category. */
  hasLiveInCategory(category: string): Promise<boolean> {
    return this.repo.exists({ where: { category, deletedAt: IsNull() } });
  }

  countLive(): Promise<number> {
    return this.repo.count({ where: { deletedAt: IsNull() } });
  }

  activeCategories(): Promise<ChatCategory[]> {
    return this.uow.manager.getRepository(ChatCategory).find({ where: { isActive: true }, order: { sortOrder: 'ASC', id: 'ASC' } });
  }

  countCategories(): Promise<number> {
    return this.uow.manager.getRepository(ChatCategory).count();
  }

  /** Seed: insert missing categories, restore changed ones (in the open write); returns how many rows changed. */
  async upsertCategories(rows: CategoryRow[]): Promise<number> {
    const repo = this.uow.manager.getRepository(ChatCategory);
    let changed = 0;
    for (const row of rows) {
      const wanted = { name: row.name, description: row.description, icon: row.icon, color: row.color, sortOrder: row.sort_order, isActive: true };
      const existing = await repo.findOne({ where: { name: row.name } });
      if (!existing) {
        await repo.insert(wanted);
        changed += 1;
      } else if (Object.entries(wanted).some(([k, v]) => existing[k as keyof ChatCategory] !== v)) {
        await repo.update({ id: existing.id }, wanted);
        changed += 1;
      }
    }
    return changed;
  }
}
