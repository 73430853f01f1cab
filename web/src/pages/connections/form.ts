import type { ConnectionView, ToolView } from '../../api/types';

export interface FieldRow {
  name: string;
  description: string;
  format: string;
  required: boolean;
}

/** The credential fields a form shows: a known tool's required then optional ones; a custom tool's are typed in. */
export function fieldsFor(tool: ToolView | undefined): FieldRow[] {
  if (!tool) return [];
  return [
    ...tool.required_fields.map((f) => ({ ...f, required: true })),
    ...tool.optional_fields.map((f) => ({ ...f, required: false })),
  ];
}

/** "set" / "not set" per field, from the names the server lists (values never come back). */
export function fieldState(connection: Pick<ConnectionView, 'credential_fields'>, field: string): 'set' | 'not set' {
  return connection.credential_fields.includes(field) ? 'set' : 'not set';
}

/**
 * The credentials to send: the non-empty typed values, or `undefined` when nothing was typed (an edit
 * then keeps the stored ones: the server replaces credentials as a whole, so a partial set is never sent
 * silently — the server's 400 names the missing required field).
 */
export function credentialsToSend(values: Record<string, string>): Record<string, string> | undefined {
  const entries = Object.entries(values).filter(([name, value]) => name.trim() && value !== '');
  return entries.length ? Object.fromEntries(entries.map(([n, v]) => [n.trim(), v])) : undefined;
}

/** Settings typed as JSON: an object, or an error message for the form. Empty text is no settings. */
export function parseSettings(text: string): { ok: true; value: Record<string, unknown> | undefined } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'Settings must be a JSON object, e.g. {"channel": "#general"}' };
    return { ok: true, value: value as Record<string, unknown> };
  } catch (e) {
    return { ok: false, error: `Settings are not valid JSON: ${(e as Error).message}` };
  }
}
