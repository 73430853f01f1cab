import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentModule } from '../agent/agent.module';
import { DepartmentModule } from '../department/department.module';
import { AgentActivityRepository } from './agent-activity.repository';
import { AgentActivityService } from './agent-activity.service';
import { AgentTaskController, DepartmentActivityController } from './agent-task.controller';
import { Task } from './entities/task.entity';
import { TaskController } from './task.controller';
import { TaskRepository } from './task.repository';
import { TaskService } from './task.service';

@Module({
  imports: [TypeOrmModule.forFeature([Task]), AgentModule, DepartmentModule],
  controllers: [TaskController, AgentTaskController, DepartmentActivityController],
  providers: [TaskService, TaskRepository, AgentActivityService, AgentActivityRepository],
  exports: [TaskService, AgentActivityService],
})
export class TaskModule {}
