import { MARK_END, MARK_START, SearchHit } from './search.repository';
import type { SearchHighlightDto, SearchResultDto } from './dto/search-query.dto';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

const SNIPPET_CHARS = 240;
const LEAD_CHARS = 80;

/** At most SNIPPET_CHARS around the first match, cut at spaces, with … where text was left out. */
export function cutAroundMatch(marked: string): string {
  if (marked.length <= SNIPPET_CHARS) return marked;
  const first = Math.max(0, marked.indexOf(MARK_START));
  let start = Math.max(0, first - LEAD_CHARS);
  if (start > 0) {
    const space = marked.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(marked.length, start + SNIPPET_CHARS);
  if (end < marked.length) {
    const space = marked.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  return `${start > 0 ? '…' : ''}${marked.slice(start, end)}${end < marked.length ? '…' : ''}`;
}

/** A marked snippet → plain text, highlight ranges in it, and escaped HTML with <mark>. */
export function renderSnippet(marked: string): { snippet: string; highlights: SearchHighlightDto[]; snippet_html: string } {
  marked = cutAroundMatch(marked);
  let snippet = '';
  let html = '';
  const highlights: SearchHighlightDto[] = [];
  let open: number | null = null;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) {
      if (open === null) {
        open = snippet.length;
        html += '<mark>';
      }
    } else if (part === MARK_END) {
      if (open !== null) {
        if (snippet.length > open) highlights.push({ start: open, end: snippet.length });
        open = null;
        html += '</mark>';
      }
    } else {
      snippet += part;
      html += escapeHtml(part);
    }
  }
  if (open !== null) html += '</mark>';
  return { snippet, highlights, snippet_html: html };
}

export function toSearchResult(hit: SearchHit): SearchResultDto {
  return {
    kind: hit.kind,
    message_id: hit.messageId,
    session_id: hit.sessionId,
    session_title: hit.sessionTitle,
    scope_type: hit.scopeType,
    scope_id: hit.scopeId,
    category: hit.category,
    role: hit.role as SearchResultDto['role'],
    author: hit.author,
    created_at: hit.createdAt.toISOString(),
    session_deleted: hit.sessionDeletedAt !== null,
    score: hit.score,
    ...renderSnippet(hit.snippet),
  };
}
