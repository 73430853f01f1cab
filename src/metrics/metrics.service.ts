import { Injectable } from '@nestjs/common';
import type { Gauge } from 'prom-client';
import { Role } from '../auth/principal';
import { UnitOfWork } from '../database/unit-of-work';
import { EventRelay } from '../events/event-relay';
import { EventsGateway } from '../events/events.gateway';
import { LlmService } from '../llm/llm.service';
import { MetricsRegistry } from './metrics-registry';

const ROLES: Role[] = ['founder', 'viewer'];

/**
 * The gauges read from other services' state at scrape time (queue, sockets, event log, relay),
 * beside the series that MetricsRegistry records as things happen.
 */
@Injectable()
export class MetricsService {
  private readonly eventLogRows: Gauge<string>;
  private readonly newestCommitted: Gauge<string>;
  private readonly newestRelayed: Gauge<string>;
  private readonly relayLag: Gauge<string>;

  constructor(
    private readonly registry: MetricsRegistry,
    private readonly uow: UnitOfWork,
    private readonly relay: EventRelay,
    gateway: EventsGateway,
    llm: LlmService,
  ) {
    registry.gauge('daena_llm_queue_waiting', 'Generations waiting for a slot (the LLM queue depth)', [], (g) => g.set(llm.queueStats().waiting));
    registry.gauge('daena_llm_generations_running', 'Generations in flight (at most OLLAMA_CONCURRENCY)', [], (g) => g.set(llm.queueStats().running));
    registry.gauge('daena_socket_connections', 'Open Socket.IO connections of this instance, by token role', ['role'], (g) => {
      const counts = new Map<string, number>(ROLES.map((role) => [role, 0]));
      for (const socket of gateway.server?.sockets?.sockets?.values() ?? []) {
        const role = (socket.data as { principal?: { role: Role } }).principal?.role;
        if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
      }
      for (const [role, count] of counts) g.set({ role }, count);
    });
    this.eventLogRows = registry.gauge('daena_event_log_rows', 'Rows in event_log (after retention pruning)', [], () => undefined);
    this.newestCommitted = registry.gauge('daena_event_log_newest_id', 'Newest committed event_log id', [], () => undefined);
    this.newestRelayed = registry.gauge('daena_event_relay_newest_id', 'Newest event id this instance has relayed to its sockets', [], () => undefined);
    this.relayLag = registry.gauge('daena_event_relay_lag_events', 'Committed events not yet relayed to this instance\'s sockets (newest committed id - newest relayed id)', [], () => undefined);
  }

  async render(): Promise<string> {
    const { rows, newest } = await this.eventLogFigures();
    // Read after the table: a row relayed meanwhile can only make the lag look smaller, never negative.
    const relayed = this.relay.lastRelayedId;
    this.eventLogRows.set(rows);
    this.newestCommitted.set(newest);
    this.newestRelayed.set(relayed);
    this.relayLag.set(Math.max(0, newest - relayed));
    return this.registry.render();
  }

  /** One query per scrape; on SQLite between writes, so an open transaction's rows are not counted. */
  private eventLogFigures(): Promise<{ rows: number; newest: number }> {
    const read = async () => {
      const [row] = (await this.uow.dataSource.query('SELECT COUNT(*) AS n, MAX(id) AS newest FROM event_log')) as Array<{ n: unknown; newest: unknown }>;
      return { rows: Number(row?.n ?? 0), newest: Number(row?.newest ?? 0) };
    };
    return this.uow.dataSource.options.type === 'postgres' ? read() : this.uow.betweenWrites(read);
  }
}
