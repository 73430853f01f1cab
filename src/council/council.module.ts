import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChatModule } from '../chat/chat.module';
import { LlmModule } from '../llm/llm.module';
import { CouncilDebateController } from './council-debate.controller';
import { CouncilDebateService } from './council-debate.service';
import { CouncilController } from './council.controller';
import { CouncilService } from './council.service';
import { CouncilCategory } from './entities/council-category.entity';
import { CouncilMember } from './entities/council-member.entity';

@Module({
  imports: [LlmModule, TypeOrmModule.forFeature([CouncilCategory, CouncilMember]), ChatModule],
  controllers: [CouncilController, CouncilDebateController],
  providers: [CouncilService, CouncilDebateService],
  exports: [CouncilService],
})
export class CouncilModule {}
