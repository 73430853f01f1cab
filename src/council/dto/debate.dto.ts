import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MAX_MESSAGE_CHARS } from '../../chat/dto/chat-history.dto';
import { CursorPageQuery } from '../../common/dto/cursor-page-query.dto';

export const MAX_TOPIC_CHARS = 2000;

export class StartDebateDto {
  @ApiProperty({ example: 'Should we raise a seed round now or wait six months?' })
  @IsString()
  @Matches(/\S/, { message: 'topic must not be blank' })
  @MaxLength(MAX_TOPIC_CHARS)
  topic: string;
}

export class DebateMessageDto {
  @ApiProperty({ example: 'Assume we have 9 months of runway.' })
  @IsString()
  @Matches(/\S/, { message: 'message must not be blank' })
  @MaxLength(MAX_MESSAGE_CHARS)
  message: string;
}

export class ListDebatesQueryDto extends CursorPageQuery({ defaultLimit: 50, maxLimit: 200 }) {}
