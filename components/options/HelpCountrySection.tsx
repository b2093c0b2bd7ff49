import { countryName, HELPLINES, HELPLINES_CHECKED } from '../../lib/helplines';
import { UrgentHelp } from '../pause/UrgentHelp';
import { useOrganisation } from '../use-organisation';
import type { SectionProps } from './types';
import { activeLang, t } from '../../lib/i18n';

export type HelpCountrySectionProps = SectionProps;

export function HelpCountrySection({ prefs, save }: HelpCountrySectionProps) {
  const organisation = useOrganisation();
  return (
    <section class="card stack" aria-labelledby="help-heading">
      <h2 id="help-heading">{t('country.heading')}</h2>
      <p class="muted">{t('country.intro')}</p>
      <CountryChoice value={prefs.helplineCountry} onChange={(helplineCountry) => save({ helplineCountry })} />
      <div class="preview">
        <UrgentHelp country={prefs.helplineCountry} organisation={organisation} />
      </div>
      <p class="muted small">{t('country.checked', { date: HELPLINES_CHECKED })}</p>
    </section>
  );
}

export interface CountryChoiceProps {
  value: string;
  onChange: (code: string) => void;
}

/** The helpline country, named in the person's language and in that language's order (also on the welcome page). */
export function CountryChoice({ value, onChange }: CountryChoiceProps) {
  const countries = HELPLINES.map((c) => ({ code: c.code, name: countryName(c) })).sort((a, b) => a.name.localeCompare(b.name, activeLang()));
  return (
    <label class="field-line">
      {t('country.label')}{' '}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('country.none')}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>{c.name}</option>
        ))}
      </select>
    </label>
  );
}

