import { ChoiceGroup } from '../fields/ChoiceGroup';
import type { SectionProps } from './types';

export type AppearanceSectionProps = SectionProps;

export function AppearanceSection({ prefs, save }: AppearanceSectionProps) {
  const { appearance } = prefs;
  return (
    <section class="card stack" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <ChoiceGroup
        legend="Theme"
        name="theme"
        value={appearance.theme}
        choices={[
          { value: 'system', label: 'Follow my system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => void save({ appearance: { theme } })}
      />
      <ChoiceGroup
        legend="Text size"
        name="text-size"
        value={appearance.textSize}
        choices={[
          { value: 'default', label: 'Default' },
          { value: 'large', label: 'Large' },
          { value: 'larger', label: 'Larger' },
        ]}
        onChange={(textSize) => void save({ appearance: { textSize } })}
      />
      <ChoiceGroup
        legend="Motion"
        name="motion"
        value={appearance.motion}
        choices={[
          { value: 'system', label: 'Follow my system' },
          { value: 'reduce', label: 'Keep things still', hint: '(no moving visuals)' },
        ]}
        onChange={(motion) => void save({ appearance: { motion } })}
      />
    </section>
  );
}
