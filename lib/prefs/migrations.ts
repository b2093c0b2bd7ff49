import { defaultPlan } from './defaults';
import { PREFS_VERSION } from './schema';

/** A migration turns a store of version `from` into one of version `from + 1`. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * One entry per past schema version, keyed by the version it upgrades from; tests check that every
 * version below PREFS_VERSION has an entry here. New fields with defaults need no step (repair and
 * the schema's own defaults fill them in); a step reshapes what the person already chose.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: "blur" became one of two veil styles. A list the person set to blur keeps its blur;
  // new lists start with the calm solid veil. The new fields are written here so an upgrade is not
  // reported to the person as a repair.
  1: (old) => ({
    ...old,
    pause: isRecord(old.pause) ? { practice: '', ...old.pause } : old.pause,
    exercises: isRecord(old.exercises) ? { learnFromCheckIns: true, ...old.exercises } : old.exercises,
    listReview: old.listReview ?? { enabled: true, lastAt: 0 },
    triggers: Array.isArray(old.triggers)
      ? old.triggers.map((t: unknown) =>
          isRecord(t) && t.action === 'blur' ? { ...t, action: 'veil', veilStyle: 'blur' } : t,
        )
      : old.triggers,
  }),
  // 2 → 3: the steadying plan (empty) and two opt-in card choices (off), written here so an
  // upgrade is not reported as a repair. People keep their entries as they were: a ready message
  // is optional. Steady also speaks English, Spanish and German now: everyone starts by following
  // the browser's language, which is what they saw before when their browser was in one of the three.
  2: (old) => ({
    ...old,
    pause: isRecord(old.pause) ? { offerWords: false, offerPlan: false, ...old.pause } : old.pause,
    plan: old.plan ?? defaultPlan(),
    appearance: isRecord(old.appearance) ? { language: 'browser', ...old.appearance } : old.appearance,
  }),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
