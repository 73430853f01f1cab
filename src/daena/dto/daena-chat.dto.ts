import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CATEGORY_FILTERS } from '../../chat/chat-scope';
import { MAX_MESSAGE_CHARS } from '../../chat/dto/chat-history.dto';
import { CursorPageQuery } from '../../common/dto/cursor-page-query.dto';

const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/** A founder message to any speaker (Daena, a department, an agent). */
export class ChatMessageDto {
  @IsString() @Matches(/\S/, { message: 'message must not be blank' }) @MaxLength(MAX_MESSAGE_CHARS) message: string;
  @IsOptional() @IsString() @MaxLength(100) session_id?: string;
  @IsOptional() @IsString() @Matches(CLIENT_ID) client_message_id?: string;
}

export class StartChatDto {
  @IsOptional() @IsString() @MaxLength(100) user_id?: string;
}

export class DaenaSessionsQueryDto extends CursorPageQuery({ defaultLimit: 50, maxLimit: 200 }) {
  @IsOptional() @IsIn(CATEGORY_FILTERS) category?: string;
}

export class SessionMessagesQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) before_id?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}
