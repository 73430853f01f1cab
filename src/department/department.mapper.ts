import type { DepartmentDto } from './dto/department-response.dto';
import { Department } from './entities/department.entity';

export type DepartmentResponse = DepartmentDto;

/** `agents` (the caller's agent shape) only when they were asked for. */
export function toDepartmentResponse<A>(department: Department, agentsCount: number, agents?: A[]): DepartmentDto & { agents?: A[] } {
  return {
    id: department.slug,
    slug: department.slug,
    name: department.name,
    description: department.description,
    color: department.color,
    icon: department.icon,
    sunflower_index: department.sunflowerIndex,
    cell_id: department.cellId,
    status: department.status,
    hidden: department.hidden,
    agents_count: agentsCount,
    ...(agents ? { agents } : {}),
  };
}
