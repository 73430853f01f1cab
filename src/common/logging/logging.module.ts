import { DynamicModule, Global, Module, RequestMethod } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { AllConfig } from '../../config/configuration';
import { createRootLogger } from './root-logger';

/** The root pino logger (injection token): main.ts passes its own, tests get one from the config. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

@Module({})
class RootLoggerModule {}

/**
 * nestjs-pino over the one root logger. The HTTP logger itself (pino-http) is installed by
 * configureApp before the body parser and the input guards, so refused requests are logged too;
 * nestjs-pino then binds each request's logger for the code that runs inside it (`useExisting`).
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(logger?: Logger): DynamicModule {
    const root: DynamicModule = {
      module: RootLoggerModule,
      providers: [
        logger
          ? { provide: ROOT_LOGGER, useValue: logger }
          : {
              provide: ROOT_LOGGER,
              inject: [ConfigService],
              useFactory: (config: ConfigService<AllConfig, true>) => createRootLogger(config.get('app', { infer: true })),
            },
      ],
      exports: [ROOT_LOGGER],
    };
    return {
      module: LoggingModule,
      imports: [
        root,
        LoggerModule.forRootAsync({
          imports: [root],
          inject: [ROOT_LOGGER],
          useFactory: (rootLogger: Logger) => ({
            pinoHttp: { logger: rootLogger },
            useExisting: true,
            forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          }),
        }),
      ],
      exports: [root],
    };
  }
}
