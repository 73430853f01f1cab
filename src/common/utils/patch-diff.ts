/**
 * The one rule for a partial update: which fields change, as the entity patch and as the wire-named
 * `changes` / `previous` values that the update's event carries. `fields` pairs each wire name with
 * the entity property and the wanted value; unchanged ones (by `same`) are left out.
 */
export function patchDiff<E extends object>(
  current: E,
  fields: Iterable<readonly [field: string, property: keyof E, value: unknown]>,
  options: { same?: (a: unknown, b: unknown) => boolean; previousOrNull?: boolean } = {},
): { patch: Partial<E>; changes: Record<string, unknown>; previous: Record<string, unknown> } {
  const same = options.same ?? ((a, b) => a === b);
  const patch: Record<string, unknown> = {};
  const changes: Record<string, unknown> = {};
  const previous: Record<string, unknown> = {};
  for (const [field, property, value] of fields) {
    if (same(current[property], value)) continue;
    patch[property as string] = value;
    changes[field] = value;
    previous[field] = options.previousOrNull ? (current[property] ?? null) : current[property];
  }
  return { patch: patch as Partial<E>, changes, previous };
}
