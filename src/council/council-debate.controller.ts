import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { ChatThrottle } from '../common/decorators/throttle.decorators';
import { CouncilDebateService } from './council-debate.service';
import { DebateMessageDto, ListDebatesQueryDto, StartDebateDto } from './dto/debate.dto';
import { DebateDto, DebateListDto, DebateMessageAddedDto } from './dto/council-response.dto';

/** Debates answer when the round (or synthesis) is written; follow `council:<id>` / `session:<id>` for live progress. */
@ApiTags('Councils')
@ApiBearerAuth()
@Controller('councils/:slug/debates')
export class CouncilDebateController {
  constructor(private readonly debates: CouncilDebateService) {}

  /** A council's debates, newest first. */
  @Get()
  findAll(@Param('slug') slug: string, @Query() query: ListDebatesQueryDto): Promise<DebateListDto> {
    return this.debates.list(slug, query);
  }

  /** Opens the debate and runs round 1; answers with the transcript. */
  @Post()
  @ChatThrottle()
  start(@Param('slug') slug: string, @Body() dto: StartDebateDto, @CurrentPrincipal() principal: Principal): Promise<DebateDto> {
    return this.debates.start(slug, dto, actorOf(principal));
  }

  /** One debate with its transcript. */
  @Get(':session_id')
  findOne(@Param('slug') slug: string, @Param('session_id') sessionId: string): Promise<DebateDto> {
    return this.debates.get(slug, sessionId);
  }

  /** Adds a founder message to the debate; the members answer in the next round. */
  @Post(':session_id/messages')
  addMessage(@Param('slug') slug: string, @Param('session_id') sessionId: string, @Body() dto: DebateMessageDto, @CurrentPrincipal() principal: Principal): Promise<DebateMessageAddedDto> {
    return this.debates.addFounderMessage(slug, sessionId, dto, actorOf(principal));
  }

  /** Runs the next debate round (each member states a position). */
  @Post(':session_id/rounds')
  @HttpCode(HttpStatus.OK)
  @ChatThrottle()
  nextRound(@Param('slug') slug: string, @Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<DebateDto> {
    return this.debates.nextRound(slug, sessionId, actorOf(principal));
  }

  /** Writes the council's synthesis (its recommendation) of the debate. */
  @Post(':session_id/synthesize')
  @HttpCode(HttpStatus.OK)
  @ChatThrottle()
  synthesize(@Param('slug') slug: string, @Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<DebateDto> {
    return this.debates.resynthesize(slug, sessionId, actorOf(principal));
  }
}
