import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { prometheusContentType } from 'prom-client';
import { ApiErrors, errorResponse } from '../common/decorators/api-errors.decorator';
import { Public } from '../common/decorators/auth.decorators';
import { MetricsGuard } from './metrics.guard';
import { MetricsService } from './metrics.service';

@ApiTags('Metrics')
// Not the API's bearer check: MetricsGuard accepts the founder token or METRICS_TOKEN.
@Public()
@UseGuards(MetricsGuard)
@ApiSecurity('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Prometheus text exposition: HTTP, LLM, socket and event-log series (docs/operations.md). */
  @Get()
  @Header('Content-Type', prometheusContentType)
  @ApiOkResponse({ description: 'Prometheus text format 0.0.4.', content: { [prometheusContentType]: { schema: { type: 'string' } } } })
  @ApiErrors(401)
  @ApiResponse(errorResponse(403, 'A viewer token: metrics are for the founder token or METRICS_TOKEN only.'))
  scrape(): Promise<string> {
    return this.metrics.render();
  }
}
