import type { LlmState } from '../llm.types';

export class LlmQueueDto {
  running: number;
  waiting: number;
  concurrency: number;
}

/** What the last probe (or generation) says about Ollama, with the queue and the pause flag. */
export class LlmStatusDto {
  state: LlmState;
  /** Scheme, host, port and path only: credentials are stripped. */
  base_url: string;
  version: string | null;
  models: string[];
  active_model: string;
  fallback_model: string | null;
  /** ISO time of the last probe or generation outcome; null before the first probe. */
  last_check: string | null;
  last_error: string | null;
  queue: LlmQueueDto;
  /** Generation paused (emergency stop). */
  paused: boolean;
}
