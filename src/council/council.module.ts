import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CouncilService } from './council.service';
import { CouncilCategory } from './entities/council-category.entity';
import { CouncilMember } from './entities/council-member.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CouncilCategory, CouncilMember])],
  providers: [CouncilService],
  exports: [CouncilService],
})
export class CouncilModule {}
