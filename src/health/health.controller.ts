import { ApiErrors } from '../common/decorators/api-errors.decorator';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../common/decorators/auth.decorators';
import { ReadinessService } from './readiness.service';
import { LivenessDto, ReadinessDto } from './dto/health.dto';

@ApiTags('Health')
@Public()
// Probes poll on a schedule: never rate-limited.
@SkipThrottle()
// Also under the API prefix, where the original served it (`/api/v1/health`); both are excluded from the global prefix.
@Controller(['health', 'api/v1/health'])
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly readiness: ReadinessService,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  live(): LivenessDto {
    return { status: 'ok', uptime_s: Math.round(process.uptime()) };
  }

  /** Readiness: the database answers; the LLM is reported (degraded, not failed, when down). */
  @Get('ready')
  // Terminus's own documentation gives its report as the 503 body: the global filter answers with the ErrorBody.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiErrors(503)
  ready(): Promise<ReadinessDto> {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 }), ...this.readiness.extraChecks()]);
  }
}
