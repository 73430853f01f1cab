import { Task } from './entities/task.entity';
import { iso } from '../common/utils/iso';
import type { AgentTaskItemDto, TaskDto } from './dto/task-response.dto';


function ago(from: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - from.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}

/** The original's human line: "Queued", "In progress - 40%", "Completed 5 min ago", "Failed", "Cancelled". */
export function statusText(task: Task, now = new Date()): string {
  switch (task.status) {
    case 'pending':
      return 'Queued';
    case 'running':
      return `In progress - ${Math.round(task.progress)}%`;
    case 'completed':
      return task.completedAt ? `Completed ${ago(new Date(task.completedAt), now)}` : 'Completed';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
    default:
      return task.status;
  }
}

export type TaskResponse = TaskDto;

export function toTaskResponse(task: Task, now = new Date()): TaskResponse {
  return {
    id: task.taskId,
    task_id: task.taskId,
    title: task.title,
    description: task.description,
    status: task.status,
    status_text: statusText(task, now),
    priority: task.priority,
    progress: task.progress,
    owner_type: task.ownerType,
    owner_id: task.ownerId,
    assigned_agent_id: task.assignedAgentId,
    department_id: task.departmentId,
    payload: task.payload,
    result: task.result,
    started_at: iso(task.startedAt),
    completed_at: iso(task.completedAt),
    created_at: iso(task.createdAt)!,
    updated_at: iso(task.updatedAt)!,
  };
}

/** The item shape of `GET|POST /agents/:cell_id/tasks` (the original's). */
export function toAgentTaskItem(task: Task, now = new Date()): AgentTaskItemDto {
  const { id, task_id, title, description, status, status_text, priority, progress, created_at } = toTaskResponse(task, now);
  return { id, task_id, title, description, status, status_text, priority, progress, created_at };
}
