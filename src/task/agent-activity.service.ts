import { Injectable } from '@nestjs/common';
import { AgentService } from '../agent/agent.service';
import { Agent } from '../agent/entities/agent.entity';
import { DepartmentService } from '../department/department.service';
import { AgentActivityRepository } from './agent-activity.repository';
import { ActivityQueryDto } from './dto/task.dto';
import { AgentTaskCounts, TaskService } from './task.service';
import { AgentActivityDto, AgentActivityListDto, DepartmentActivityDto } from './dto/task-response.dto';

export const ACTIVITY_STATUSES = ['working', 'waiting', 'idle', 'offline'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export type AgentActivity = AgentActivityDto;

const NO_TASKS: AgentTaskCounts = { pending: 0, running: 0, completed: 0, failed: 0, cancelled: 0, lastChange: null };

/**
 * offline: the agent is not active (status other than "active", or is_active false);
 * working: it has a running task; waiting: pending tasks but none running; idle otherwise.
 */
export function activityStatus(agent: Pick<Agent, 'status' | 'isActive'>, counts: Pick<AgentTaskCounts, 'running' | 'pending'>): ActivityStatus {
  if (agent.status !== 'active' || !agent.isActive) return 'offline';
  if (counts.running > 0) return 'working';
  if (counts.pending > 0) return 'waiting';
  return 'idle';
}

/** Activity is derived on each read from the tasks table and the event log: nothing is kept in memory. */
@Injectable()
export class AgentActivityService {
  constructor(
    private readonly tasks: TaskService,
    private readonly agents: AgentService,
    private readonly departments: DepartmentService,
    private readonly activity: AgentActivityRepository,
  ) {}

  /** `GET /agents/activity`: every visible agent (hidden departments' with include_hidden). */
  async listAll(query: ActivityQueryDto): Promise<AgentActivityListDto> {
    const departments = await this.departments.findAll({ includeHidden: query.include_hidden });
    const agents = await this.agents.findByDepartments(departments.map((d) => d.slug));
    const activity = await this.build(agents);
    return { agents: activity, total: activity.length, summary: summarise(activity) };
  }

  async forAgent(cellId: string, query: ActivityQueryDto): Promise<AgentActivity> {
    const agent = await this.agents.findByCellId(cellId, { includeHidden: query.include_hidden });
    const [activity] = await this.build([agent]);
    return activity;
  }

  async forDepartment(slug: string, query: ActivityQueryDto): Promise<DepartmentActivityDto> {
    const department = await this.departments.findBySlug(slug, { includeHidden: query.include_hidden });
    const activity = await this.build(await this.agents.findByDepartment(department.slug));
    return {
      department: department.slug,
      department_name: department.name,
      agents: activity,
      total: activity.length,
      summary: summarise(activity),
    };
  }

  private async build(agents: Agent[]): Promise<AgentActivity[]> {
    const ids = agents.map((a) => a.cellId);
    const [counts, running, seen] = await Promise.all([
      this.tasks.countsByAgent(ids),
      this.tasks.runningByAgent(ids),
      this.activity.lastAgentActivityAt(agents.map((a) => ({ cellId: a.cellId, name: a.name }))),
    ]);
    return agents.map((agent) => {
      const own = counts.get(agent.cellId) ?? NO_TASKS;
      const current = running.get(agent.cellId);
      const finished = own.completed + own.failed;
      const moments = [own.lastChange, seen.get(agent.cellId) ?? null].filter((d): d is Date => d !== null);
      const last = moments.length ? new Date(Math.max(...moments.map((d) => d.getTime()))) : null;
      return {
        agent_id: agent.cellId,
        agent_name: agent.name,
        department: agent.department,
        department_name: agent.departmentRef?.name ?? null,
        status: activityStatus(agent, own),
        current_task: current
          ? {
              task_id: current.taskId,
              title: current.title,
              progress: current.progress,
              started_at: current.startedAt ? new Date(current.startedAt).toISOString() : null,
            }
          : null,
        pending_tasks: own.pending,
        last_activity: last ? last.toISOString() : null,
        metrics: {
          tasks_completed: own.completed,
          tasks_failed: own.failed,
          success_rate: finished ? Math.round((own.completed / finished) * 1000) / 1000 : null,
        },
      };
    });
  }
}

function summarise(activity: AgentActivity[]): Record<ActivityStatus, number> {
  const summary = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const a of activity) summary[a.status] += 1;
  return summary;
}
