import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CATEGORY_FILTERS } from '../../chat/chat-scope';
import { MESSAGE_ROLES } from '../../chat/entities/chat-message.entity';
import type { MessageRole } from '../../chat/entities/chat-message.entity';
import { SCOPE_TYPES } from '../../chat/entities/chat-session.entity';
import type { ScopeType } from '../../chat/entities/chat-session.entity';
import { MAX_QUERY_CHARS } from '../search-query';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const toDate = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value) : value;

export const SEARCH_MAX_LIMIT = 100;

/** `GET /search` */
export class SearchQueryDto {
  @ApiProperty({
    description: 'Words (all must match), `"a phrase"`, `prefix*`, `-excluded` word or `-"phrase"`. Matching ignores case, accents and word endings (stemming).',
    example: '"launch plan" budget* -draft',
    maxLength: MAX_QUERY_CHARS,
  })
  @IsString()
  @MaxLength(MAX_QUERY_CHARS)
  q: string;

  @ApiPropertyOptional({ enum: SCOPE_TYPES })
  @IsOptional()
  @IsIn(SCOPE_TYPES)
  scope_type?: ScopeType;

  @ApiPropertyOptional({ description: 'Department slug, agent cell id or council id', example: 'engineering' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,100}$/)
  scope_id?: string;

  @ApiPropertyOptional({ enum: CATEGORY_FILTERS, description: 'As in the session lists: `departments` = scope department, `agents` = scope agent' })
  @IsOptional()
  @IsIn(CATEGORY_FILTERS)
  category?: string;

  @ApiPropertyOptional({ enum: MESSAGE_ROLES, description: 'Only messages of this role (session-title hits are left out)' })
  @IsOptional()
  @IsIn(MESSAGE_ROLES)
  role?: MessageRole;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Messages written at or after this instant' })
  @IsOptional()
  @Transform(toDate)
  @IsDate()
  since?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Messages written before this instant' })
  @IsOptional()
  @Transform(toDate)
  @IsDate()
  until?: Date;

  @ApiPropertyOptional({ default: false, description: 'Also search soft-deleted sessions' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  include_deleted?: boolean;

  @ApiPropertyOptional({ default: 20, maximum: SEARCH_MAX_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SEARCH_MAX_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ description: '`next_cursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class SearchHighlightDto {
  @ApiProperty({ description: 'UTF-16 offset of the first highlighted character in `snippet`' }) start: number;
  @ApiProperty({ description: 'UTF-16 offset just after the highlighted text' }) end: number;
}

export class SearchResultDto {
  @ApiProperty({ enum: ['message', 'session'], description: '`session`: the session title matched (open the session at its start)' })
  kind: 'message' | 'session';
  @ApiProperty({ type: Number, nullable: true, description: 'The message to open the session at (null for a title hit)' })
  message_id: number | null;
  @ApiProperty({ format: 'uuid' }) session_id: string;
  @ApiProperty() session_title: string;
  @ApiProperty({ enum: SCOPE_TYPES }) scope_type: ScopeType;
  @ApiProperty({ type: String, nullable: true }) scope_id: string | null;
  @ApiProperty() category: string;
  @ApiProperty({ enum: MESSAGE_ROLES, nullable: true }) role: MessageRole | null;
  @ApiProperty({ type: String, nullable: true }) author: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the message (or the session) was created' }) created_at: string;
  @ApiProperty({ description: 'Whether the session is soft-deleted (only with include_deleted=true)' }) session_deleted: boolean;
  @ApiProperty({ description: 'Relevance, higher is better; comparable within one response only' }) score: number;
  @ApiProperty({ description: 'Plain text around the match (… where cut)' }) snippet: string;
  @ApiProperty({ description: '`snippet` HTML-escaped, matched words in <mark>: safe to insert as HTML' }) snippet_html: string;
  @ApiProperty({ type: [SearchHighlightDto] }) highlights: SearchHighlightDto[];
}

export class SearchResponseDto {
  @ApiProperty({ type: [SearchResultDto] }) results: SearchResultDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last page' })
  next_cursor: string | null;
}
