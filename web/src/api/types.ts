/**
 * The response shapes the pages read. Requests (paths, query and body) are typed by the generated
 * `schema.d.ts` through openapi-fetch; responses the spec does not describe yet are named here.
 */
export type Role = 'founder' | 'viewer';
export type LlmState = 'up' | 'model_missing' | 'overloaded' | 'down';
export type MessageStatus = 'complete' | 'streaming' | 'interrupted' | 'offline' | 'error';

export interface EventEnvelope<P = Record<string, unknown>> {
  id: number | null;
  event_type: string;
  entity_type: string;
  entity_id: string;
  payload: P;
  actor: string;
  created_at: string;
}

export interface ChatSessionView {
  session_id: string;
  title: string | null;
  category: string;
  scope_type: 'executive' | 'department' | 'agent' | 'council' | 'general';
  scope_id: string | null;
  message_count: number;
  last_message: string | null;
  created_at: string;
  updated_at: string;
  last_activity: string;
  deleted_at: string | null;
}

export interface ChatMessageView {
  id: number;
  session_id: string;
  role: 'user' | 'assistant' | 'system';
  author: string | null;
  content: string;
  model: string | null;
  status: MessageStatus;
  client_message_id: string | null;
  reply_to_id: number | null;
  metadata: Record<string, unknown> | null;
  created_at: string;
  updated_at: string;
}

export interface SessionList {
  sessions: ChatSessionView[];
  total: number;
  next_cursor: string | null;
}

export interface MessagePage {
  messages: ChatMessageView[];
  has_more: boolean;
  next_before_id: number | null;
}

export interface LlmStatusView {
  state: LlmState;
  /** Scheme, host, port and path only: the server strips credentials. */
  base_url?: string;
  version?: string | null;
  active_model: string;
  fallback_model?: string | null;
  models: string[];
  paused: boolean;
  last_check: string | null;
  last_error: string | null;
  queue?: { running: number; waiting: number; concurrency: number };
}

export interface DepartmentView {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  color: string | null;
  icon: string | null;
  status: string;
  hidden: boolean;
  agents_count: number;
  agents?: AgentView[];
}

export interface AgentView {
  cell_id: string;
  name: string;
  role: string;
  type: string;
  department: string;
  department_name: string | null;
  status: string;
  is_active: boolean;
  description: string | null;
}

export interface AgentActivityView {
  agent_id: string;
  agent_name: string;
  department: string;
  department_name: string | null;
  status: 'idle' | 'working' | 'waiting' | 'offline';
  current_task: { task_id: string; title: string; progress: number; started_at: string | null } | null;
  pending_tasks: number;
  last_activity: string | null;
}

export interface EventStats {
  total_events: number;
  latest_event_id: number | null;
  by_type: Record<string, number>;
  per_hour: Array<{ hour: string; count: number }>;
  messages_per_day: Array<{ day: string; count: number }>;
}

export interface DaenaStatus {
  daena_status: 'active' | 'offline';
  system_health: { departments_online: number; hidden_departments: number; agents_active: number; sessions: number; messages: number };
}

export interface TaskStats {
  total: number;
  active: number;
  by_status?: Record<TaskStatus, number>;
  success_rate?: number | null;
}

export type TaskStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface TaskView {
  task_id: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  status_text: string;
  priority: 'low' | 'medium' | 'high' | 'urgent';
  progress: number;
  owner_type: 'agent' | 'department';
  owner_id: string | null;
  assigned_agent_id: string | null;
  department_id: string | null;
  result: Record<string, unknown> | null;
  started_at: string | null;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface TaskList {
  tasks: TaskView[];
  total: number;
  next_cursor: string | null;
}

export interface VoiceSettingsView {
  /** `daena` or the agent's cell_id. */
  target: string;
  agent_id: string | null;
  name: string;
  talk_active: boolean;
  listen_active: boolean;
  voice_id: string | null;
  volume: number;
  rate: number;
  pitch: number;
  is_default: boolean;
  updated_at: string | null;
}

export interface ToolView {
  tool_name: string;
  display_name: string;
  category: string;
  description: string;
  required_fields: Array<{ name: string; description: string; format: string }>;
  optional_fields: Array<{ name: string; description: string; format: string }>;
  live_check: boolean;
}

export interface ConnectionView {
  id: number;
  tool_name: string;
  display_name: string | null;
  status: 'configured' | 'connected' | 'error' | 'disconnected';
  has_credentials: boolean;
  /** Names only: the values never leave the server. */
  credential_fields: string[];
  settings: Record<string, unknown>;
  last_checked: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface ConnectionTestView {
  success: boolean;
  connection: ConnectionView;
  checks: Array<{ check: string; ok: boolean; detail?: string }>;
}

export interface BrowserSession {
  role: Role;
  csrf_token: string;
}

/** The one error body every route answers with. */
export interface ErrorBody {
  status_code: number;
  error: string;
  message: string | string[];
  path: string;
  request_id: string;
  timestamp: string;
}

export interface CouncilMemberView {
  id: number;
  name: string;
  role: string | null;
  persona_source: string | null;
  avatar: string | null;
  expertise: string[];
  enabled: boolean;
  display_order: number;
}

export interface CouncilView {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  icon: string | null;
  color: string | null;
  enabled: boolean;
  members: CouncilMemberView[];
  created_at: string;
  updated_at: string;
}

export type DebateKind = 'topic' | 'founder' | 'position' | 'synthesis' | 'other';

/** One stored row of a debate, as `GET /councils/:id/debates/:session_id` classifies it. */
export interface DebateEntry {
  id: number;
  role: string;
  author: string | null;
  kind: DebateKind;
  round: number;
  order: number | null;
  member_id: number | null;
  member_role: string | null;
  content: string;
  status: MessageStatus;
  model: string | null;
  reason: string | null;
  created_at: string;
}

export interface DebateRoundView {
  round: number;
  founder_messages: DebateEntry[];
  positions: DebateEntry[];
  synthesis: DebateEntry | null;
  syntheses: DebateEntry[];
}

export interface DebateTranscript {
  session_id: string;
  council_id: string;
  council_name: string;
  title: string | null;
  topic: string;
  round: number;
  max_rounds: number;
  running: boolean;
  rounds: DebateRoundView[];
  message_count: number;
  created_at: string;
  updated_at: string;
}

export interface DebateSummary extends ChatSessionView {
  topic: string;
  round: number;
  running: boolean;
}

export type ConfigType = 'bool' | 'int' | 'float' | 'string' | 'json';

/** One SystemConfig key of the founder panel (`GET /founder/config[/:key]`). */
export interface ConfigEntryView {
  key: string;
  type: ConfigType;
  description: string;
  value: unknown;
  default: unknown;
  is_default: boolean;
  version: number;
  updated_at: string | null;
  constraints: { min?: number; max?: number; enum?: string[]; pattern?: string; max_length?: number; nullable?: boolean };
}

export interface ConfigVersion {
  version: number;
  /** null: the version records a deletion. */
  value: unknown;
  type: ConfigType;
  actor: string | null;
  created_at: string;
}

export interface FounderDashboard {
  maintenance: { enabled: boolean; retry_after_s: number };
  emergency_stop: boolean;
  llm_paused: boolean;
  recent_founder_actions: EventEnvelope[];
}

export interface AuditRow extends EventEnvelope {
  rooms: string[];
  prev_hash: string;
  hash: string;
}

export interface AuditPage {
  events: AuditRow[];
  total: number;
  next_cursor: string | null;
}

export interface AuditStats {
  total: number;
  by_type: Record<string, number>;
  by_actor: Record<string, number>;
  per_hour: Array<{ hour: string; count: number }>;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  last_event_id: number | null;
  first_broken_id: number | null;
  reason: string | null;
  anchor_id?: number;
}
