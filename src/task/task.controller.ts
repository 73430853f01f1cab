import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { CompleteTaskDto, CreateTaskDto, FailTaskDto, ListTasksQueryDto, UpdateTaskDto } from './dto/task.dto';
import { TaskDeletedDto, TaskDto, TaskListDto, TaskStatsDto } from './dto/task-response.dto';
import { TaskService } from './task.service';

/** Status changes go through the action routes (start/complete/fail/cancel); PATCH edits the rest. */
@ApiTags('Tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TaskController {
  constructor(private readonly tasks: TaskService) {}

  /** Creates a task for a department or an agent (`task.created`). */
  @Post()
  create(@Body() dto: CreateTaskDto, @CurrentPrincipal() principal: Principal): Promise<TaskDto> {
    return this.tasks.create(dto, actorOf(principal));
  }

  /** Newest first, keyset-paged (`next_cursor`); filter by status, agent, department. */
  @Get()
  findAll(@Query() query: ListTasksQueryDto, @CurrentPrincipal() principal: Principal): Promise<TaskListDto> {
    return this.tasks.list(query, principal.role);
  }

  /** Task counts by status. */
  @Get('stats')
  stats(): Promise<TaskStatsDto> {
    return this.tasks.stats();
  }

  /** One task. */
  @Get(':task_id')
  findOne(@Param('task_id') taskId: string, @CurrentPrincipal() principal: Principal): Promise<TaskDto> {
    return this.tasks.findOne(taskId, principal.role);
  }

  /** Changes a task's title, description, priority or progress. */
  @Patch(':task_id')
  update(@Param('task_id') taskId: string, @Body() dto: UpdateTaskDto, @CurrentPrincipal() principal: Principal): Promise<TaskDto> {
    return this.tasks.update(taskId, dto, actorOf(principal));
  }

  /** Starts a pending task. */
  @Post(':task_id/start')
  @HttpCode(HttpStatus.OK)
  start(@Param('task_id') taskId: string, @CurrentPrincipal() principal: Principal): Promise<TaskDto> {
    return this.tasks.start(taskId, actorOf(principal));
  }

  /** Marks a running task completed, with its result. */
  @Post(':task_id/complete')
  @HttpCode(HttpStatus.OK)
  complete(@Param('task_id') taskId: string, @Body() dto: CompleteTaskDto, @CurrentPrincipal() principal: Principal): Promise<TaskDto> {
    return this.tasks.complete(taskId, dto, actorOf(principal));
  }

  /** Marks a running task failed, with the error. */
  @Post(':task_id/fail')
  @HttpCode(HttpStatus.OK)
  fail(@Param('task_id') taskId: string, @Body() dto: FailTaskDto, @CurrentPrincipal() principal: Principal): Promise<TaskDto> {
    return this.tasks.fail(taskId, dto, actorOf(principal));
  }

  /** Cancels a pending or running task. */
  @Post(':task_id/cancel')
  @HttpCode(HttpStatus.OK)
  cancel(@Param('task_id') taskId: string, @CurrentPrincipal() principal: Principal): Promise<TaskDto> {
    return this.tasks.cancel(taskId, actorOf(principal));
  }

  /** Hard delete: answers `{ success, task_id, deleted }` (200). */
  @Delete(':task_id')
  @HttpCode(HttpStatus.OK)
  remove(@Param('task_id') taskId: string, @CurrentPrincipal() principal: Principal): Promise<TaskDeletedDto> {
    return this.tasks.remove(taskId, actorOf(principal));
  }
}
