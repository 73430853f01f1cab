import { Injectable } from '@nestjs/common';
import { toAgentResponse } from '../agent/agent.mapper';
import { AgentService } from '../agent/agent.service';
import { offsetPage } from '../common/dto/offset-page';
import { toDepartmentResponse } from '../department/department.mapper';
import { DepartmentAgentsDto, DepartmentListDto, DepartmentWithAgentsDto } from './dto/company-response.dto';
import { DepartmentService } from '../department/department.service';
import { DEFAULT_DEPARTMENT_PAGE, DepartmentDetailQueryDto, DepartmentQueryDto, ListDepartmentsQueryDto } from '../department/dto/department-query.dto';

/** Departments composed with their agents (the department routes' reads). */
@Injectable()
export class CompanyService {
  constructor(
    private readonly departments: DepartmentService,
    private readonly agents: AgentService,
  ) {}

  /** `GET /departments`: ordered by sunflower_index, each with its agent count (and agents on request). */
  async list(query: ListDepartmentsQueryDto): Promise<DepartmentListDto> {
    const all = await this.departments.findAll({ includeHidden: query.include_hidden });
    const limit = query.limit ?? DEFAULT_DEPARTMENT_PAGE;
    const offset = query.offset ?? 0;
    const departments = all.slice(offset, offset + limit);
    const counts = await this.agents.countByDepartment();
    const agents = query.include_agents ? await this.agents.findByDepartments(departments.map((d) => d.slug)) : [];
    const rows = departments.map((department) =>
      toDepartmentResponse(
        department,
        counts.get(department.slug) ?? 0,
        query.include_agents ? agents.filter((a) => a.department === department.slug).map(toAgentResponse) : undefined,
      ),
    );
    return { success: true as const, departments: rows, total: all.length, ...offsetPage(all.length, limit, offset, rows.length) };
  }

  /** `GET /departments/:slug`: the department with its agents (unless `include_agents=false`). */
  async getDetail(slug: string, query: DepartmentDetailQueryDto): Promise<DepartmentWithAgentsDto> {
    const department = await this.departments.findBySlug(slug, { includeHidden: query.include_hidden });
    const agents = (await this.agents.findByDepartment(department.slug)).map(toAgentResponse);
    return toDepartmentResponse(department, agents.length, query.include_agents === false ? undefined : agents);
  }

  /** `GET /departments/:slug/agents`. */
  async listAgents(slug: string, query: DepartmentQueryDto): Promise<DepartmentAgentsDto> {
    const department = await this.departments.findBySlug(slug, { includeHidden: query.include_hidden });
    const agents = (await this.agents.findByDepartment(department.slug)).map(toAgentResponse);
    return { department_id: department.slug, department_name: department.name, agents, total: agents.length };
  }
}
