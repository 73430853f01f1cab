import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AgentModule } from '../agent/agent.module';
import { AuditModule } from '../audit/audit.module';
import { ChatModule } from '../chat/chat.module';
import { CompanyModule } from '../company/company.module';
import { DepartmentModule } from '../department/department.module';
import { LlmModule } from '../llm/llm.module';
import { TaskModule } from '../task/task.module';
import { FounderConfigController } from './founder-config.controller';
import { FounderConfigService } from './founder-config.service';
import { FounderController } from './founder.controller';
import { FounderService } from './founder.service';
import { MaintenanceInterceptor } from './maintenance.interceptor';
import { SystemStateService } from './system-state.service';

/** The founder panel; also enforces maintenance mode app-wide (interceptor) and wires emergency stop to the LLM. */
@Module({
  imports: [AuditModule, DepartmentModule, CompanyModule, AgentModule, ChatModule, TaskModule, LlmModule],
  controllers: [FounderConfigController, FounderController],
  providers: [SystemStateService, FounderConfigService, FounderService, { provide: APP_INTERCEPTOR, useClass: MaintenanceInterceptor }],
  exports: [SystemStateService, FounderService, FounderConfigService],
})
export class FounderModule {}
