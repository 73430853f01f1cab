import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { FOUNDER_ONLY, IS_PUBLIC } from '../common/decorators/auth.decorators';
import { AuthService } from './auth.service';
import { csrfMatches, CSRF_HEADER, sessionCookieToken } from './browser-session';
import { Principal } from './principal';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Query flags that reveal founder-only content (hidden departments, their agents, chats, tasks). */
const FOUNDER_ONLY_FLAGS = ['include_hidden'];

const isSet = (value: unknown) => value !== undefined && !['false', '0', ''].includes(String(value).toLowerCase());

export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/** The token a request presents: the bearer header, else the browser session cookie. */
export function presentedToken(request: Pick<Request, 'headers'>): { token: string | undefined; fromCookie: boolean } {
  const bearer = bearerToken(request.headers.authorization);
  if (bearer) return { token: bearer, fromCookie: false };
  const cookie = sessionCookieToken(request.headers);
  return { token: cookie, fromCookie: cookie !== undefined };
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
    const { token, fromCookie } = presentedToken(request);
    const principal = await this.auth.authenticate(token);
    if (!principal) throw new UnauthorizedException('A valid bearer token is required (Authorization: Bearer <token>)');
    // A cookie is sent by the browser on its own: a write it authenticates must prove it comes from the page.
    if (fromCookie && !READ_METHODS.has(request.method) && !csrfMatches(request.headers)) {
      throw new ForbiddenException(`Missing or wrong ${CSRF_HEADER} header (the daena_csrf cookie's value)`);
    }
    request.principal = principal;
    if (principal.role !== 'founder') {
      if (this.reflector.getAllAndOverride<boolean>(FOUNDER_ONLY, targets)) {
        throw new ForbiddenException('This route is for the founder token only');
      }
      if (!READ_METHODS.has(request.method)) throw new ForbiddenException('Viewer tokens are read-only');
      const flag = FOUNDER_ONLY_FLAGS.find((name) => isSet((request.query as Record<string, unknown> | undefined)?.[name]));
      if (flag) throw new ForbiddenException(`${flag} is for the founder token only`);
    }
    return true;
  }
}
