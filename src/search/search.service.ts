import { BadRequestException, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { normalizeCategory, SCOPE_OF_CATEGORY } from '../chat/chat-scope';
import { decodeCursor, encodeCursor } from '../common/utils/cursor';
import { SearchQueryDto, SearchResponseDto } from './dto/search-query.dto';
import { parseSearchQuery } from './search-query';
import { toSearchResult } from './search.mapper';
import { SearchFilter, SearchHit, SearchRepository } from './search.repository';

const DEFAULT_LIMIT = 20;
/** Ranked results are paged by position; past this many a query should be narrowed instead. */
export const MAX_RESULTS = 1000;

@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(query: SearchQueryDto, principal: Principal): Promise<SearchResponseDto> {
    const terms = parseSearchQuery(query.q);
    if (query.since && query.until && query.since >= query.until) throw new BadRequestException(['since must be before until']);
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.cursor ? Number(decodeCursor(query.cursor, ['number'])[0]) : 0;
    if (!Number.isInteger(offset) || offset < 0 || offset >= MAX_RESULTS) throw new BadRequestException(['cursor is not valid']);

    const filter: SearchFilter = {
      scopeType: query.scope_type,
      scopeId: query.scope_id,
      role: query.role,
      since: query.since,
      until: query.until,
      includeDeleted: query.include_deleted ?? false,
      excludeHidden: principal.role !== 'founder',
    };
    if (query.category && query.category !== 'all') {
      const category = normalizeCategory(query.category, 'general');
      const scope = SCOPE_OF_CATEGORY[category];
      if (scope && filter.scopeType && filter.scopeType !== scope) return { results: [], next_cursor: null };
      if (scope) filter.scopeType = scope;
      else filter.category = category;
    }

    // Both lists ranked by the index; the page is the slice [offset, offset + limit) of their merge.
    const window = offset + limit + 1;
    const [messages, sessions] = await Promise.all([
      this.repository.messages(terms, filter, window, 0),
      filter.role ? Promise.resolve([] as SearchHit[]) : this.repository.sessions(terms, filter, window, 0),
    ]);
    const merged = [...messages, ...sessions].sort((a, b) => b.score - a.score || (b.messageId ?? 0) - (a.messageId ?? 0));
    const page = merged.slice(offset, offset + limit);
    const more = merged.length > offset + limit && offset + limit < MAX_RESULTS;
    return { results: page.map(toSearchResult), next_cursor: more ? encodeCursor([offset + limit]) : null };
  }
}
