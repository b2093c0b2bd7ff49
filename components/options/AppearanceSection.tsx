import { ChoiceGroup } from '../fields/ChoiceGroup';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';

export type AppearanceSectionProps = SectionProps;

export function AppearanceSection({ prefs, save }: AppearanceSectionProps) {
  const { appearance } = prefs;
  return (
    <section class="card stack" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">{t('appearance.heading')}</h2>
      {/* Each language is named in its own words, so a person can find theirs whatever is shown now. */}
      <ChoiceGroup
        legend={t('appearance.language')}
        name="language"
        value={appearance.language}
        choices={[
          { value: 'browser', label: t('appearance.followBrowser') },
          { value: 'en', label: <span lang="en">English</span> },
          { value: 'es', label: <span lang="es">Español</span> },
          { value: 'de', label: <span lang="de">Deutsch</span> },
        ]}
        onChange={(language) => save({ appearance: { language } })}
      />
      <ChoiceGroup
        legend={t('appearance.theme')}
        name="theme"
        value={appearance.theme}
        choices={[
          { value: 'system', label: t('appearance.followSystem') },
          { value: 'light', label: t('appearance.light') },
          { value: 'dark', label: t('appearance.dark') },
        ]}
        onChange={(theme) => save({ appearance: { theme } })}
      />
      <ChoiceGroup
        legend={t('appearance.textSize')}
        name="text-size"
        value={appearance.textSize}
        choices={[
          { value: 'default', label: t('appearance.default') },
          { value: 'large', label: t('appearance.large') },
          { value: 'larger', label: t('appearance.larger') },
        ]}
        onChange={(textSize) => save({ appearance: { textSize } })}
      />
      <ChoiceGroup
        legend={t('appearance.motion')}
        name="motion"
        value={appearance.motion}
        choices={[
          { value: 'system', label: t('appearance.followSystem') },
          { value: 'reduce', label: t('appearance.still'), hint: t('appearance.stillHint') },
        ]}
        onChange={(motion) => save({ appearance: { motion } })}
      />
    </section>
  );
}
