import { OmitType } from '@nestjs/swagger';
import { ListAgentsQueryDto } from '../../agent/dto/list-agents-query.dto';

/** `GET /agents/department/:id`: the list parameters of `GET /agents`, the department coming from the path. */
export class AgentsOfDepartmentQueryDto extends OmitType(ListAgentsQueryDto, ['department', 'department_id'] as const) {}
