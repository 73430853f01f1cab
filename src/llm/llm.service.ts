import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ChatResponse, Ollama } from 'ollama';
import PQueue from 'p-queue';
import type { Agent } from 'undici';
import { SecretUrl } from '../common/secret-url';
import { truncateText, WellFormedStream } from '../common/text';
import { AllConfig, LlmConfig } from '../config/configuration';
import { GenerationOutcome, MetricsRegistry } from '../metrics/metrics-registry';
import {
  GenerateRequest,
  GenerateResult,
  LlmFailureKind,
  LlmPriority,
  LlmQueueStats,
  LlmUnavailableError,
} from './llm.types';
import { createOllamaAgent, createOllamaFetch, httpErrorOf, newStreamObserver, StreamObserver, transportCode } from './ollama-fetch';
import { OllamaHealthService, pickModel } from './ollama-health.service';

const DEFAULT_TEMPERATURE = 0.7;
const TRANSPORT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** A call waiting for a generation slot: p-queue v6 can neither abort a queued task nor reject its promise. */
interface Waiting {
  cancel: (error: Error) => void;
}

/** p-queue runs higher priorities first, first come first served within one. */
const PRIORITY: Record<LlmPriority, number> = { founder: 1, background: 0 };

interface AbortReason {
  kind: LlmFailureKind;
  message: string;
}

/** One generate() call in flight: its abort controller and why it was aborted. */
class Run {
  readonly controller = new AbortController();
  reason: AbortReason | null = null;

  abort(reason: AbortReason): void {
    if (this.reason) return;
    this.reason = reason;
    this.controller.abort();
  }
}

/**
 * Generation through the official `ollama` client, behind a bounded priority queue (p-queue), with
 * cold-load-tolerant timeouts (undici's Agent) and every failure mapped to an `LlmUnavailableError` kind.
 */
@Injectable()
export class LlmService implements OnModuleDestroy {
  private readonly logger = new Logger(LlmService.name);
  private readonly llm: LlmConfig;
  /** OLLAMA_BASE_URL may carry credentials: error texts and logs get them scrubbed. */
  private readonly endpoint: SecretUrl;
  private readonly queue: PQueue;
  private readonly waiting = new Set<Waiting>();
  private readonly agent: Agent;
  private readonly running = new Set<Run>();
  private pauseReason: string | null = null;

  constructor(
    config: ConfigService<AllConfig, true>,
    private readonly health: OllamaHealthService,
    private readonly metrics: MetricsRegistry,
  ) {
    this.llm = config.get('llm', { infer: true });
    this.endpoint = new SecretUrl(this.llm.baseUrl);
    this.queue = new PQueue({ concurrency: this.llm.concurrency });
    this.agent = createOllamaAgent({ connectMs: this.llm.connectTimeoutMs, headersMs: this.llm.firstTokenTimeoutMs, bodyMs: this.llm.idleTimeoutMs });
    health.attachQueue(this);
  }

  /**
   * Streams one chat completion. Rejects with `LlmUnavailableError` (never anything else for Ollama
   * trouble); fails fast without calling Ollama when the cached health state is not `up`.
   */
  async generate(req: GenerateRequest): Promise<GenerateResult> {
    const started = Date.now();
    let outcome: GenerationOutcome = 'offline';
    try {
      const result = await this.generateOnce(req, started);
      outcome = 'complete';
      return result;
    } catch (error) {
      // The chat rows' rule (ReplyService): text streamed before the failure is kept as `interrupted`.
      if (error instanceof LlmUnavailableError && error.partial) outcome = 'interrupted';
      throw error;
    } finally {
      this.metrics.observeGeneration(outcome, (Date.now() - started) / 1000);
    }
  }

  private async generateOnce(req: GenerateRequest, started: number): Promise<GenerateResult> {
    this.throwIfPaused();
    if (req.signal?.aborted) throw new LlmUnavailableError('aborted', 'the caller aborted before the generation started');
    const status = await this.health.current();
    if (status.state !== 'up') {
      throw new LlmUnavailableError(status.state, status.last_error ?? `Ollama is ${status.state}`, { model: status.active_model });
    }
    return this.inSlot(req.priority ?? 'background', req.signal, async () => {
      try {
        this.throwIfPaused();
        const result = await this.execute(req, pickModel(status), started);
        this.health.reportSuccess();
        return result;
      } catch (error) {
        if (error instanceof LlmUnavailableError) this.health.reportFailure(error.kind, error.message);
        throw error;
      }
    });
  }

  /**
   * Runs `work` in a queue slot. What p-queue v6 lacks (v7+ is ESM only) is added here: a caller's
   * abort, or the emergency stop, rejects a waiting call at once; its task, when p-queue reaches it,
   * returns without work, giving the slot straight back.
   */
  private inSlot<T>(priority: LlmPriority, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let cancelled = false;
      const onAbort = () => entry.cancel(new LlmUnavailableError('aborted', 'the caller aborted while waiting for a generation slot'));
      const leave = () => {
        this.waiting.delete(entry);
        signal?.removeEventListener('abort', onAbort);
      };
      const entry: Waiting = {
        cancel: (error) => {
          if (cancelled) return;
          cancelled = true;
          leave();
          reject(error);
        },
      };
      this.waiting.add(entry);
      signal?.addEventListener('abort', onAbort, { once: true });
      void this.queue.add(
        async () => {
          if (cancelled) return;
          leave();
          await work().then(resolve, reject);
        },
        { priority: PRIORITY[priority] },
      );
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.agent.close().catch(() => undefined);
  }

  /**
   * A reply answered offline without calling generate() (the cached state is not up, or paused):
   * counted as an offline generation of 0 s, so the outcome series counts every reply.
   */
  recordOfflineWithoutCall(): void {
    this.metrics.observeGeneration('offline', 0);
  }

  queueStats(): LlmQueueStats {
    return { running: this.queue.pending, waiting: this.waiting.size, concurrency: this.llm.concurrency };
  }

  /** Emergency stop: aborts every running generation and refuses new ones until `resume()`. */
  pause(reason: string): { aborted: number; dropped: number } {
    this.pauseReason = reason || 'paused by the founder';
    const runs = [...this.running];
    for (const run of runs) run.abort({ kind: 'paused', message: `generation paused: ${this.pauseReason}` });
    const waiting = [...this.waiting];
    for (const entry of waiting) entry.cancel(this.pausedError());
    const dropped = waiting.length;
    this.logger.warn(`LLM paused (${runs.length} running aborted, ${dropped} queued dropped)`);
    return { aborted: runs.length, dropped };
  }

  resume(): void {
    if (this.pauseReason === null) return;
    this.pauseReason = null;
    this.logger.log('LLM resumed');
  }

  isPaused(): boolean {
    return this.pauseReason !== null;
  }

  private throwIfPaused(): void {
    if (this.pauseReason !== null) throw this.pausedError();
  }

  private pausedError(): LlmUnavailableError {
    return new LlmUnavailableError('paused', `generation paused: ${this.pauseReason ?? 'paused'}`);
  }

  /** The primary model, then once the fallback model if Ollama says the primary is missing. */
  private async execute(req: GenerateRequest, model: string, started: number): Promise<GenerateResult> {
    const run = new Run();
    this.running.add(run);
    const onCallerAbort = () => run.abort({ kind: 'aborted', message: 'the caller aborted the generation' });
    req.signal?.addEventListener('abort', onCallerAbort, { once: true });
    if (req.signal?.aborted) onCallerAbort();
    const total = setTimeout(
      () => run.abort({ kind: 'timeout', message: `no complete answer within ${this.llm.totalTimeoutMs} ms` }),
      this.llm.totalTimeoutMs,
    );
    try {
      try {
        return await this.attempt(run, req, model, started);
      } catch (error) {
        const fallback = this.llm.fallbackModel;
        if (!(error instanceof LlmUnavailableError) || error.kind !== 'model_missing' || !fallback || fallback === model || run.reason) throw error;
        this.logger.warn(`model "${model}" not found by Ollama; retrying once with fallback "${fallback}"`);
        return await this.attempt(run, req, fallback, started);
      }
    } finally {
      clearTimeout(total);
      req.signal?.removeEventListener('abort', onCallerAbort);
      this.running.delete(run);
    }
  }

  private async attempt(run: Run, req: GenerateRequest, model: string, started: number): Promise<GenerateResult> {
    const observer = newStreamObserver();
    // Lone surrogates become U+FFFD here, so the row, the events and the SSE tokens carry the same text.
    const text = new WellFormedStream();
    const cap = this.llm.maxReplyChars;
    let content = '';
    const append = (piece: string) => {
      if (!piece) return;
      if (!content) this.metrics.observeFirstToken((Date.now() - started) / 1000);
      if (content.length + piece.length > cap) {
        const kept = truncateText(piece, cap - content.length);
        content += kept;
        if (kept) this.emitToken(req, kept);
        run.abort({ kind: 'too_large', message: `the reply passed ${cap} characters (LLM_MAX_REPLY_CHARS)` });
        throw new Error('reply too large');
      }
      content += piece;
      this.emitToken(req, piece);
    };
    const client = new Ollama({
      host: this.llm.baseUrl,
      // The first-token and idle timeouts are the agent's headers and body timeouts (ollama-fetch.ts).
      fetch: createOllamaFetch({
        dispatcher: this.agent,
        signal: run.controller.signal,
        observer,
        maxLineBytes: this.llm.maxLineBytes,
      }),
    });
    this.logger.debug(`generate model=${model} messages=${req.messages.length} priority=${req.priority ?? 'background'}`);
    try {
      const stream = await client.chat({
        model,
        messages: req.messages.map(({ role, content: turn }) => ({ role, content: turn })),
        stream: true,
        options: { temperature: req.temperature ?? DEFAULT_TEMPERATURE, num_predict: req.maxTokens ?? this.llm.maxTokens },
      });
      let final: ChatResponse | null = null;
      for await (const part of stream) {
        // The body guard already stops at a non-string content; this keeps the contract local.
        const delta: unknown = part.message?.content ?? '';
        if (typeof delta !== 'string') throw new LlmUnavailableError('stream_error', 'Ollama sent a message.content that is not a string', { partial: content, model });
        append(text.push(delta));
        if (part.done) final = part;
      }
      append(text.end());
      if (!final) throw new Error('stream ended without done');
      if (!content.trim()) throw new LlmUnavailableError('empty', `model "${model}" finished without any text`, { partial: '', model });
      return {
        content,
        model: final.model || model,
        promptTokens: typeof final.prompt_eval_count === 'number' ? final.prompt_eval_count : null,
        completionTokens: typeof final.eval_count === 'number' ? final.eval_count : null,
        latencyMs: Date.now() - started,
        doneReason: final.done_reason || 'stop',
      };
    } catch (error) {
      if (error instanceof LlmUnavailableError && !run.reason) throw error;
      throw this.classify(error, run, observer, content, model);
    }
  }

  private emitToken(req: GenerateRequest, delta: string): void {
    try {
      req.onToken?.(delta);
    } catch (error) {
      this.logger.warn(`onToken callback threw: ${(error as Error).message}`);
    }
  }

  private classify(error: unknown, run: Run, observer: StreamObserver, partial: string, model: string): LlmUnavailableError {
    const fail = (kind: LlmFailureKind, message: string) => new LlmUnavailableError(kind, this.endpoint.scrub(message), { partial, model });
    if (run.reason) return fail(run.reason.kind, run.reason.message);
    const http = httpErrorOf(error);
    if (http) {
      if (http.status === 404) return fail('model_missing', `model "${model}": ${http.message}`);
      if (http.status === 503 || http.status === 429) return fail('overloaded', `Ollama is busy (HTTP ${http.status}): ${http.message}`);
      if (http.status >= 500) return fail('down', `Ollama failed (HTTP ${http.status}): ${http.message}`);
      return fail('stream_error', `Ollama refused the request (HTTP ${http.status}): ${http.message}`);
    }
    if (observer.malformed !== null) return fail('stream_error', `Ollama sent ${observer.malformed}`);
    if (observer.errorLine !== null) return fail('stream_error', `Ollama reported an error mid-stream: ${observer.errorLine}`);
    const code = transportCode(error);
    if (code === 'UND_ERR_HEADERS_TIMEOUT') return fail('timeout', `no first token within ${this.llm.firstTokenTimeoutMs} ms`);
    if (code === 'UND_ERR_BODY_TIMEOUT') return fail('timeout', `no new token within ${this.llm.idleTimeoutMs} ms`);
    const err = error as Error & { code?: string };
    if (observer.responded) {
      return observer.sawDone ? fail('stream_error', err?.message ?? String(error)) : fail('truncated', 'the stream ended before Ollama finished the answer');
    }
    if (!code || !TRANSPORT_CODES.has(code)) this.logger.warn(this.endpoint.scrub(`unexpected error before the response (${code ?? 'no code'}): ${err?.message}`));
    const message = String(err?.message ?? error);
    return fail('down', `cannot reach Ollama at ${this.endpoint.safe}: ${code && !message.includes(code) ? `${code} ` : ''}${message}`);
  }
}
