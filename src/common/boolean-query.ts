import { Transform } from 'class-transformer';

/**
 * Query flags arrive as strings, and implicit conversion is off (it would turn "false" into true):
 * map the usual spellings, leave anything else for @IsBoolean to refuse with a 400.
 */
export const BooleanQuery = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const normalised = value.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
    if (['false', '0', 'no', 'off', ''].includes(normalised)) return false;
    return value;
  });
