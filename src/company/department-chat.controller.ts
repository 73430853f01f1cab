import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { DaenaSessionsQueryDto, SessionMessagesQueryDto } from '../chat/dto/chat-message.dto';
import { ChatThrottle } from '../common/decorators/throttle.decorators';
import { DepartmentChatService } from './department-chat.service';
import { DepartmentChatDto } from './dto/department-chat.dto';
import { DepartmentChatReplyDto, DepartmentSessionDto, DepartmentSessionListDto } from './dto/company-response.dto';

@ApiTags('Departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentChatController {
  constructor(private readonly departmentChat: DepartmentChatService) {}

  /** Asks a department: its spokesperson answers after consulting its agents (or one agent, in direct mode). */
  @Post(':slug/chat')
  @HttpCode(HttpStatus.OK)
  @ChatThrottle()
  chat(@Param('slug') slug: string, @Body() dto: DepartmentChatDto, @CurrentPrincipal() principal: Principal): Promise<DepartmentChatReplyDto> {
    return this.departmentChat.chat(slug, dto, principal);
  }

  /** This department's chat sessions, newest activity first. */
  @Get(':slug/chat/sessions')
  sessions(@Param('slug') slug: string, @Query() query: DaenaSessionsQueryDto): Promise<DepartmentSessionListDto> {
    return this.departmentChat.sessions(slug, query);
  }

  /** One session of this department with its messages (403 when it belongs to another scope). */
  @Get(':slug/chat/sessions/:session_id')
  session(@Param('slug') slug: string, @Param('session_id') sessionId: string, @Query() query: SessionMessagesQueryDto): Promise<DepartmentSessionDto> {
    return this.departmentChat.session(slug, sessionId, query);
  }
}
