import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { persistedValue, runSql } from '../database/insert-row';
import { ChatMessage } from '../chat/entities/chat-message.entity';
import type { ScopeType } from '../chat/entities/chat-session.entity';
import { SearchTerm, toFts5Match, toTsQuery } from './search-query';

/** Marks around a matched word in a snippet (private-use code points, stripped before answering). */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface SearchFilter {
  scopeType?: ScopeType;
  scopeId?: string;
  /** A stored category (`general`, `council`...). */
  category?: string;
  role?: string;
  since?: Date;
  until?: Date;
  includeDeleted: boolean;
  /** Viewers: leave out hidden departments' sessions and their agents' sessions. */
  excludeHidden: boolean;
}

export interface SearchHit {
  kind: 'message' | 'session';
  messageId: number | null;
  sessionId: string;
  sessionTitle: string;
  scopeType: ScopeType;
  scopeId: string | null;
  category: string;
  role: string | null;
  author: string | null;
  createdAt: Date;
  sessionDeletedAt: Date | null;
  /** Higher is better (SQLite: −BM25; PostgreSQL: ts_rank_cd). */
  score: number;
  /** The text around the match, with MARK_START / MARK_END around matched words. */
  snippet: string;
}

interface Row {
  message_id: number | null;
  session_id: string;
  title: string;
  scope_type: ScopeType;
  scope_id: string | null;
  category: string;
  role: string | null;
  author: string | null;
  created_at: string | Date;
  deleted_at: string | Date | null;
  score: number | string;
  snippet: string;
}

const SNIPPET_WORDS = 24;
/** Matches a query is ranked over at most (newest first), see sqliteMessages. */
export const RANK_WINDOW = 10_000;
/** The text search configuration the PostgreSQL migration creates (and its indexes use). */
const PG_CONFIG = 'daena_search';

/**
 * Queries over the search indexes (FTS5 tables on SQLite, GIN expression indexes on PostgreSQL),
 * joined with the chat rows so that edits, soft deletes and scope changes count at once.
 * A read model: it reads the chat and organisation tables, it never writes them.
 */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get createdAtColumn() {
    return this.dataSource.getMetadata(ChatMessage).findColumnWithPropertyName('createdAt')!;
  }

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** The best `limit` message hits after skipping `offset`, best first. */
  async messages(terms: SearchTerm[], filter: SearchFilter, limit: number, offset: number): Promise<SearchHit[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    this.sessionFilters(filter, where, params, 'm.created_at');
    if (filter.role) {
      where.push('m.role = ?');
      params.push(filter.role);
    }
    const extra = where.length ? ` AND ${where.join(' AND ')}` : '';
    const columns = `m.id AS message_id, m.session_id, s.title, s.scope_type, s.scope_id, s.category, m.role, m.author, m.created_at, s.deleted_at`;
    if (!this.postgres) return this.sqliteMessages(toFts5Match(terms), columns, extra, params, limit, offset);
    // The headline is computed for the page only (it re-reads the text): ranking first, in a subquery.
    const rows = await runSql<Row[]>(
      this.dataSource.manager,
      `SELECT hit.*, ts_headline('${PG_CONFIG}', hit.content, to_tsquery('${PG_CONFIG}', ?), ?) AS snippet FROM (
         SELECT ${columns}, m.content, ts_rank_cd(to_tsvector('${PG_CONFIG}', m.content), q, 32) AS score
         FROM chat_messages m JOIN chat_sessions s ON s.session_id = m.session_id, to_tsquery('${PG_CONFIG}', ?) q
         WHERE to_tsvector('${PG_CONFIG}', m.content) @@ q${extra} ORDER BY score DESC, m.id DESC LIMIT ? OFFSET ?) hit
       ORDER BY hit.score DESC, hit.message_id DESC`,
      [toTsQuery(terms), headlineOptions(), toTsQuery(terms), ...params, limit, offset],
    );
    return rows.map((r) => this.toHit('message', r));
  }

  /**
   * Ranking every match of a word found in most messages costs ~0.6 s at 1M messages (BM25 over
   * 700,000 rows) and says little: such a query is ranked over its newest RANK_WINDOW matches. The
   * window's edge is found by walking the match list newest first (cheap: FTS5 keeps it in rowid
   * order); when the filters leave fewer rows than asked for, the window widens until it spans all.
   */
  private async sqliteMessages(match: string, columns: string, extra: string, params: unknown[], limit: number, offset: number): Promise<SearchHit[]> {
    const wanted = offset + limit;
    let candidates: number | null = Math.max(wanted * 4, wanted + 200);
    for (let window = RANK_WINDOW; ; ) {
      const [edge] = await runSql<Array<{ id: number }>>(
        this.dataSource.manager,
        'SELECT rowid AS id FROM chat_messages_fts WHERE chat_messages_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?',
        [match, window],
      );
      // bm25() in a subquery, not FTS5's ORDER BY rank (which scores every match and ignores the rowid
      // bound); the best `candidates` are joined and filtered, not all of them (the join is the cost).
      const rows = await runSql<Row[]>(
        this.dataSource.manager,
        `SELECT ${columns}, -h.score AS score, '' AS snippet
         FROM (SELECT rowid AS id, bm25(chat_messages_fts) AS score FROM chat_messages_fts WHERE chat_messages_fts MATCH ?${edge ? ' AND rowid > ?' : ''}
               ORDER BY score${candidates === null ? '' : ' LIMIT ?'}) h
         JOIN chat_messages m ON m.id = h.id JOIN chat_sessions s ON s.session_id = m.session_id
         WHERE 1 = 1${extra} ORDER BY h.score, m.id DESC LIMIT ? OFFSET ?`,
        [match, ...(edge ? [edge.id] : []), ...(candidates === null ? [] : [candidates]), ...params, limit, offset],
      );
      if (rows.length < limit) {
        // The filters left too few: first consider every candidate of the window, then widen the window.
        if (candidates !== null) {
          candidates = null;
          continue;
        }
        if (edge) {
          window *= 4;
          candidates = Math.max(wanted * 4, wanted + 200);
          continue;
        }
      }
      // Snippets for the page's rows only.
      if (rows.length) {
        const snippets = await runSql<Array<{ id: number; snippet: string }>>(
          this.dataSource.manager,
          `SELECT rowid AS id, snippet(chat_messages_fts, 0, char(57344), char(57345), '…', ${SNIPPET_WORDS}) AS snippet
           FROM chat_messages_fts WHERE chat_messages_fts MATCH ? AND rowid IN (${rows.map(() => '?').join(', ')})`,
          [match, ...rows.map((r) => r.message_id)],
        );
        const byId = new Map(snippets.map((r) => [Number(r.id), r.snippet]));
        for (const row of rows) row.snippet = byId.get(Number(row.message_id)) ?? '';
      }
      return rows.map((r) => this.toHit('message', r));
    }
  }

  /** The best `limit` session-title hits after `offset` (no role: a title has none). */
  async sessions(terms: SearchTerm[], filter: SearchFilter, limit: number, offset: number): Promise<SearchHit[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    this.sessionFilters(filter, where, params, 's.created_at');
    const extra = where.length ? ` AND ${where.join(' AND ')}` : '';
    const columns = `NULL AS message_id, s.session_id, s.title, s.scope_type, s.scope_id, s.category, NULL AS role, NULL AS author, s.created_at, s.deleted_at`;
    if (!this.postgres) {
      const rows = await runSql<Row[]>(
        this.dataSource.manager,
        `SELECT ${columns}, -f.rank AS score, highlight(chat_sessions_fts, 0, char(57344), char(57345)) AS snippet
         FROM chat_sessions_fts f JOIN chat_sessions s ON s.id = f.rowid
         WHERE chat_sessions_fts MATCH ?${extra} ORDER BY f.rank LIMIT ? OFFSET ?`,
        [toFts5Match(terms), ...params, limit, offset],
      );
      return rows.map((r) => this.toHit('session', r));
    }
    const rows = await runSql<Row[]>(
      this.dataSource.manager,
      `SELECT ${columns}, ts_rank_cd(to_tsvector('${PG_CONFIG}', s.title), q, 32) AS score,
              ts_headline('${PG_CONFIG}', s.title, q, ?) AS snippet
       FROM chat_sessions s, to_tsquery('${PG_CONFIG}', ?) q
       WHERE to_tsvector('${PG_CONFIG}', s.title) @@ q${extra} ORDER BY score DESC, s.id DESC LIMIT ? OFFSET ?`,
      [headlineOptions(), toTsQuery(terms), ...params, limit, offset],
    );
    return rows.map((r) => this.toHit('session', r));
  }

  private sessionFilters(filter: SearchFilter, where: string[], params: unknown[], timeColumn: string): void {
    if (!filter.includeDeleted) where.push('s.deleted_at IS NULL');
    if (filter.scopeType) {
      where.push('s.scope_type = ?');
      params.push(filter.scopeType);
    }
    if (filter.scopeId) {
      where.push('s.scope_id = ?');
      params.push(filter.scopeId);
    }
    if (filter.category) {
      where.push('s.category = ?');
      params.push(filter.category);
    }
    const at = (date: Date) => persistedValue(this.dataSource.manager, ChatMessage, 'createdAt', date);
    if (filter.since) {
      where.push(`${timeColumn} >= ?`);
      params.push(at(filter.since));
    }
    if (filter.until) {
      where.push(`${timeColumn} < ?`);
      params.push(at(filter.until));
    }
    if (filter.excludeHidden) {
      const hidden = this.postgres ? 'd.hidden = true' : 'd.hidden = 1';
      where.push(
        `NOT (s.scope_type = 'department' AND s.scope_id IN (SELECT d.slug FROM departments d WHERE ${hidden}))`,
        `NOT (s.scope_type = 'agent' AND s.scope_id IN (SELECT a.cell_id FROM agents a JOIN departments d ON d.slug = a.department WHERE ${hidden}))`,
      );
    }
  }

  private toHit(kind: SearchHit['kind'], row: Row): SearchHit {
    const date = (value: string | Date) => this.dataSource.driver.prepareHydratedValue(value, this.createdAtColumn) as Date;
    return {
      kind,
      messageId: row.message_id === null ? null : Number(row.message_id),
      sessionId: row.session_id,
      sessionTitle: row.title,
      scopeType: row.scope_type,
      scopeId: row.scope_id,
      category: row.category,
      role: row.role,
      author: row.author,
      createdAt: date(row.created_at),
      sessionDeletedAt: row.deleted_at === null ? null : date(row.deleted_at),
      score: Number(row.score),
      snippet: row.snippet ?? '',
    };
  }
}

/**
 * The whole text, marked: ts_headline's fragment mode drops anything that looks like a tag
 * (`<launch>`), so the snippet is cut from the marked text afterwards (renderSnippet).
 */
function headlineOptions(): string {
  return `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
}
