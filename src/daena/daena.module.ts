import { Module } from '@nestjs/common';
import { AgentModule } from '../agent/agent.module';
import { ChatModule } from '../chat/chat.module';
import { DepartmentModule } from '../department/department.module';
import { LlmModule } from '../llm/llm.module';
import { DaenaController } from './daena.controller';
import { DaenaService } from './daena.service';

@Module({
  imports: [LlmModule, ChatModule, DepartmentModule, AgentModule],
  controllers: [DaenaController],
  providers: [DaenaService],
  exports: [DaenaService],
})
export class DaenaModule {}
