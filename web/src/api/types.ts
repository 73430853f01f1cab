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
  active_model: string;
  models: string[];
  paused: boolean;
  last_check: string | null;
  last_error: string | null;
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
