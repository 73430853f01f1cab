import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { errorResponse } from '../common/decorators/api-errors.decorator';
import { CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { SearchQueryDto, SearchResponseDto } from './dto/search-query.dto';
import { SearchService } from './search.service';

@ApiTags('Search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Full-text search over every message and session title',
    description:
      'Ranked (BM25 on SQLite, ts_rank_cd on PostgreSQL), with a highlighted snippet and the session and message to open. ' +
      'Soft-deleted sessions only with include_deleted=true; hidden departments (and their agents) only for the founder.',
  })
  @ApiOkResponse({ type: SearchResponseDto })
  @ApiResponse(errorResponse(400, 'Bad query syntax (unclosed quote, exclusions only, misplaced "*") or filters'))
  search(@Query() query: SearchQueryDto, @CurrentPrincipal() principal: Principal): Promise<SearchResponseDto> {
    return this.searchService.search(query, principal);
  }
}
