import { AuditRepository } from '../audit/audit.repository';
import { Injectable, Logger } from '@nestjs/common';
import { AgentService } from '../agent/agent.service';
import { ChatService } from '../chat/chat.service';
import { UnitOfWork } from '../database/unit-of-work';
import { CompanyService } from '../company/company.service';
import { DepartmentService } from '../department/department.service';
import { toEnvelope } from '../events/event-envelope';
import { EventsService } from '../events/events.service';
import { OllamaHealthService } from '../llm/ollama-health.service';
import { TaskService } from '../task/task.service';
import { FounderConfigService } from './founder-config.service';
import { EMERGENCY_STOP, findKnownKey, KNOWN_CONFIG_KEYS, MAINTENANCE_MODE, sameValue } from './founder-config.registry';
import { SystemStateService } from './system-state.service';
import { DepartmentWithAgentsDto } from '../company/dto/company-response.dto';
import { ConfigResetDto, EmergencyStateDto, EmergencyStopResultDto, FounderDashboardDto, HiddenDepartmentsDto } from './dto/founder-response.dto';

const RECENT_ACTIONS = 10;
/** What the dashboard lists as founder actions. */
const FOUNDER_ACTION_TYPES = ['config.updated', 'founder.*'];

/** Founder actions that span modules: emergency stop, department visibility, reset, dashboard. */
@Injectable()
export class FounderService {
  private readonly logger = new Logger(FounderService.name);

  constructor(
    private readonly config: FounderConfigService,
    private readonly state: SystemStateService,
    private readonly departments: DepartmentService,
    private readonly company: CompanyService,
    private readonly agents: AgentService,
    private readonly chat: ChatService,
    private readonly events: EventsService,
    private readonly uow: UnitOfWork,
    private readonly tasks: TaskService,
    private readonly health: OllamaHealthService,
    private readonly audit: AuditRepository,
  ) {}

  /** Pauses generation at once, then records the switch and one `founder.emergency_stop.engaged` event. */
  async emergencyStop(reason: string | undefined, actor: string): Promise<EmergencyStopResultDto> {
    const pause = this.state.engageEmergency();
    const event = await this.uow.write(async () => {
      await this.config.write(findKnownKey(EMERGENCY_STOP)!, true, actor, { reason: 'emergency_stop' });
      return this.events.publish({
        eventType: 'founder.emergency_stop.engaged',
        entityType: 'system',
        entityId: EMERGENCY_STOP,
        actor,
        founderOnly: true,
        payload: { reason: reason ?? null, aborted: pause.aborted, dropped: pause.dropped, llm_available: pause.llm_available },
      });
    });
    return { ...this.emergencyView(), aborted: pause.aborted, dropped: pause.dropped, event_id: event.id };
  }

  /** Clears the switch; the committed `config.updated` resumes the LLM (SystemStateService). */
  async releaseEmergency(actor: string): Promise<EmergencyStateDto> {
    const event = await this.uow.write(async () => {
      await this.config.write(findKnownKey(EMERGENCY_STOP)!, false, actor, { reason: 'emergency_release' });
      return this.events.publish({
        eventType: 'founder.emergency_stop.released',
        entityType: 'system',
        entityId: EMERGENCY_STOP,
        actor,
        founderOnly: true,
        payload: {},
      });
    });
    return { ...this.emergencyView(), event_id: event.id };
  }

  async hiddenDepartments(): Promise<HiddenDepartmentsDto> {
    const { departments } = await this.company.list({ include_hidden: true });
    const hidden = departments.filter((d) => d.hidden);
    return { hidden_departments: hidden, total: hidden.length };
  }

  /** Changes visibility through DepartmentService (which publishes `department.updated`). */
  async setDepartmentHidden(slug: string, hidden: boolean, actor: string): Promise<DepartmentWithAgentsDto> {
    await this.departments.setHidden(slug, hidden, actor);
    return this.company.getDetail(slug, { include_hidden: true });
  }

  /**
   * Every known key back to its default (one revision each, only where it differs), maintenance and
   * emergency stop released, one `founder.reset` event; chats, events and revisions are kept.
   */
  async reset(actor: string): Promise<ConfigResetDto> {
    const { keys, eventId } = await this.uow.write(async () => {
      const keys: string[] = [];
      for (const def of KNOWN_CONFIG_KEYS) {
        if (sameValue(await this.config.currentValue(def), def.default)) continue;
        await this.config.write(def, def.default, actor, { reason: 'reset' });
        keys.push(def.key);
      }
      const event = await this.events.publish({
        eventType: 'founder.reset',
        entityType: 'system',
        entityId: 'config',
        actor,
        founderOnly: true,
        payload: {
          keys_reset: keys,
          maintenance_released: keys.includes(MAINTENANCE_MODE),
          emergency_released: keys.includes(EMERGENCY_STOP),
        },
      });
      return { keys, eventId: event.id };
    });
    return { success: true, keys_reset: keys, event_id: eventId, ...(await this.config.list()) };
  }

  async dashboard(): Promise<FounderDashboardDto> {
    const [visible, all, agentsVisible, agentsAll, chat, events, latest, recent] = await Promise.all([
      this.departments.count(),
      this.departments.count({ includeHidden: true }),
      this.agents.count(),
      this.agents.count({ includeHidden: true }),
      this.chat.counts(),
      this.events.countEvents(),
      this.events.latestId(),
      this.audit.queryAudit({ eventTypes: FOUNDER_ACTION_TYPES }, { limit: RECENT_ACTIONS }),
    ]);
    return {
      departments: { visible, hidden: all - visible, total: all },
      agents: { visible: agentsVisible, total: agentsAll },
      chat,
      events: { total: events, latest_id: latest },
      tasks: await this.taskCounts(),
      maintenance: { enabled: this.state.maintenanceMode, retry_after_s: this.state.retryAfterSeconds },
      ...this.emergencyView(),
      llm: await this.llmStatus(),
      recent_founder_actions: recent.rows.map(toEnvelope),
    };
  }

  private emergencyView() {
    return { emergency_stop: this.state.emergencyStop, llm_paused: this.state.llmPaused() };
  }

  private async taskCounts() {
    const { total, by_status } = await this.tasks.stats();
    return { total, by_status };
  }

  private async llmStatus() {
    try {
      return await this.health.current();
    } catch (error) {
      this.logger.warn(`LLM status unavailable: ${(error as Error).message}`);
      return { state: 'unknown', last_error: (error as Error).message };
    }
  }
}
