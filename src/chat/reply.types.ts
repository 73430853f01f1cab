import type { JsonObject } from '../common/json';
import type { ChatTurn } from '../llm/llm.types';
import type { OfflineReplyInput } from '../llm/prompts';
import type { ChatMessage } from './entities/chat-message.entity';
import type { ChatSession, ScopeType } from './entities/chat-session.entity';

/** Who answers: stored as the message author and used for the offline text. */
export type SpeakerProfile = Omit<OfflineReplyInput, 'reason' | 'model'>;

/** How one scope answers a user message; registered per scope type by the module that owns it. */
export interface ReplyPlan {
  speaker: SpeakerProfile;
  /** Stored on the assistant message (e.g. agent cell_id, role). */
  metadata?: JsonObject;
  /**
   * The messages for Ollama, from the session's earlier turns (oldest first, without the new user
   * message). May itself consult the LLM (a spokesperson gathering its agents' notes) with `signal`.
   */
  build(history: ChatTurn[], userMessage: string, signal: AbortSignal): Promise<{ messages: ChatTurn[]; metadata?: JsonObject }>;
}

export interface ReplyComposer {
  plan(session: ChatSession, userMessage: ChatMessage): Promise<ReplyPlan>;
}

export interface ConverseInput {
  sessionId?: string | null;
  scope: { scopeType: ScopeType; scopeId?: string | null; category?: string; title?: string; context?: JsonObject };
  message: string;
  clientMessageId?: string | null;
  /** Stored on the user message (e.g. the client's `context`). */
  userMetadata?: JsonObject | null;
  actor: string;
  /** Every content delta as it arrives (SSE); Socket.IO deltas are coalesced separately. */
  onToken?: (delta: string) => void;
  /** Called once the session is known (SSE sends it first). */
  onSession?: (session: ChatSession) => void;
}

export interface ConverseResult {
  session: ChatSession;
  userMessage: ChatMessage;
  reply: ChatMessage;
  duplicate: boolean;
}
