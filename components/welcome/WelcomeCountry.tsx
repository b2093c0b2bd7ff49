import { useState } from 'preact/hooks';
import { countryName, findCountry } from '../../lib/helplines';
import { t } from '../../lib/i18n';
import type { DeepPartial } from '../../lib/prefs/patch';
import type { Prefs } from '../../lib/prefs/schema';
import { CountryChoice } from '../options/HelpCountrySection';

export interface WelcomeCountryProps {
  prefs: Prefs;
  save: (patch: DeepPartial<Prefs>) => Promise<boolean>;
}

/** The helpline country, chosen by the person (never guessed). */
export function WelcomeCountry({ prefs, save }: WelcomeCountryProps) {
  const [saved, setSaved] = useState('');
  const choose = async (code: string) => {
    const country = findCountry(code);
    if (await save({ helplineCountry: code })) setSaved(country ? t('welcome.countrySaved', { country: countryName(country) }) : t('welcome.countryCleared'));
  };
  return (
    <div class="card stack" role="group" aria-labelledby="welcome-country-heading">
      <h3 id="welcome-country-heading">{t('welcome.countryHeading')}</h3>
      <p class="muted">{t('welcome.countryIntro')}</p>
      <CountryChoice value={prefs.helplineCountry} onChange={(code) => choose(code)} />
      <p class="muted" role="status">{saved}</p>
    </div>
  );
}
