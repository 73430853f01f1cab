import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Logger } from 'pino';
import { AllConfig } from '../../config/configuration';
import { createRootLogger } from './root-logger';

/** The root pino logger (injection token): main.ts passes its own, tests get one from the config. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/**
 * Provides the root logger. The HTTP logger (pino-http, with the nestjs-pino request binding) is
 * installed by configureApp before the body parser and the input guards, so refused requests are
 * logged too; not through a Nest middleware, which would register a catch-all route.
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(logger?: Logger): DynamicModule {
    return {
      module: LoggingModule,
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
  }
}
