import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { BrowserSessionController } from './browser-session.controller';

/** Token checking alone, for modules that must know who a request is before the auth guard (throttling). */
@Module({
  providers: [AuthService],
  exports: [AuthService],
})
export class AuthCoreModule {}

@Module({
  imports: [AuthCoreModule],
  controllers: [BrowserSessionController],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthCoreModule],
})
export class AuthModule {}
