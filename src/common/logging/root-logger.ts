import { format } from 'node:util';
import pino, { DestinationStream, Level, Logger } from 'pino';
import pretty from 'pino-pretty';
import { LogLevelName } from '../../config/environment';

/** Nest's level names (LOG_LEVEL) to pino's. */
const PINO_LEVEL: Record<LogLevelName, Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * Secrets never reach a log line, whoever logs them: request headers, and any credential-like field
 * at the top level or one level down (pino's redaction has no "any depth" wildcard).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  ...['authorization', 'cookie', 'token', 'password', 'secret', 'credentials', 'api_key', 'apiKey', 'encryption_key', 'auth_token']
    .flatMap((key) => [key, `*.${key}`]),
];

export interface RootLoggerOptions {
  logLevel: LogLevelName;
  logFormat: 'json' | 'pretty';
  /** Where lines go (stdout by default; tests pass a stream). */
  destination?: DestinationStream;
  /** Colours in pretty mode (default: when stdout is a terminal). */
  colorize?: boolean;
}

/**
 * The process's one pino logger. JSON: one object per line with `level`, `timestamp`, `pid`,
 * `context`, `message` (and `request_id` inside a request). Pretty: pino-pretty, synchronous so lines
 * are never lost on exit and keep their order with the banner written to stdout.
 */
export function createRootLogger(options: RootLoggerOptions): Logger {
  const config: pino.LoggerOptions = {
    level: PINO_LEVEL[options.logLevel],
    messageKey: 'message',
    base: { pid: process.pid },
    timestamp: () => `,"timestamp":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  const destination =
    options.destination ??
    (options.logFormat === 'json'
      ? pino.destination({ dest: 1, sync: true })
      : pretty({
          sync: true,
          colorize: options.colorize ?? Boolean(process.stdout.isTTY),
          messageKey: 'message',
          timestampKey: 'timestamp',
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname,context,request_id,method,route,path,status,latency_ms',
          messageFormat: '{if context}[{context}] {end}{message}{if request_id} ({request_id}){end}',
        }));
  return pino(config, destination);
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';
const CONSOLE_LEVEL: Record<ConsoleMethod, Level> = { log: 'info', info: 'info', warn: 'warn', error: 'error', debug: 'debug', trace: 'trace' };

/**
 * Third-party code that writes to the console (the `ollama` client warns "invalid json: …" itself)
 * goes through the logger, so a JSON log stays one JSON object per line. Returns the undo.
 */
export function routeConsoleThrough(logger: Logger): () => void {
  const consoleLogger = logger.child({ context: 'console' });
  const originals = new Map<ConsoleMethod, (...args: unknown[]) => void>();
  for (const method of Object.keys(CONSOLE_LEVEL) as ConsoleMethod[]) {
    originals.set(method, console[method]);
    console[method] = (...args: unknown[]) => consoleLogger[CONSOLE_LEVEL[method]](format(...args));
  }
  return () => {
    for (const [method, original] of originals) console[method] = original;
  };
}
