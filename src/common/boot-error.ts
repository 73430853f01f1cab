/** A start-up failure that names the setting or path to fix (printed without a stack trace: it is not a bug). */
export class BootError extends Error {}
