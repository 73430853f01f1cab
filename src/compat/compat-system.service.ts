import { Injectable } from '@nestjs/common';
import {
  AuditLogsDto,
  BrainModelsDto,
  BrainStatusDto,
  DepartmentVisibilityDto,
  EmergencyControlsDto,
  FounderPanelDashboardDto,
  FounderPanelEmergencyReleaseDto,
  FounderPanelEmergencyStopDto,
  FounderPanelHiddenDepartmentsDto,
  MaintenanceResultDto,
  OverrideResultDto,
  OverridesDto,
  RecentEventsDto,
  TalkModeDto,
  VoiceSettingsUpdateDto,
  VoiceTestDto,
} from './dto/compat-response.dto';
import { AuditService } from '../audit/audit.service';
import { actorOf, Principal } from '../auth/principal';
import { EventsService } from '../events/events.service';
import { FounderConfigService } from '../founder/founder-config.service';
import { MAINTENANCE_MODE } from '../founder/founder-config.registry';
import { FounderService } from '../founder/founder.service';
import { SystemStateService } from '../founder/system-state.service';
import { OllamaHealthService } from '../llm/ollama-health.service';
import { UpdateVoiceSettingsDto } from '../voice/dto/update-voice-settings.dto';
import { VoiceService } from '../voice/voice.service';
import { AuditLogsQueryDto, FounderOverrideDto, RecentEventsQueryDto } from './dto/compat.dto';
import { toAuditLogEntry, toBrainModels, toBrainStatus, toRecentEvent } from './compat.mapper';

/** The original's events, audit, brain, voice and founder-panel routes, answered by our services. */
@Injectable()
export class CompatSystemService {
  constructor(
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly health: OllamaHealthService,
    private readonly voice: VoiceService,
    private readonly founder: FounderService,
    private readonly config: FounderConfigService,
    private readonly state: SystemStateService,
  ) {}

  async recentEvents(query: RecentEventsQueryDto, principal: Principal): Promise<RecentEventsDto> {
    const { events, latestId } = await this.events.recent({ limit: query.limit ?? 50, sinceId: query.since_event_id }, principal.role);
    return { success: true, events: events.map(toRecentEvent), count: events.length, latest_event_id: latestId };
  }

  async auditLogs(query: AuditLogsQueryDto): Promise<AuditLogsDto> {
    const page = await this.audit.list({ limit: query.limit ?? 20, actor: query.actor });
    return { success: true, logs: page.events.map(toAuditLogEntry), count: page.events.length, total: page.total };
  }

  async brainStatus(): Promise<BrainStatusDto> {
    return toBrainStatus(await this.health.current());
  }

  async brainModels(): Promise<BrainModelsDto> {
    return toBrainModels(await this.health.current());
  }

  /** `POST /voice/settings`: the PATCH, answered with ours plus the original's `status, updated, current_settings`. */
  async updateVoiceSettings(dto: UpdateVoiceSettingsDto, principal: Principal): Promise<VoiceSettingsUpdateDto> {
    const settings = await this.voice.updateDaena(dto, actorOf(principal));
    const updated = Object.entries(dto).flatMap(([key, value]) => (value === undefined ? [] : [key]));
    return { ...settings, success: true, status: 'success', updated, current_settings: settings };
  }

  /** `POST /voice/talk-mode {enabled}`: Daena's talk toggle, with the original's `status` and `message`. */
  async talkMode(enabled: boolean, principal: Principal): Promise<TalkModeDto> {
    const toggled = await this.voice.toggle('talk', enabled, actorOf(principal));
    return { ...toggled, status: enabled ? 'activated' : 'deactivated', message: `Talk mode ${enabled ? 'activated' : 'deactivated'}` };
  }

  /** `GET /voice/test`: the original returned a spoken sample; this server stores voice settings only, and says so. */
  async voiceTest(): Promise<VoiceTestDto> {
    const { settings } = await this.voice.status();
    const detail = 'Speech synthesis is not available on this server: it stores voice settings only.';
    return { success: false, status: 'unavailable', tts_available: false, audio_data: null, message: detail, detail, settings };
  }

  async founderDashboard(): Promise<FounderPanelDashboardDto> {
    return { success: true, ...(await this.founder.dashboard()) };
  }

  async hiddenDepartments(): Promise<FounderPanelHiddenDepartmentsDto> {
    return { success: true, ...(await this.founder.hiddenDepartments()) };
  }

  async setDepartmentHidden(slug: string, hidden: boolean, principal: Principal): Promise<DepartmentVisibilityDto> {
    const department = await this.founder.setDepartmentHidden(slug, hidden, actorOf(principal));
    return { success: true, department_id: department.id, department, message: `Department ${department.id} ${hidden ? 'hidden' : 'revealed'}` };
  }

  /** Our overrides are the typed config keys. */
  async overrides(): Promise<OverridesDto> {
    const { config, total } = await this.config.list();
    return { success: true, overrides: config, total };
  }

  /** `emergency_stop` stops every generation at once; any other action sets the config key `target`. */
  async override(dto: FounderOverrideDto, principal: Principal): Promise<OverrideResultDto> {
    const common = { success: true, action: dto.action, impact_level: dto.impact_level ?? 'medium', reason: dto.reason ?? null, status: 'executed' };
    if (dto.action === 'emergency_stop') return { ...common, target: dto.target ?? null, ...(await this.founder.emergencyStop(dto.reason, actorOf(principal))) };
    return { ...common, target: dto.target!, override: await this.config.set(dto.target!, dto.value, actorOf(principal)) };
  }

  emergencyControls(): EmergencyControlsDto {
    return {
      success: true,
      controls: [
        {
          id: 'stop-all',
          name: 'Emergency stop',
          description: 'Abort every running generation and refuse new ones until released',
          active: this.state.emergencyStop,
          endpoint: 'POST /api/v1/founder-panel/system/emergency/stop-all',
          release: 'POST /api/v1/founder-panel/emergency-stop/release',
        },
      ],
      emergency_stop: this.state.emergencyStop,
      llm_paused: this.state.llmPaused(),
    };
  }

  async emergencyStop(reason: string | undefined, principal: Principal): Promise<FounderPanelEmergencyStopDto> {
    return { success: true, ...(await this.founder.emergencyStop(reason, actorOf(principal))) };
  }

  async releaseEmergency(principal: Principal): Promise<FounderPanelEmergencyReleaseDto> {
    return { success: true, ...(await this.founder.releaseEmergency(actorOf(principal))) };
  }

  async maintenance(enabled: boolean, principal: Principal): Promise<MaintenanceResultDto> {
    const view = await this.config.set(MAINTENANCE_MODE, enabled, actorOf(principal));
    return { success: true, maintenance_mode: enabled, config: view };
  }
}
