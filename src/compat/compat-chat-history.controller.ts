import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { SessionDto } from '../chat/dto/chat-response.dto';
import { DepartmentSessionListDto } from '../company/dto/company-response.dto';
import { CategorySessionListDto, DepartmentSessionCreatedDto, ScopeSessionListDto, SessionListResultDto, SessionsByCategoryDto } from './dto/compat-response.dto';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { ChatHistoryService } from '../chat/chat-history.service';
import { UpdateSessionDto } from '../chat/dto/chat-history.dto';
import { CompatChatService } from './compat-chat.service';
import { CompatSessionsQueryDto, CreateDepartmentSessionDto } from './dto/compat.dto';

/** The original's chat-history routes that ours spell differently (docs/compatibility.md). */
@ApiTags('Compatibility')
@ApiBearerAuth()
@Controller('chat-history')
export class CompatChatHistoryController {
  constructor(
    private readonly compat: CompatChatService,
    private readonly history: ChatHistoryService,
  ) {}

  @Put('sessions/:session_id')
  @ApiOperation({ summary: 'Rename or recategorise a session (original method)', description: 'Alias of `PATCH /chat-history/sessions/:session_id`.' })
  update(@Param('session_id') sessionId: string, @Body() dto: UpdateSessionDto, @CurrentPrincipal() principal: Principal): Promise<SessionDto> {
    return this.history.update(sessionId, dto, principal);
  }

  @Post('departments/:department_id/sessions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'New department session (original route)', description: 'Alias of `POST /chat-history/sessions` with scope department/<slug>.' })
  createDepartmentSession(@Param('department_id') departmentId: string, @Body() dto: CreateDepartmentSessionDto, @CurrentPrincipal() principal: Principal): Promise<DepartmentSessionCreatedDto> {
    return this.compat.createDepartmentSession(departmentId, dto, principal);
  }

  @Get('departments/chats/all')
  @ApiOperation({ summary: "Every department's sessions (original route)", description: 'Alias of `GET /chat-history/sessions?scope_type=department`.' })
  allDepartmentChats(@Query() query: CompatSessionsQueryDto, @CurrentPrincipal() principal: Principal): Promise<SessionListResultDto> {
    return this.compat.allDepartmentChats(query, principal);
  }

  @Get('departments/:department_id/chats')
  @ApiOperation({ summary: "A department's sessions (original route)", description: 'Alias of `GET /departments/:slug/chat/sessions`.' })
  departmentChats(@Param('department_id') departmentId: string, @Query() query: CompatSessionsQueryDto): Promise<DepartmentSessionListDto> {
    return this.compat.departmentChats(departmentId, query);
  }

  @Get('scope/:scope_type')
  @ApiOperation({ summary: 'Sessions of one scope type (original route)', description: 'Alias of `GET /chat-history/sessions?scope_type=`.' })
  sessionsOfScope(@Param('scope_type') scopeType: string, @Query() query: CompatSessionsQueryDto, @CurrentPrincipal() principal: Principal): Promise<ScopeSessionListDto> {
    return this.compat.sessionsOfScope(scopeType, query, principal);
  }

  @Get('categories/:category')
  @ApiOperation({ summary: 'Sessions of one category (original route)', description: 'Alias of `GET /chat-history/sessions?category=`; a free-form category matches the stored one.' })
  sessionsOfCategory(@Param('category') category: string, @Query() query: CompatSessionsQueryDto, @CurrentPrincipal() principal: Principal): Promise<CategorySessionListDto> {
    return this.compat.sessionsOfCategory(category, query, principal);
  }

  @Get('sessions-by-category/:category')
  @ApiOperation({ summary: 'Sessions of one category, original shape (original route)', description: 'As `GET /chat-history/categories/:category`, each session with `last_message_at`.' })
  sessionsByCategory(@Param('category') category: string, @Query() query: CompatSessionsQueryDto, @CurrentPrincipal() principal: Principal): Promise<SessionsByCategoryDto> {
    return this.compat.sessionsByCategory(category, query, principal);
  }
}
