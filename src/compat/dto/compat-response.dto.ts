import { AgentDto, AgentListDto } from '../../agent/dto/agent-response.dto';
import { ChatReplyDto, DaenaResponsePartDto, MessageDto, SessionDto, SessionListDto } from '../../chat/dto/chat-response.dto';
import { DepartmentWithAgentsDto } from '../../company/dto/company-response.dto';
import { EventEnvelopeDto } from '../../events/dto/event-response.dto';
import {
  ConfigEntryDto,
  EmergencyStateDto,
  EmergencyStopResultDto,
  FounderDashboardDto,
  HiddenDepartmentsDto,
} from '../../founder/dto/founder-response.dto';
import type { LlmState } from '../../llm/llm.types';
import { VoiceSettingsDto, VoiceToggleDto } from '../../voice/dto/voice-response.dto';

/** The original API's response shapes, answered by our services (docs/compatibility.md). */

/** `POST /daena/chat/:session_id/message`: the chat reply plus the original's `user_message`. */
export class DaenaSessionMessageReplyDto extends ChatReplyDto {
  user_message: DaenaResponsePartDto;
  session_updated: boolean;
}

/** `GET /agents/department/:department_id`: as `GET /agents`, with the department named. */
export class AgentsOfDepartmentDto extends AgentListDto {
  department_id: string;
  department_name: string;
}

/** `GET /agents/:cell_id/chat/history`: the agent's sessions and the newest one's messages. */
export class AgentChatHistoryDto extends SessionListDto {
  success: boolean;
  agent_id: string;
  agent_name: string;
  /** The newest session (whose messages follow); null when the agent has none. */
  session_id: string | null;
  messages: MessageDto[];
}

export class AgentResetDto {
  success: boolean;
  agent: AgentDto;
  message: string;
}

export class DepartmentSessionDeletedDto {
  success: boolean;
  session_id: string;
  department_id: string;
  deleted: boolean;
  message: string;
}

export class DepartmentSessionCreatedDto extends SessionDto {
  success: boolean;
  department_id: string;
}

export class SessionListResultDto extends SessionListDto {
  success: boolean;
}

export class ScopeSessionListDto extends SessionListResultDto {
  scope_type: string;
}

export class CategorySessionListDto extends SessionListResultDto {
  category: string;
}

/** A session with the original's `last_message_at` (null while it has no message). */
export class CategorySessionDto extends SessionDto {
  last_message_at: string | null;
}

export class SessionsByCategoryDto {
  success: boolean;
  category: string;
  sessions: CategorySessionDto[];
  total: number;
  next_cursor: string | null;
}

/** An event with the original's `event_id`, `message`, `created_by` and `timestamp`. */
export class RecentEventDto extends EventEnvelopeDto {
  event_id: number | null;
  /** The payload's `message`, or an empty string. */
  message: string;
  created_by: string;
  timestamp: string;
}

export class RecentEventsDto {
  success: boolean;
  events: RecentEventDto[];
  count: number;
  latest_event_id: number;
}

/** An event-log row as an entry of the original's audit log. */
export class AuditLogEntryDto {
  id: number | null;
  timestamp: string;
  actor: string;
  /** `entity_type` or `entity_type:entity_id`. */
  resource: string;
  /** The event_type. */
  action: string;
  /** Always true: refused requests change nothing and log nothing. */
  allowed: boolean;
  reason: string | null;
  context: Record<string, unknown>;
}

export class AuditLogsDto {
  success: boolean;
  logs: AuditLogEntryDto[];
  count: number;
  total: number;
}

export class BrainModelDto {
  name: string;
  active: boolean;
}

/** `GET /brain/status`. */
export class BrainStatusDto {
  success: boolean;
  /** `operational` when Ollama is up and generation not paused, else `offline`. */
  status: string;
  connected: boolean;
  ollama_available: boolean;
  llm_available: boolean;
  provider: string;
  state: LlmState;
  paused: boolean;
  model: string;
  active_model: string;
  active_models: string[];
  available_models: string[];
  models: BrainModelDto[];
  last_check: string | null;
  error: string | null;
}

/** `GET /brain/models` and `/brain/list-models`. */
export class BrainModelsDto {
  success: boolean;
  ollama_available: boolean;
  models: BrainModelDto[];
  available_models: string[];
  active_model: string;
  total: number;
}

/** `POST /voice/settings`: ours plus the original's `status`, `updated` and `current_settings`. */
export class VoiceSettingsUpdateDto extends VoiceSettingsDto {
  success: boolean;
  status: string;
  /** The fields the request set. */
  updated: string[];
  current_settings: VoiceSettingsDto;
}

export class TalkModeDto extends VoiceToggleDto {
  /** `activated` or `deactivated`. */
  status: string;
  message: string;
}

/** `GET /voice/test`: says that speech synthesis is not available here. */
export class VoiceTestDto {
  success: boolean;
  status: string;
  tts_available: boolean;
  audio_data: string | null;
  message: string;
  detail: string;
  settings: VoiceSettingsDto;
}

export class FounderPanelDashboardDto extends FounderDashboardDto {
  success: boolean;
}

export class FounderPanelHiddenDepartmentsDto extends HiddenDepartmentsDto {
  success: boolean;
}

export class DepartmentVisibilityDto {
  success: boolean;
  department_id: string;
  department: DepartmentWithAgentsDto;
  message: string;
}

export class OverridesDto {
  success: boolean;
  /** Our overrides are the typed config keys. */
  overrides: ConfigEntryDto[];
  total: number;
}

/** `POST /founder-panel/override`: an emergency stop's fields, or the config key set as `override`. */
export class OverrideResultDto {
  success: boolean;
  action: string;
  impact_level: string;
  reason: string | null;
  status: string;
  target: string | null;
  /** Any action but `emergency_stop`: the config key as now set. */
  override?: ConfigEntryDto;
  /** `emergency_stop` only, as `POST /founder/emergency-stop` answers. */
  emergency_stop?: boolean;
  llm_paused?: boolean;
  event_id?: number | null;
  aborted?: number;
  dropped?: number;
}

export class EmergencyControlDto {
  id: string;
  name: string;
  description: string;
  active: boolean;
  endpoint: string;
  release: string;
}

export class EmergencyControlsDto {
  success: boolean;
  controls: EmergencyControlDto[];
  emergency_stop: boolean;
  llm_paused: boolean;
}

export class FounderPanelEmergencyStopDto extends EmergencyStopResultDto {
  success: boolean;
}

export class FounderPanelEmergencyReleaseDto extends EmergencyStateDto {
  success: boolean;
}

export class MaintenanceResultDto {
  success: boolean;
  maintenance_mode: boolean;
  config: ConfigEntryDto;
}
