import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { ChatThrottle } from '../common/decorators/throttle.decorators';
import { DaenaService } from './daena.service';
import { DaenaChatDto, StartChatDto, StartChatQueryDto } from './dto/daena-chat.dto';
import { DaenaSessionsQueryDto, SessionMessagesQueryDto } from '../chat/dto/chat-message.dto';
import { ChatReplyDto } from '../chat/dto/chat-response.dto';
import {
  DaenaChatStartDto,
  DaenaSessionDeletedDto,
  DaenaSessionDetailDto,
  DaenaSessionListDto,
  DaenaSessionRestoredDto,
  DaenaStatusDto,
} from './dto/daena-response.dto';

const SSE_DESCRIPTION =
  'Server-sent events, one JSON object per `data:` line: `{type: "session", session_id}`, then `{type: "token", content}` ' +
  'per delta, then `{type: "done", session_id, message_id, status, model, duplicate}` or `{type: "error", error}`; ' +
  '`:` comment frames keep the stream alive.';

@ApiTags('Daena')
@ApiBearerAuth()
@Controller('daena')
export class DaenaController {
  constructor(private readonly daena: DaenaService) {}

  /** Opens a new session with Daena and answers with her greeting (200, as the original answered). */
  @Post('chat/start')
  @HttpCode(HttpStatus.OK)
  start(@Body() dto: StartChatDto, @Query() query: StartChatQueryDto, @CurrentPrincipal() principal: Principal): Promise<DaenaChatStartDto> {
    return this.daena.start({ user_id: dto.user_id ?? query.user_id }, principal);
  }

  /** Sends the founder's message to Daena and answers with her reply (idempotent by client_message_id). */
  @Post('chat')
  @HttpCode(HttpStatus.OK)
  @ChatThrottle()
  chat(@Body() dto: DaenaChatDto, @CurrentPrincipal() principal: Principal): Promise<ChatReplyDto> {
    return this.daena.chat(dto, principal);
  }

  /** Server-sent events: `session`, `token`*, then `done` or `error`. */
  @Post('chat/stream')
  @HttpCode(HttpStatus.OK)
  @ChatThrottle()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: SSE_DESCRIPTION, content: { 'text/event-stream': { schema: { type: 'string' } } } })
  stream(@Body() dto: DaenaChatDto, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    return this.daena.stream(dto, principal, res);
  }

  /** Daena's sessions, newest activity first, filtered by category. */
  // Declared before `chat/:session_id` so that "sessions" is never taken for an id (the original's bug).
  @Get('chat/sessions')
  sessions(@Query() query: DaenaSessionsQueryDto): Promise<DaenaSessionListDto> {
    return this.daena.sessions(query);
  }

  /** One Daena session with its messages; page back with `before_id`. */
  @Get('chat/:session_id')
  session(@Param('session_id') sessionId: string, @Query() query: SessionMessagesQueryDto): Promise<DaenaSessionDetailDto> {
    return this.daena.session(sessionId, query);
  }

  /** Soft-deletes a Daena session (restorable). */
  @Delete('chat/:session_id')
  remove(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<DaenaSessionDeletedDto> {
    return this.daena.remove(sessionId, principal);
  }

  /** Restores a soft-deleted Daena session. */
  @Post('chat/:session_id/restore')
  @HttpCode(HttpStatus.OK)
  restore(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<DaenaSessionRestoredDto> {
    return this.daena.restore(sessionId, principal);
  }

  /** Daena's state: the LLM she speaks through and her sessions. */
  @Get('status')
  status(): Promise<DaenaStatusDto> {
    return this.daena.status();
  }
}
