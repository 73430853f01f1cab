import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import { presentedToken } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import { AllConfig } from '../config/configuration';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics: the founder token, or METRICS_TOKEN (a scraper's token that opens this route and no
 * other: AuthService does not know it). Viewer tokens get 403: the figures are operational.
 */
@Injectable()
export class MetricsGuard implements CanActivate {
  private readonly metricsTokenHash: Buffer | null;

  constructor(
    private readonly auth: AuthService,
    config: ConfigService<AllConfig, true>,
  ) {
    const token = config.get('auth', { infer: true }).metricsToken;
    this.metricsTokenHash = token ? sha256(token) : null;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { token } = presentedToken(context.switchToHttp().getRequest<Request>());
    if (this.metricsTokenHash && typeof token === 'string' && timingSafeEqual(sha256(token), this.metricsTokenHash)) return true;
    const principal = await this.auth.authenticate(token);
    if (!principal) throw new UnauthorizedException('A valid bearer token is required: the founder token or METRICS_TOKEN');
    if (principal.role !== 'founder') throw new ForbiddenException('Metrics are for the founder token or METRICS_TOKEN only');
    return true;
  }
}
