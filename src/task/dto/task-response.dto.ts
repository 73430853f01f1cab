import { DeletedDto } from '../../common/dto/offset-page.dto';
import type { ActivityStatus } from '../agent-activity.service';

export class TaskDto {
  /** The task_id, as the original's clients read `id`. */
  id: string;
  task_id: string;
  title: string;
  description: string | null;
  /** pending | running | completed | failed | cancelled */
  status: string;
  /** The original's human line: "Queued", "In progress - 40%", "Completed 5 min ago", … */
  status_text: string;
  /** low | medium | high | urgent */
  priority: string;
  progress: number;
  /** department | agent */
  owner_type: string;
  owner_id: string | null;
  assigned_agent_id: string | null;
  /** Department slug. */
  department_id: string | null;
  payload: Record<string, unknown> | null;
  result: Record<string, unknown> | null;
  started_at: string | null;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** `GET /tasks`: newest first, keyset-paged. */
export class TaskListDto {
  tasks: TaskDto[];
  total: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: string | null;
}

/** A task as `GET|POST /agents/:cell_id/tasks` list it (the original's item). */
export class AgentTaskItemDto {
  id: string;
  task_id: string;
  title: string;
  description: string | null;
  status: string;
  status_text: string;
  priority: string;
  progress: number;
  created_at: string;
}

/** `POST /agents/:cell_id/tasks`. */
export class AgentTaskCreatedDto {
  success: boolean;
  task: AgentTaskItemDto;
  message: string;
}

/** `GET /agents/:cell_id/tasks`. */
export class AgentTaskListDto {
  success: boolean;
  agent_id: string;
  agent_name: string;
  tasks: AgentTaskItemDto[];
  count: number;
}

export class TaskDeletedDto extends DeletedDto {
  task_id: string;
}

/** `GET /tasks/stats`. */
export class TaskStatsDto {
  total: number;
  /** pending + running. */
  active: number;
  /** Counts by status (every status present, 0 when none). */
  by_status: Record<string, number>;
  /** Counts by priority (every priority present). */
  by_priority: Record<string, number>;
  /** completed / (completed + failed); null before any task finished. */
  success_rate: number | null;
}

export class CurrentTaskDto {
  task_id: string;
  title: string;
  progress: number;
  started_at: string | null;
}

export class ActivityMetricsDto {
  tasks_completed: number;
  tasks_failed: number;
  success_rate: number | null;
}

/** An agent's current activity, derived from its tasks and the event log. */
export class AgentActivityDto {
  agent_id: string;
  agent_name: string;
  /** Department slug. */
  department: string;
  department_name: string | null;
  /** working: a running task; waiting: pending ones only; idle; offline: the agent is not active. */
  status: ActivityStatus;
  current_task: CurrentTaskDto | null;
  pending_tasks: number;
  /** Newest of: the agent's last task change, its last task event or chat message in the log; null if none. */
  last_activity: string | null;
  metrics: ActivityMetricsDto;
}

/** How many agents are in each activity status. */
export class ActivitySummaryDto {
  working: number;
  waiting: number;
  idle: number;
  offline: number;
}

/** `GET /agents/activity`. */
export class AgentActivityListDto {
  agents: AgentActivityDto[];
  total: number;
  summary: ActivitySummaryDto;
}

/** `GET /departments/:slug/activity`. */
export class DepartmentActivityDto extends AgentActivityListDto {
  /** Department slug. */
  department: string;
  department_name: string;
}
