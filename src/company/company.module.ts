import { Module } from '@nestjs/common';
import { AgentModule } from '../agent/agent.module';
import { ChatModule } from '../chat/chat.module';
import { DepartmentModule } from '../department/department.module';
import { LlmModule } from '../llm/llm.module';
import { CompanyService } from './company.service';
import { DepartmentChatController } from './department-chat.controller';
import { DepartmentChatService } from './department-chat.service';
import { DepartmentController } from './department.controller';

/**
 * The company: departments composed with their agents, above both modules (agents belong to a
 * department; a department's listing, detail and chat need its agents). Owns no table.
 */
@Module({
  imports: [LlmModule, DepartmentModule, AgentModule, ChatModule],
  controllers: [DepartmentController, DepartmentChatController],
  providers: [CompanyService, DepartmentChatService],
  exports: [CompanyService, DepartmentChatService],
})
export class CompanyModule {}
