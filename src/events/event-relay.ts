import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client } from 'pg';
import { AllConfig } from '../config/configuration';
import { UnitOfWork } from '../database/unit-of-work';
import { EventLog } from './entities/event-log.entity';
import { CommittedEvent, toEnvelope } from './event-envelope';
import { EventBus } from './event-bus';

/** The channel every writer NOTIFYs in its event transaction (delivered at commit, to every listener). */
export const EVENT_LOG_CHANNEL = 'daena_event_log';
const BATCH = 500;
/** SQLite: how often the relay asks whether another process committed (PRAGMA data_version). */
const SQLITE_POLL_MS = 50;
/** Reads `id > last relayed` even without a wake-up: covers a lost NOTIFY or a dropped LISTEN connection. */
const CATCH_UP_MS = 1000;
const LISTEN_RETRY_MS = 1000;
const REACH_TIMEOUT_MS = 10_000;

/**
 * Relays committed `event_log` rows to the in-process bus (and so to this instance's sockets) in id
 * order, whoever wrote them: this process, another instance, the CLI. Ids are assigned under the
 * chain lock, so id order is commit order and reading `id > last relayed` never skips a late commit.
 * A local commit that directly follows the last relayed id is announced without a read; anything
 * else (a gap: someone else wrote) triggers a read of the table.
 *
 * Woken by: local commits; on PostgreSQL a LISTEN on EVENT_LOG_CHANNEL; on SQLite a change of
 * `PRAGMA data_version` (which moves only for other connections' commits); and a periodic catch-up.
 * Not started in the CLI (no sockets there): local commits are then announced directly.
 */
@Injectable()
export class EventRelay implements OnModuleDestroy {
  private readonly logger = new Logger(EventRelay.name);
  private started = false;
  private stopped = false;
  private draining: Promise<void> | null = null;
  private wakeAgain = false;
  private timers: NodeJS.Timeout[] = [];
  private dataVersion: number | null = null;
  private listener: Client | null = null;
  private waiters: Array<{ id: number; resolve: () => void }> = [];
  /** The newest id seen in the table by the last read (for the relay-lag figure). */
  newestSeenId = 0;

  constructor(
    private readonly bus: EventBus,
    private readonly uow: UnitOfWork,
    private readonly config: ConfigService<AllConfig, true>,
  ) {}

  get lastRelayedId(): number {
    return this.bus.lastAnnouncedId;
  }

  private get isPostgres(): boolean {
    return this.uow.dataSource.options.type === 'postgres';
  }

  /** Starts relaying (the gateway calls it once the socket server exists). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (this.isPostgres) await this.listen();
    else this.timers.push(setInterval(() => void this.pollDataVersion(), SQLITE_POLL_MS).unref());
    this.timers.push(setInterval(() => this.wake(), CATCH_UP_MS).unref());
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.draining;
  }

  /** A transaction of this process committed this event (called in commit order). */
  committed(event: CommittedEvent): void {
    const id = event.envelope.id!;
    if (!this.started || id === this.lastRelayedId + 1) this.announce(event);
    else if (id > this.lastRelayedId) this.wake();
  }

  /** Resolves once every row up to `id` has been relayed (waking the relay to get there). */
  reach(id: number): Promise<void> {
    if (this.lastRelayedId >= id || !this.started) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`event relay did not reach #${id} within ${REACH_TIMEOUT_MS} ms`));
      }, REACH_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push({ id, resolve: done });
      this.wake();
    });
  }

  /** Reads and announces every committed row after the last relayed one; one read loop at a time. */
  wake(): void {
    if (!this.started || this.stopped) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    this.draining = this.drain().finally(() => (this.draining = null));
  }

  private async drain(): Promise<void> {
    try {
      do {
        this.wakeAgain = false;
        let rows: EventLog[];
        do {
          rows = await this.committedAfter(this.lastRelayedId, BATCH);
          for (const row of rows) {
            // A local commit may have been announced while this read was in flight.
            if (row.id > this.lastRelayedId) this.announce({ envelope: toEnvelope(row), rooms: row.rooms });
          }
          if (rows.length) this.newestSeenId = Math.max(this.newestSeenId, rows[rows.length - 1].id);
        } while (rows.length === BATCH && !this.stopped);
      } while (this.wakeAgain && !this.stopped);
    } catch (error) {
      // The database is unreachable (e.g. restarting): the catch-up timer retries.
      if (!this.stopped) this.logger.warn(`event relay read failed, retrying: ${(error as Error).message}`);
    }
  }

  /** Committed rows after `afterId`, ascending (never an open transaction's rows). */
  committedAfter(afterId: number, limit: number): Promise<EventLog[]> {
    const read = () =>
      this.uow.dataSource
        .getRepository(EventLog)
        .createQueryBuilder('e')
        .where('e.id > :afterId', { afterId })
        .orderBy('e.id', 'ASC')
        .limit(limit)
        .getMany();
    // SQLite has one connection: a read while this process's own transaction is open would see its
    // uncommitted rows, so read between transactions. PostgreSQL reads on a pooled connection.
    return this.isPostgres ? read() : this.uow.betweenWrites(read);
  }

  private announce(event: CommittedEvent): void {
    this.bus.announce(event);
    if (!this.waiters.length) return;
    const id = this.lastRelayedId;
    const ready = this.waiters.filter((w) => w.id <= id);
    this.waiters = this.waiters.filter((w) => w.id > id);
    for (const waiter of ready) waiter.resolve();
  }

  private async pollDataVersion(): Promise<void> {
    if (this.stopped) return;
    try {
      const [row] = (await this.uow.dataSource.query('PRAGMA data_version')) as Array<{ data_version: number }>;
      if (this.dataVersion !== null && row.data_version !== this.dataVersion) this.wake();
      this.dataVersion = row.data_version;
    } catch {
      // closing
    }
  }

  /** A dedicated connection (LISTEN needs one for its lifetime); reconnects until the relay stops. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.get('database', { infer: true }).url });
    const retry = () => {
      if (this.listener !== client || this.stopped) return;
      this.listener = null;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), LISTEN_RETRY_MS).unref();
    };
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn(`event relay LISTEN connection lost: ${error.message}`);
      retry();
    });
    client.on('end', retry);
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_LOG_CHANNEL}`);
      // Anything committed while the connection was down.
      this.wake();
    } catch (error) {
      this.logger.warn(`event relay cannot LISTEN yet: ${(error as Error).message}`);
      retry();
    }
  }
}
