import { IsOptional, IsString, Matches } from 'class-validator';
import { ChatMessageDto } from '../../daena/dto/daena-chat.dto';

export class DepartmentChatDto extends ChatMessageDto {
  /** Direct mode: this agent of the department answers instead of the spokesperson. */
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{1,40}$/) agent_id?: string;
}
