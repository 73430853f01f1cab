import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CursorPageQuery } from '../../common/dto/cursor-page-query.dto';

const EVENT_TYPE = '[a-z_]+(\\.[a-z_]+)*(\\.\\*)?';
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Time range: `since` inclusive, `until` exclusive (ISO 8601). */
export class AuditRangeQueryDto {
  @ApiPropertyOptional({ description: 'ISO 8601, inclusive', example: '2026-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ description: 'ISO 8601, exclusive', example: '2026-01-02T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;
}

export class AuditFilterQueryDto extends AuditRangeQueryDto {
  @IsOptional() @IsString() @MaxLength(100) actor?: string;

  @ApiPropertyOptional({ description: 'Comma-separated event types; `domain.*` matches a prefix', example: 'config.updated,founder.*' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(new RegExp(`^${EVENT_TYPE}(,${EVENT_TYPE})*$`), { message: 'event_type must be event types (a.b or a.*) separated by commas' })
  event_type?: string;

  @IsOptional() @IsString() @Matches(/^[a-z_]+$/) @MaxLength(50) entity_type?: string;
  @IsOptional() @IsString() @MaxLength(200) entity_id?: string;
}

export class ListAuditQueryDto extends CursorPageQuery({ defaultLimit: 100, maxLimit: 1000 }, AuditFilterQueryDto) {}

export class ExportAuditQueryDto extends AuditFilterQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
