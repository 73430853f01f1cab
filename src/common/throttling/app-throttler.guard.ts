import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { ThrottlerLimitDetail } from '@nestjs/throttler';

/**
 * The throttler guard, HTTP only (gateways bound their messages with maxHttpBufferSize and have no
 * response to put headers on), answering 429 through the one error body with `retry_after`, which
 * the global filter turns into a `Retry-After` header whatever throttler refused the request.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  override canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return Promise.resolve(true);
    return super.canActivate(context);
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    throw new HttpException(
      { message: `Too many requests: at most ${detail.limit} per ${Math.ceil(detail.ttl / 1000)} s; retry in ${retryAfter} s`, retry_after: retryAfter },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
