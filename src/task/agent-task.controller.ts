import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { AgentActivityService } from './agent-activity.service';
import { ActivityQueryDto, AgentTasksQueryDto, CreateAgentTaskDto } from './dto/task.dto';
import { AgentActivityDto, AgentActivityListDto, AgentTaskCreatedDto, AgentTaskListDto, DepartmentActivityDto } from './dto/task-response.dto';
import { TaskService } from './task.service';

/**
 * Agent routes owned by the task module. `agents/activity` must be registered before AgentController's
 * `agents/:cell_id`, or Express hands "activity" to it as a cell id: TaskModule is imported ahead of
 * the modules that pull in AgentModule (see app.module.ts; test/tasks.e2e-spec.ts checks it).
 */
@ApiTags('Agents')
@ApiBearerAuth()
@Controller('agents')
export class AgentTaskController {
  constructor(
    private readonly activity: AgentActivityService,
    private readonly tasks: TaskService,
  ) {}

  /** Every visible agent's current activity. */
  @Get('activity')
  listActivity(@Query() query: ActivityQueryDto): Promise<AgentActivityListDto> {
    return this.activity.listAll(query);
  }

  /** One agent's current activity and task counts. */
  @Get(':cell_id/activity')
  agentActivity(@Param('cell_id') cellId: string, @Query() query: ActivityQueryDto): Promise<AgentActivityDto> {
    return this.activity.forAgent(cellId, query);
  }

  /** An agent's tasks, newest first, filtered by status. */
  @Get(':cell_id/tasks')
  agentTasks(@Param('cell_id') cellId: string, @Query() query: AgentTasksQueryDto, @CurrentPrincipal() principal: Principal): Promise<AgentTaskListDto> {
    return this.tasks.listForAgent(cellId, query, principal.role);
  }

  /** Gives an agent a new task (`task.created`). */
  @Post(':cell_id/tasks')
  createAgentTask(@Param('cell_id') cellId: string, @Body() dto: CreateAgentTaskDto, @CurrentPrincipal() principal: Principal): Promise<AgentTaskCreatedDto> {
    return this.tasks.createForAgent(cellId, dto, actorOf(principal));
  }
}

@ApiTags('Departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentActivityController {
  constructor(private readonly activity: AgentActivityService) {}

  /** The activity of a department's agents. */
  @Get(':slug/activity')
  departmentActivity(@Param('slug') slug: string, @Query() query: ActivityQueryDto): Promise<DepartmentActivityDto> {
    return this.activity.forDepartment(slug, query);
  }
}
