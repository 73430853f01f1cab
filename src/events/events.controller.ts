import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { FounderOnly } from '../common/decorators/auth.decorators';
import { EventStatsQueryDto, ListEventsQueryDto, PruneEventsDto } from './dto/list-events-query.dto';
import { EventPageDto, EventStatsDto, PruneResultDto } from './dto/event-response.dto';
import { EventRetentionService } from './event-retention.service';
import { EventsService } from './events.service';

@ApiTags('Events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly retention: EventRetentionService,
  ) {}

  /** Replay: events after `after_id`, ascending; page with `next_after_id`. */
  @Get()
  findAll(@Query() query: ListEventsQueryDto, @CurrentPrincipal() principal: Principal): Promise<EventPageDto> {
    return this.events.list(query, principal.role);
  }

  /** Event counts by type over the last `hours`. */
  @Get('stats')
  stats(@Query() query: EventStatsQueryDto): Promise<EventStatsDto> {
    return this.events.stats(query.hours);
  }

  /** Retention: keeps the newest `keep` rows; the chain stays verifiable from the recorded anchor. */
  @Post('prune')
  @HttpCode(HttpStatus.OK)
  @FounderOnly()
  prune(@Body() dto: PruneEventsDto, @CurrentPrincipal() principal: Principal): Promise<PruneResultDto> {
    return this.retention.prune({ keepLast: dto.keep, actor: actorOf(principal) });
  }
}
