import { Transform } from 'class-transformer';

/** Trims a string field before validation (other values pass through for the validators to refuse). */
export const trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
