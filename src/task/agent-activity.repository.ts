import { Injectable } from '@nestjs/common';
import { EventBus } from '../events/event-bus';
import { EventLogRepository } from '../events/event-log.repository';

/** How many recent events agent activity looks at. */
export const AGENT_ACTIVITY_WINDOW = 5000;

/** Agent activity as the event log shows it (read-only). */
@Injectable()
export class AgentActivityRepository {
  constructor(
    private readonly eventLog: EventLogRepository,
    private readonly bus: EventBus,
  ) {}

  /**
   * When the recent log last showed each agent, i.e. the newest task event or chat message in its
   * room (`agent:<cell_id>`), or chat message it authored (payload `author` = its name, as department
   * chats store the spokesperson). One query over the last `window` events (not a scan per agent);
   * older activity is known from the tasks themselves.
   */
  async lastAgentActivityAt(agents: Array<{ cellId: string; name: string }>, window = AGENT_ACTIVITY_WINDOW): Promise<Map<string, Date>> {
    const byRoom = new Map(agents.map((a) => [`agent:${a.cellId}`, a.cellId]));
    const byName = new Map(agents.map((a) => [a.name, a.cellId]));
    const found = new Map<string, Date>();
    const rows = await this.eventLog
      .query()
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
}
