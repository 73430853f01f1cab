import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** An optional integer query parameter within [minimum, maximum] (query strings arrive as text). */
export const IntQuery = (options: { minimum: number; maximum: number; default?: number; description?: string }) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', ...options }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(options.minimum),
    Max(options.maximum),
  );

/** The original API's `offset` paging parameter. */
export const OffsetQuery = (description?: string) => IntQuery({ minimum: 0, maximum: 1_000_000, default: 0, description });
