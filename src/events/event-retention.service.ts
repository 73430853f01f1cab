import { BadRequestException, Injectable, OnModuleInit } from '@nestjs/common';
import { SettingsService } from '../config/settings/settings.service';
import { UnitOfWork } from '../database/unit-of-work';
import { EventLogRepository } from './event-log.repository';
import { ChainAnchor, EventsService } from './events.service';

/** SystemConfig key of the retention anchor: the id and hash of the last pruned row. */
export const RETENTION_ANCHOR_KEY = 'events.retention_anchor';

export interface PruneResult {
  pruned: number;
  /** The retention anchor after the prune (unchanged when nothing was pruned). */
  anchor: ChainAnchor | null;
  oldest_id: number | null;
  latest_id: number;
}

/**
 * Event log retention. Pruning deletes the oldest rows and records, in the same transaction, the
 * anchor (id and hash of the last deleted row) from which EventsService.verifyChain() continues and
 * by which the gateway tells a client whose `last_event_id` is older that it must resync.
 */
@Injectable()
export class EventRetentionService implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly settings: SettingsService,
    private readonly uow: UnitOfWork,
    private readonly eventLog: EventLogRepository,
  ) {}

  onModuleInit(): void {
    this.events.attachAnchorSource(() => this.anchor());
  }

  async anchor(): Promise<ChainAnchor | null> {
    const anchor = await this.settings.get<ChainAnchor>(RETENTION_ANCHOR_KEY);
    return anchor && Number.isSafeInteger(anchor.id) && typeof anchor.hash === 'string' ? anchor : null;
  }

  /**
   * Keeps the newest `keepLast` rows (at least one, so that ids are never reused), deletes the rest,
   * and records the new anchor plus an `events.pruned` event. Rows are never rewritten.
   */
  async prune(options: { keepLast: number; actor?: string }): Promise<PruneResult> {
    const { keepLast, actor = 'system' } = options;
    if (!Number.isSafeInteger(keepLast) || keepLast < 1) throw new BadRequestException(['keep must be a positive integer']);
    return this.uow.write(async (tx) => {
      const cutoff = await this.eventLog.cutoff(keepLast);
      let pruned = 0;
      let anchor = await this.anchor();
      if (cutoff) {
        pruned = await this.eventLog.deleteThrough(cutoff.id);
        anchor = { id: cutoff.id, hash: cutoff.hash };
        await this.settings.set(RETENTION_ANCHOR_KEY, anchor, {
          type: 'json',
          description: 'Event log retention: id and hash of the last pruned row (the chain is verified from it)',
          actor,
        });
        await this.events.publish({
          eventType: 'events.pruned',
          entityType: 'event_log',
          entityId: cutoff.id,
          actor,
          payload: { pruned, pruned_through_id: cutoff.id, kept: keepLast },
        });
      }
      return { pruned, anchor, oldest_id: await this.eventLog.oldestId(), latest_id: await this.eventLog.latestId() };
    });
  }
}
