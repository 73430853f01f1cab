import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T = object> = new (...args: any[]) => T;
class NoFilters {}

/** `limit` + `cursor` (keyset paging) on top of a route's own filters: every list pages the same way. */
export function CursorPageQuery<TBase extends Constructor>(page: { defaultLimit: number; maxLimit: number }, Base: TBase = NoFilters as TBase) {
  class CursorPageQueryDto extends Base {
    @ApiPropertyOptional({ default: page.defaultLimit, maximum: page.maxLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(page.maxLimit)
    limit?: number;

    @ApiPropertyOptional({ description: '`next_cursor` of the previous page' })
    @IsOptional()
    @IsString()
    @MaxLength(500)
    cursor?: string;
  }
  return CursorPageQueryDto;
}
