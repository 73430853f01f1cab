import { ChatReplyDto, SessionListDto, SessionWithMessagesDto } from '../../chat/dto/chat-response.dto';
import { AgentDto } from '../../agent/dto/agent-response.dto';
import { OffsetPageDto } from '../../common/dto/offset-page.dto';
import { DepartmentDto } from '../../department/dto/department-response.dto';

/** A department, with its agents when they were asked for. */
export class DepartmentWithAgentsDto extends DepartmentDto {
  /** Present when the agents were asked for (`include_agents`). */
  agents?: AgentDto[];
}

/** `GET /departments`: ordered by sunflower_index, with the original's offset-page fields. */
export class DepartmentListDto extends OffsetPageDto {
  success: boolean;
  departments: DepartmentWithAgentsDto[];
  total: number;
}

/** `GET /departments/:slug/agents`. */
export class DepartmentAgentsDto {
  department_id: string;
  department_name: string;
  agents: AgentDto[];
  total: number;
}

/** `POST /departments/:slug/chat`: the chat reply plus who answered. */
export class DepartmentChatReplyDto extends ChatReplyDto {
  department_id: string;
  /** The spokesperson (or, in direct mode, the agent) who answered. */
  agent_name: string | null;
  agent_role: string | null;
  /** How many colleagues' notes the spokesperson's answer drew on (0 in direct mode). */
  synthesized_from: number;
  /** Direct mode only: the agent's cell id. */
  agent_id?: string;
  /** Direct mode only: the agent's department slug. */
  department?: string;
  /** Direct mode only. */
  brain_model?: string | null;
  /** Direct mode only. */
  brain_available?: boolean;
}

/** `GET /departments/:slug/chat/sessions`. */
export class DepartmentSessionListDto extends SessionListDto {
  success: boolean;
  department_id: string;
}

/** `GET /departments/:slug/chat/sessions/:session_id`. */
export class DepartmentSessionDto extends SessionWithMessagesDto {
  success: boolean;
}
