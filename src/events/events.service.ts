import { createHash } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, MoreThan, Repository, SelectQueryBuilder } from 'typeorm';
import { canonicalJson } from '../common/utils/canonical-json';
import { insertRow } from '../database/insert-row';
import { UnitOfWork } from '../database/unit-of-work';
import { EventLog } from './entities/event-log.entity';
import { EventEnvelope, toEnvelope } from './event-envelope';
import { EventBus } from './event-bus';
import type { Role } from '../auth/principal';
import { EVENT_LOG_CHANNEL, EventRelay } from './event-relay';
import { ALL_ROOM, FOUNDER_ROOM } from './rooms';
import { ListEventsQueryDto } from './dto/list-events-query.dto';
import { AllConfig } from '../config/configuration';
import { EventEntity, EventPayload, EventType, isCatalogued } from './event-catalogue';

/** Bytes a row carries besides its payload (ids, type, rooms, hashes), for the page budget. */
const ROW_OVERHEAD_BYTES = 400;

export const GENESIS_HASH = '0'.repeat(64);
/** How many recent events agent activity looks at. */
export const AGENT_ACTIVITY_WINDOW = 5000;
/** Arbitrary key of the Postgres advisory lock that keeps the hash chain linear across nodes. */
const EVENT_CHAIN_LOCK = 7_242_001;

interface PublishOptions {
  entityId?: string | number | null;
  actor?: string;
  /** Rooms besides the global feed, e.g. `session:<id>`. */
  rooms?: string[];
  /** Founder-only events (settings, credentials) skip the public `all` feed. */
  founderOnly?: boolean;
}

/** A catalogued event: its entity type and payload are checked against the catalogue. */
export interface PublishInput<T extends EventType = EventType> extends PublishOptions {
  eventType: T;
  entityType: EventEntity<T>;
  payload: EventPayload<T>;
}

/**
 * The named escape hatch: an event type outside the catalogue (tests and probes of the log itself).
 * Production code publishes catalogued types only.
 */
export interface UncataloguedPublishInput extends PublishOptions {
  eventType: string;
  entityType: string;
  payload?: Record<string, unknown>;
}

interface RowInput extends PublishOptions {
  eventType: string;
  entityType: string;
  payload: object;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  last_event_id: number | null;
  first_broken_id: number | null;
  reason: string | null;
  /** Where the walk started after a prune: the last pruned row (absent = the genesis, nothing pruned). */
  anchor_id?: number;
}

/** Where the chain continues after a prune: the id and hash of the last pruned row. */
export interface ChainAnchor {
  id: number;
  hash: string;
}

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

export function computeEventHash(row: Pick<EventLog, 'eventType' | 'entityType' | 'entityId' | 'payload' | 'actor' | 'rooms' | 'createdAt' | 'prevHash'>): string {
  const body = canonicalJson({
    event_type: row.eventType,
    entity_type: row.entityType,
    entity_id: row.entityId,
    payload: row.payload,
    actor: row.actor,
    rooms: row.rooms,
    created_at: row.createdAt.toISOString(),
  });
  return createHash('sha256').update(row.prevHash).update('\n').update(body).digest('hex');
}

@Injectable()
export class EventsService implements OnModuleInit {
  constructor(
    @InjectRepository(EventLog) private readonly eventLog: Repository<EventLog>,
    private readonly uow: UnitOfWork,
    private readonly bus: EventBus,
    private readonly relay: EventRelay,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  /** Set by EventRetentionService (it stores the anchor through SettingsService, which depends on this service). */
  private anchorSource: (() => Promise<ChainAnchor | null>) | null = null;

  attachAnchorSource(source: () => Promise<ChainAnchor | null>): void {
    this.anchorSource = source;
  }

  async onModuleInit(): Promise<void> {
    this.bus.lastAnnouncedId = await this.latestId();
  }

  /**
   * Appends the event inside the caller's transaction (or its own) and announces it after commit.
   * The row and the change it describes commit or roll back together.
   */
  publish<T extends EventType>(input: PublishInput<T>): Promise<EventEnvelope> {
    return this.append(input);
  }

  /** `publish` for an event type outside the catalogue: tests and probes only. */
  publishUncatalogued(input: UncataloguedPublishInput): Promise<EventEnvelope> {
    if (isCatalogued(input.eventType)) throw new Error(`${input.eventType} is catalogued: publish it with publish()`);
    return this.append({ ...input, payload: input.payload ?? {} });
  }

  private append(input: RowInput): Promise<EventEnvelope> {
    return this.uow.write(async (tx) => {
      const repo = tx.manager.getRepository(EventLog);
      if (this.uow.dataSource.options.type === 'postgres') {
        // The lock, held to commit, makes id order = commit order across instances; the NOTIFY is
        // delivered at commit and wakes every instance's relay.
        await tx.manager.query(`SELECT pg_advisory_xact_lock($1), pg_notify('${EVENT_LOG_CHANNEL}', '')`, [EVENT_CHAIN_LOCK]);
      }
      // Read in the transaction, never cached: the CLI appends to the same log from another process.
      // A constant statement, so the driver prepares it once (a query builder costs more than the read).
      const [last] = (await tx.manager.query('SELECT hash FROM event_log ORDER BY id DESC LIMIT 1')) as Array<{ hash: string }>;
      const rooms = input.founderOnly ? [FOUNDER_ROOM, ...(input.rooms ?? [])] : [ALL_ROOM, ...(input.rooms ?? [])];
      const row = repo.create({
        eventType: input.eventType,
        entityType: input.entityType,
        entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
        // A JSON round trip now, so that the hash covers exactly what is stored and read back.
        payload: JSON.parse(JSON.stringify(input.payload)) as Record<string, unknown>,
        actor: input.actor ?? 'system',
        rooms: [...new Set(rooms)],
        createdAt: new Date(),
        prevHash: last?.hash ?? GENESIS_HASH,
      });
      row.hash = computeEventHash(row);
      row.id = await insertRow(tx.manager, EventLog, row);
      const envelope = toEnvelope(row);
      tx.afterCommit(() => this.relay.committed({ envelope, rooms: row.rooms }));
      return envelope;
    });
  }

  /** Live-only events (streaming deltas): not logged, no id, never replayed; founder-only ones skip viewers. */
  emitTransient<T extends EventType>(input: PublishInput<T>): void {
    const rooms = input.rooms ?? [];
    this.bus.announceTransient(input.founderOnly ? [FOUNDER_ROOM, ...rooms] : rooms, {
      id: null,
      event_type: input.eventType,
      entity_type: input.entityType,
      entity_id: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
      payload: input.payload as Record<string, unknown>,
      actor: input.actor ?? 'system',
      created_at: new Date().toISOString(),
    });
  }

  async latestId(): Promise<number> {
    const last = await this.eventLog.createQueryBuilder('e').select(['e.id']).orderBy('e.id', 'DESC').limit(1).getOne();
    return last?.id ?? 0;
  }

  async oldestId(): Promise<number | null> {
    const first = await this.eventLog.createQueryBuilder('e').select(['e.id']).orderBy('e.id', 'ASC').limit(1).getOne();
    return first?.id ?? null;
  }

  /** The retention anchor (id and hash of the last pruned row), or null when nothing was ever pruned. */
  retentionAnchor(): Promise<ChainAnchor | null> {
    return this.anchorSource ? this.anchorSource() : Promise.resolve(null);
  }

  /**
   * Events with an id up to this one were pruned: a client whose last seen id is lower has missed
   * some and must resync (0 when nothing was ever pruned).
   */
  async prunedThroughId(): Promise<number> {
    return (await this.retentionAnchor())?.id ?? 0;
  }

  /** Rows with afterId < id <= upToId, ascending. */
  replayBatch(afterId: number, upToId: number, limit: number): Promise<EventLog[]> {
    return this.eventLog
      .createQueryBuilder('e')
      .where('e.id > :afterId AND e.id <= :upToId', { afterId, upToId })
      .orderBy('e.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  async list(query: ListEventsQueryDto, role: Role) {
    const limit = query.limit ?? 100;
    const qb = this.eventLog.createQueryBuilder('e').orderBy('e.id', 'ASC').limit(limit + 1);
    qb.where('e.id > :afterId', { afterId: query.after_id ?? 0 });
    if (query.event_type) qb.andWhere('e.event_type = :eventType', { eventType: query.event_type });
    if (query.entity_type) qb.andWhere('e.entity_type = :entityType', { entityType: query.entity_type });
    if (query.entity_id) qb.andWhere('e.entity_id = :entityId', { entityId: query.entity_id });
    if (query.actor) qb.andWhere('e.actor = :actor', { actor: query.actor });
    this.visibleTo(qb, role);
    const { rows, cut } = await this.withinPageBudget(qb, 'ASC');
    const page = rows.slice(0, limit);
    const prunedThrough = await this.prunedThroughId();
    return {
      events: page.map(toEnvelope),
      next_after_id: page.length ? page[page.length - 1].id : (query.after_id ?? 0),
      has_more: cut || rows.length > limit,
      // Events after `after_id` were pruned: this page is not the continuation, reload state instead.
      resync_required: (query.after_id ?? 0) < prunedThrough,
    };
  }

  /**
   * The original's `/events/recent`: the newest `limit` events, newest first; with `sinceId`, the
   * first `limit` events after it, ascending (so a client catching up skips none).
   */
  async recent(options: { limit: number; sinceId?: number }, role: Role): Promise<{ events: EventEnvelope[]; latestId: number }> {
    const qb = this.eventLog.createQueryBuilder('e').limit(options.limit);
    if (options.sinceId !== undefined) qb.where('e.id > :sinceId', { sinceId: options.sinceId }).orderBy('e.id', 'ASC');
    else qb.orderBy('e.id', 'DESC');
    this.visibleTo(qb, role);
    const [{ rows }, latestId] = await Promise.all([this.withinPageBudget(qb, options.sinceId !== undefined ? 'ASC' : 'DESC'), this.latestId()]);
    return { events: rows.map(toEnvelope), latestId };
  }

  /**
   * The rows of `qb` (filtered, ordered by id, limited) that fit in EVENTS_PAGE_MAX_BYTES: their sizes
   * are read first, then only the rows that fit (always the first), so a page of huge payloads never
   * sits in memory whole. `cut` = rows were left out for the budget.
   */
  private async withinPageBudget(qb: SelectQueryBuilder<EventLog>, order: 'ASC' | 'DESC'): Promise<{ rows: EventLog[]; cut: boolean }> {
    const budget = this.config.get('app', { infer: true }).eventsPageMaxBytes;
    const size = this.uow.dataSource.options.type === 'postgres' ? 'octet_length(e.payload)' : 'length(CAST(e.payload AS BLOB))';
    const sizes = await qb.clone().select('e.id', 'id').addSelect(size, 'size').getRawMany<{ id: number | string; size: number | string }>();
    const ids: number[] = [];
    let used = 0;
    for (const row of sizes) {
      used += Number(row.size) + ROW_OVERHEAD_BYTES;
      if (ids.length && used > budget) break;
      ids.push(Number(row.id));
    }
    if (!ids.length) return { rows: [], cut: false };
    const rows = await this.eventLog.createQueryBuilder('e').whereInIds(ids).orderBy('e.id', order).getMany();
    return { rows, cut: ids.length < sizes.length };
  }

  /** Only the founder reads events outside the `all` room (founder-only and hidden-department content). */
  private visibleTo(qb: SelectQueryBuilder<EventLog>, role: Role): void {
    if (role !== 'founder') qb.andWhere(new Brackets((b) => b.where('e.rooms LIKE :all', { all: `%"${ALL_ROOM}"%` })));
  }

  async stats(hours?: number) {
    const qb = this.eventLog.createQueryBuilder('e').select('e.event_type', 'event_type').addSelect('COUNT(*)', 'count');
    if (hours) qb.where('e.created_at >= :since', { since: new Date(Date.now() - hours * 3_600_000) });
    const rows = await qb.groupBy('e.event_type').getRawMany<{ event_type: string; count: string | number }>();
    const byType = Object.fromEntries(rows.map((r) => [r.event_type, Number(r.count)]));
    const chartHours = hours ?? 24;
    const [perHour, messagesPerDay] = await Promise.all([
      this.countsPer('hour', new Date(Date.now() - chartHours * 3_600_000)),
      this.countsPer('day', new Date(Date.now() - 14 * 86_400_000), 'chat.message.created'),
    ]);
    return {
      total_events: Object.values(byType).reduce((a, b) => a + b, 0),
      latest_event_id: await this.latestId(),
      period_hours: hours ?? null,
      by_type: byType,
      // The dashboard's charts: events per UTC hour (the period, else 24 h) and messages per UTC day (14 days).
      per_hour: perHour.map(([k, count]) => ({ hour: `${k.replace(' ', 'T')}:00:00.000Z`, count })),
      messages_per_day: messagesPerDay.map(([day, count]) => ({ day, count })),
    };
  }

  /** Row counts per UTC hour ("YYYY-MM-DD HH") or day ("YYYY-MM-DD") since `since`, oldest first. */
  private async countsPer(unit: 'hour' | 'day', since: Date, eventType?: string): Promise<Array<[string, number]>> {
    const postgres = this.uow.dataSource.options.type === 'postgres';
    // SQLite stores "YYYY-MM-DD HH:MM:SS.SSS" (UTC): its first 13 / 10 characters name the hour / day.
    const bucket = postgres
      ? `to_char(date_trunc('${unit}', e.created_at), '${unit === 'hour' ? 'YYYY-MM-DD HH24' : 'YYYY-MM-DD'}')`
      : `substr(e.created_at, 1, ${unit === 'hour' ? 13 : 10})`;
    const qb = this.eventLog.createQueryBuilder('e').select(bucket, 'k').addSelect('COUNT(*)', 'n').where('e.created_at >= :since', { since });
    if (eventType) qb.andWhere('e.event_type = :eventType', { eventType });
    const rows = await qb.groupBy(bucket).orderBy(bucket, 'ASC').getRawMany<{ k: string; n: string | number }>();
    return rows.map((r) => [String(r.k), Number(r.n)]);
  }

  countEvents(): Promise<number> {
    return this.eventLog.count();
  }

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
    const hour =
      this.uow.dataSource.options.type === 'postgres'
        ? `to_char(date_trunc('hour', e.created_at), 'YYYY-MM-DD HH24')`
        : // SQLite stores "YYYY-MM-DD HH:MM:SS.SSS" (UTC): the first 13 characters name the hour.
          'substr(e.created_at, 1, 13)';
    const byType = Object.fromEntries(await grouped('e.event_type'));
    return {
      total: Object.values(byType).reduce((a, b) => a + b, 0),
      by_type: byType,
      by_actor: Object.fromEntries(await grouped('e.actor')),
      per_hour: (await grouped(hour)).map(([k, count]) => ({ hour: `${k.replace(' ', 'T')}:00:00.000Z`, count })),
    };
  }

  /**
   * Every row matching `filter`, ascending by id, read in keyset batches (never the whole table at
   * once). Rows appended after the first read are left out, so an export is a snapshot.
   */
  async *streamRows(filter: AuditFilter, batchSize = 500): AsyncGenerator<EventLog> {
    const upToId = await this.latestId();
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
    const qb = this.eventLog.createQueryBuilder('e').where('1 = 1');
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

  /**
   * Read-only, for agent activity (src/task): when the recent log last showed each agent, i.e. the
   * newest task event or chat message in its room (`agent:<cell_id>`), or chat message it authored
   * (payload `author` = its name, as department chats store the spokesperson). One query over the
   * last `window` events (not a scan per agent); older activity is known from the tasks themselves.
   */
  async lastAgentActivityAt(agents: Array<{ cellId: string; name: string }>, window = AGENT_ACTIVITY_WINDOW): Promise<Map<string, Date>> {
    const byRoom = new Map(agents.map((a) => [`agent:${a.cellId}`, a.cellId]));
    const byName = new Map(agents.map((a) => [a.name, a.cellId]));
    const found = new Map<string, Date>();
    const rows = await this.eventLog
      .createQueryBuilder('e')
      .select(['e.id', 'e.createdAt', 'e.rooms', 'e.eventType', 'e.payload'])
      .where('e.id > :floor', { floor: Math.max(0, this.bus.lastAnnouncedId - window) })
      .andWhere(`(e.event_type LIKE 'task.%' OR e.event_type LIKE 'chat.message.%')`)
      .orderBy('e.id', 'DESC')
      .getMany();
    for (const row of rows) {
      const seen = row.rooms.map((room) => byRoom.get(room));
      if (row.eventType.startsWith('chat.message.') && typeof row.payload.author === 'string') seen.push(byName.get(row.payload.author));
      for (const cellId of seen) if (cellId && !found.has(cellId)) found.set(cellId, row.createdAt);
      if (found.size === agents.length) break;
    }
    return found;
  }

  /**
   * Walks the chain in id order, from the genesis or, after a prune, from the retention anchor, and
   * reports the first row whose hash or link does not match.
   */
  async verifyChain(): Promise<ChainVerification> {
    const anchor = await this.retentionAnchor();
    let prevHash = anchor?.hash ?? GENESIS_HASH;
    let afterId = anchor?.id ?? 0;
    let checked = 0;
    const from = anchor ? { anchor_id: anchor.id } : {};
    for (;;) {
      const rows = await this.eventLog.find({ where: { id: MoreThan(afterId) }, order: { id: 'ASC' }, take: 1000 });
      if (!rows.length) break;
      for (const row of rows) {
        const broken =
          row.prevHash !== prevHash ? 'prev_hash does not link to the previous row' : computeEventHash(row) !== row.hash ? 'hash does not match the row content' : null;
        if (broken) return { ok: false, checked, last_event_id: afterId || null, first_broken_id: row.id, reason: broken, ...from };
        prevHash = row.hash;
        afterId = row.id;
        checked += 1;
      }
    }
    return { ok: true, checked, last_event_id: afterId || null, first_broken_id: null, reason: null, ...from };
  }
}
