import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { JsonObject } from '../common/json';
import type { Response } from 'express';
import { AgentService } from '../agent/agent.service';
import { actorOf, Principal } from '../auth/principal';
import { chatResponse, contextMetadata, toMessageResponse, toSessionResponse } from '../chat/chat.mapper';
import { ChatService } from '../chat/chat.service';
import { ChatMessage } from '../chat/entities/chat-message.entity';
import { ChatSession } from '../chat/entities/chat-session.entity';
import { ReplyService } from '../chat/reply.service';
import { ReplyComposer, ReplyPlan } from '../chat/reply.types';
import { AllConfig } from '../config/configuration';
import { DepartmentService } from '../department/department.service';
import { OllamaHealthService } from '../llm/ollama-health.service';
import { chatMessages, daenaSystemPrompt } from '../llm/prompts';
import { SseOptions, writeSse } from '../chat/sse';
import { DaenaChatDto, StartChatDto } from './dto/daena-chat.dto';
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

export const DAENA_NAME = 'Daena';

/** Daena, the AI vice-president: executive chats (and general ones). */
@Injectable()
export class DaenaService implements OnModuleInit, ReplyComposer {
  private readonly historyChars: number;

  private readonly sse: SseOptions;

  constructor(
    private readonly chats: ChatService,
    private readonly replies: ReplyService,
    private readonly departments: DepartmentService,
    private readonly agents: AgentService,
    private readonly health: OllamaHealthService,
    config: ConfigService<AllConfig, true>,
  ) {
    this.historyChars = config.get('llm', { infer: true }).historyChars;
    this.sse = config.get('app', { infer: true }).sse;
  }

  onModuleInit(): void {
    this.replies.register('executive', this);
    this.replies.register('general', this);
  }

  async plan(_session: ChatSession, userMessage: ChatMessage): Promise<ReplyPlan> {
    const system = daenaSystemPrompt({ page: pageOf(userMessage) });
    return {
      speaker: { kind: 'daena', name: DAENA_NAME },
      build: async (history, text) => ({ messages: chatMessages(system, history, text, this.historyChars) }),
    };
  }

  async start(dto: StartChatDto, principal: Principal): Promise<DaenaChatStartDto> {
    const [departments, agents] = await Promise.all([this.departments.count(), this.agents.count()]);
    const session = await this.chats.createSession(
      { scopeType: 'executive', title: 'Daena Chat', ownerId: dto.user_id ?? null, context: dto.user_id ? { user_id: dto.user_id } : {} },
      actorOf(principal),
    );
    const welcome =
      `Hello, I'm ${DAENA_NAME}, your AI vice-president. I oversee ${departments} departments and ${agents} agents, ` +
      'with the expert councils as separate governance. What would you like to work on?';
    const { message } = await this.chats.addMessage({
      sessionId: session.sessionId,
      role: 'assistant',
      author: DAENA_NAME,
      content: welcome,
      model: null,
      actor: DAENA_NAME,
    });
    return {
      success: true,
      session_id: session.sessionId,
      session: toSessionResponse(session),
      welcome_message: welcome,
      messages: [toMessageResponse(message)],
    };
  }

  async chat(dto: DaenaChatDto, principal: Principal): Promise<ChatReplyDto> {
    const result = await this.replies.converse({
      sessionId: dto.session_id,
      scope: { scopeType: 'executive', title: undefined },
      message: dto.message,
      clientMessageId: dto.client_message_id,
      userMetadata: contextMetadata(dto),
      actor: actorOf(principal),
    });
    return chatResponse(result.session, result.userMessage, result.reply, result.duplicate);
  }

  stream(dto: DaenaChatDto, principal: Principal, res: Response) {
    return writeSse(
      res,
      (send) =>
      this.replies.converse({
        sessionId: dto.session_id,
        scope: { scopeType: 'executive' },
        message: dto.message,
        clientMessageId: dto.client_message_id,
        userMetadata: contextMetadata(dto),
        actor: actorOf(principal),
        onSession: (session) => send({ type: 'session', session_id: session.sessionId }),
        onToken: (content) => send({ type: 'token', content }),
      }),
      this.sse,
    );
  }

  async sessions(query: DaenaSessionsQueryDto): Promise<DaenaSessionListDto> {
    const category = query.category ?? 'executive';
    const page = await this.chats.listSessions({ category, cursor: query.cursor, limit: query.limit, includeEmpty: category !== 'all' });
    return { success: true, category, sessions: page.sessions.map(toSessionResponse), total: page.total, next_cursor: page.next_cursor };
  }

  async session(sessionId: string, query: SessionMessagesQueryDto): Promise<DaenaSessionDetailDto> {
    const session = await this.chats.requireSession(sessionId);
    const page = await this.chats.listMessages(sessionId, { beforeId: query.before_id, limit: query.limit ?? 100 });
    return {
      success: true,
      session: toSessionResponse(session),
      message_count: session.messageCount,
      duration: Math.round((Date.now() - session.createdAt.getTime()) / 1000),
      messages: page.messages.map(toMessageResponse),
      has_more: page.has_more,
      next_before_id: page.next_before_id,
    };
  }

  async remove(sessionId: string, principal: Principal): Promise<DaenaSessionDeletedDto> {
    await this.chats.softDeleteSession(sessionId, actorOf(principal));
    return { success: true, session_id: sessionId, message: 'Session deleted (restorable)' };
  }

  async restore(sessionId: string, principal: Principal): Promise<DaenaSessionRestoredDto> {
    return { success: true, session: toSessionResponse(await this.chats.restoreSession(sessionId, actorOf(principal))) };
  }

  async status(): Promise<DaenaStatusDto> {
    const [departments, hidden, agents, counts, llm] = await Promise.all([
      this.departments.count(),
      this.departments.count({ includeHidden: true }),
      this.agents.count(),
      this.chats.counts(),
      this.health.current(),
    ]);
    return {
      success: true,
      daena_status: llm.state === 'up' && !llm.paused ? 'active' : 'offline',
      system_health: {
        departments_online: departments,
        hidden_departments: hidden - departments,
        agents_active: agents,
        sessions: counts.sessions,
        messages: counts.messages,
        system_uptime_s: Math.round(process.uptime()),
      },
      brain: { state: llm.state, model: llm.active_model, paused: llm.paused, last_check: llm.last_check },
      last_updated: new Date().toISOString(),
    };
  }
}


/** The dashboard page the founder wrote from, if the client said. */
function pageOf(message: ChatMessage): string | undefined {
  const context = message.metadata?.context;
  const page = context && typeof context === 'object' && !Array.isArray(context) ? (context as JsonObject).page : undefined;
  return typeof page === 'string' && page.trim() ? page.trim() : undefined;
}
