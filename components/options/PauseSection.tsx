import { ChoiceGroup } from '../fields/ChoiceGroup';
import { NumberField } from '../fields/NumberField';
import { Toggle } from '../fields/Toggle';
import { pauseLocked, type Organisation } from '../../lib/prefs/organisation';
import type { Frequency } from '../../lib/prefs/schema';
import type { SectionProps } from './types';
import { activeLang, t } from '../../lib/i18n';

export interface PauseSectionProps extends SectionProps {
  /** An organisation that fixed some pause settings (they are shown, not offered for change). */
  organisation?: Organisation | null;
}

/** Short weekday names in the person's language, Sunday first (day 0, as stored). */
const dayNames = () => {
  const format = new Intl.DateTimeFormat(activeLang(), { weekday: 'short', timeZone: 'UTC' });
  return [0, 1, 2, 3, 4, 5, 6].map((day) => format.format(Date.UTC(2023, 0, 1 + day)));
};

export function PauseSection({ prefs, save, organisation }: PauseSectionProps) {
  const { pause, quietHours } = prefs;
  const fixed = pauseLocked(organisation, 'frequency') || pauseLocked(organisation, 'intervalMinutes') || pauseLocked(organisation, 'snoozeMinutes');
  return (
    <section class="card stack" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('pause.heading')}</h2>
      {fixed && organisation && (
        <p class="muted" data-testid="pause-fixed">
          {t('pause.fixed', { name: organisation.name })}
        </p>
      )}
      <fieldset disabled={fixed} class="plain">
      <ChoiceGroup<Frequency>
        legend={t('pause.howOften')}
        name="frequency"
        value={pause.frequency}
        choices={[
          { value: 'once-per-session', label: t('pause.once'), hint: t('pause.suggested') },
          { value: 'interval', label: t('pause.interval', { count: pause.intervalMinutes }) },
          { value: 'every-visit', label: t('pause.everyVisit') },
        ]}
        onChange={(frequency) => save({ pause: { frequency } })}
      />
      {pause.frequency === 'interval' && (
        <NumberField label={t('pause.intervalLabel')} unit={t('pause.minutes')} min={1} max={1440} value={pause.intervalMinutes}
          onCommit={(intervalMinutes) => void save({ pause: { intervalMinutes } })} />
      )}
      </fieldset>
      <NumberField
        label={t('pause.wait')}
        unit={t('pause.waitUnit')}
        min={0}
        max={30}
        value={pause.gentleDelaySeconds}
        onCommit={(gentleDelaySeconds) => void save({ pause: { gentleDelaySeconds } })}
      />
      <fieldset disabled={fixed} class="plain">
      <SnoozeLengths value={pause.snoozeMinutes} onCommit={(snoozeMinutes) => void save({ pause: { snoozeMinutes } })} />
      </fieldset>
      <fieldset class="stack">
        <legend>{t('pause.quiet')}</legend>
        <Toggle label={t('pause.quietToggle')} checked={quietHours.enabled}
          onChange={(enabled) => save({ quietHours: { enabled } })} />
        <div class="row">
          <label>{t('pause.from')} <input type="time" value={quietHours.from} onChange={(e) => e.currentTarget.value && void save({ quietHours: { from: e.currentTarget.value } })} /></label>
          <label>{t('pause.to')} <input type="time" value={quietHours.to} onChange={(e) => e.currentTarget.value && void save({ quietHours: { to: e.currentTarget.value } })} /></label>
        </div>
        <div class="row" role="group" aria-label={t('pause.days')}>
          {dayNames().map((name, day) => (
            <Toggle key={name} label={name} checked={quietHours.days.includes(day)}
              onChange={(on) => save({ quietHours: { days: on ? [...quietHours.days, day].sort() : quietHours.days.filter((d) => d !== day) } })} />
          ))}
        </div>
      </fieldset>
    </section>
  );
}

interface SnoozeLengthsProps {
  value: number[];
  onCommit: (value: number[]) => void;
}

function SnoozeLengths({ value, onCommit }: SnoozeLengthsProps) {
  return (
    <fieldset class="stack">
      <legend>{t('pause.snoozeLengths')}</legend>
      <div class="row">
        {value.map((minutes, i) => (
          <NumberField key={i} label={t('pause.choice', { n: i + 1 })} unit={t('pause.minutes')} min={1} max={720} value={minutes}
            onCommit={(n) => onCommit(value.map((m, j) => (j === i ? n : m)))} />
        ))}
      </div>
    </fieldset>
  );
}
