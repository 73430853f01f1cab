import type { LlmStatusDto } from './dto/llm-status.dto';
/** What the last probe (or generation) says about Ollama. */
export type LlmState = 'up' | 'model_missing' | 'overloaded' | 'down';

export type LlmPriority = 'founder' | 'background';

export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface GenerateRequest {
  messages: ChatTurn[];
  /** Waiting requests are served founder first, then background (default), FIFO within each. */
  priority?: LlmPriority;
  maxTokens?: number;
  temperature?: number;
  /** Aborting rejects with kind `aborted` (while queued or while streaming). */
  signal?: AbortSignal;
  /** Called with each content delta as it arrives. */
  onToken?: (delta: string) => void;
}

export interface GenerateResult {
  content: string;
  /** The model that answered (the fallback model when it was used). */
  model: string;
  promptTokens: number | null;
  completionTokens: number | null;
  latencyMs: number;
  doneReason: string;
}

export type LlmFailureKind =
  | 'down'
  | 'timeout'
  | 'model_missing'
  | 'overloaded'
  | 'stream_error'
  | 'truncated'
  | 'aborted'
  | 'paused'
  /** Ollama finished without any text. */
  | 'empty'
  /** The reply passed LLM_MAX_REPLY_CHARS; `partial` holds the text up to the cap. */
  | 'too_large'
  /** The request's overall deadline (LLM_REQUEST_DEADLINE_MS) passed; set by the caller, not by LlmService. */
  | 'deadline';

/** Every way a generation can fail; `partial` is the text streamed before the failure. */
export class LlmUnavailableError extends Error {
  override readonly name = 'LlmUnavailableError';
  readonly partial: string;
  readonly model: string | null;

  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    details: { partial?: string; model?: string | null } = {},
  ) {
    super(message);
    this.partial = details.partial ?? '';
    this.model = details.model ?? null;
  }
}

export interface LlmQueueStats {
  running: number;
  waiting: number;
  concurrency: number;
}

/** Body of `GET /api/v1/llm/status` (snake_case on the wire). */
export type LlmStatusSnapshot = LlmStatusDto;
