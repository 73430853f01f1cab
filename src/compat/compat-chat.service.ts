import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { DepartmentSessionListDto } from '../company/dto/company-response.dto';
import {
  AgentChatHistoryDto,
  AgentResetDto,
  AgentsOfDepartmentDto,
  CategorySessionListDto,
  DaenaSessionMessageReplyDto,
  DepartmentSessionCreatedDto,
  DepartmentSessionDeletedDto,
  ScopeSessionListDto,
  SessionListResultDto,
  SessionsByCategoryDto,
} from './dto/compat-response.dto';
import { AgentService } from '../agent/agent.service';
import { actorOf, Principal } from '../auth/principal';
import { ChatHistoryService } from '../chat/chat-history.service';
import { CATEGORY_FILTERS } from '../chat/chat-scope';
import { toMessageResponse, toSessionResponse } from '../chat/chat.mapper';
import { ChatService } from '../chat/chat.service';
import { SCOPE_TYPES, ScopeType } from '../chat/entities/chat-session.entity';
import { DaenaService } from '../daena/daena.service';
import { DepartmentChatService } from '../company/department-chat.service';
import { DepartmentService } from '../department/department.service';
import type { AgentsOfDepartmentQueryDto } from './dto/compat-agents.dto';
import { CompatSessionsQueryDto, DaenaSessionMessageDto, CreateDepartmentSessionDto } from './dto/compat.dto';
import { toCategorySession } from './compat.mapper';

/** The original's chat routes, answered by the chat, Daena, department and agent services. */
@Injectable()
export class CompatChatService {
  constructor(
    private readonly chats: ChatService,
    private readonly history: ChatHistoryService,
    private readonly daena: DaenaService,
    private readonly departments: DepartmentService,
    private readonly departmentChat: DepartmentChatService,
    private readonly agents: AgentService,
  ) {}

  /** `POST /daena/chat/:session_id/message`: a Daena turn in a known session (404 otherwise, as the original). */
  async daenaSessionMessage(sessionId: string, dto: DaenaSessionMessageDto, principal: Principal): Promise<DaenaSessionMessageReplyDto> {
    await this.chats.requireSession(sessionId);
    const reply = await this.daena.chat({ message: dto.content, session_id: sessionId, context: dto.context, client_message_id: dto.client_message_id }, principal);
    return {
      ...reply,
      user_message: { id: reply.user_message_id, type: 'user', content: dto.content, timestamp: reply.timestamp },
      session_updated: true,
    };
  }

  /** `GET /agents/department/:id`: the department by slug or numeric id, its agents as `GET /agents` lists them. */
  async agentsOfDepartment(ref: string, query: AgentsOfDepartmentQueryDto, principal: Principal): Promise<AgentsOfDepartmentDto> {
    const department = await this.departments.findByRefOrNull(ref);
    const includeHidden = query.include_hidden === true && principal.role === 'founder';
    if (!department || (department.hidden && !includeHidden)) throw new NotFoundException(`Department '${ref}' not found`);
    return { ...(await this.agents.list({ ...query, department: department.slug })), department_id: department.slug, department_name: department.name };
  }

  /** `GET /agents/:cell_id/chat/history`: the agent's sessions, newest activity first, and the newest one's latest messages. */
  async agentChatHistory(cellId: string, query: CompatSessionsQueryDto, principal: Principal): Promise<AgentChatHistoryDto> {
    const agent = await this.agents.findByCellId(cellId, { includeHidden: principal.role === 'founder' });
    const page = await this.history.list({ scope_type: 'agent', scope_id: agent.cellId, cursor: query.cursor, limit: query.limit ?? 100 }, principal.role);
    const newest = page.sessions[0];
    const messages = newest ? (await this.chats.listMessages(newest.session_id, { limit: 100 })).messages.map(toMessageResponse) : [];
    return { success: true, agent_id: agent.cellId, agent_name: agent.name, ...page, session_id: newest?.session_id ?? null, messages };
  }

  /** `POST /agents/:cell_id/reset-to-default`. */
  async resetAgent(cellId: string, principal: Principal): Promise<AgentResetDto> {
    const agent = await this.agents.resetToDefault(cellId, actorOf(principal));
    return { success: true, agent, message: `Agent ${agent.id} reset to default` };
  }

  /** `DELETE /departments/:slug/chat/sessions/:session_id`: 404 unknown, 403 another scope's; a soft delete. */
  async deleteDepartmentSession(slug: string, sessionId: string, principal: Principal): Promise<DepartmentSessionDeletedDto> {
    const department = await this.departments.findBySlug(slug, { includeHidden: principal.role === 'founder' });
    await this.chats.requireSessionInScope(sessionId, 'department', department.slug);
    await this.chats.softDeleteSession(sessionId, actorOf(principal));
    return { success: true, session_id: sessionId, department_id: department.slug, deleted: true, message: 'Session deleted successfully' };
  }

  /** `POST /chat-history/departments/:dept/sessions {title}`: a new session in the department's scope. */
  async createDepartmentSession(slug: string, dto: CreateDepartmentSessionDto, principal: Principal): Promise<DepartmentSessionCreatedDto> {
    const department = await this.departments.findBySlug(slug, { includeHidden: principal.role === 'founder' });
    const session = await this.chats.createSession(
      {
        scopeType: 'department',
        scopeId: department.slug,
        title: dto.title ?? `Chat with ${department.name}`,
        context: { department_id: department.slug, department_name: department.name },
      },
      actorOf(principal),
    );
    return { success: true, department_id: department.slug, ...toSessionResponse(session) };
  }

  /** `GET /chat-history/departments/:dept/chats`: the department office's list. */
  departmentChats(slug: string, query: CompatSessionsQueryDto): Promise<DepartmentSessionListDto> {
    return this.departmentChat.sessions(slug, query);
  }

  /** `GET /chat-history/departments/chats/all`: every department's sessions. */
  async allDepartmentChats(query: CompatSessionsQueryDto, principal: Principal): Promise<SessionListResultDto> {
    return { success: true, ...(await this.history.list({ scope_type: 'department', cursor: query.cursor, limit: query.limit }, principal.role)) };
  }

  /** `GET /chat-history/scope/:scope_type`. */
  async sessionsOfScope(scopeType: string, query: CompatSessionsQueryDto, principal: Principal): Promise<ScopeSessionListDto> {
    if (!(SCOPE_TYPES as readonly string[]).includes(scopeType)) {
      throw new BadRequestException([`scope_type must be one of the following values: ${SCOPE_TYPES.join(', ')}`]);
    }
    return { success: true, scope_type: scopeType, ...(await this.history.list({ scope_type: scopeType as ScopeType, cursor: query.cursor, limit: query.limit }, principal.role)) };
  }

  /**
   * `GET /chat-history/categories/:category`: a known category means its scope (as the list filter),
   * any other the stored category; a free-form category no live session carries is unknown (404).
   */
  async sessionsOfCategory(category: string, query: CompatSessionsQueryDto, principal: Principal): Promise<CategorySessionListDto> {
    return { success: true, category, ...(await this.history.list({ category: await this.knownCategory(category), cursor: query.cursor, limit: query.limit }, principal.role)) };
  }

  /** `GET /chat-history/sessions-by-category/:category?limit=`: the original's shape (`last_message_at`). */
  async sessionsByCategory(category: string, query: CompatSessionsQueryDto, principal: Principal): Promise<SessionsByCategoryDto> {
    const page = await this.history.list({ category: await this.knownCategory(category), cursor: query.cursor, limit: query.limit }, principal.role);
    return { success: true, category, sessions: page.sessions.map(toCategorySession), total: page.total, next_cursor: page.next_cursor };
  }

  private async knownCategory(category: string): Promise<string> {
    if ((CATEGORY_FILTERS as readonly string[]).includes(category) || (await this.chats.hasSessionsInCategory(category))) return category;
    throw new NotFoundException(`No chat category '${category}'`);
  }
}
