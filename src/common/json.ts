/** A JSON object column (simple-json). `any` values keep TypeORM's partial-update types usable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonObject = { [key: string]: any };
