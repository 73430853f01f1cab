import { Injectable, Module } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** How a generation ended, as the chat rows say it: a reply, an offline note, or a partial text kept. */
export type GenerationOutcome = 'complete' | 'offline' | 'interrupted';

/**
 * The process's Prometheus registry and the series recorded as things happen (HTTP requests, LLM
 * generations). One registry per app, not prom-client's global one: tests run many apps in one
 * process, and the global registry refuses a second metric of the same name. Shared code: it imports
 * nothing of the app, so any module may record into it; gauges that read other services' state are
 * defined by MetricsModule (src/metrics/metrics.module.ts).
 */
@Injectable()
export class MetricsRegistry {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'daena_http_request_duration_seconds',
    help: 'HTTP requests by method, route template (unmatched when no route answered) and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  private readonly generationDuration = new Histogram({
    name: 'daena_llm_generation_duration_seconds',
    help: 'LLM generations from the call (queue wait included) to the end, by outcome',
    labelNames: ['outcome'] as const,
    buckets: [0.1, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600],
    registers: [this.registry],
  });

  private readonly firstToken = new Histogram({
    name: 'daena_llm_first_token_seconds',
    help: 'From the generation call (queue wait included) to its first token',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Every outcome is exported from the start (at 0), so rate() and alerts work before the first failure.
    for (const outcome of ['complete', 'offline', 'interrupted'] as const) this.generationDuration.zero({ outcome });
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  observeGeneration(outcome: GenerationOutcome, seconds: number): void {
    this.generationDuration.observe({ outcome }, seconds);
  }

  observeFirstToken(seconds: number): void {
    this.firstToken.observe(seconds);
  }

  /** A gauge read at scrape time; `collect` sets its values (see prom-client's `collect`). */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[], collect: (gauge: Gauge<L>) => void | Promise<void>): Gauge<L> {
    return new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      collect() {
        return collect(this);
      },
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

/** Imported by whatever records (LlmModule, MetricsModule); Nest keeps one instance per app. */
@Module({ providers: [MetricsRegistry], exports: [MetricsRegistry] })
export class MetricsRegistryModule {}
