import { DepartmentWithAgentsDto } from '../../company/dto/company-response.dto';
import { EventEnvelopeDto } from '../../events/dto/event-response.dto';
import { LlmQueueDto } from '../../llm/dto/llm-status.dto';

/** One SystemConfig key with its value, type, default and version. */
export class ConfigEntryDto {
  key: string;
  /** bool | int | float | string | json */
  type: string;
  description: string;
  /** The current value, of the key's type. */
  value: unknown;
  default: unknown;
  is_default: boolean;
  /** 0 while the key has never been stored. */
  version: number;
  updated_at: string | null;
  /** The key's limits (min, max, enum, pattern, max_length, nullable) where it has them. */
  constraints: Record<string, unknown>;
}

export class ConfigListDto {
  config: ConfigEntryDto[];
  total: number;
}

export class ConfigVersionDto {
  version: number;
  value: unknown;
  type: string;
  actor: string;
  created_at: string;
}

/** `GET /founder/config/:key/history`: newest first. */
export class ConfigHistoryDto {
  key: string;
  versions: ConfigVersionDto[];
  total: number;
}

/** `POST /founder/reset`: the keys put back, then every key as `GET /founder/config` lists it. */
export class ConfigResetDto extends ConfigListDto {
  success: boolean;
  keys_reset: string[];
  event_id: number | null;
}

/** The emergency switch as it is now. */
export class EmergencyStateDto {
  emergency_stop: boolean;
  llm_paused: boolean;
  /** The `founder.emergency_stop.*` event written. */
  event_id: number | null;
}

/** `POST /founder/emergency-stop`. */
export class EmergencyStopResultDto extends EmergencyStateDto {
  /** Generations aborted. */
  aborted: number;
  /** Queued generations dropped. */
  dropped: number;
}

export class HiddenDepartmentsDto {
  hidden_departments: DepartmentWithAgentsDto[];
  total: number;
}

export class DashboardDepartmentsDto {
  visible: number;
  hidden: number;
  total: number;
}

export class DashboardAgentsDto {
  visible: number;
  total: number;
}

export class DashboardChatDto {
  sessions: number;
  messages: number;
}

export class DashboardEventsDto {
  total: number;
  latest_id: number;
}

export class DashboardTasksDto {
  total: number;
  by_status: Record<string, number>;
}

export class DashboardMaintenanceDto {
  enabled: boolean;
  retry_after_s: number;
}

/** The LLM state (see `GET /llm/status`); only `state: unknown` and `last_error` when it could not be read. */
export class DashboardLlmDto {
  state: string;
  last_error: string | null;
  base_url?: string;
  version?: string | null;
  models?: string[];
  active_model?: string;
  fallback_model?: string | null;
  last_check?: string | null;
  queue?: LlmQueueDto;
  paused?: boolean;
}

/** `GET /founder/dashboard`: real counts and state. */
export class FounderDashboardDto {
  departments: DashboardDepartmentsDto;
  agents: DashboardAgentsDto;
  chat: DashboardChatDto;
  events: DashboardEventsDto;
  tasks: DashboardTasksDto;
  maintenance: DashboardMaintenanceDto;
  emergency_stop: boolean;
  llm_paused: boolean;
  llm: DashboardLlmDto;
  /** The latest founder actions (config changes and founder.* events), newest first. */
  recent_founder_actions: EventEnvelopeDto[];
}
