import { PREFS_VERSION } from './schema';

/** A migration turns a store of version `from` into one of version `from + 1`. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * One entry per past schema version, keyed by the version it upgrades from. Version 1 is the first
 * released schema, so there is nothing to migrate yet; tests check that every version below
 * PREFS_VERSION has an entry here.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { kind: 'current' | 'migrated'; value: Record<string, unknown>; from: number }
  | { kind: 'unknown-version'; from: unknown };

export function migrate(
  raw: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target = PREFS_VERSION,
): MigrationResult {
  const from = raw.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > target) {
    return { kind: 'unknown-version', from };
  }
  let value = raw;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) return { kind: 'unknown-version', from };
    value = { ...step(value), version: version + 1 };
  }
  return { kind: from === target ? 'current' : 'migrated', value, from };
}
