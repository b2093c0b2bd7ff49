import * as v from 'valibot';
import { PrefsSchema, type Prefs } from './schema';
import { defaultPrefs } from './defaults';

type AnySchema = v.GenericSchema & { type: string; entries?: Record<string, v.GenericSchema>; item?: v.GenericSchema };

/**
 * Turns whatever is in storage into valid preferences while keeping every part that is still
 * valid: a bad site drops only that site, a bad field falls back to its default. Returns the
 * dotted paths it had to change so the person can be told.
 */
export function repairPrefs(value: unknown): { prefs: Prefs; repaired: string[] } {
  const repaired: string[] = [];
  const prefs = repairValue(PrefsSchema as AnySchema, value, defaultPrefs(), '', repaired) as Prefs;
  return { prefs, repaired };
}

function repairValue(schema: AnySchema, value: unknown, fallback: unknown, path: string, repaired: string[]): unknown {
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return parsed.output;

  let candidate: unknown = fallback;
  if (schema.type === 'object' && schema.entries && isRecord(value)) {
    const fallbacks = fallback as Record<string, unknown>;
    candidate = Object.fromEntries(
      Object.entries(schema.entries).map(([key, entry]) => [
        key,
        repairValue(entry as AnySchema, value[key], fallbacks[key], path ? `${path}.${key}` : key, repaired),
      ]),
    );
  } else if (schema.type === 'array' && schema.item && Array.isArray(value)) {
    const item = schema.item;
    const kept = value.flatMap((element, i) => {
      const result = v.safeParse(item, element);
      if (!result.success) repaired.push(`${path}[${i}]`);
      return result.success ? [result.output] : [];
    });
    candidate = renumberRepeatedIds(kept, path, repaired);
  } else {
    repaired.push(path || '(everything)');
    return fallback;
  }
  // The container's own checks (e.g. a maximum length) may still fail after its parts are repaired.
  const again = v.safeParse(schema, candidate);
  if (again.success) return again.output;
  repaired.push(path || '(everything)');
  return fallback;
}

/**
 * Two items of a list sharing an id (a hand-edited store) are both kept, the later one with a new
 * id, so that removing one never removes the other.
 */
function renumberRepeatedIds(items: unknown[], path: string, repaired: string[]): unknown[] {
  const idOf = (item: unknown) => (isRecord(item) && typeof item.id === 'string' ? item.id : undefined);
  // Every id in the list is taken, so a new one never collides with an item further on.
  const taken = new Set(items.map(idOf).filter((id) => id !== undefined));
  const kept = new Set<string>();
  return items.map((item, i) => {
    const id = idOf(item);
    if (id === undefined) return item;
    if (!kept.has(id)) {
      kept.add(id);
      return item;
    }
    let n = 2;
    while (taken.has(`${id.slice(0, 60)}-${n}`)) n++;
    const fresh = `${id.slice(0, 60)}-${n}`;
    taken.add(fresh);
    kept.add(fresh);
    repaired.push(`${path}[${i}].id`);
    return { ...(item as Record<string, unknown>), id: fresh };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
