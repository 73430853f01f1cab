import { Module } from '@nestjs/common';
import { AuthCoreModule } from '../auth/auth.module';
import { LlmModule } from '../llm/llm.module';
import { MetricsController } from './metrics.controller';
import { MetricsGuard } from './metrics.guard';
import { MetricsRegistryModule } from './metrics-registry';
import { MetricsService } from './metrics.service';

/** GET /metrics (Prometheus). Reads shared services only (llm, events, database): no domain module. */
@Module({
  imports: [MetricsRegistryModule, AuthCoreModule, LlmModule],
  controllers: [MetricsController],
  providers: [MetricsService, MetricsGuard],
})
export class MetricsModule {}
