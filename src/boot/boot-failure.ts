import { AppConfig, DatabaseConfig } from '../config/configuration';
import { BootError } from '../common/boot-error';
import { SecretUrl } from '../common/secret-url';

const codeOf = (error: unknown): string | undefined => {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
};

/**
 * What the operator reads when the service cannot start: the setting or path to fix. Unknown
 * failures keep their stack (they are bugs). Never a secret: a database URL is shown without its
 * credentials.
 */
export function describeBootFailure(error: unknown, config: { app: AppConfig; database: DatabaseConfig }): { message: string; stack?: string } {
  if (error instanceof BootError) return { message: error.message };
  const code = codeOf(error);
  const text = error instanceof Error ? error.message : String(error);
  if (code === 'EADDRINUSE') return { message: `Cannot listen on ${config.app.host}:${config.app.port}: the port is in use. Stop the other process or set PORT.` };
  if (code === 'EACCES' && /listen/i.test(text)) return { message: `Not allowed to listen on ${config.app.host}:${config.app.port}. Set PORT (ports below 1024 need privileges).` };
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' && /listen/i.test(text)) return { message: `Cannot listen on host ${config.app.host}: no such address on this machine. Set HOST.` };
  const db = config.database;
  if (db.type === 'postgres') {
    const where = db.url ? new SecretUrl(db.url).safe : '(DB_URL unset)';
    if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', '3D000', '28P01', '28000'].includes(code ?? '') || /postgres|database .* does not exist|password authentication/i.test(text)) {
      return { message: `Cannot open the PostgreSQL database ${where}: ${new SecretUrl(db.url ?? '').scrub(text)}. Check DB_URL.` };
    }
  } else if (/^SQLITE_|^E(ACCES|ROFS|NOENT|NOTDIR|PERM)$/.test(code ?? '') || /unable to open database|database disk image|file is not a database/i.test(text)) {
    return { message: `Cannot open the SQLite database ${db.database}: ${text}. Check DB_DATABASE (a writable file path, or :memory:).` };
  }
  return { message: `Start-up failed: ${text}`, stack: error instanceof Error ? error.stack : undefined };
}
