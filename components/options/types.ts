import type { ListOp } from '../../lib/prefs/list-ops';
import type { DeepPartial } from '../../lib/prefs/patch';
import type { Prefs } from '../../lib/prefs/schema';

/** Every options section gets the current preferences and one way to save a change. */
export interface SectionProps {
  prefs: Prefs;
  save: (patch: DeepPartial<Prefs>) => Promise<boolean>;
  /** Lists (sites, word lists, people) change by one edit at a time, so no other tab's edit is lost. */
  edit: (op: ListOp) => Promise<boolean>;
}
