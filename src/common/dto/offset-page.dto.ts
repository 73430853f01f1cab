/** The original API's pagination links of an offset page (see offset-page.ts). */
export class OffsetPaginationDto {
  has_next: boolean;
  has_prev: boolean;
  next_offset: number | null;
  prev_offset: number | null;
}

/** The original API's offset-page fields, beside our own `total` / `next_cursor`. */
export class OffsetPageDto {
  total_count: number;
  limit: number;
  offset: number;
  returned_count: number;
  pagination: OffsetPaginationDto;
}

/** `{ success, <id field>, deleted }`: what a delete answers (the original's clients read the body). */
export class DeletedDto {
  success: boolean;
  deleted: boolean;
}
