import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { LONE_SURROGATE } from '../text';

/** Deeper JSON is refused: the hash chain, canonical JSON and class-transformer all recurse. */
export const MAX_JSON_DEPTH = 32;

/**
 * NUL is refused by PostgreSQL text columns (a 500 there), and an unpaired surrogate is not text:
 * stored as UTF-8 it silently becomes U+FFFD, so what is stored differs from what was accepted.
 */
const BAD_CHARACTER = new RegExp(`\\u0000|${LONE_SURROGATE.source}`);
const BAD_CHARACTER_MESSAGE = 'contains a NUL character or an unpaired UTF-16 surrogate';

/**
 * Keys that name an Object.prototype member (`__proto__`, `constructor`, `toString`, `hasOwnProperty`...):
 * no DTO field is called so, and the unknown-field check looks fields up in plain objects, where these
 * names resolve to the prototype's members and pass. Refused everywhere, nested objects included.
 */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The first problem of a parsed JSON (or query) value, or null; iterative, so hostile depth cannot overflow the stack. */
export function findInputProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (BAD_CHARACTER.test(current)) return BAD_CHARACTER_MESSAGE;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return `is nested more than ${maxDepth} levels deep`;
    for (const key of Object.keys(current)) {
      if (BAD_CHARACTER.test(key)) return BAD_CHARACTER_MESSAGE;
      if (PROTOTYPE_KEYS.has(key)) return `has the key "${key}", which names a built-in object member`;
      stack.push([(current as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/**
 * The JSON body parser's `verify`: a UTF-8 body must be valid UTF-8. Decoding would turn each bad
 * byte into U+FFFD, so what is stored would differ from what was sent (the same rule as lone
 * surrogates). Other `utf-*` charsets are decoded strictly enough: their bad units end up as lone
 * surrogates, which `inputGuardMiddleware` refuses.
 */
export function verifyUtf8Body(_req: IncomingMessage, _res: ServerResponse, body: Buffer, encoding: string | null): void {
  if ((encoding ?? 'utf-8').toLowerCase() === 'utf-8' && !isUtf8(body)) throw new BadRequestException('Request body is not valid UTF-8');
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** Whether the router serves `method path` (a route, not a middleware). */
export type RouteLookup = (method: string, path: string) => boolean;

interface RouterLayer {
  route?: { _handlesMethod(method: string): boolean };
  match(path: string): unknown;
}

/** Looks routes up in an Express app's router at request time (so routes added after this call count). */
export function expressRouteLookup(expressApp: { router: { stack: unknown[] } }): RouteLookup {
  return (method, path) =>
    (expressApp.router.stack as RouterLayer[]).some((layer) => {
      if (!layer.route?._handlesMethod(method)) return false;
      try {
        return Boolean(layer.match(path));
      } catch {
        // A path the router cannot decode: it answers for it itself; treat it as served.
        return true;
      }
    });
}

/** Raw-body uploads (a company bundle or a chat export), streamed to the route instead of parsed. */
export const STREAMED_UPLOAD_ROUTES = ['/api/v1/founder/import'];
export const STREAMED_UPLOAD_TYPES = ['application/x-ndjson', 'application/gzip', 'application/octet-stream'];

function isStreamedUpload(req: Request): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const path = (req.originalUrl ?? req.url).split('?')[0].replace(/\/+$/, '');
  return req.method === 'POST' && STREAMED_UPLOAD_ROUTES.includes(path) && STREAMED_UPLOAD_TYPES.includes(type);
}

/**
 * The API speaks JSON only. Without this, a body sent as text/plain or a form was silently ignored
 * (parsed as `{}`), so a request could succeed with defaults instead of what the client sent. A path
 * nothing serves is left to routing, so it answers 404 whatever its body (the original's behaviour).
 */
export function jsonBodiesOnlyMiddleware(isServed: RouteLookup) {
  return function jsonBodiesOnly(req: Request, _res: Response, next: NextFunction): void {
    if (!hasBody(req) || /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '') || isStreamedUpload(req)) return next();
    if (!isServed(req.method, req.path)) return next();
    next(new UnsupportedMediaTypeException('Request bodies must be JSON (Content-Type: application/json)'));
  };
}

/** After the body parser: refuses NUL / unpaired surrogates anywhere in the input, over-deep JSON, two Authorization headers. */
export function inputGuardMiddleware(req: Request, _res: Response, next: NextFunction): void {
  if (/%00/i.test(req.originalUrl ?? req.url)) return next(new BadRequestException('The URL contains a NUL character'));
  // Node keeps the first of two Authorization headers and drops the other: ambiguous credentials are refused instead.
  if (req.rawHeaders.filter((_, i) => i % 2 === 0 && /^authorization$/i.test(req.rawHeaders[i])).length > 1) {
    return next(new BadRequestException('The request has more than one Authorization header'));
  }
  const inBody = findInputProblem(req.body);
  if (inBody) return next(new BadRequestException(`Request body ${inBody}`));
  const inQuery = findInputProblem(req.query);
  if (inQuery) return next(new BadRequestException(`Query string ${inQuery}`));
  next();
}
