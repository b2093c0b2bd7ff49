import * as v from 'valibot';

/**
 * Check-ins: an optional "how are you right now?" before and after a practice, kept only on this
 * device. The storage is injected, so the logic runs in tests without IndexedDB and the real store
 * (idb-storage.ts) is only ever opened by extension pages, never by a content script, whose
 * IndexedDB would belong to the website.
 */

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
export const WORDS_MAX = 140;

const FeelingSchema = v.object({
  scale: v.optional(v.pipe(v.number(), v.integer(), v.minValue(SCALE_MIN), v.maxValue(SCALE_MAX))),
  words: v.optional(v.pipe(v.string(), v.maxLength(WORDS_MAX))),
});

export const CheckInSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  /** Milliseconds since the epoch. */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  exerciseId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  before: v.optional(FeelingSchema),
  after: v.optional(FeelingSchema),
});

export type Feeling = v.InferOutput<typeof FeelingSchema>;
export type CheckIn = v.InferOutput<typeof CheckInSchema>;

/** The few key-value operations the history needs (idb-keyval's shape). */
export interface CheckInStorage {
  entries: () => Promise<Array<[IDBValidKey, unknown]>>;
  set: (key: string, value: unknown) => Promise<void>;
  delMany: (keys: IDBValidKey[]) => Promise<void>;
  clear: () => Promise<void>;
}

/** Trims words and drops empty answers, so "nothing said" is stored as nothing. */
export function cleanFeeling(feeling: Feeling | undefined): Feeling | undefined {
  if (!feeling) return undefined;
  const words = feeling.words?.trim().slice(0, WORDS_MAX);
  const out: Feeling = {};
  if (feeling.scale !== undefined) out.scale = feeling.scale;
  if (words) out.words = words;
  return out.scale === undefined && out.words === undefined ? undefined : out;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The check-ins a retention of `retentionDays` lets go now (0 keeps everything). */
export function olderThanRetention<T extends Pick<CheckIn, 'at'>>(checkIns: readonly T[], retentionDays: number, now: number): T[] {
  if (retentionDays <= 0) return [];
  const cutoff = now - retentionDays * DAY_MS;
  return checkIns.filter((c) => c.at < cutoff);
}

/** How many check-ins a shorter retention would erase: asked before it is saved. */
export const wouldErase = (checkIns: readonly Pick<CheckIn, 'at'>[], retentionDays: number, now: number): number =>
  olderThanRetention(checkIns, retentionDays, now).length;

export interface CheckIns {
  /** Saves a check-in; returns null (and saves nothing) when neither before nor after says anything. */
  add: (entry: { exerciseId: string; before?: Feeling; after?: Feeling }) => Promise<CheckIn | null>;
  /** Oldest first. Records that do not read as check-ins are skipped, never shown half-broken. */
  list: () => Promise<CheckIn[]>;
  /** Removes check-ins older than `retentionDays` (0 keeps everything); returns how many went. */
  prune: (retentionDays: number) => Promise<number>;
  erase: () => Promise<void>;
}

export function createCheckIns(storage: CheckInStorage, now: () => number = Date.now, newId: () => string = () => crypto.randomUUID()): CheckIns {
  const readAll = async () => {
    const good: CheckIn[] = [];
    const bad: IDBValidKey[] = [];
    for (const [key, value] of await storage.entries()) {
      const parsed = v.safeParse(CheckInSchema, value);
      if (parsed.success) good.push(parsed.output);
      else bad.push(key);
    }
    return { good: good.sort((a, b) => a.at - b.at), bad };
  };
  return {
    async add({ exerciseId, before, after }) {
      const entry: CheckIn = { id: newId(), at: now(), exerciseId };
      const b = cleanFeeling(before);
      const a = cleanFeeling(after);
      if (!b && !a) return null;
      if (b) entry.before = b;
      if (a) entry.after = a;
      const checked = v.parse(CheckInSchema, entry);
      await storage.set(checked.id, checked);
      return checked;
    },
    async list() {
      return (await readAll()).good;
    },
    async prune(retentionDays) {
      if (retentionDays <= 0) return 0;
      const old = olderThanRetention((await readAll()).good, retentionDays, now()).map((c) => c.id);
      if (old.length > 0) await storage.delMany(old);
      return old.length;
    },
    erase: () => storage.clear(),
  };
}

/** The export file: readable on its own, with each practice's title next to its id. */
export function checkInsFile(checkIns: readonly CheckIn[], titleOf: (id: string) => string | undefined, exportedAt: Date): string {
  return JSON.stringify(
    {
      format: 'steady-check-ins',
      formatVersion: 1,
      exportedAt: exportedAt.toISOString(),
      checkIns: checkIns.map((c) => ({ ...c, practice: titleOf(c.exerciseId) ?? c.exerciseId, at: new Date(c.at).toISOString() })),
    },
    null,
    2,
  );
}

export const checkInsFileName = (date: Date) => `steady-check-ins-${date.toISOString().slice(0, 10)}.json`;
