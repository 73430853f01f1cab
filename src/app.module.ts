import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import type { Logger } from 'pino';
import { AgentModule } from './agent/agent.module';
import { AuditModule } from './audit/audit.module';
import { FounderModule } from './founder/founder.module';
import { AuthModule } from './auth/auth.module';
import { LoggingModule } from './common/logging/logging.module';
import { ThrottlingModule } from './common/throttling/throttling.module';
import { ChatModule } from './chat/chat.module';
import { CompanyModule } from './company/company.module';
import { CompatModule } from './compat/compat.module';
import { CouncilModule } from './council/council.module';
import { DaenaModule } from './daena/daena.module';
import { LlmModule } from './llm/llm.module';
import { MetricsModule } from './metrics/metrics.module';
import { toConfiguration } from './config/configuration';
import { Environment } from './config/environment';
import { SettingsModule } from './config/settings/settings.module';
import { DatabaseModule } from './database/database.module';
import { DepartmentModule } from './department/department.module';
import { ENTITIES } from './entities';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { SearchModule } from './search/search.module';
import { SeedModule } from './seed/seed.module';
import { ConnectionModule } from './connection/connection.module';
import { TaskModule } from './task/task.module';
import { TransferModule } from './transfer/transfer.module';
import { VoiceModule } from './voice/voice.module';

/** The whole service, built for one validated environment (tests pass their own); main.ts passes its root logger. */
@Module({})
export class AppModule {
  static forRoot(env: Environment, options: { logger?: Logger } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => toConfiguration(env)] }),
        LoggingModule.forRoot(options.logger),
        DatabaseModule.forRoot(ENTITIES),
        EventsModule,
        SettingsModule,
        ThrottlingModule,
        AuthModule,
        // Before anything that imports AgentModule: Nest registers routes in module order, and
        // GET agents/activity (TaskModule) must come before AgentController's agents/:cell_id.
        TaskModule,
        VoiceModule,
        ConnectionModule,
        HealthModule,
        LlmModule,
        MetricsModule,
        ChatModule,
        DepartmentModule,
        AgentModule,
        CompanyModule,
        CouncilModule,
        SeedModule,
        AuditModule,
        FounderModule,
        DaenaModule,
        SearchModule,
        TransferModule,
        // Above the domain modules: the original API's aliases (docs/compatibility.md).
        CompatModule,
      ],
    };
  }
}
