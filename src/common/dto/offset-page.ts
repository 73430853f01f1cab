/** The original API's offset-page fields, added beside our own `total` / `next_cursor`. */
export function offsetPage(totalCount: number, limit: number, offset: number, returnedCount: number) {
  return {
    total_count: totalCount,
    limit,
    offset,
    returned_count: returnedCount,
    pagination: {
      has_next: offset + returnedCount < totalCount,
      has_prev: offset > 0,
      next_offset: offset + returnedCount < totalCount ? offset + returnedCount : null,
      prev_offset: offset > 0 ? Math.max(0, offset - limit) : null,
    },
  };
}
