import type { JsonObject } from '../../common/json';
import type { ScopeType } from '../entities/chat-session.entity';
import type { MessageRole, MessageStatus } from '../entities/chat-message.entity';

/** The response shapes of chat sessions and messages, shared by every speaker's routes. */

/** A chat session as every list and detail route returns it. */
export class SessionDto {
  /** Public id (UUID v4). */
  session_id: string;
  /** The same as `session_id` (the original's clients read `id`). */
  id: string;
  title: string;
  category: string;
  scope_type: ScopeType;
  /** Department slug, agent cell id or council slug; null for executive and general sessions. */
  scope_id: string | null;
  /** The caller's thread key (without the scope prefix); null when the session has none. */
  thread_key: string | null;
  context: JsonObject;
  is_active: boolean;
  message_count: number;
  /** Preview of the newest message. */
  last_message: string | null;
  created_at: string;
  updated_at: string;
  /** The same as `updated_at`: bumped by every message. */
  last_activity: string;
  /** Set while the session is soft-deleted (restorable). */
  deleted_at: string | null;
}

/** A chat message. */
export class MessageDto {
  id: number;
  session_id: string;
  role: MessageRole;
  /** Speaker name for assistant turns (agent, spokesperson, council member); null for the founder. */
  author: string | null;
  content: string;
  model: string | null;
  status: MessageStatus;
  client_message_id: string | null;
  /** For an assistant reply: the user message it answers. */
  reply_to_id: number | null;
  prompt_tokens: number | null;
  tokens: number | null;
  latency_ms: number | null;
  metadata: JsonObject | null;
  created_at: string;
  updated_at: string;
}

/** A keyset page of sessions. */
export class SessionListDto {
  sessions: SessionDto[];
  total: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: string | null;
}

/** A session and a success flag (create, restore). */
export class SessionResultDto extends SessionDto {
  success: boolean;
}

/** `POST /chat-history/get-or-create-session`. */
export class GetOrCreateSessionResultDto extends SessionResultDto {
  /** Whether this call created the session. */
  created: boolean;
}

/** A session with its newest page of messages (oldest first). */
export class SessionWithMessagesDto extends SessionDto {
  messages: MessageDto[];
  has_more: boolean;
  /** Pass as `before_id` for the older page; null when there is none. */
  next_before_id: number | null;
}

/** A page of a session's messages, oldest first. */
export class MessagePageDto {
  session_id: string;
  messages: MessageDto[];
  has_more: boolean;
  /** Pass as `before_id` for the older page (paging back); null otherwise. */
  next_before_id: number | null;
  /** Pass as `after_id` for the newer page (paging forward); null otherwise. */
  next_after_id: number | null;
}

/** `DELETE /chat-history/sessions/:session_id`. */
export class SessionDeletedDto {
  success: boolean;
  session_id: string;
  deleted: boolean;
  message: string;
}

/** A stored message (`POST …/messages`); `duplicate` when the client_message_id was seen before. */
export class AddedMessageDto {
  success: boolean;
  duplicate: boolean;
  message: MessageDto;
}

/** A reply stopped or generated again. */
export class ReplyActionDto {
  success: boolean;
  session_id: string;
  message: MessageDto;
  status: MessageStatus;
}

/** A reply generated again, with its text as `response`. */
export class RegeneratedReplyDto extends ReplyActionDto {
  response: string;
}

export class ChatCategoryDto {
  /** The category name (the original's id). */
  id: string;
  name: string;
  description: string | null;
  icon: string | null;
  color: string | null;
  sort_order: number;
}

export class ChatCategoryListDto {
  categories: ChatCategoryDto[];
}

/** The original's `daena_response` object inside a chat reply. */
export class DaenaResponsePartDto {
  id: number;
  type: string;
  content: string;
  timestamp: string;
}

/** The chat reply shape shared by Daena, department and agent chat (the original's fields). */
export class ChatReplyDto {
  success: boolean;
  session_id: string;
  /** The reply text (an honest offline text when the LLM is down). */
  response: string;
  /** The reply message's id. */
  message_id: number;
  user_message_id: number;
  model: string | null;
  status: MessageStatus;
  /** True when client_message_id was seen before: the stored reply is returned, nothing new is written. */
  duplicate: boolean;
  daena_response: DaenaResponsePartDto;
  timestamp: string;
}
