import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';
import { TASK_PRIORITIES, TASK_STATUSES } from '../entities/task.entity';
import type { TaskPriority, TaskStatus } from '../entities/task.entity';
import { CursorPageQuery } from '../../common/dto/cursor-page-query.dto';
import { trim } from '../../common/dto/trim';

export const TASK_OWNER_TYPES = ['agent', 'department'] as const;
export type TaskOwnerType = (typeof TASK_OWNER_TYPES)[number];
export const DEFAULT_TASK_PAGE = 50;
export const MAX_TASK_PAGE = 200;

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,49}$/;
/** `null` passes @IsOptional; these fields must validate whenever the key is present. */
const present = () => ValidateIf((_: object, value: unknown) => value !== undefined);

/** `POST /agents/:cell_id/tasks` (the owner is the agent in the path). */
export class CreateAgentTaskDto {
  @ApiProperty({ example: 'Review Q4 strategy' })
  @trim()
  @IsString()
  @Matches(/\S/, { message: 'title must not be empty' })
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ enum: TASK_PRIORITIES, default: 'medium' })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;
}

/** `POST /tasks`. */
export class CreateTaskDto extends CreateAgentTaskDto {
  @ApiProperty({ enum: TASK_OWNER_TYPES })
  @IsIn(TASK_OWNER_TYPES)
  owner_type: TaskOwnerType;

  @ApiProperty({ description: 'Agent cell_id or department slug', example: 'A11' })
  @IsString()
  @Matches(ID_PATTERN, { message: 'owner_id must be an agent cell_id or a department slug' })
  owner_id: string;

  @ApiPropertyOptional({ description: "Agent cell_id; for an agent owner it is the owner; for a department, one of its agents" })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, { message: 'assigned_agent_id must be an agent cell_id' })
  assigned_agent_id?: string;

  @ApiPropertyOptional({ description: 'Free-form input of the task' })
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;
}

/** `PATCH /tasks/:task_id`: status changes go through the action routes (start/complete/fail/cancel). */
export class UpdateTaskDto {
  @ApiPropertyOptional()
  @present()
  @trim()
  @IsString()
  @Matches(/\S/, { message: 'title must not be empty' })
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({ enum: TASK_PRIORITIES })
  @present()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Only while the task is running' })
  @present()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  progress?: number;
}

/** Optional body of `/complete`. */
export class CompleteTaskDto {
  @ApiPropertyOptional({ description: 'Outcome, stored as the task result' })
  @IsOptional()
  @IsObject()
  result?: Record<string, unknown>;
}

/** Optional body of `/fail`. */
export class FailTaskDto extends CompleteTaskDto {
  @ApiPropertyOptional({ description: 'Why it failed (stored in the result as `error`)' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  error?: string;
}

export class ListTasksQueryDto extends CursorPageQuery({ defaultLimit: DEFAULT_TASK_PAGE, maxLimit: MAX_TASK_PAGE }) {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ description: 'Assigned agent cell_id' })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, { message: 'agent must be an agent cell_id' })
  agent?: string;

  @ApiPropertyOptional({ description: 'Department slug' })
  @IsOptional()
  @IsString()
  @Matches(ID_PATTERN, { message: 'department must be a department slug' })
  department?: string;
}

/** `GET /agents/:cell_id/tasks`. */
export class AgentTasksQueryDto {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({ default: DEFAULT_TASK_PAGE, maximum: MAX_TASK_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TASK_PAGE)
  limit?: number;
}

/** Activity reads: hidden departments' agents only on request (as everywhere else). */
export class ActivityQueryDto {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  include_hidden?: boolean;
}
