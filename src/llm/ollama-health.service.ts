import { Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Ollama } from 'ollama';
import type { Agent } from 'undici';
import { SecretUrl } from '../common/secret-url';
import { AllConfig, LlmConfig } from '../config/configuration';
import { SettingsService } from '../config/settings/settings.service';
import { EventBus } from '../events/event-bus';
import { EventsService } from '../events/events.service';
import { LlmFailureKind, LlmQueueStats, LlmState, LlmStatusSnapshot } from './llm.types';
import { createOllamaAgent, createOllamaFetch, httpErrorOf, transportCode } from './ollama-fetch';

/** SystemConfig key of the founder's model override. */
export const ACTIVE_MODEL_KEY = 'llm.active_model';
export const UP_TTL_MS = 5_000;
const MODEL_CACHE_MS = 1_000;
export const BACKOFF_MIN_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;

/** `qwen2.5` and `qwen2.5:latest` name the same model. */
export function hasModel(models: string[], name: string): boolean {
  const bare = (n: string) => (n.endsWith(':latest') ? n.slice(0, -':latest'.length) : n);
  return models.some((m) => bare(m) === bare(name));
}

/** The model a generation should use: the active one if installed, else an installed fallback. */
export function pickModel(snapshot: Pick<LlmStatusSnapshot, 'models' | 'active_model' | 'fallback_model'>): string {
  const { models, active_model: active, fallback_model: fallback } = snapshot;
  if (!hasModel(models, active) && fallback && hasModel(models, fallback)) return fallback;
  return active;
}

export interface LlmQueueSource {
  queueStats(): LlmQueueStats;
  isPaused(): boolean;
}

interface ProbeState {
  state: LlmState;
  version: string | null;
  models: string[];
  activeModel: string;
  lastCheck: Date;
  lastError: string | null;
}

/**
 * Cached Ollama state machine. Chat paths call `current()`, which probes only when the cache is stale
 * (5 s when up, 1 s doubling to 30 s while down or overloaded); concurrent callers share one probe.
 * Generation outcomes feed back through `reportFailure` / `reportSuccess` without another probe.
 */
@Injectable()
export class OllamaHealthService implements OnModuleDestroy {
  private readonly logger = new Logger(OllamaHealthService.name);
  private readonly llm: LlmConfig;
  /** OLLAMA_BASE_URL may carry credentials: only its safe form is shown anywhere. */
  private readonly endpoint: SecretUrl;
  private probed: ProbeState | null = null;
  private expiresAt = 0;
  private failures = 0;
  private inflight: Promise<LlmStatusSnapshot> | null = null;
  private queueSource: LlmQueueSource | null = null;
  /** The override is read at most once a second, and at once after the founder changes it. */
  private modelCache: { value: string; at: number } | null = null;
  /** Every phase of a probe (connect, headers, body) within OLLAMA_PROBE_TIMEOUT_MS. */
  private readonly probeAgent: Agent;

  constructor(
    config: ConfigService<AllConfig, true>,
    private readonly settings: SettingsService,
    private readonly events: EventsService,
    @Optional() bus?: EventBus,
  ) {
    this.llm = config.get('llm', { infer: true });
    this.endpoint = new SecretUrl(this.llm.baseUrl);
    const probeMs = this.llm.probeTimeoutMs;
    this.probeAgent = createOllamaAgent({ connectMs: probeMs, headersMs: probeMs, bodyMs: probeMs });
    bus?.on('config.updated', ({ entity_id }) => {
      if (entity_id === ACTIVE_MODEL_KEY) this.modelCache = null;
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.probeAgent.close().catch(() => undefined);
  }

  /** LlmService registers itself so the snapshot can show the queue without a circular dependency. */
  attachQueue(source: LlmQueueSource): void {
    this.queueSource = source;
  }

  /** The founder's SystemConfig override, else OLLAMA_MODEL. */
  async activeModel(): Promise<string> {
    if (this.modelCache && Date.now() - this.modelCache.at < MODEL_CACHE_MS) return this.modelCache.value;
    let value = this.llm.model;
    try {
      const override = await this.settings.get<unknown>(ACTIVE_MODEL_KEY);
      if (typeof override === 'string' && override.trim()) value = override.trim();
    } catch (error) {
      this.logger.warn(`could not read ${ACTIVE_MODEL_KEY}: ${(error as Error).message}`);
      return value;
    }
    this.modelCache = { value, at: Date.now() };
    return value;
  }

  /** The cached snapshot; probes only when stale or when the active model changed. */
  async current(): Promise<LlmStatusSnapshot> {
    const active = await this.activeModel();
    if (this.probed && Date.now() < this.expiresAt && this.probed.activeModel === active) return this.view();
    return this.probe();
  }

  /** Probes now (joining a probe already in flight). */
  refresh(): Promise<LlmStatusSnapshot> {
    return this.probe();
  }

  /** A generation failed: update the state without probing again. */
  reportFailure(kind: LlmFailureKind, message?: string): void {
    if (!this.probed) return;
    if (kind === 'down' || kind === 'overloaded' || kind === 'model_missing') {
      this.transition({ ...this.probed, state: kind, lastCheck: new Date(), lastError: message ?? kind });
    } else if (kind === 'timeout' || kind === 'stream_error' || kind === 'truncated') {
      // The server may have crashed mid-answer: let the next caller probe.
      this.probed = { ...this.probed, lastError: message ?? kind };
      this.expiresAt = 0;
    }
  }

  /** A generation completed: Ollama is up, and that is as good as a fresh probe. */
  reportSuccess(): void {
    if (!this.probed) return;
    this.transition({ ...this.probed, state: 'up', lastCheck: new Date(), lastError: null });
  }

  private probe(): Promise<LlmStatusSnapshot> {
    this.inflight ??= this.runProbe().finally(() => (this.inflight = null));
    return this.inflight;
  }

  private async runProbe(): Promise<LlmStatusSnapshot> {
    const activeModel = await this.activeModel();
    const client = new Ollama({
      host: this.llm.baseUrl,
      fetch: createOllamaFetch({ dispatcher: this.probeAgent, signal: AbortSignal.timeout(this.llm.probeTimeoutMs) }),
    });
    let next: ProbeState;
    try {
      const [version, tags] = await Promise.all([client.version(), client.list()]);
      const models = (tags.models ?? []).map((m) => m.name ?? m.model).filter((n): n is string => typeof n === 'string');
      const usable = pickModel({ models, active_model: activeModel, fallback_model: this.llm.fallbackModel ?? null });
      const missing = !hasModel(models, usable);
      next = {
        state: missing ? 'model_missing' : 'up',
        version: typeof version?.version === 'string' ? version.version : null,
        models,
        activeModel,
        lastCheck: new Date(),
        lastError: missing
          ? `model "${activeModel}" is not installed (ollama pull ${activeModel})`
          : usable !== activeModel
            ? `model "${activeModel}" is not installed; using fallback "${usable}"`
            : null,
      };
    } catch (error) {
      const { state, message } = classifyProbeError(error, this.llm.probeTimeoutMs);
      next = { state, version: this.probed?.version ?? null, models: this.probed?.models ?? [], activeModel, lastCheck: new Date(), lastError: message };
    }
    this.transition(next);
    return this.view();
  }

  /** Stores the new state, sets the cache expiry and announces a change of state. */
  private transition(next: ProbeState): void {
    // Every error text passes here on its way to the snapshot, the log and the event.
    if (next.lastError) next = { ...next, lastError: this.endpoint.scrub(next.lastError) };
    const previous = this.probed?.state ?? null;
    this.probed = next;
    if (next.state === 'down' || next.state === 'overloaded') {
      this.failures += 1;
      this.expiresAt = Date.now() + Math.min(BACKOFF_MIN_MS * 2 ** (this.failures - 1), BACKOFF_MAX_MS);
    } else {
      this.failures = 0;
      this.expiresAt = Date.now() + UP_TTL_MS;
    }
    // The first determination after boot is not a change: nobody saw a state before it.
    if (previous === null || previous === next.state) return;
    const line = `Ollama ${previous} -> ${next.state} (model ${next.activeModel})${next.lastError ? `: ${next.lastError}` : ''}`;
    if (next.state === 'up') this.logger.log(line);
    else this.logger.warn(line);
    this.events
      .publish({
        eventType: 'llm.status.changed',
        entityType: 'llm',
        entityId: 'ollama',
        payload: { previous, state: next.state, model: next.activeModel, error: next.lastError },
      })
      .catch((error: Error) => this.logger.error(`could not publish llm.status.changed: ${error.message}`));
  }

  private view(): LlmStatusSnapshot {
    const probed = this.probed!;
    return {
      state: probed.state,
      base_url: this.endpoint.safe,
      version: probed.version,
      models: [...probed.models],
      active_model: probed.activeModel,
      fallback_model: this.llm.fallbackModel ?? null,
      last_check: probed.lastCheck.toISOString(),
      last_error: probed.lastError,
      queue: this.queueSource?.queueStats() ?? { running: 0, waiting: 0, concurrency: this.llm.concurrency },
      paused: this.queueSource?.isPaused() ?? false,
    };
  }
}

function classifyProbeError(error: unknown, timeoutMs: number): { state: LlmState; message: string } {
  const http = httpErrorOf(error);
  if (http) return { state: http.status === 503 ? 'overloaded' : 'down', message: `HTTP ${http.status}: ${http.message}` };
  const err = error as Error & { code?: string };
  const code = transportCode(error);
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError' || /^UND_ERR_\w*TIMEOUT$/.test(code ?? '')) return { state: 'down', message: `no answer within ${timeoutMs} ms` };
  const message = String(err?.message ?? error);
  return { state: 'down', message: code && !message.includes(code) ? `${code}: ${message}` : message };
}
