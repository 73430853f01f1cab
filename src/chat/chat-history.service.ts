import type { Role } from '../auth/principal';
import { Injectable } from '@nestjs/common';
import { actorOf, Principal } from '../auth/principal';
import { fromSender, rawThreadKey, toMessageResponse, toSessionResponse } from './chat.mapper';
import { ChatService } from './chat.service';
import { ReplyService } from './reply.service';
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

/** Messages embedded in `GET /chat-history/sessions/:id`; older ones page through `/messages?before_id=`. */
const SESSION_MESSAGES_PAGE = 100;

/** The chat-history API: thin translation between the wire format and ChatService. */
@Injectable()
export class ChatHistoryService {
  constructor(
    private readonly chat: ChatService,
    private readonly replies: ReplyService,
  ) {}

  async create(dto: CreateSessionDto, principal: Principal): Promise<SessionResultDto> {
    const session = await this.chat.createSession(
      { scopeType: dto.scope_type ?? 'general', scopeId: dto.scope_id, category: dto.category, title: dto.title, context: dto.context },
      actorOf(principal),
    );
    return { success: true, ...toSessionResponse(session) };
  }

  async list(query: ListSessionsQueryDto, role: Role): Promise<SessionListDto> {
    const { sessions, total, next_cursor } = await this.chat.listSessions({
      scopeType: query.scope_type,
      scopeId: query.scope_id,
      category: query.category,
      cursor: query.cursor,
      limit: query.limit,
      includeEmpty: query.include_empty,
      deleted: query.deleted,
    });
    return { sessions: (await this.chat.visibleTo(sessions, role)).map(toSessionResponse), total, next_cursor };
  }

  /** The session with its newest page of messages (the original's clients read `data.messages`). */
  async findOne(sessionId: string, role: Role): Promise<SessionWithMessagesDto> {
    const session = await this.chat.requireVisibleSession(sessionId, role);
    const page = await this.chat.listMessages(sessionId, { limit: SESSION_MESSAGES_PAGE });
    return { ...toSessionResponse(session), messages: page.messages.map(toMessageResponse), has_more: page.has_more, next_before_id: page.next_before_id };
  }

  async update(sessionId: string, dto: UpdateSessionDto, principal: Principal): Promise<SessionDto> {
    return toSessionResponse(await this.chat.updateSession(sessionId, dto, actorOf(principal)));
  }

  async remove(sessionId: string, principal: Principal): Promise<SessionDeletedDto> {
    await this.chat.softDeleteSession(sessionId, actorOf(principal));
    return { success: true, session_id: sessionId, deleted: true, message: 'Session deleted successfully' };
  }

  async restore(sessionId: string, principal: Principal): Promise<SessionResultDto> {
    return { success: true, ...toSessionResponse(await this.chat.restoreSession(sessionId, actorOf(principal))) };
  }

  /** `role` (ours) or `sender` (the original's); an explicit `role` / `author` wins over what `sender` implies. */
  async addMessage(sessionId: string, dto: AddMessageDto, principal: Principal): Promise<AddedMessageDto> {
    const implied = dto.sender !== undefined ? fromSender(dto.sender) : null;
    const { message, duplicate } = await this.chat.addMessage({
      sessionId,
      role: dto.role ?? implied!.role,
      content: dto.content,
      author: dto.author ?? implied?.author ?? null,
      metadata: dto.category !== undefined ? { category: dto.category } : null,
      clientMessageId: dto.client_message_id,
      actor: actorOf(principal),
    });
    return { success: true, duplicate, message: toMessageResponse(message) };
  }

  async regenerate(sessionId: string, messageId: number): Promise<RegeneratedReplyDto> {
    const message = await this.replies.regenerate(sessionId, messageId);
    return { success: true, session_id: sessionId, message: toMessageResponse(message), response: message.content, status: message.status };
  }

  async stop(sessionId: string, messageId: number): Promise<ReplyActionDto> {
    const message = await this.replies.stop(sessionId, messageId);
    return { success: true, session_id: sessionId, message: toMessageResponse(message), status: message.status };
  }

  async messages(sessionId: string, query: ListMessagesQueryDto, role: Role): Promise<MessagePageDto> {
    await this.chat.requireVisibleSession(sessionId, role);
    const page = await this.chat.listMessages(sessionId, { beforeId: query.before_id, afterId: query.after_id, limit: query.limit });
    return { session_id: sessionId, ...page, messages: page.messages.map(toMessageResponse) };
  }

  async getOrCreate(dto: GetOrCreateSessionDto, principal: Principal): Promise<GetOrCreateSessionResultDto> {
    const scopeType = dto.scope_type ?? 'general';
    const { session, created } = await this.chat.getOrCreateSession({
      sessionId: dto.session_id,
      // Without a key, the scope's default thread: repeated calls land in the same session.
      threadKey: dto.thread_key ?? (dto.session_id ? null : 'default'),
      scope: { scopeType, scopeId: dto.scope_id, category: dto.category, title: dto.title, context: dto.context },
      actor: actorOf(principal),
    });
    return { success: true, created, ...toSessionResponse(session), thread_key: rawThreadKey(session) };
  }

  async categories(): Promise<ChatCategoryListDto> {
    const rows = await this.chat.listCategories();
    return {
      categories: rows.map((c) => ({ id: c.name, name: c.name, description: c.description, icon: c.icon, color: c.color, sort_order: c.sortOrder })),
    };
  }
}
