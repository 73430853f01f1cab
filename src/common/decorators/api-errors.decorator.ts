import { applyDecorators } from '@nestjs/common';
import { ApiResponse, ApiResponseOptions, getSchemaPath } from '@nestjs/swagger';
import { ErrorBody } from '../dto/error-body.dto';

/** Every error status the API answers with, and what it means for a client (all use ErrorBody). */
export const ERROR_RESPONSES = {
  400: 'Invalid input (body, path or query parameter); `message` lists the field errors. Nothing was changed.',
  401: 'No valid bearer token.',
  403: 'Not allowed for this token: viewer tokens are read-only, some routes are founder-only, or the resource is out of this scope.',
  404: 'No such resource.',
  409: 'Conflicts with the current state of the resource.',
  413: 'The request body is larger than the configured limit.',
  429: 'Rate limit reached: retry after `retry_after` seconds (also the Retry-After header).',
  503: 'Unavailable for now (maintenance mode: writes are paused): retry after `retry_after` seconds.',
} as const;
export type ErrorStatus = keyof typeof ERROR_RESPONSES;

/**
 * Documents error statuses a route gives besides the ones derived from its decorators and
 * parameters (see src/openapi/route-errors.ts), e.g. `@ApiErrors(409)`.
 */
export const ApiErrors = (...statuses: ErrorStatus[]) => applyDecorators(...statuses.map((status) => ApiResponse(errorResponse(status))));

/**
 * One documented error status: always `application/json` with ErrorBody, also on routes that
 * produce another type on success (CSV exports, SSE), because errors are always JSON.
 */
export function errorResponse(status: ErrorStatus, description: string = ERROR_RESPONSES[status]): ApiResponseOptions {
  return { status, description, content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorBody) } } } };
}
