import { createHash } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { canonicalJson } from '../common/utils/canonical-json';
import { UnitOfWork } from '../database/unit-of-work';
import { EventLog } from './entities/event-log.entity';
import { EventEnvelope, toEnvelope } from './event-envelope';
import type { SelectQueryBuilder } from 'typeorm';
import { EventBus } from './event-bus';
import type { Role } from '../auth/principal';
import { EVENT_LOG_CHANNEL, EventRelay } from './event-relay';
import { ALL_ROOM, FOUNDER_ROOM } from './rooms';
import { ListEventsQueryDto } from './dto/list-events-query.dto';
import { EventLogRepository } from './event-log.repository';
import { AllConfig } from '../config/configuration';
import { EventEntity, EventPayload, EventType, isCatalogued } from './event-catalogue';

/** Bytes a row carries besides its payload (ids, type, rooms, hashes), for the page budget. */
const ROW_OVERHEAD_BYTES = 400;

export const GENESIS_HASH = '0'.repeat(64);

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
    private readonly eventLog: EventLogRepository,
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
      const lastHash = await this.eventLog.lockedLastHash(EVENT_LOG_CHANNEL);
      const rooms = input.founderOnly ? [FOUNDER_ROOM, ...(input.rooms ?? [])] : [ALL_ROOM, ...(input.rooms ?? [])];
      const row = this.eventLog.create({
        eventType: input.eventType,
        entityType: input.entityType,
        entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
        // A JSON round trip now, so that the hash covers exactly what is stored and read back.
        payload: JSON.parse(JSON.stringify(input.payload)) as Record<string, unknown>,
        actor: input.actor ?? 'system',
        rooms: [...new Set(rooms)],
        createdAt: new Date(),
        prevHash: lastHash ?? GENESIS_HASH,
      });
      row.hash = computeEventHash(row);
      row.id = await this.eventLog.insert(row);
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

  latestId(): Promise<number> {
    return this.eventLog.latestId();
  }

  oldestId(): Promise<number | null> {
    return this.eventLog.oldestId();
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
    return this.eventLog.replayBatch(afterId, upToId, limit);
  }

  async list(query: ListEventsQueryDto, role: Role) {
    const limit = query.limit ?? 100;
    const filter = { afterId: query.after_id, eventType: query.event_type, entityType: query.entity_type, entityId: query.entity_id, actor: query.actor };
    const qb = this.eventLog.filtered(filter, limit + 1, role === 'founder');
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
    const qb = this.eventLog.recent(options, role === 'founder');
    const [{ rows }, latestId] = await Promise.all([this.withinPageBudget(qb, options.sinceId !== undefined ? 'ASC' : 'DESC'), this.latestId()]);
    return { events: rows.map(toEnvelope), latestId };
  }

  /** The rows of `qb` that fit in EVENTS_PAGE_MAX_BYTES (always the first); `cut` = rows were left out. */
  private withinPageBudget(qb: SelectQueryBuilder<EventLog>, order: 'ASC' | 'DESC'): Promise<{ rows: EventLog[]; cut: boolean }> {
    return this.eventLog.withinBudget(qb, order, this.config.get('app', { infer: true }).eventsPageMaxBytes, ROW_OVERHEAD_BYTES);
  }

  async stats(hours?: number) {
    const byType = await this.eventLog.countsByType(hours ? new Date(Date.now() - hours * 3_600_000) : undefined);
    const chartHours = hours ?? 24;
    const [perHour, messagesPerDay] = await Promise.all([
      this.eventLog.countsPer('hour', new Date(Date.now() - chartHours * 3_600_000)),
      this.eventLog.countsPer('day', new Date(Date.now() - 14 * 86_400_000), 'chat.message.created'),
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

  countEvents(): Promise<number> {
    return this.eventLog.count();
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
      const rows = await this.eventLog.rowsAfter(afterId, 1000);
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
