import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  IsBoolean,
  ValidateIf,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { trim } from '../../common/dto/trim';
import { CATEGORY_FILTERS } from '../chat-scope';
import { MESSAGE_ROLES } from '../entities/chat-message.entity';
import type { MessageRole } from '../entities/chat-message.entity';
import { SCOPE_TYPES } from '../entities/chat-session.entity';
import type { ScopeType } from '../entities/chat-session.entity';
import { CursorPageQuery } from '../../common/dto/cursor-page-query.dto';

export const MAX_MESSAGE_CHARS = 32_000;
const SCOPE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
export const MAX_CATEGORY_CHARS = 64;

/** A session's category: any non-empty text up to 64 characters (the known ones are the list filters). */
const SessionCategory = () =>
  applyDecorators(
    IsOptional(),
    trim(),
    IsString(),
    Matches(/\S/, { message: ({ property }) => `${property} must not be blank` }),
    MaxLength(MAX_CATEGORY_CHARS),
  );

export class CreateSessionDto {
  @IsOptional() @IsString() @MaxLength(200) title?: string;
  @SessionCategory() category?: string;
  @IsOptional() @IsIn(SCOPE_TYPES) scope_type?: ScopeType;
  @IsOptional() @IsString() @Matches(SCOPE_ID) scope_id?: string;
  @IsOptional() @IsObject() context?: Record<string, unknown>;
}

export class GetOrCreateSessionDto extends CreateSessionDto {
  @IsOptional() @IsString() @MaxLength(100) session_id?: string;
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_.:/-]{1,100}$/) thread_key?: string;
}

export class AddMessageDto {
  /** Required unless the original's `sender` is given. */
  @ValidateIf((dto: AddMessageDto) => dto.sender === undefined || dto.role !== undefined) @IsIn(MESSAGE_ROLES) role?: MessageRole;
  /** The original's field: `user`, `daena`, `assistant` or an agent's name (→ role and author). */
  @IsOptional() @IsString() @Matches(/\S/, { message: 'sender must not be blank' }) @MaxLength(100) sender?: string;
  /** The original's field: kept in the message's metadata (the session keeps its own category). */
  @SessionCategory() category?: string;
  @IsString() @Matches(/\S/, { message: 'content must not be blank' }) @MaxLength(MAX_MESSAGE_CHARS) content: string;
  @IsOptional() @IsString() @MaxLength(100) author?: string;
  @IsOptional() @IsString() @Matches(CLIENT_ID) client_message_id?: string;
}

export class UpdateSessionDto {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @SessionCategory() category?: string;
  @IsOptional() @IsObject() context?: Record<string, unknown>;
}

export class ListSessionsQueryDto extends CursorPageQuery({ defaultLimit: 50, maxLimit: 200 }) {
  @IsOptional() @IsIn(SCOPE_TYPES) scope_type?: ScopeType;
  @IsOptional() @IsString() @Matches(SCOPE_ID) scope_id?: string;
  @IsOptional() @IsIn(CATEGORY_FILTERS) category?: string;
  @IsOptional() @Transform(toBool) @IsBoolean() include_empty?: boolean;
  @IsOptional() @Transform(toBool) @IsBoolean() deleted?: boolean;
}

export class ListMessagesQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) before_id?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) after_id?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}
