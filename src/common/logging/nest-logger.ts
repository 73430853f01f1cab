import { Logger as PinoNestLogger, PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';

/** Nest's start-up chatter (one line per module and per mapped route): useful when debugging only. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'WebSocketsController', 'NestFactory', 'NestApplication']);

const BOOT_FAILURE_CONTEXTS = new Set(['ExceptionHandler', 'NestApplication']);

/**
 * Nest's LoggerService over the root pino logger (nestjs-pino), usable before the app exists (so
 * boot failures are logged the same way). Inside a request it logs through the request's child
 * logger, which carries `request_id`.
 */
export class AppLogger extends PinoNestLogger {
  /**
   * While the app is created and starts listening, Nest (ExceptionHandler, NestApplication) logs a
   * failure with its stack before it rethrows; main.ts reports that failure itself (naming the setting to fix), so it is not repeated.
   */
  reportsBootFailures = false;

  constructor(root: Logger) {
    super(new PinoLogger({ pinoHttp: { logger: root } }), {});
  }

  override error(message: unknown, ...optionalParams: unknown[]): void {
    if (this.reportsBootFailures && BOOT_FAILURE_CONTEXTS.has(optionalParams[optionalParams.length - 1] as string)) return;
    super.error(message, ...optionalParams);
  }

  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) return super.debug(message, ...optionalParams);
    super.log(message, ...optionalParams);
  }
}
