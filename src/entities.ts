import { Agent } from './agent/entities/agent.entity';
import { ChatCategory } from './chat/entities/chat-category.entity';
import { ChatMessage } from './chat/entities/chat-message.entity';
import { ChatSession } from './chat/entities/chat-session.entity';
import { SystemConfigRevision } from './config/settings/system-config-revision.entity';
import { SystemConfig } from './config/settings/system-config.entity';
import { Connection } from './connection/entities/connection.entity';
import { CouncilCategory } from './council/entities/council-category.entity';
import { CouncilMember } from './council/entities/council-member.entity';
import { Department } from './department/entities/department.entity';
import { EventLog } from './events/entities/event-log.entity';
import { Task } from './task/entities/task.entity';
import { VoiceState } from './voice/entities/voice-state.entity';

/** Every entity, listed once at the composition root: the app (DatabaseModule.forRoot), the CLI DataSource and the migrations read this list. */
export const ENTITIES = [
  ChatCategory,
  ChatSession,
  ChatMessage,
  Department,
  Agent,
  CouncilCategory,
  CouncilMember,
  Connection,
  VoiceState,
  EventLog,
  SystemConfig,
  SystemConfigRevision,
  Task,
];
