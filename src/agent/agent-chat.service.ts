import { ChatVisibility } from '../chat/chat-visibility';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { actorOf, Principal } from '../auth/principal';
import { ChatSession } from '../chat/entities/chat-session.entity';
import { ReplyService } from '../chat/reply.service';
import { ReplyComposer, ReplyPlan } from '../chat/reply.types';
import { AllConfig } from '../config/configuration';
import { AgentChatReplyDto } from './dto/agent-response.dto';
import { chatResponse, contextMetadata } from '../chat/chat.mapper';
import { AgentChatDto, requestedSessionId } from '../chat/dto/chat-message.dto';
import { DepartmentService } from '../department/department.service';
import { AgentPromptInfo, agentSystemPrompt, chatMessages } from '../llm/prompts';
import { Agent } from './entities/agent.entity';
import { AgentService } from './agent.service';

/** One agent answering in its own session (scope agent/<cell_id>). */
@Injectable()
export class AgentChatService implements OnModuleInit, ReplyComposer {
  private readonly historyChars: number;

  constructor(
    private readonly agents: AgentService,
    private readonly departments: DepartmentService,
    private readonly replies: ReplyService,
    private readonly visibility: ChatVisibility,
    config: ConfigService<AllConfig, true>,
  ) {
    this.historyChars = config.get('llm', { infer: true }).historyChars;
  }

  onModuleInit(): void {
    this.replies.register('agent', this);
    this.visibility.register('agent', async (cellId) => {
      const agent = await this.agents.findByCellId(cellId, { includeHidden: true }).catch(() => null);
      return Boolean(agent?.departmentRef?.hidden);
    });
  }

  async promptInfo(agent: Agent): Promise<AgentPromptInfo> {
    const department = await this.departments.findBySlugOrNull(agent.department);
    return { name: agent.name, roleCode: agent.role, roleName: agent.type, departmentName: department?.name ?? agent.department, departmentSlug: agent.department };
  }

  /** The plan for an agent answering directly (agent chat, and a department's direct mode). */
  async planFor(agent: Agent): Promise<ReplyPlan> {
    const info = await this.promptInfo(agent);
    return {
      speaker: { kind: 'agent', name: agent.name, roleName: agent.type, departmentName: info.departmentName },
      metadata: { agent_id: agent.cellId, agent_role: agent.role },
      build: async (history, userMessage) => ({ messages: chatMessages(agentSystemPrompt(info), history, userMessage, this.historyChars) }),
    };
  }

  async plan(session: ChatSession): Promise<ReplyPlan> {
    return this.planFor(await this.agents.findByCellId(session.scopeId ?? '', { includeHidden: true }));
  }

  /** `POST /agents/:cell_id/chat`, and the direct mode of department chat. */
  async chat(cellId: string, dto: AgentChatDto, principal: Principal, options: { includeHidden?: boolean } = {}): Promise<AgentChatReplyDto> {
    const agent = await this.agents.findByCellId(cellId, { includeHidden: options.includeHidden ?? true });
    const result = await this.replies.converse({
      sessionId: requestedSessionId(dto),
      scope: { scopeType: 'agent', scopeId: agent.cellId, title: `Chat with ${agent.name}`, context: { agent_id: agent.cellId, agent_name: agent.name, department: agent.department } },
      message: dto.message,
      clientMessageId: dto.client_message_id,
      userMetadata: contextMetadata(dto),
      actor: actorOf(principal),
    });
    return {
      ...chatResponse(result.session, result.userMessage, result.reply, result.duplicate),
      agent_id: agent.cellId,
      agent_name: agent.name,
      agent_role: agent.role,
      department: agent.department,
      brain_model: result.reply.model,
      brain_available: result.reply.status === 'complete',
    };
  }
}
