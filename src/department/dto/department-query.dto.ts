import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';
import { IntQuery, OffsetQuery } from '../../common/dto/int-query';

export const DEFAULT_DEPARTMENT_PAGE = 100;
export const MAX_DEPARTMENT_PAGE = 500;

export class DepartmentQueryDto {
  @ApiPropertyOptional({ description: 'Also show hidden departments (and their agents)', default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  include_hidden?: boolean;
}

/** `GET /departments/:slug`: the agents are embedded unless `include_agents=false` (the original's flag). */
export class DepartmentDetailQueryDto extends DepartmentQueryDto {
  @ApiPropertyOptional({ description: "Embed the department's agents", default: true })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  include_agents?: boolean;
}

/** `GET /departments`: offset paging as the original took it (twelve rows at most in practice). */
export class ListDepartmentsQueryDto extends DepartmentQueryDto {
  @ApiPropertyOptional({ description: "Embed each department's agents", default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  include_agents?: boolean;

  @IntQuery({ minimum: 1, maximum: MAX_DEPARTMENT_PAGE, default: DEFAULT_DEPARTMENT_PAGE })
  limit?: number;

  @OffsetQuery()
  offset?: number;
}
