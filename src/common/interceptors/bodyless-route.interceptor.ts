import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { STREAMED_UPLOAD_ROUTES } from '../middleware/input-guard.middleware';

/** `{}` is what many clients send for "no body"; anything else is content. */
const hasContent = (body: unknown) => body !== undefined && !(body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);

/**
 * A route without `@Body()` refuses a non-empty JSON body (400): ignoring it would run the request
 * with something else than what the client meant (a field sent to the wrong route, a typo'd path).
 * The raw-body upload routes read their body themselves (and answer 415 to JSON). Runs after the
 * guards, so a request without a token still gets 401.
 */
@Injectable()
export class BodylessRouteInterceptor implements NestInterceptor {
  private readonly takesBody = new WeakMap<object, boolean>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.getType() === 'http' ? context.switchToHttp().getRequest<Request>() : null;
    if (req && hasContent(req.body) && !this.readsBody(context) && !STREAMED_UPLOAD_ROUTES.includes(req.path.replace(/\/+$/, ''))) {
      throw new BadRequestException('This route takes no request body');
    }
    return next.handle();
  }

  private readsBody(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    let known = this.takesBody.get(handler);
    if (known === undefined) {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ?? {}) as Record<string, unknown>;
      known = Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
      this.takesBody.set(handler, known);
    }
    return known;
  }
}
