import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { JsonObject } from '../../common/json';
import { ChatMessageDto, IsChatContext } from '../../chat/dto/chat-message.dto';

/** Daena chat as the original's clients send it: also `user_id` (ignored: one founder) and `context`. */
export class DaenaChatDto extends ChatMessageDto {
  /** Accepted and ignored: there is one founder. */
  @IsOptional() @IsString() @MaxLength(100) user_id?: string;
  /** Stored in the user message's metadata; its `page` is given to the prompt. */
  @IsOptional() @IsChatContext() context?: JsonObject;
}

export class StartChatDto {
  @IsOptional() @IsString() @MaxLength(100) user_id?: string;
}

/** `POST /daena/chat/start?user_id=`: where the original read it (the body wins when both are given). */
export class StartChatQueryDto {
  @IsOptional() @IsString() @MaxLength(100) user_id?: string;
}
