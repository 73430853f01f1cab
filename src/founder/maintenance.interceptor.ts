import { CallHandler, ExecutionContext, Injectable, NestInterceptor, ServiceUnavailableException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { ALLOW_DURING_MAINTENANCE } from '../common/decorators/maintenance.decorator';
import { SystemStateService } from './system-state.service';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Maintenance mode: writes answer 503 with `retry_after`; reads, /health and routes marked
 * `@AllowDuringMaintenance()` still work. An interceptor rather than a global guard because Nest
 * runs every guard first (so a missing or read-only token still gets its 401/403), while the order
 * of APP_GUARDs follows module scan order, which an edit of AppModule's imports could silently change.
 * It also runs before pipes, so an invalid body gets the 503 too (nothing is written either way).
 */
@Injectable()
export class MaintenanceInterceptor implements NestInterceptor {
  constructor(
    private readonly state: SystemStateService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http' && this.state.maintenanceMode) {
      const method = context.switchToHttp().getRequest<Request>().method;
      const allowed = this.reflector.getAllAndOverride<boolean>(ALLOW_DURING_MAINTENANCE, [context.getHandler(), context.getClass()]);
      if (WRITE_METHODS.has(method) && !allowed) {
        throw new ServiceUnavailableException({
          message: 'The service is in maintenance mode: writes are paused, reads still work',
          retry_after: this.state.retryAfterSeconds,
        });
      }
    }
    return next.handle();
  }
}
