import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DepartmentQueryDto } from '../../department/dto/department-query.dto';
import { SLUG_PATTERN } from './create-agent.dto';

export const DEFAULT_AGENT_PAGE = 100;
export const MAX_AGENT_PAGE = 500;

export class ListAgentsQueryDto extends DepartmentQueryDto {
  @ApiPropertyOptional({ description: 'Department slug' })
  @IsOptional()
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'department must be a department slug' })
  department?: string;

  @ApiPropertyOptional({ description: 'Alias of `department` (the original clients send it)' })
  @IsOptional()
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'department_id must be a department slug' })
  department_id?: string;

  @ApiPropertyOptional({ default: DEFAULT_AGENT_PAGE, maximum: MAX_AGENT_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_AGENT_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: '`next_cursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** `GET /agents/:cell_id?include_hidden=` */
export class AgentQueryDto extends DepartmentQueryDto {}
