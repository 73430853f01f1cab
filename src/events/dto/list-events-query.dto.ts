import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class ListEventsQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) after_id?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
  @IsOptional() @IsString() @Matches(/^[a-z_]+(\.[a-z_]+)*$/) @MaxLength(100) event_type?: string;
  @IsOptional() @IsString() @Matches(/^[a-z_]+$/) @MaxLength(50) entity_type?: string;
  @IsOptional() @IsString() @MaxLength(200) entity_id?: string;
  @IsOptional() @IsString() @MaxLength(100) actor?: string;
}

export class EventStatsQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(24 * 365) hours?: number;
}

export class PruneEventsDto {
  /** How many of the newest rows to keep (at least one, so ids are never reused). */
  @IsInt() @Min(1) @Max(2_147_483_647) keep: number;
}
