import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { FOUNDER_ONLY, IS_PUBLIC } from '../common/decorators/auth.decorators';
import { AuthService } from './auth.service';
import { Principal } from './principal';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/** Every /api/v1 route needs a token; viewers may only read, and never founder-only routes. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const principal = await this.auth.authenticate(bearerToken(request.headers.authorization));
    if (!principal) throw new UnauthorizedException('A valid bearer token is required (Authorization: Bearer <token>)');
    request.principal = principal;
    if (principal.role !== 'founder') {
      if (this.reflector.getAllAndOverride<boolean>(FOUNDER_ONLY, targets)) {
        throw new ForbiddenException('This route is for the founder token only');
      }
      if (!READ_METHODS.has(request.method)) throw new ForbiddenException('Viewer tokens are read-only');
    }
    return true;
  }
}
