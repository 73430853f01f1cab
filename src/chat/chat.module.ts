import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LlmModule } from '../llm/llm.module';
import { ChatHistoryController } from './chat-history.controller';
import { ChatHistoryService } from './chat-history.service';
import { ChatService } from './chat.service';
import { AssistantTurnEngine } from './assistant-turn.engine';
import { ChatVisibility } from './chat-visibility';
import { ChatMessageRepository } from './chat-message.repository';
import { ChatSessionRepository } from './chat-session.repository';
import { ReplyService } from './reply.service';
import { ChatCategory } from './entities/chat-category.entity';
import { ChatMessage } from './entities/chat-message.entity';
import { ChatSession } from './entities/chat-session.entity';

@Module({
  imports: [LlmModule, TypeOrmModule.forFeature([ChatSession, ChatMessage, ChatCategory])],
  controllers: [ChatHistoryController],
  providers: [AssistantTurnEngine, ChatService, ChatSessionRepository, ChatMessageRepository, ChatHistoryService, ReplyService, ChatVisibility],
  exports: [AssistantTurnEngine, ChatService, ReplyService, ChatHistoryService, ChatVisibility],
})
export class ChatModule {}
