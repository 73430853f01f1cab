import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DepartmentDetailQueryDto, DepartmentQueryDto, ListDepartmentsQueryDto } from '../department/dto/department-query.dto';
import { CompanyService } from './company.service';
import { DepartmentAgentsDto, DepartmentListDto, DepartmentWithAgentsDto } from './dto/company-response.dto';

@ApiTags('Departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentController {
  constructor(private readonly departments: CompanyService) {}

  /** Departments by sunflower_index; hidden ones only with include_hidden=true. */
  @Get()
  findAll(@Query() query: ListDepartmentsQueryDto): Promise<DepartmentListDto> {
    return this.departments.list(query);
  }

  /** One department with its agents. */
  @Get(':slug')
  findOne(@Param('slug') slug: string, @Query() query: DepartmentDetailQueryDto): Promise<DepartmentWithAgentsDto> {
    return this.departments.getDetail(slug, query);
  }

  /** A department's agents, in role order. */
  @Get(':slug/agents')
  findAgents(@Param('slug') slug: string, @Query() query: DepartmentQueryDto): Promise<DepartmentAgentsDto> {
    return this.departments.listAgents(slug, query);
  }
}
