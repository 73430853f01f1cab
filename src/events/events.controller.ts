import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { EventStatsQueryDto, ListEventsQueryDto } from './dto/list-events-query.dto';
import { EventsService } from './events.service';

@ApiTags('Events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /** Replay: events after `after_id`, ascending; page with `next_after_id`. */
  @Get()
  findAll(@Query() query: ListEventsQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.events.list(query, principal.role);
  }

  @Get('stats')
  stats(@Query() query: EventStatsQueryDto) {
    return this.events.stats(query.hours);
  }
}
