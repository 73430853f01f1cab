import type { JsonObject } from '../common/json';
import { ChatMessage, MessageRole } from './entities/chat-message.entity';
import { ChatSession } from './entities/chat-session.entity';
import { iso } from '../common/utils/iso';
import type { ChatReplyDto, MessageDto, SessionDto } from './dto/chat-response.dto';


/** The caller-facing thread key: the part after `<scope_type>/<scope_id>/`. */
export function rawThreadKey(session: ChatSession): string | null {
  if (!session.threadKey) return null;
  const prefix = `${session.scopeType}/${session.scopeId ?? ''}/`;
  return session.threadKey.startsWith(prefix) ? session.threadKey.slice(prefix.length) : session.threadKey;
}

export function toSessionResponse(session: ChatSession): SessionDto {
  return {
    session_id: session.sessionId,
    id: session.sessionId,
    title: session.title,
    category: session.category,
    scope_type: session.scopeType,
    scope_id: session.scopeId,
    thread_key: rawThreadKey(session),
    context: session.context,
    is_active: session.isActive,
    message_count: session.messageCount,
    last_message: session.lastMessagePreview,
    created_at: iso(session.createdAt)!,
    updated_at: iso(session.updatedAt)!,
    last_activity: iso(session.updatedAt)!,
    deleted_at: iso(session.deletedAt),
  };
}

export function toMessageResponse(message: ChatMessage): MessageDto {
  return {
    id: message.id,
    session_id: message.sessionId,
    role: message.role,
    author: message.author,
    content: message.content,
    model: message.model,
    status: message.status,
    client_message_id: message.clientMessageId,
    reply_to_id: message.replyToId,
    prompt_tokens: message.promptTokens,
    tokens: message.tokens,
    latency_ms: message.latencyMs,
    metadata: message.metadata,
    created_at: iso(message.createdAt)!,
    updated_at: iso(message.updatedAt)!,
  };
}

export type SessionResponse = SessionDto;
export type MessageResponse = MessageDto;

/**
 * The original's `sender` as our role and author: `user` and `assistant` are roles, `daena` is
 * Daena's reply, and any other name (an agent's, a department's) is an assistant reply by that name.
 */
export function fromSender(sender: string): { role: MessageRole; author: string | null } {
  const word = sender.trim();
  switch (word.toLowerCase()) {
    case 'user':
      return { role: 'user', author: null };
    case 'assistant':
      return { role: 'assistant', author: null };
    case 'system':
      return { role: 'system', author: null };
    case 'daena':
      return { role: 'assistant', author: 'Daena' };
    default:
      return { role: 'assistant', author: word };
  }
}

/** The client's `context` (the original's field), kept on the user message. */
export function contextMetadata(dto: { context?: JsonObject }): JsonObject | null {
  return dto.context ? { context: dto.context } : null;
}

/** The chat reply shape shared by Daena, department and agent chat (the original's fields). */
export function chatResponse(session: ChatSession, userMessage: ChatMessage, reply: ChatMessage, duplicate: boolean): ChatReplyDto {
  return {
    success: true,
    session_id: session.sessionId,
    response: reply.content,
    message_id: reply.id,
    user_message_id: userMessage.id,
    model: reply.model,
    status: reply.status,
    duplicate,
    daena_response: { id: reply.id, type: 'assistant', content: reply.content, timestamp: reply.updatedAt.toISOString() },
    timestamp: reply.updatedAt.toISOString(),
  };
}
