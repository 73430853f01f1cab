import { ChatReplyDto } from '../../chat/dto/chat-response.dto';
import { DeletedDto, OffsetPageDto } from '../../common/dto/offset-page.dto';

export class AgentDto {
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
export class AgentListDto extends OffsetPageDto {
  success: boolean;
  agents: AgentDto[];
  total: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: string | null;
}

export class AgentDeletedDto extends DeletedDto {
  cell_id: string;
}

/** `POST /agents/:cell_id/chat`: the chat reply plus who answered. */
export class AgentChatReplyDto extends ChatReplyDto {
  agent_id: string;
  agent_name: string;
  agent_role: string;
  /** The agent's department slug. */
  department: string;
  /** The model that answered (null for an offline reply). */
  brain_model: string | null;
  /** Whether the LLM answered (false for an offline or interrupted reply). */
  brain_available: boolean;
}
