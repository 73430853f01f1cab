import { ChatVisibility } from '../chat/chat-visibility';
import { Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AgentChatService } from '../agent/agent-chat.service';
import { AgentService } from '../agent/agent.service';
import { Agent } from '../agent/entities/agent.entity';
import { actorOf, Principal } from '../auth/principal';
import { toMessageResponse, toSessionResponse } from '../chat/chat.mapper';
import { ChatService } from '../chat/chat.service';
import { ChatSession } from '../chat/entities/chat-session.entity';
import { sessionRoom, departmentRoom } from '../events/rooms';
import { EventsService } from '../events/events.service';
import { ReplyService } from '../chat/reply.service';
import { ReplyComposer, ReplyPlan } from '../chat/reply.types';
import { AllConfig } from '../config/configuration';
import { chatResponse, contextMetadata } from '../chat/chat.mapper';
import { requestedSessionId, SessionMessagesQueryDto } from '../chat/dto/chat-message.dto';
import { LlmService } from '../llm/llm.service';
import { agentNotePrompt, buildHistory, DepartmentNote, spokespersonSynthesisPrompt } from '../llm/prompts';
import { Department } from '../department/entities/department.entity';
import { DepartmentService } from '../department/department.service';
import { DepartmentChatDto } from './dto/department-chat.dto';
import { DepartmentChatReplyDto, DepartmentSessionDto, DepartmentSessionListDto } from './dto/company-response.dto';

const NOTE_TOKENS = 100;

/**
 * A department answers through its spokesperson (the `synth` agent), who first gathers a short note
 * from each of the other agents (the LLM queue bounds how many run at once) and then synthesises.
 */
@Injectable()
export class DepartmentChatService implements OnModuleInit, ReplyComposer {
  private readonly historyChars: number;

  constructor(
    private readonly departments: DepartmentService,
    private readonly agents: AgentService,
    private readonly agentChat: AgentChatService,
    private readonly chats: ChatService,
    private readonly replies: ReplyService,
    private readonly visibility: ChatVisibility,
    private readonly llm: LlmService,
    private readonly events: EventsService,
    config: ConfigService<AllConfig, true>,
  ) {
    this.historyChars = config.get('llm', { infer: true }).historyChars;
  }

  onModuleInit(): void {
    this.replies.register('department', this);
    this.visibility.register('department', async (slug) => Boolean((await this.departments.findBySlugOrNull(slug))?.hidden));
  }

  async plan(session: ChatSession): Promise<ReplyPlan> {
    const department = await this.departments.findBySlug(session.scopeId ?? '', { includeHidden: true });
    return this.planFor(department, await this.agents.findByDepartment(department.slug), session.sessionId);
  }

  private async planFor(department: Department, team: Agent[], sessionId?: string): Promise<ReplyPlan> {
    if (!team.length) throw new NotFoundException(`Department ${department.slug} has no agents to answer`);
    const spokesperson = team.find((agent) => agent.role === 'synth') ?? team[0];
    const others = team.filter((agent) => agent !== spokesperson);
    const spokesInfo = await this.agentChat.promptInfo(spokesperson);
    return {
      speaker: { kind: 'spokesperson', name: spokesperson.name, roleName: spokesperson.type, departmentName: department.name },
      metadata: { agent_id: spokesperson.cellId, agent_role: spokesperson.role },
      build: async (history, userMessage, signal) => {
        const notes = await Promise.all(
          others.map(async (agent) => {
            const note = await this.noteFrom(agent, department, userMessage, signal);
            // Each note goes live as it arrives (the dashboard shows who was consulted while the reply is built).
            if (note && sessionId) {
              this.events.emitTransient({
                eventType: 'department.agent.note',
                entityType: 'agent',
                entityId: agent.cellId,
                rooms: [sessionRoom(sessionId), departmentRoom(department.slug)],
                payload: { session_id: sessionId, department: department.slug, agent_id: agent.cellId, agent_name: note.name, role: note.roleName, note: note.note },
              });
            }
            return note;
          }),
        );
        const gathered = notes.filter((note): note is DepartmentNote => note !== null);
        const [system, question] = spokespersonSynthesisPrompt(spokesInfo, department.name, userMessage, gathered);
        return {
          messages: [system, ...buildHistory(history, this.historyChars), question],
          metadata: {
            synthesized_from: gathered.length,
            consulted: gathered.map((n) => n.name),
            notes: gathered.map((n) => ({ agent_name: n.name, role: n.roleName, note: n.note })),
          },
        };
      },
    };
  }

  /** A failed note is skipped: the spokesperson answers with what it has. */
  private async noteFrom(agent: Agent, department: Department, userMessage: string, signal: AbortSignal): Promise<DepartmentNote | null> {
    try {
      const info = { name: agent.name, roleCode: agent.role, roleName: agent.type, departmentName: department.name, departmentSlug: department.slug };
      const result = await this.llm.generate({ messages: agentNotePrompt(info, userMessage), priority: 'founder', maxTokens: NOTE_TOKENS, signal });
      return result.content.trim() ? { name: agent.name, roleName: agent.type, note: result.content } : null;
    } catch {
      return null;
    }
  }

  async chat(slug: string, dto: DepartmentChatDto, principal: Principal): Promise<DepartmentChatReplyDto> {
    const department = await this.departments.findBySlug(slug, { includeHidden: true });
    if (dto.agent_id) {
      const agent = await this.agents.findByCellId(dto.agent_id, { includeHidden: true });
      if (agent.department !== department.slug) throw new NotFoundException(`Agent ${dto.agent_id} is not in department ${slug}`);
      const direct = await this.agentChat.chat(agent.cellId, dto, principal);
      return { ...direct, agent_name: agent.name, agent_role: agent.role, synthesized_from: 0, department_id: department.slug };
    }
    const result = await this.replies.converse({
      sessionId: requestedSessionId(dto),
      scope: {
        scopeType: 'department',
        scopeId: department.slug,
        title: `Chat with ${department.name}`,
        context: { department_id: department.slug, department_name: department.name },
      },
      message: dto.message,
      clientMessageId: dto.client_message_id,
      userMetadata: contextMetadata(dto),
      actor: actorOf(principal),
    });
    const metadata = result.reply.metadata ?? {};
    const spokesperson = await this.agents.findByCellId(String(metadata.agent_id ?? ''), { includeHidden: true }).catch(() => null);
    return {
      ...chatResponse(result.session, result.userMessage, result.reply, result.duplicate),
      department_id: department.slug,
      agent_name: result.reply.author,
      agent_role: spokesperson?.role ?? metadata.agent_role ?? null,
      synthesized_from: Number(metadata.synthesized_from ?? 0),
    };
  }

  /** The department office: only this department's chats. */
  async sessions(slug: string, query: { cursor?: string; limit?: number }): Promise<DepartmentSessionListDto> {
    const department = await this.departments.findBySlug(slug, { includeHidden: true });
    const page = await this.chats.listSessions({ scopeType: 'department', scopeId: department.slug, cursor: query.cursor, limit: query.limit });
    return { success: true, department_id: department.slug, sessions: page.sessions.map(toSessionResponse), total: page.total, next_cursor: page.next_cursor };
  }

  /** 404 for an unknown session, 403 for another department's (or any other scope's) session. */
  async session(slug: string, sessionId: string, query: SessionMessagesQueryDto): Promise<DepartmentSessionDto> {
    const department = await this.departments.findBySlug(slug, { includeHidden: true });
    const session = await this.chats.requireSessionInScope(sessionId, 'department', department.slug);
    const page = await this.chats.listMessages(sessionId, { beforeId: query.before_id, limit: query.limit ?? 100 });
    return {
      success: true,
      ...toSessionResponse(session),
      messages: page.messages.map(toMessageResponse),
      has_more: page.has_more,
      next_before_id: page.next_before_id,
    };
  }
}
