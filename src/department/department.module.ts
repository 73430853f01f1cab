import { forwardRef, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentModule } from '../agent/agent.module';
import { ChatModule } from '../chat/chat.module';
import { DepartmentChatController } from './department-chat.controller';
import { DepartmentChatService } from './department-chat.service';
import { DepartmentController } from './department.controller';
import { DepartmentService } from './department.service';
import { Department } from './entities/department.entity';

/** Departments need their agents (counts, lists, spokesperson) and agents need their department: forwardRef both ways. */
@Module({
  imports: [TypeOrmModule.forFeature([Department]), forwardRef(() => AgentModule), ChatModule],
  controllers: [DepartmentController, DepartmentChatController],
  providers: [DepartmentService, DepartmentChatService],
  exports: [DepartmentService, DepartmentChatService],
})
export class DepartmentModule {}
