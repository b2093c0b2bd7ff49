import type { DeepPartial } from '../../lib/prefs/patch';
import type { Prefs } from '../../lib/prefs/schema';

/** Every options section gets the current preferences and one way to save a change. */
export interface SectionProps {
  prefs: Prefs;
  save: (patch: DeepPartial<Prefs>) => Promise<boolean>;
}
