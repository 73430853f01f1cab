import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { ChatThrottle } from '../common/decorators/throttle.decorators';
import { DaenaService } from './daena.service';
import { DaenaChatDto, StartChatDto, StartChatQueryDto } from './dto/daena-chat.dto';
import { DaenaSessionsQueryDto, SessionMessagesQueryDto } from '../chat/dto/chat-message.dto';

@ApiTags('Daena')
@ApiBearerAuth()
@Controller('daena')
export class DaenaController {
  constructor(private readonly daena: DaenaService) {}

  /** 200, as the original answered. */
  @Post('chat/start')
  @HttpCode(200)
  start(@Body() dto: StartChatDto, @Query() query: StartChatQueryDto, @CurrentPrincipal() principal: Principal) {
    return this.daena.start({ user_id: dto.user_id ?? query.user_id }, principal);
  }

  @Post('chat')
  @HttpCode(200)
  @ChatThrottle()
  chat(@Body() dto: DaenaChatDto, @CurrentPrincipal() principal: Principal) {
    return this.daena.chat(dto, principal);
  }

  /** Server-sent events: `session`, `token`*, then `done` or `error`. */
  @Post('chat/stream')
  @ChatThrottle()
  stream(@Body() dto: DaenaChatDto, @CurrentPrincipal() principal: Principal, @Res() res: Response) {
    return this.daena.stream(dto, principal, res);
  }

  // Declared before `chat/:session_id` so that "sessions" is never taken for an id (the original's bug).
  @Get('chat/sessions')
  sessions(@Query() query: DaenaSessionsQueryDto) {
    return this.daena.sessions(query);
  }

  @Get('chat/:session_id')
  session(@Param('session_id') sessionId: string, @Query() query: SessionMessagesQueryDto) {
    return this.daena.session(sessionId, query);
  }

  @Delete('chat/:session_id')
  remove(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal) {
    return this.daena.remove(sessionId, principal);
  }

  @Post('chat/:session_id/restore')
  @HttpCode(200)
  restore(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal) {
    return this.daena.restore(sessionId, principal);
  }

  @Get('status')
  status() {
    return this.daena.status();
  }
}
