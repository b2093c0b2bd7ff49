import type { KeyValueArea } from '../../lib/prefs/storage';

/** An in-memory storage area that copies values in and out as the browser's does, and counts writes. */
export function memoryArea(): KeyValueArea & { data: Record<string, unknown>; writes: () => number } {
  const data: Record<string, unknown> = {};
  let writes = 0;
  return {
    data,
    writes: () => writes,
    async get(keys) {
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      writes++;
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
  };
}
