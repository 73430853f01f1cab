import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { DaenaSessionsQueryDto, SessionMessagesQueryDto } from '../chat/dto/chat-message.dto';
import { ChatThrottle } from '../common/decorators/throttle.decorators';
import { DepartmentChatService } from './department-chat.service';
import { DepartmentChatDto } from './dto/department-chat.dto';

@ApiTags('Departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentChatController {
  constructor(private readonly departmentChat: DepartmentChatService) {}

  @Post(':slug/chat')
  @HttpCode(200)
  @ChatThrottle()
  chat(@Param('slug') slug: string, @Body() dto: DepartmentChatDto, @CurrentPrincipal() principal: Principal) {
    return this.departmentChat.chat(slug, dto, principal);
  }

  @Get(':slug/chat/sessions')
  sessions(@Param('slug') slug: string, @Query() query: DaenaSessionsQueryDto) {
    return this.departmentChat.sessions(slug, query);
  }

  @Get(':slug/chat/sessions/:session_id')
  session(@Param('slug') slug: string, @Param('session_id') sessionId: string, @Query() query: SessionMessagesQueryDto) {
    return this.departmentChat.session(slug, sessionId, query);
  }
}
