import { Logger as PinoNestLogger, PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';

/** Nest's start-up chatter (one line per module and per mapped route): useful when debugging only. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'WebSocketsController', 'NestFactory', 'NestApplication']);

/**
 * Nest's LoggerService over the root pino logger (nestjs-pino), usable before the app exists (so
 * boot failures are logged the same way). Inside a request it logs through the request's child
 * logger, which carries `request_id`.
 */
export class AppLogger extends PinoNestLogger {
  constructor(root: Logger) {
    super(new PinoLogger({ pinoHttp: { logger: root } }), {});
  }

  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams[optionalParams.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context)) return super.debug(message, ...optionalParams);
    super.log(message, ...optionalParams);
  }
}
