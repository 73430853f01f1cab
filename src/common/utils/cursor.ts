import { BadRequestException } from '@nestjs/common';

/** Opaque keyset cursor: base64url of a JSON tuple. */
export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What each cursor slot holds: `number` is a safe integer (ids, offsets), `date` an ISO time that parses. */
export type CursorSlot = 'string' | 'number' | 'date';

const fits: Record<CursorSlot, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  number: (v) => Number.isSafeInteger(v),
  // A forged date would make an Invalid Date bound, which matches no row: an empty page instead of a 400.
  date: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
};

export function decodeCursor(cursor: string, shape: CursorSlot[]): Array<string | number> {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === shape.length && values.every((v, i) => fits[shape[i]](v))) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestException(['cursor is not valid']);
}
