import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { ErrorBody } from '../dto/error-body.dto';

/** Errors raised by Express' body parser before a route runs. */
function bodyParserStatus(exception: unknown): { status: number; message: string } | null {
  const type = (exception as { type?: string })?.type;
  if (type === 'entity.too.large') return { status: 413, message: 'Request body is too large' };
  if (type === 'entity.parse.failed') return { status: 400, message: 'Request body is not valid JSON' };
  if (type === 'encoding.unsupported' || type === 'charset.unsupported')
    return { status: 415, message: 'Unsupported body encoding' };
  // Any other client-side body error (aborted upload, length mismatch, bad gzip...): its own 4xx, not a 500.
  // body-parser raises them through http-errors, which marks 4xx errors `expose`.
  const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
  if (expose === true && typeof status === 'number' && status >= 400 && status < 500) {
    return { status, message: 'Request body could not be read' };
  }
  return null;
}

/** One error body everywhere: `{ status_code, error, message, detail, path, request_id, timestamp }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request>();
    const response = ctx.getResponse<Response>();
    const body = buildErrorBody(exception, request);
    if (body.status_code >= 500) {
      const line = `${request.method} ${request.path} -> ${body.status_code} [${body.request_id}]: ${(exception as Error)?.message}`;
      // A deliberate 5xx (maintenance 503) is not a fault: no stack trace.
      if (exception instanceof HttpException) this.logger.warn(line);
      else this.logger.error(line, (exception as Error)?.stack);
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    if (body.retry_after !== undefined) response.setHeader('Retry-After', String(body.retry_after));
    response.status(body.status_code).json(body);
  }
}

export function buildErrorBody(exception: unknown, request: Request): ErrorBody {
  let status = HttpStatus.INTERNAL_SERVER_ERROR;
  let message: string | string[] = 'Internal server error';
  let retryAfter: number | undefined;
  const parserError = bodyParserStatus(exception);
  if (exception instanceof HttpException) {
    status = exception.getStatus();
    const res = exception.getResponse();
    if (typeof res === 'string') message = res;
    else {
      const r = res as { message?: string | string[]; retry_after?: number };
      message = r.message ?? exception.message;
      retryAfter = r.retry_after;
    }
  } else if (parserError) {
    status = parserError.status;
    message = parserError.message;
  }
  return errorBody(status, message, request.originalUrl ?? request.url, (request as Request & { id?: string }).id ?? null, retryAfter);
}

/** The one error body, also for answers written without a request object (`answerClientErrors`). */
export function errorBody(status: number, message: string | string[], path: string, requestId: string | null, retryAfter?: number): ErrorBody {
  return {
    status_code: status,
    error: STATUS_CODES[status] ?? 'Error',
    message,
    detail: Array.isArray(message) ? message.join('; ') : message,
    path,
    request_id: requestId,
    timestamp: new Date().toISOString(),
    ...(retryAfter !== undefined ? { retry_after: retryAfter } : {}),
  };
}
