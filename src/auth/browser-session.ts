import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Browser sessions for the dashboard: the pasted token lives in an HttpOnly cookie (scripts never
 * read it), and state-changing requests authenticated by that cookie must echo the CSRF cookie in
 * a header (double submit; SameSite=Strict already keeps other sites from sending either cookie).
 */
export const SESSION_COOKIE = 'daena_session';
export const CSRF_COOKIE = 'daena_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_MAX_AGE_S = 30 * 24 * 3600;

export function parseCookies(header: unknown): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (typeof header !== 'string') return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!(name in cookies)) {
      try {
        cookies[name] = decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        // a malformed value is as good as absent
      }
    }
  }
  return cookies;
}

export const sessionCookieToken = (headers: IncomingHttpHeaders): string | undefined => parseCookies(headers.cookie)[SESSION_COOKIE] || undefined;

/** True when the request echoes its CSRF cookie in the X-CSRF-Token header. */
export function csrfMatches(headers: IncomingHttpHeaders): boolean {
  const cookie = parseCookies(headers.cookie)[CSRF_COOKIE];
  const header = headers[CSRF_HEADER];
  if (!cookie || typeof header !== 'string' || cookie.length !== header.length) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
}

export const newCsrfToken = () => randomBytes(24).toString('base64url');

export function cookieHeader(name: string, value: string, options: { httpOnly: boolean; secure: boolean; maxAgeS: number }): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${options.maxAgeS}`,
    'SameSite=Strict',
    ...(options.httpOnly ? ['HttpOnly'] : []),
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/**
 * A cookie-authenticated WebSocket handshake must come from this server's own page: browsers send
 * cookies on cross-site WebSocket handshakes regardless of CORS, so the Origin is checked.
 */
export function sameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}
