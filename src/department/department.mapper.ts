import type { AgentResponse } from '../agent/agent.mapper';
import { Department } from './entities/department.entity';

export interface DepartmentResponse {
  /** The slug: the original's clients use `id`. */
  id: string;
  slug: string;
  name: string;
  description: string | null;
  color: string;
  icon: string | null;
  sunflower_index: number;
  cell_id: string;
  status: string;
  hidden: boolean;
  agents_count: number;
  agents?: AgentResponse[];
}

export function toDepartmentResponse(department: Department, agentsCount: number, agents?: AgentResponse[]): DepartmentResponse {
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
