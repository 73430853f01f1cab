import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { OffsetQuery } from '../../common/dto/int-query';
import { DepartmentQueryDto } from '../../department/dto/department-query.dto';
import { SLUG_PATTERN } from './create-agent.dto';
import { CursorPageQuery } from '../../common/dto/cursor-page-query.dto';

export const DEFAULT_AGENT_PAGE = 100;
export const MAX_AGENT_PAGE = 500;

export class ListAgentsQueryDto extends CursorPageQuery({ defaultLimit: DEFAULT_AGENT_PAGE, maxLimit: MAX_AGENT_PAGE }, DepartmentQueryDto) {
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

  @OffsetQuery('Rows to skip (the original clients page by offset; `cursor` is ours)')
  offset?: number;
}

/** `GET /agents/:cell_id?include_hidden=` */
export class AgentQueryDto extends DepartmentQueryDto {}
