import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanQuery } from '../../common/boolean-query';

export class DepartmentQueryDto {
  @ApiPropertyOptional({ description: 'Also show hidden departments (and their agents)', default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  include_hidden?: boolean;
}

export class ListDepartmentsQueryDto extends DepartmentQueryDto {
  @ApiPropertyOptional({ description: "Embed each department's agents", default: false })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  include_agents?: boolean;
}
