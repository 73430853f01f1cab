import { Module, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import { HealthModule } from '../health/health.module';
import { ReadinessService } from '../health/readiness.service';
import { MetricsRegistryModule } from '../metrics/metrics-registry';
import { LlmController } from './llm.controller';
import { LlmService } from './llm.service';
import { OllamaHealthService } from './ollama-health.service';

@Module({
  // Same options as HealthModule's import, so Nest shares one Terminus instance.
  imports: [TerminusModule.forRoot({ logger: false }), HealthModule, MetricsRegistryModule],
  controllers: [LlmController],
  providers: [OllamaHealthService, LlmService],
  exports: [OllamaHealthService, LlmService],
})
export class LlmModule implements OnModuleInit {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly indicator: HealthIndicatorService,
    private readonly health: OllamaHealthService,
  ) {}

  onModuleInit(): void {
    // Reported, never failed: the service answers offline when Ollama is down.
    this.readiness.register(async () => {
      const llm = this.indicator.check('llm');
      try {
        const status = await this.health.current();
        return llm.up({ state: status.state, model: status.active_model, version: status.version, last_error: status.last_error, paused: status.paused });
      } catch (error) {
        return llm.up({ state: 'unknown', last_error: (error as Error).message });
      }
    });
  }
}
