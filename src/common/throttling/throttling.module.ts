import { ExecutionContext, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule, ThrottlerModuleOptions } from '@nestjs/throttler';
import { AllConfig, AppConfig } from '../../config/configuration';
import { CHAT_THROTTLED, CHAT_THROTTLER } from '../decorators/throttle.decorators';
import { AppThrottlerGuard } from './app-throttler.guard';

const isChatRoute = (context: ExecutionContext) =>
  Boolean(Reflect.getMetadata(CHAT_THROTTLED, context.getHandler()) ?? Reflect.getMetadata(CHAT_THROTTLED, context.getClass()));

export function throttlerOptions({ limit, chatLimit, ttlMs }: AppConfig['throttle']): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'default', ttl: ttlMs, limit },
      { name: CHAT_THROTTLER, ttl: ttlMs, limit: chatLimit, skipIf: (context) => !isChatRoute(context) },
    ],
    // One budget per client and throttler across all routes (the library's default key is per route).
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
  };
}

/**
 * Rate limits per client address: a global one on every route (`@SkipThrottle()` opts out, e.g.
 * health probes) and the stricter chat one on routes marked `@ChatThrottle()`. Imported by AppModule
 * before AuthModule, so that its guard runs first: unauthenticated requests are counted too.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => throttlerOptions(config.get('app', { infer: true }).throttle),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: AppThrottlerGuard }],
})
export class ThrottlingModule {}
