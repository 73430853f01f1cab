import { Module } from '@nestjs/common';
import { AgentModule } from '../agent/agent.module';
import { AuditModule } from '../audit/audit.module';
import { ChatModule } from '../chat/chat.module';
import { DaenaModule } from '../daena/daena.module';
import { CompanyModule } from '../company/company.module';
import { DepartmentModule } from '../department/department.module';
import { FounderModule } from '../founder/founder.module';
import { LlmModule } from '../llm/llm.module';
import { VoiceModule } from '../voice/voice.module';
import { CompatChatHistoryController } from './compat-chat-history.controller';
import { CompatChatController } from './compat-chat.controller';
import { CompatChatService } from './compat-chat.service';
import { CompatSystemController } from './compat-system.controller';
import { CompatSystemService } from './compat-system.service';
import { FounderPanelController } from './founder-panel.controller';

/**
 * The original API's routes that ours spell differently (docs/compatibility.md): above every domain
 * module, calling their services; owns no table and publishes nothing itself.
 */
@Module({
  imports: [LlmModule, ChatModule, DaenaModule, DepartmentModule, CompanyModule, AgentModule, VoiceModule, AuditModule, FounderModule],
  controllers: [CompatChatController, CompatChatHistoryController, CompatSystemController, FounderPanelController],
  providers: [CompatChatService, CompatSystemService],
})
export class CompatModule {}
