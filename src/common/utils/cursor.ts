import { BadRequestException } from '@nestjs/common';

/** Opaque keyset cursor: base64url of a JSON tuple. */
export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: Array<'string' | 'number'>): Array<string | number> {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === shape.length && values.every((v, i) => typeof v === shape[i])) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the 400 below
  }
  throw new BadRequestException(['cursor is not valid']);
}
