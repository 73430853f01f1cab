import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventLog } from './entities/event-log.entity';
import { EventBus } from './event-bus';
import { EventsController } from './events.controller';
import { EventsGateway } from './events.gateway';
import { EventsService } from './events.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventLog])],
  controllers: [EventsController],
  providers: [EventBus, EventsService, EventsGateway],
  exports: [EventsService, EventBus, EventsGateway],
})
export class EventsModule {}
