import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { EventLog } from '../events/entities/event-log.entity';
import { EventLogRepository } from '../events/event-log.repository';

/** Read-only filter of the audit queries (all optional; combined with AND). */
export interface AuditFilter {
  actor?: string;
  /** Exact event types, or prefixes written `domain.*`; a row matching any of them passes. */
  eventTypes?: string[];
  entityType?: string;
  entityId?: string;
  /** Inclusive lower bound on created_at. */
  since?: Date;
  /** Exclusive upper bound on created_at. */
  until?: Date;
}

export interface AuditPage {
  rows: EventLog[];
  total: number;
  hasMore: boolean;
}

export interface AuditStats {
  total: number;
  by_type: Record<string, number>;
  by_actor: Record<string, number>;
  /** Non-empty UTC hours, ascending: `hour` is the ISO start of the hour. */
  per_hour: Array<{ hour: string; count: number }>;
}

/** The audit queries over the event log (read-only; EventsService alone appends to it). */
@Injectable()
export class AuditRepository {
  constructor(private readonly eventLog: EventLogRepository) {}

  /** Audit list: newest first, keyset by id (`beforeId` = the last id of the previous page). */
  async queryAudit(filter: AuditFilter, page: { beforeId?: number; limit: number }): Promise<AuditPage> {
    const qb = this.auditQuery(filter);
    const total = await qb.clone().getCount();
    if (page.beforeId !== undefined) qb.andWhere('e.id < :beforeId', { beforeId: page.beforeId });
    const rows = await qb.orderBy('e.id', 'DESC').limit(page.limit + 1).getMany();
    return { rows: rows.slice(0, page.limit), total, hasMore: rows.length > page.limit };
  }

  /** Counts over a time range: by type, by actor and per UTC hour. */
  async auditStats(range: Pick<AuditFilter, 'since' | 'until'>): Promise<AuditStats> {
    const grouped = async (expression: string) => {
      const rows = await this.auditQuery(range)
        .select(expression, 'k')
        .addSelect('COUNT(*)', 'n')
        .groupBy(expression)
        .getRawMany<{ k: string; n: string | number }>();
      return rows.map((r) => [String(r.k), Number(r.n)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    };
    const byType = Object.fromEntries(await grouped('e.event_type'));
    return {
      total: Object.values(byType).reduce((a, b) => a + b, 0),
      by_type: byType,
      by_actor: Object.fromEntries(await grouped('e.actor')),
      per_hour: (await grouped(this.eventLog.bucket('hour'))).map(([k, count]) => ({ hour: `${k.replace(' ', 'T')}:00:00.000Z`, count })),
    };
  }

  /**
   * Every row matching `filter`, ascending by id, read in keyset batches (never the whole table at
   * once). Rows appended after the first read are left out, so an export is a snapshot.
   */
  async *streamRows(filter: AuditFilter, batchSize = 500): AsyncGenerator<EventLog> {
    const upToId = await this.eventLog.latestId();
    let afterId = 0;
    for (;;) {
      const rows = await this.auditQuery(filter)
        .andWhere('e.id > :afterId AND e.id <= :upToId', { afterId, upToId })
        .orderBy('e.id', 'ASC')
        .limit(batchSize)
        .getMany();
      for (const row of rows) yield row;
      if (rows.length < batchSize) return;
      afterId = rows[rows.length - 1].id;
    }
  }

  private auditQuery(filter: AuditFilter) {
    const qb = this.eventLog.query().where('1 = 1');
    if (filter.actor !== undefined) qb.andWhere('e.actor = :actor', { actor: filter.actor });
    if (filter.entityType !== undefined) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId !== undefined) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.since) qb.andWhere('e.created_at >= :since', { since: filter.since });
    if (filter.until) qb.andWhere('e.created_at < :until', { until: filter.until });
    if (filter.eventTypes?.length) {
      const types = filter.eventTypes;
      qb.andWhere(
        new Brackets((b) =>
          types.forEach((type, i) => {
            if (type.endsWith('.*')) {
              // LIKE treats `_` as a wildcard, and event types are full of underscores: escape them.
              const prefix = type.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`);
              b.orWhere(`e.event_type LIKE :type${i} ESCAPE '\\'`, { [`type${i}`]: `${prefix}%` });
            } else {
              b.orWhere(`e.event_type = :type${i}`, { [`type${i}`]: type });
            }
          }),
        ),
      );
    }
    return qb;
  }
}
