/** A timestamp on the wire: ISO 8601, or null when there is none (a Date, or a driver's date string). */
export const iso = (value: Date | string | null | undefined): string | null => (value === null || value === undefined ? null : new Date(value).toISOString());
