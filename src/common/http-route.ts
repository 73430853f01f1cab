import type { Request } from 'express';

/**
 * The route template that answered (`/api/v1/agents/:cell_id`), never the raw path: it bounds the
 * label set of metrics and keeps ids and user text out of them. Requests no route matched are
 * `unmatched` (404s, refusals before routing).
 */
export function routeOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${req.baseUrl ?? ''}${path}` : 'unmatched';
}
