import { ExecutionContext, Module, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { InjectThrottlerOptions, ThrottlerModule } from '@nestjs/throttler';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { AllConfig, AppConfig } from '../../config/configuration';
import { CHAT_THROTTLED, CHAT_THROTTLER } from '../decorators/throttle.decorators';
import { AuthCoreModule } from '../../auth/auth.module';
import { AppThrottlerGuard } from './app-throttler.guard';

const isChatRoute = (context: ExecutionContext) =>
  Boolean(Reflect.getMetadata(CHAT_THROTTLED, context.getHandler()) ?? Reflect.getMetadata(CHAT_THROTTLED, context.getClass()));

export function throttlerOptions({ limit, chatLimit, ttlMs }: AppConfig['throttle'], redisUrl?: string): ThrottlerModuleOptions {
  return {
    // With REDIS_URL every instance counts in one shared store; without it each process counts alone.
    ...(redisUrl ? { storage: new ThrottlerStorageRedisService(redisUrl, { keyPrefix: 'daena:throttle:' }) } : {}),
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
    AuthCoreModule,
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AllConfig, true>) => {
        const app = config.get('app', { infer: true });
        return throttlerOptions(app.throttle, app.redisUrl);
      },
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: AppThrottlerGuard }],
})
export class ThrottlingModule implements OnModuleDestroy {
  constructor(@InjectThrottlerOptions() private readonly options: ThrottlerModuleOptions) {}

  /** The Redis storage is created in the options, not as a provider: close its connection here. */
  onModuleDestroy(): void {
    const storage = !Array.isArray(this.options) ? this.options.storage : undefined;
    if (storage instanceof ThrottlerStorageRedisService) storage.onModuleDestroy();
  }
}
