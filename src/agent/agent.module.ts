import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentModule } from '../department/department.module';
import { ChatModule } from '../chat/chat.module';
import { AgentChatController } from './agent-chat.controller';
import { AgentChatService } from './agent-chat.service';
import { AgentController } from './agent.controller';
import { AgentRepository } from './agent.repository';
import { AgentService } from './agent.service';
import { Agent } from './entities/agent.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Agent]), DepartmentModule, ChatModule],
  controllers: [AgentController, AgentChatController],
  providers: [AgentRepository, AgentService, AgentChatService],
  exports: [AgentService, AgentChatService],
})
export class AgentModule {}
