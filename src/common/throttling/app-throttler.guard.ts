import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectThrottlerOptions, InjectThrottlerStorage, ThrottlerGuard } from '@nestjs/throttler';
import type { ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import { presentedToken } from '../../auth/auth.guard';
import { AuthService } from '../../auth/auth.service';

const TRACKER = Symbol('throttle tracker');

/**
 * The throttler guard, HTTP only (gateways bound their messages with maxHttpBufferSize and have no
 * response to put headers on), answering 429 through the one error body with `retry_after`, which
 * the global filter turns into a `Retry-After` header whatever throttler refused the request.
 */
@Injectable()
export class AppThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly auth: AuthService,
  ) {
    super(options, storage, reflector);
  }

  /**
   * Whose budget a request spends: a valid token's own (whatever the address), or, for requests
   * without a valid token, the address's "unauthenticated" budget. So a flood of garbage from an
   * address never throttles a valid token used from it.
   */
  protected override async getTracker(req: Record<string, any>): Promise<string> {
    const request = req as Request & { [TRACKER]?: Promise<string> };
    request[TRACKER] ??= (async () => {
      const principal = await this.auth.authenticate(presentedToken(request).token).catch(() => null);
      if (principal) return `token:${principal.tokenId}`;
      return `anonymous:${request.ips?.length ? request.ips[0] : request.ip}`;
    })();
    return request[TRACKER];
  }

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
