import { IsOptional, IsString, Matches } from 'class-validator';
import { AgentChatDto } from '../../chat/dto/chat-message.dto';

/** Department chat: the agent chat fields (with the original's `context`) plus direct mode. */
export class DepartmentChatDto extends AgentChatDto {
  /** Direct mode: this agent of the department answers instead of the spokesperson. */
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,40}$/) agent_id?: string;
}
