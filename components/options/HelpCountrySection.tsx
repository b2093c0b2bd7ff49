import { HELPLINES, HELPLINES_CHECKED, HELPLINES_SOURCE } from '../../lib/helplines';
import { UrgentHelp } from '../pause/UrgentHelp';
import { useOrganisation } from '../use-organisation';
import type { SectionProps } from './types';

export type HelpCountrySectionProps = SectionProps;

export function HelpCountrySection({ prefs, save }: HelpCountrySectionProps) {
  const organisation = useOrganisation();
  return (
    <section class="card stack" aria-labelledby="help-heading">
      <h2 id="help-heading">Urgent help</h2>
      <p class="muted">
        Choose your country to see its emergency number and helplines behind “Need urgent help?”. Steady never looks
        up where you are.
      </p>
      <label class="field-line">
        Country{' '}
        <select value={prefs.helplineCountry} onChange={(e) => void save({ helplineCountry: e.currentTarget.value })}>
          <option value="">Not chosen</option>
          {HELPLINES.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </select>
      </label>
      <div class="preview">
        <UrgentHelp country={prefs.helplineCountry} organisation={organisation} />
      </div>
      <p class="muted small">
        Numbers last checked {HELPLINES_CHECKED}. {HELPLINES_SOURCE}
      </p>
    </section>
  );
}
