import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { ChatThrottle } from '../common/decorators/throttle.decorators';
import { ChatHistoryService } from './chat-history.service';
import {
  AddMessageDto,
  CreateSessionDto,
  GetOrCreateSessionDto,
  ListMessagesQueryDto,
  ListSessionsQueryDto,
  UpdateSessionDto,
} from './dto/chat-history.dto';

@ApiTags('Chat history')
@ApiBearerAuth()
@Controller('chat-history')
export class ChatHistoryController {
  constructor(private readonly history: ChatHistoryService) {}

  /** 200, as the original answered (its clients check for it). */
  @Post('sessions')
  @HttpCode(200)
  create(@Body() dto: CreateSessionDto, @CurrentPrincipal() principal: Principal) {
    return this.history.create(dto, principal);
  }

  @Get('sessions')
  findAll(@Query() query: ListSessionsQueryDto) {
    return this.history.list(query);
  }

  @Get('sessions/:session_id')
  findOne(@Param('session_id') sessionId: string) {
    return this.history.findOne(sessionId);
  }

  @Patch('sessions/:session_id')
  update(@Param('session_id') sessionId: string, @Body() dto: UpdateSessionDto, @CurrentPrincipal() principal: Principal) {
    return this.history.update(sessionId, dto, principal);
  }

  @Delete('sessions/:session_id')
  remove(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal) {
    return this.history.remove(sessionId, principal);
  }

  @Post('sessions/:session_id/restore')
  @HttpCode(200)
  restore(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal) {
    return this.history.restore(sessionId, principal);
  }

  /** Store a message without asking the LLM (idempotent by client_message_id). */
  @Post('sessions/:session_id/messages')
  addMessage(@Param('session_id') sessionId: string, @Body() dto: AddMessageDto, @CurrentPrincipal() principal: Principal) {
    return this.history.addMessage(sessionId, dto, principal);
  }

  /** Generates again an offline or interrupted reply, in place, once the brain is back. */
  @Post('sessions/:session_id/messages/:message_id/regenerate')
  @HttpCode(200)
  @ChatThrottle()
  regenerate(@Param('session_id') sessionId: string, @Param('message_id', ParseIntPipe) messageId: number) {
    return this.history.regenerate(sessionId, messageId);
  }

  /** Stops a streaming reply: it ends `interrupted` with the text so far. */
  @Post('sessions/:session_id/messages/:message_id/stop')
  @HttpCode(200)
  stop(@Param('session_id') sessionId: string, @Param('message_id', ParseIntPipe) messageId: number) {
    return this.history.stop(sessionId, messageId);
  }

  @Get('sessions/:session_id/messages')
  messages(@Param('session_id') sessionId: string, @Query() query: ListMessagesQueryDto) {
    return this.history.messages(sessionId, query);
  }

  @Post('get-or-create-session')
  @HttpCode(200)
  getOrCreate(@Body() dto: GetOrCreateSessionDto, @CurrentPrincipal() principal: Principal) {
    return this.history.getOrCreate(dto, principal);
  }

  @Get('categories')
  categories() {
    return this.history.categories();
  }
}
