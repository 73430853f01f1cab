import { patchDiff } from '../common/utils/patch-diff';
import type { Role } from '../auth/principal';
import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { TaskRepository } from './task.repository';
import { AgentService } from '../agent/agent.service';
import { encodeCursor } from '../common/utils/cursor';
import type { JsonObject } from '../common/json';
import { UnitOfWork } from '../database/unit-of-work';
import { DepartmentService } from '../department/department.service';
import { EventsService } from '../events/events.service';
import type { EventPayload, EventType } from '../events/event-catalogue';
import { agentRoom, departmentRoom } from '../events/rooms';
import {
  AgentTasksQueryDto,
  CompleteTaskDto,
  CreateAgentTaskDto,
  CreateTaskDto,
  DEFAULT_TASK_PAGE,
  FailTaskDto,
  ListTasksQueryDto,
  TaskOwnerType,
  UpdateTaskDto,
} from './dto/task.dto';
import { Task, TASK_PRIORITIES, TASK_STATUSES, TaskStatus } from './entities/task.entity';
import { toAgentTaskItem, toTaskResponse, TaskResponse } from './task.mapper';
import { AgentTaskCreatedDto, AgentTaskListDto, TaskDeletedDto, TaskListDto, TaskStatsDto } from './dto/task-response.dto';

/** pending → running → completed | failed | cancelled; pending → cancelled. Finished tasks stay finished. */
export const TASK_TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  pending: ['running', 'cancelled'],
  running: ['completed', 'failed', 'cancelled'],
  completed: [],
  failed: [],
  cancelled: [],
};

const TRANSITION_EVENTS: Partial<Record<TaskStatus, 'task.started' | 'task.completed' | 'task.failed' | 'task.cancelled'>> = {
  running: 'task.started',
  completed: 'task.completed',
  failed: 'task.failed',
  cancelled: 'task.cancelled',
};

/** Where a task lives: its owner, its agent and its department (slug), and whether that department is hidden. */
interface Placement {
  ownerType: TaskOwnerType;
  ownerId: string;
  assignedAgentId: string | null;
  departmentId: string | null;
  hidden: boolean;
}

export interface AgentTaskCounts {
  pending: number;
  running: number;
  completed: number;
  failed: number;
  cancelled: number;
  /** The newest updated_at among the agent's tasks. */
  lastChange: Date | null;
}

export const newTaskId = () => `task_${randomBytes(6).toString('hex')}`;

/** SQLite hands back UTC text without a zone for raw selects; Postgres hands back a Date. */
function parseDbDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

@Injectable()
export class TaskService {
  constructor(
    private readonly tasks: TaskRepository,
    private readonly agents: AgentService,
    private readonly departments: DepartmentService,
    private readonly uow: UnitOfWork,
    private readonly events: EventsService,
  ) {}

  /** `POST /tasks`: the owner must exist (404 otherwise); the department follows the owner. */
  async create(dto: CreateTaskDto, actor: string): Promise<TaskResponse> {
    const placement = await this.place(dto.owner_type, dto.owner_id, dto.assigned_agent_id);
    return toTaskResponse(await this.insert(dto, placement, dto.payload ?? null, actor));
  }

  /** `POST /agents/:cell_id/tasks`: the original's response shape. */
  async createForAgent(cellId: string, dto: CreateAgentTaskDto, actor: string): Promise<AgentTaskCreatedDto> {
    const placement = await this.place('agent', cellId);
    const task = await this.insert(dto, placement, null, actor);
    return { success: true, task: toAgentTaskItem(task), message: `Task '${task.title}' queued for ${cellId}` };
  }

  /** `GET /tasks`: newest first, keyset-paged by id; `total` counts the whole filtered set. */
  async list(query: ListTasksQueryDto, role: Role): Promise<TaskListDto> {
    // Hidden departments' tasks are founder business (their events are founder-only too).
    const hidden = role === 'founder' ? [] : (await this.departments.findAll({ includeHidden: true })).filter((d) => d.hidden).map((d) => d.slug);
    const limit = query.limit ?? DEFAULT_TASK_PAGE;
    const { rows, total } = await this.tasks.list({
      status: query.status,
      agent: query.agent,
      department: query.department,
      excludeDepartments: hidden,
      cursor: query.cursor,
      limit,
    });
    const page = rows.slice(0, limit);
    const now = new Date();
    return {
      tasks: page.map((task) => toTaskResponse(task, now)),
      total,
      next_cursor: rows.length > limit ? encodeCursor([page[page.length - 1].id]) : null,
    };
  }

  async findOne(taskId: string, role: Role): Promise<TaskResponse> {
    const task = await this.requireTask(taskId);
    if (role !== 'founder' && (await this.isHidden(taskId))) throw new NotFoundException(`Task '${taskId}' not found`);
    return toTaskResponse(task);
  }

  /** `GET /agents/:cell_id/tasks`: the agent's tasks, newest first (50 by default, as the original). */
  async listForAgent(cellId: string, query: AgentTasksQueryDto, role: Role): Promise<AgentTaskListDto> {
    const agent = await this.agents.findByCellId(cellId, { includeHidden: role === 'founder' });
    const rows = await this.tasks.ofAgent(agent.cellId, query.status, query.limit ?? DEFAULT_TASK_PAGE);
    const now = new Date();
    return { success: true, agent_id: agent.cellId, agent_name: agent.name, tasks: rows.map((t) => toAgentTaskItem(t, now)), count: rows.length };
  }

  /**
   * `PATCH /tasks/:task_id`: title, description, priority (`task.updated`) and progress (`task.progressed`,
   * only while running: 409 otherwise). Changing nothing writes nothing.
   */
  async update(taskId: string, dto: UpdateTaskDto, actor: string): Promise<TaskResponse> {
    const fields = (['title', 'description', 'priority'] as const).filter((key) => dto[key] !== undefined);
    if (!fields.length && dto.progress === undefined) {
      throw new BadRequestException(['give at least one of: title, description, priority, progress']);
    }
    const hidden = await this.isHidden(taskId);
    return this.uow.write(async (tx) => {
      const task = await this.requireTask(taskId);
      const { changes, previous } = patchDiff(task, fields.map((key) => [key, key, dto[key]] as const));
      const progressChanged = dto.progress !== undefined && dto.progress !== task.progress;
      if (progressChanged && task.status !== 'running') {
        throw new ConflictException(`Progress of task ${taskId} can only change while it is running (it is ${task.status})`);
      }
      if (!Object.keys(changes).length && !progressChanged) return toTaskResponse(task);
      await this.tasks.update(task.id, { ...changes, ...(progressChanged ? { progress: dto.progress } : {}) });
      const updated = await this.requireTask(taskId);
      const response = toTaskResponse(updated);
      if (Object.keys(changes).length) {
        await this.publish('task.updated', updated, hidden, actor, { task_id: taskId, changes, previous, task: response });
      }
      if (progressChanged) {
        await this.publish('task.progressed', updated, hidden, actor, {
          task_id: taskId,
          progress: updated.progress,
          previous_progress: task.progress,
          task: response,
        });
      }
      return response;
    });
  }

  start(taskId: string, actor: string): Promise<TaskResponse> {
    return this.transition(taskId, 'running', actor);
  }

  complete(taskId: string, dto: CompleteTaskDto, actor: string): Promise<TaskResponse> {
    return this.transition(taskId, 'completed', actor, dto.result ?? null);
  }

  fail(taskId: string, dto: FailTaskDto, actor: string): Promise<TaskResponse> {
    const result = dto.result || dto.error ? { ...(dto.result ?? {}), ...(dto.error ? { error: dto.error } : {}) } : null;
    return this.transition(taskId, 'failed', actor, result);
  }

  cancel(taskId: string, actor: string): Promise<TaskResponse> {
    return this.transition(taskId, 'cancelled', actor);
  }

  /** Hard delete; the `task.deleted` event keeps what it was. */
  async remove(taskId: string, actor: string): Promise<TaskDeletedDto> {
    const hidden = await this.isHidden(taskId);
    return this.uow.write(async (tx) => {
      const task = await this.requireTask(taskId);
      await this.tasks.delete(task.id);
      await this.publish('task.deleted', task, hidden, actor, {
        task_id: taskId,
        title: task.title,
        status: task.status,
        assigned_agent_id: task.assignedAgentId,
        department_id: task.departmentId,
      });
      return { success: true, task_id: taskId, deleted: true };
    });
  }

  /** `GET /tasks/stats`. `success_rate` = completed / (completed + failed), null before any finished. */
  async stats(): Promise<TaskStatsDto> {
    const rows = await this.tasks.countsByStatusAndPriority();
    const byStatus: Record<string, number> = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0]));
    const byPriority: Record<string, number> = Object.fromEntries(TASK_PRIORITIES.map((p) => [p, 0]));
    for (const row of rows) {
      byStatus[row.status] = (byStatus[row.status] ?? 0) + Number(row.count);
      byPriority[row.priority] = (byPriority[row.priority] ?? 0) + Number(row.count);
    }
    const finished = byStatus.completed + byStatus.failed;
    return {
      total: Object.values(byStatus).reduce((a, b) => a + b, 0),
      active: byStatus.pending + byStatus.running,
      by_status: byStatus,
      by_priority: byPriority,
      success_rate: finished ? round(byStatus.completed / finished) : null,
    };
  }

  /** Per agent: task counts by status and the newest task change (for activity). */
  async countsByAgent(cellIds: string[]): Promise<Map<string, AgentTaskCounts>> {
    const counts = new Map<string, AgentTaskCounts>();
    if (!cellIds.length) return counts;
    const rows = await this.tasks.countsByAgentAndStatus(cellIds);
    for (const row of rows) {
      const entry = counts.get(row.agent) ?? { pending: 0, running: 0, completed: 0, failed: 0, cancelled: 0, lastChange: null };
      if (row.status in entry) entry[row.status] += Number(row.count);
      const last = parseDbDate(row.last);
      if (last && (!entry.lastChange || last > entry.lastChange)) entry.lastChange = last;
      counts.set(row.agent, entry);
    }
    return counts;
  }

  /** Per agent: its most recently started running task. */
  async runningByAgent(cellIds: string[]): Promise<Map<string, Task>> {
    const running = new Map<string, Task>();
    if (!cellIds.length) return running;
    const rows = await this.tasks.runningOf(cellIds);
    for (const task of rows) if (!running.has(task.assignedAgentId!)) running.set(task.assignedAgentId!, task);
    return running;
  }

  private async transition(taskId: string, to: TaskStatus, actor: string, result: JsonObject | null = null): Promise<TaskResponse> {
    const hidden = await this.isHidden(taskId);
    return this.uow.write(async (tx) => {
      const task = await this.requireTask(taskId);
      const from = task.status;
      if (!TASK_TRANSITIONS[from].includes(to)) {
        const allowed = TASK_TRANSITIONS[from];
        throw new ConflictException(
          `Task ${taskId} cannot go from '${from}' to '${to}'` +
            (allowed.length ? ` (from '${from}' it can go to: ${allowed.join(', ')})` : ` ('${from}' is final)`),
        );
      }
      const now = new Date();
      const patch: Partial<Task> = { status: to };
      if (to === 'running') patch.startedAt = now;
      else patch.completedAt = now;
      if (to === 'completed') patch.progress = 100;
      if (result) patch.result = result;
      await this.tasks.update(task.id, patch);
      const updated = await this.requireTask(taskId);
      const response = toTaskResponse(updated, now);
      await this.publish(TRANSITION_EVENTS[to]!, updated, hidden, actor, { task_id: taskId, from, to, task: response });
      return response;
    });
  }

  /** Resolves and checks the owner: 404 for an unknown agent or department, 400 for a mismatched agent. */
  private async place(ownerType: TaskOwnerType, ownerId: string, assignedAgentId?: string): Promise<Placement> {
    if (ownerType === 'agent') {
      const agent = await this.agents.findByCellId(ownerId, { includeHidden: true });
      if (assignedAgentId !== undefined && assignedAgentId !== agent.cellId) {
        throw new BadRequestException([`assigned_agent_id must be the owner (${agent.cellId}) when owner_type is agent`]);
      }
      return {
        ownerType,
        ownerId: agent.cellId,
        assignedAgentId: agent.cellId,
        departmentId: agent.department,
        hidden: Boolean(agent.departmentRef?.hidden),
      };
    }
    const department = await this.departments.findBySlug(ownerId, { includeHidden: true });
    if (assignedAgentId !== undefined) {
      const agent = await this.agents.findByCellId(assignedAgentId, { includeHidden: true });
      if (agent.department !== department.slug) {
        throw new BadRequestException([`agent ${agent.cellId} is not in department '${department.slug}'`]);
      }
    }
    return {
      ownerType,
      ownerId: department.slug,
      assignedAgentId: assignedAgentId ?? null,
      departmentId: department.slug,
      hidden: department.hidden,
    };
  }

  private insert(dto: CreateAgentTaskDto, placement: Placement, payload: JsonObject | null, actor: string): Promise<Task> {
    return this.uow.write(async (tx) => {
      const taskId = newTaskId();
      await this.tasks.insert({
        taskId,
        ownerType: placement.ownerType,
        ownerId: placement.ownerId,
        assignedAgentId: placement.assignedAgentId,
        departmentId: placement.departmentId,
        title: dto.title,
        description: dto.description ?? null,
        status: 'pending',
        priority: dto.priority ?? 'medium',
        progress: 0,
        payload,
        result: null,
      });
      const task = await this.requireTask(taskId);
      await this.publish('task.created', task, placement.hidden, actor, { task_id: taskId, task: toTaskResponse(task) });
      return task;
    });
  }

  private publish<T extends Extract<EventType, `task.${string}`>>(eventType: T, task: Task, hidden: boolean, actor: string, payload: EventPayload<T>) {
    const rooms: string[] = [];
    if (task.assignedAgentId) rooms.push(agentRoom(task.assignedAgentId));
    if (task.departmentId) rooms.push(departmentRoom(task.departmentId));
    return this.events.publish({ eventType, entityType: 'task', entityId: task.taskId, actor, rooms, founderOnly: hidden, payload });
  }

  /** Tasks of hidden departments are founder business: their events skip the public feed. */
  private async isHidden(taskId: string): Promise<boolean> {
    const task = await this.requireTask(taskId);
    if (!task.departmentId) return false;
    return Boolean((await this.departments.findBySlugOrNull(task.departmentId))?.hidden);
  }

  private async requireTask(taskId: string): Promise<Task> {
    const task = await this.tasks.byTaskId(taskId);
    if (!task) throw new NotFoundException(`Task '${taskId}' not found`);
    return task;
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;
