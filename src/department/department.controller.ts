import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DepartmentService } from './department.service';
import { DepartmentDetailQueryDto, DepartmentQueryDto, ListDepartmentsQueryDto } from './dto/department-query.dto';

@ApiTags('Departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentController {
  constructor(private readonly departments: DepartmentService) {}

  /** Departments by sunflower_index; hidden ones only with include_hidden=true. */
  @Get()
  findAll(@Query() query: ListDepartmentsQueryDto) {
    return this.departments.list(query);
  }

  /** One department with its agents. */
  @Get(':slug')
  findOne(@Param('slug') slug: string, @Query() query: DepartmentDetailQueryDto) {
    return this.departments.getDetail(slug, query);
  }

  /** A department's agents, in role order. */
  @Get(':slug/agents')
  findAgents(@Param('slug') slug: string, @Query() query: DepartmentQueryDto) {
    return this.departments.listAgents(slug, query);
  }
}
