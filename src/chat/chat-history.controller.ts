import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
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
import {
  AddedMessageDto,
  ChatCategoryListDto,
  GetOrCreateSessionResultDto,
  MessagePageDto,
  RegeneratedReplyDto,
  ReplyActionDto,
  SessionDeletedDto,
  SessionDto,
  SessionListDto,
  SessionResultDto,
  SessionWithMessagesDto,
} from './dto/chat-response.dto';

@ApiTags('Chat history')
@ApiBearerAuth()
@Controller('chat-history')
export class ChatHistoryController {
  constructor(private readonly history: ChatHistoryService) {}

  /** Creates an empty chat session (200, as the original answered: its clients check for it). */
  @Post('sessions')
  @HttpCode(HttpStatus.OK)
  create(@Body() dto: CreateSessionDto, @CurrentPrincipal() principal: Principal): Promise<SessionResultDto> {
    return this.history.create(dto, principal);
  }

  /** Sessions, newest activity first, filtered by scope and category; keyset pages via `next_cursor`. */
  @Get('sessions')
  findAll(@Query() query: ListSessionsQueryDto, @CurrentPrincipal() principal: Principal): Promise<SessionListDto> {
    return this.history.list(query, principal.role);
  }

  /** One session with its metadata. */
  @Get('sessions/:session_id')
  findOne(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<SessionWithMessagesDto> {
    return this.history.findOne(sessionId, principal.role);
  }

  /** Changes a session's title, category or context. */
  @Patch('sessions/:session_id')
  update(@Param('session_id') sessionId: string, @Body() dto: UpdateSessionDto, @CurrentPrincipal() principal: Principal): Promise<SessionDto> {
    return this.history.update(sessionId, dto, principal);
  }

  /** Soft-deletes a session (restorable). */
  @Delete('sessions/:session_id')
  remove(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<SessionDeletedDto> {
    return this.history.remove(sessionId, principal);
  }

  /** Restores a soft-deleted session. */
  @Post('sessions/:session_id/restore')
  @HttpCode(HttpStatus.OK)
  restore(@Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<SessionResultDto> {
    return this.history.restore(sessionId, principal);
  }

  /** Store a message without asking the LLM (idempotent by client_message_id). */
  @Post('sessions/:session_id/messages')
  addMessage(@Param('session_id') sessionId: string, @Body() dto: AddMessageDto, @CurrentPrincipal() principal: Principal): Promise<AddedMessageDto> {
    return this.history.addMessage(sessionId, dto, principal);
  }

  /** Generates again an offline or interrupted reply, in place, once the brain is back. */
  @Post('sessions/:session_id/messages/:message_id/regenerate')
  @HttpCode(HttpStatus.OK)
  @ChatThrottle()
  regenerate(@Param('session_id') sessionId: string, @Param('message_id', ParseIntPipe) messageId: number): Promise<RegeneratedReplyDto> {
    return this.history.regenerate(sessionId, messageId);
  }

  /** Stops a streaming reply: it ends `interrupted` with the text so far. */
  @Post('sessions/:session_id/messages/:message_id/stop')
  @HttpCode(HttpStatus.OK)
  stop(@Param('session_id') sessionId: string, @Param('message_id', ParseIntPipe) messageId: number): Promise<ReplyActionDto> {
    return this.history.stop(sessionId, messageId);
  }

  /** A session's messages, oldest first; page back with `before_id`, forward with `after_id`. */
  @Get('sessions/:session_id/messages')
  messages(@Param('session_id') sessionId: string, @Query() query: ListMessagesQueryDto, @CurrentPrincipal() principal: Principal): Promise<MessagePageDto> {
    return this.history.messages(sessionId, query, principal.role);
  }

  /** The session for this id or thread key, created when missing (idempotent). */
  @Post('get-or-create-session')
  @HttpCode(HttpStatus.OK)
  getOrCreate(@Body() dto: GetOrCreateSessionDto, @CurrentPrincipal() principal: Principal): Promise<GetOrCreateSessionResultDto> {
    return this.history.getOrCreate(dto, principal);
  }

  /** The chat categories with their session counts. */
  @Get('categories')
  categories(): Promise<ChatCategoryListDto> {
    return this.history.categories();
  }
}
