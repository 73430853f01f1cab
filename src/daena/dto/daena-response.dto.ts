import type { LlmState } from '../../llm/llm.types';
import { MessageDto, SessionDto } from '../../chat/dto/chat-response.dto';

/** `POST /daena/chat/start`: the new session and Daena's greeting. */
export class DaenaChatStartDto {
  success: boolean;
  session_id: string;
  session: SessionDto;
  welcome_message: string;
  /** The greeting as a stored message. */
  messages: MessageDto[];
}

/** Daena's sessions in one category. */
export class DaenaSessionListDto {
  success: boolean;
  /** The category listed (`executive` unless asked; `all` for every category). */
  category: string;
  sessions: SessionDto[];
  total: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: string | null;
}

/** One session with a page of its messages (oldest first). */
export class DaenaSessionDetailDto {
  success: boolean;
  session: SessionDto;
  message_count: number;
  /** Seconds since the session was created. */
  duration: number;
  messages: MessageDto[];
  has_more: boolean;
  /** Pass as `before_id` for the older page; null when there is none. */
  next_before_id: number | null;
}

export class DaenaSessionDeletedDto {
  success: boolean;
  session_id: string;
  message: string;
}

export class DaenaSessionRestoredDto {
  success: boolean;
  session: SessionDto;
}

export class DaenaSystemHealthDto {
  /** Visible departments. */
  departments_online: number;
  hidden_departments: number;
  agents_active: number;
  sessions: number;
  messages: number;
  system_uptime_s: number;
}

export class DaenaBrainDto {
  state: LlmState;
  model: string;
  paused: boolean;
  last_check: string | null;
}

export class DaenaStatusDto {
  success: boolean;
  /** `active` when the LLM is up and not paused, else `offline`. */
  daena_status: 'active' | 'offline';
  system_health: DaenaSystemHealthDto;
  brain: DaenaBrainDto;
  last_updated: string;
}
