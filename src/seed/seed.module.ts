import { Module } from '@nestjs/common';
import { AgentModule } from '../agent/agent.module';
import { ChatModule } from '../chat/chat.module';
import { CouncilModule } from '../council/council.module';
import { DepartmentModule } from '../department/department.module';
import { SeedService } from './seed.service';

@Module({
  imports: [DepartmentModule, AgentModule, CouncilModule, ChatModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
