import type { offsetPage } from '../common/dto/offset-page';
import { Agent } from './entities/agent.entity';
import { iso } from '../common/utils/iso';

export interface AgentResponse {
  /** The cell id: the original's clients use `id`. */
  id: string;
  cell_id: string;
  name: string;
  role: string;
  type: string;
  /** Department slug. */
  department: string;
  /** Also the slug, as the original's clients expect. */
  department_id: string;
  department_name: string | null;
  status: string;
  is_active: boolean;
  capabilities: string | null;
  description: string | null;
  sunflower_index: number | null;
  performance_score: number;
  /** The original's PATCH flag, as last set (null until then). */
  auto_backup: boolean | null;
  voice_id: string | null;
  last_seen: string | null;
  created_at: string;
  updated_at: string;
}

/** `GET /agents`: ours (`total`, `next_cursor`) plus the original's offset-page fields. */
export interface AgentListResponse extends ReturnType<typeof offsetPage> {
  success: true;
  agents: AgentResponse[];
  total: number;
  next_cursor: string | null;
}


/** Expects `departmentRef` to be loaded for `department_name` (null otherwise). */
export function toAgentResponse(agent: Agent): AgentResponse {
  return {
    id: agent.cellId,
    cell_id: agent.cellId,
    name: agent.name,
    role: agent.role,
    type: agent.type,
    department: agent.department,
    department_id: agent.department,
    department_name: agent.departmentRef?.name ?? null,
    status: agent.status,
    is_active: agent.isActive,
    capabilities: agent.capabilities,
    description: agent.description,
    sunflower_index: agent.sunflowerIndex,
    performance_score: agent.performanceScore,
    auto_backup: typeof agent.metadata?.auto_backup === 'boolean' ? agent.metadata.auto_backup : null,
    voice_id: agent.voiceId,
    last_seen: iso(agent.lastSeen),
    created_at: iso(agent.createdAt)!,
    updated_at: iso(agent.updatedAt)!,
  };
}
