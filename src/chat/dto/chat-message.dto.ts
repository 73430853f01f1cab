import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import type { JsonObject } from '../../common/json';
import { CursorPageQuery } from '../../common/dto/cursor-page-query.dto';
import { CATEGORY_FILTERS } from '../chat-scope';
import { MAX_MESSAGE_CHARS } from './chat-history.dto';

/** The request bodies and queries shared by every speaker's chat (Daena, departments, agents). */

const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/** A founder message to any speaker (Daena, a department, an agent). */
export class ChatMessageDto {
  @IsString() @Matches(/\S/, { message: 'message must not be blank' }) @MaxLength(MAX_MESSAGE_CHARS) message: string;
  @IsOptional() @IsString() @MaxLength(100) session_id?: string;
  @IsOptional() @IsString() @Matches(CLIENT_ID) client_message_id?: string;
}

const CONTEXT_STRINGS = { session_id: 100, page: 200 } as const;

/**
 * The original's free-form `context` object: any JSON object, except that the keys this service
 * reads (`session_id`, `page`) must be strings of a sane length when present.
 */
export function IsChatContext() {
  return ValidateBy({
    name: 'isChatContext',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(CONTEXT_STRINGS).every(([key, max]) => {
          const field = (value as Record<string, unknown>)[key];
          return field === undefined || (typeof field === 'string' && field.length <= max);
        }),
      defaultMessage: () => `context must be an object whose session_id (≤${CONTEXT_STRINGS.session_id} chars) and page (≤${CONTEXT_STRINGS.page} chars) are strings`,
    },
  });
}

/** Agent chat: also the original's `context` (its `session_id` is honoured when `session_id` is absent). */
export class AgentChatDto extends ChatMessageDto {
  @IsOptional() @IsChatContext() context?: JsonObject;
}

/** The session a chat continues: `session_id`, else the original's `context.session_id`. */
export function requestedSessionId(dto: { session_id?: string; context?: JsonObject }): string | undefined {
  const fromContext = dto.context?.session_id;
  return dto.session_id ?? (typeof fromContext === 'string' ? fromContext : undefined);
}

export class DaenaSessionsQueryDto extends CursorPageQuery({ defaultLimit: 50, maxLimit: 200 }) {
  @IsOptional() @IsIn(CATEGORY_FILTERS) category?: string;
}

export class SessionMessagesQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) before_id?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}
