import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { AgentChatHistoryDto, AgentResetDto, AgentsOfDepartmentDto, DaenaSessionMessageReplyDto, DepartmentSessionDeletedDto } from './dto/compat-response.dto';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { ChatThrottle } from '../common/decorators/throttle.decorators';
import { CompatChatService } from './compat-chat.service';
import { AgentsOfDepartmentQueryDto } from './dto/compat-agents.dto';
import { CompatSessionsQueryDto, DaenaSessionMessageDto } from './dto/compat.dto';

/** The original's Daena, agent and department chat routes that ours spell differently (docs/compatibility.md). */
@ApiTags('Compatibility')
@ApiBearerAuth()
@Controller()
export class CompatChatController {
  constructor(private readonly compat: CompatChatService) {}

  @Post('daena/chat/:session_id/message')
  @HttpCode(HttpStatus.OK)
  @ChatThrottle()
  @ApiOperation({ summary: 'Daena turn in a known session (original route)', description: 'Alias of `POST /daena/chat` with `session_id`; 404 for an unknown session.' })
  daenaSessionMessage(@Param('session_id') sessionId: string, @Body() dto: DaenaSessionMessageDto, @CurrentPrincipal() principal: Principal): Promise<DaenaSessionMessageReplyDto> {
    return this.compat.daenaSessionMessage(sessionId, dto, principal);
  }

  @Get('agents/department/:department_id')
  @ApiOperation({ summary: "A department's agents (original route)", description: 'Alias of `GET /agents?department=`; the department by slug or numeric id.' })
  agentsOfDepartment(@Param('department_id') departmentId: string, @Query() query: AgentsOfDepartmentQueryDto, @CurrentPrincipal() principal: Principal): Promise<AgentsOfDepartmentDto> {
    return this.compat.agentsOfDepartment(departmentId, query, principal);
  }

  @Get('agents/:cell_id/chat/history')
  @ApiOperation({ summary: "An agent's chat history (original route)", description: "The agent's sessions (as `GET /chat-history/sessions?scope_type=agent&scope_id=`) and the newest one's messages." })
  agentChatHistory(@Param('cell_id') cellId: string, @Query() query: CompatSessionsQueryDto, @CurrentPrincipal() principal: Principal): Promise<AgentChatHistoryDto> {
    return this.compat.agentChatHistory(cellId, query, principal);
  }

  @Post('agents/:cell_id/reset-to-default')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Reset an agent to its default role (original route)', description: 'The role its cell implies, that role\'s name, status active; through `PATCH /agents/:cell_id` (`agent.updated`).' })
  resetAgent(@Param('cell_id') cellId: string, @CurrentPrincipal() principal: Principal): Promise<AgentResetDto> {
    return this.compat.resetAgent(cellId, principal);
  }

  @Delete('departments/:slug/chat/sessions/:session_id')
  @ApiOperation({ summary: "Delete a department's chat session (original route)", description: 'Soft delete, as `DELETE /chat-history/sessions/:session_id`; 403 for another scope\'s session.' })
  deleteDepartmentSession(@Param('slug') slug: string, @Param('session_id') sessionId: string, @CurrentPrincipal() principal: Principal): Promise<DepartmentSessionDeletedDto> {
    return this.compat.deleteDepartmentSession(slug, sessionId, principal);
  }
}
