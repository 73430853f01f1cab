import type { AgentDto, AgentListDto } from './dto/agent-response.dto';
import { Agent } from './entities/agent.entity';
import { iso } from '../common/utils/iso';

export type AgentResponse = AgentDto;
export type AgentListResponse = AgentListDto;

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
