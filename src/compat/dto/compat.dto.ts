import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IntQuery } from '../../common/dto/int-query';
import { MAX_MESSAGE_CHARS } from '../../chat/dto/chat-history.dto';
import { CursorPageQuery } from '../../common/dto/cursor-page-query.dto';
import type { JsonObject } from '../../common/json';
import { IsChatContext } from '../../chat/dto/chat-message.dto';

const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/** `POST /daena/chat/:session_id/message`: the original's `{content, context?}`. */
export class DaenaSessionMessageDto {
  @ApiProperty({ example: 'What should engineering focus on this week?' })
  @IsString()
  @Matches(/\S/, { message: 'content must not be blank' })
  @MaxLength(MAX_MESSAGE_CHARS)
  content: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "Stored on the user message; its `page` reaches Daena's prompt" })
  @IsOptional()
  @IsChatContext()
  context?: JsonObject;

  @ApiPropertyOptional({ description: 'Idempotency key (ours): a retried send returns the first reply' })
  @IsOptional()
  @IsString()
  @Matches(CLIENT_ID)
  client_message_id?: string;
}

/** `POST /chat-history/departments/:dept/sessions`: the original's `{title}`. */
export class CreateDepartmentSessionDto {
  @ApiPropertyOptional({ example: 'Q3 hiring plan', description: 'Defaults to "Chat with <department name>"' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(200)
  title?: string;
}

/** The session lists of the original's chat-history routes: up to 500 per page, as there. */
export class CompatSessionsQueryDto extends CursorPageQuery({ defaultLimit: 100, maxLimit: 500 }) {}

/** `GET /events/recent`. */
export class RecentEventsQueryDto {
  @IntQuery({ minimum: 1, maximum: 1000, default: 50 })
  limit?: number;

  @IntQuery({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'Only events after this id, ascending (without it: the newest, newest first)' })
  since_event_id?: number;
}

/** `GET /audit/logs`. */
export class AuditLogsQueryDto {
  @IntQuery({ minimum: 1, maximum: 1000, default: 20 })
  limit?: number;

  @ApiPropertyOptional({ example: 'founder' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actor?: string;
}

export const OVERRIDE_IMPACT_LEVELS = ['low', 'medium', 'high', 'critical'] as const;

/**
 * `POST /founder-panel/override`. `action: "emergency_stop"` stops every generation; any other action
 * sets the config key named by `target` to `value` (our overrides are the typed config keys).
 */
export class FounderOverrideDto {
  @ApiProperty({ example: 'emergency_stop', description: '`emergency_stop`, or a label for a config change' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_.-]{0,63}$/, { message: 'action must be a lower-case word (a-z, 0-9, _ . -), at most 64 characters' })
  action: string;

  @ApiPropertyOptional({ example: 'maintenance_mode', description: 'The config key to set (required unless action is emergency_stop)' })
  @ValidateIf((dto: FounderOverrideDto) => dto.action !== 'emergency_stop' || dto.target !== undefined)
  @IsString()
  @Matches(/^[a-z][a-z0-9_.]{0,99}$/, { message: 'target must be a config key' })
  target?: string;

  @ApiPropertyOptional({ description: "The new value, of the key's type (required unless action is emergency_stop), e.g. `true` or `0.8`" })
  @ValidateIf((dto: FounderOverrideDto) => dto.action !== 'emergency_stop')
  @IsDefined()
  value?: unknown;

  @ApiPropertyOptional({ example: 'runaway generation' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ enum: OVERRIDE_IMPACT_LEVELS, default: 'medium', description: 'Recorded in the answer only' })
  @IsOptional()
  @IsIn(OVERRIDE_IMPACT_LEVELS)
  impact_level?: (typeof OVERRIDE_IMPACT_LEVELS)[number];
}

/** `POST /founder-panel/system/maintenance`. */
export class MaintenanceDto {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;
}
