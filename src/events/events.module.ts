import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { EventLog } from './entities/event-log.entity';
import { EventBus } from './event-bus';
import { EventLogRepository } from './event-log.repository';
import { EventRelay } from './event-relay';
import { EventRetentionService } from './event-retention.service';
import { EventsController } from './events.controller';
import { EventsGateway } from './events.gateway';
import { EventsService } from './events.service';

@Global()
@Module({
  imports: [AuthModule, TypeOrmModule.forFeature([EventLog])],
  controllers: [EventsController],
  providers: [EventBus, EventLogRepository, EventRelay, EventsService, EventsGateway, EventRetentionService],
  exports: [EventsService, EventLogRepository, EventBus, EventRelay, EventsGateway, EventRetentionService],
})
export class EventsModule {}
