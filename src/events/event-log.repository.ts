import { Injectable } from '@nestjs/common';
import { Brackets, MoreThan, SelectQueryBuilder } from 'typeorm';
import { insertRow } from '../database/insert-row';
import { UnitOfWork } from '../database/unit-of-work';
import { EventLog } from './entities/event-log.entity';
import { ALL_ROOM } from './rooms';

/** Arbitrary key of the Postgres advisory lock that keeps the hash chain linear across nodes. */
const EVENT_CHAIN_LOCK = 7_242_001;

/** Filters of GET /events (all optional; combined with AND). */
export interface EventLogFilter {
  afterId?: number;
  eventType?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
}

/** Queries of the `event_log` table, in the current transaction (UnitOfWork.manager). */
@Injectable()
export class EventLogRepository {
  constructor(private readonly uow: UnitOfWork) {}

  get postgres(): boolean {
    return this.uow.dataSource.options.type === 'postgres';
  }

  /** A query builder over event_log (alias `e`) for read-only modules (audit, agent activity). */
  query(): SelectQueryBuilder<EventLog> {
    return this.uow.manager.getRepository(EventLog).createQueryBuilder('e');
  }

  /**
   * The chain's last hash, read in the (open) write: on PostgreSQL after taking the chain lock, held to
   * commit, so id order = commit order across instances, and with the NOTIFY that wakes every relay.
   */
  async lockedLastHash(channel: string): Promise<string | null> {
    const manager = this.uow.manager;
    if (this.postgres) await manager.query(`SELECT pg_advisory_xact_lock($1), pg_notify('${channel}', '')`, [EVENT_CHAIN_LOCK]);
    // Read in the transaction, never cached: the CLI appends to the same log from another process.
    // A constant statement, so the driver prepares it once (a query builder costs more than the read).
    const [last] = (await manager.query('SELECT hash FROM event_log ORDER BY id DESC LIMIT 1')) as Array<{ hash: string }>;
    return last?.hash ?? null;
  }

  create(row: Omit<EventLog, 'id' | 'hash'>): EventLog {
    return this.uow.manager.getRepository(EventLog).create(row);
  }

  insert(row: EventLog): Promise<number> {
    return insertRow(this.uow.manager, EventLog, row);
  }

  async latestId(): Promise<number> {
    const last = await this.query().select(['e.id']).orderBy('e.id', 'DESC').limit(1).getOne();
    return last?.id ?? 0;
  }

  async oldestId(): Promise<number | null> {
    const first = await this.query().select(['e.id']).orderBy('e.id', 'ASC').limit(1).getOne();
    return first?.id ?? null;
  }

  count(): Promise<number> {
    return this.uow.manager.getRepository(EventLog).count();
  }

  /** Rows with afterId < id <= upToId, ascending. */
  replayBatch(afterId: number, upToId: number, limit: number): Promise<EventLog[]> {
    return this.query().where('e.id > :afterId AND e.id <= :upToId', { afterId, upToId }).orderBy('e.id', 'ASC').limit(limit).getMany();
  }

  /** Up to `take` rows after `afterId`, ascending (the chain walk). */
  rowsAfter(afterId: number, take: number): Promise<EventLog[]> {
    return this.uow.manager.getRepository(EventLog).find({ where: { id: MoreThan(afterId) }, order: { id: 'ASC' }, take });
  }

  /** GET /events: rows after `afterId` matching the filter, ascending, at most `limit`. */
  filtered(filter: EventLogFilter, limit: number, founder: boolean): SelectQueryBuilder<EventLog> {
    const qb = this.query().orderBy('e.id', 'ASC').limit(limit);
    qb.where('e.id > :afterId', { afterId: filter.afterId ?? 0 });
    if (filter.eventType) qb.andWhere('e.event_type = :eventType', { eventType: filter.eventType });
    if (filter.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actor) qb.andWhere('e.actor = :actor', { actor: filter.actor });
    return this.visibleTo(qb, founder);
  }

  /** The newest `limit` rows, newest first; with `sinceId`, the first `limit` after it, ascending. */
  recent(options: { limit: number; sinceId?: number }, founder: boolean): SelectQueryBuilder<EventLog> {
    const qb = this.query().limit(options.limit);
    if (options.sinceId !== undefined) qb.where('e.id > :sinceId', { sinceId: options.sinceId }).orderBy('e.id', 'ASC');
    else qb.orderBy('e.id', 'DESC');
    return this.visibleTo(qb, founder);
  }

  /**
   * The rows of `qb` (filtered, ordered by id, limited) whose payloads fit in `budget` bytes (with
   * `overhead` per row): their sizes are read first, then only the rows that fit (always the first),
   * so a page of huge payloads never sits in memory whole. `cut` = rows were left out for the budget.
   */
  async withinBudget(qb: SelectQueryBuilder<EventLog>, order: 'ASC' | 'DESC', budget: number, overhead: number): Promise<{ rows: EventLog[]; cut: boolean }> {
    const size = this.postgres ? 'octet_length(e.payload)' : 'length(CAST(e.payload AS BLOB))';
    const sizes = await qb.clone().select('e.id', 'id').addSelect(size, 'size').getRawMany<{ id: number | string; size: number | string }>();
    const ids: number[] = [];
    let used = 0;
    for (const row of sizes) {
      used += Number(row.size) + overhead;
      if (ids.length && used > budget) break;
      ids.push(Number(row.id));
    }
    if (!ids.length) return { rows: [], cut: false };
    const rows = await this.query().whereInIds(ids).orderBy('e.id', order).getMany();
    return { rows, cut: ids.length < sizes.length };
  }

  /** Counts per event type, since `since` (all time without). */
  async countsByType(since?: Date): Promise<Record<string, number>> {
    const qb = this.query().select('e.event_type', 'event_type').addSelect('COUNT(*)', 'count');
    if (since) qb.where('e.created_at >= :since', { since });
    const rows = await qb.groupBy('e.event_type').getRawMany<{ event_type: string; count: string | number }>();
    return Object.fromEntries(rows.map((r) => [r.event_type, Number(r.count)]));
  }

  /** SQL naming the UTC hour ("YYYY-MM-DD HH") or day ("YYYY-MM-DD") of `e.created_at`. */
  bucket(unit: 'hour' | 'day'): string {
    // SQLite stores "YYYY-MM-DD HH:MM:SS.SSS" (UTC): its first 13 / 10 characters name the hour / day.
    return this.postgres
      ? `to_char(date_trunc('${unit}', e.created_at), '${unit === 'hour' ? 'YYYY-MM-DD HH24' : 'YYYY-MM-DD'}')`
      : `substr(e.created_at, 1, ${unit === 'hour' ? 13 : 10})`;
  }

  /** Row counts per UTC hour or day since `since`, oldest first. */
  async countsPer(unit: 'hour' | 'day', since: Date, eventType?: string): Promise<Array<[string, number]>> {
    const bucket = this.bucket(unit);
    const qb = this.query().select(bucket, 'k').addSelect('COUNT(*)', 'n').where('e.created_at >= :since', { since });
    if (eventType) qb.andWhere('e.event_type = :eventType', { eventType });
    const rows = await qb.groupBy(bucket).orderBy(bucket, 'ASC').getRawMany<{ k: string; n: string | number }>();
    return rows.map((r) => [String(r.k), Number(r.n)]);
  }

  /** Retention: the row `keep` places below the newest (the last one to delete), or null. */
  cutoff(keep: number): Promise<Pick<EventLog, 'id' | 'hash'> | null> {
    return this.query().select(['e.id', 'e.hash']).orderBy('e.id', 'DESC').offset(keep).limit(1).getOne();
  }

  /** Deletes rows up to `id`; returns how many. */
  async deleteThrough(id: number): Promise<number> {
    const result = await this.uow.manager.createQueryBuilder().delete().from(EventLog).where('id <= :id', { id }).execute();
    return result.affected ?? 0;
  }

  /** Only the founder reads events outside the `all` room (founder-only and hidden-department content). */
  private visibleTo(qb: SelectQueryBuilder<EventLog>, founder: boolean): SelectQueryBuilder<EventLog> {
    if (!founder) qb.andWhere(new Brackets((b) => b.where('e.rooms LIKE :all', { all: `%"${ALL_ROOM}"%` })));
    return qb;
  }
}
