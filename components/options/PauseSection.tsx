import { ChoiceGroup } from '../fields/ChoiceGroup';
import { NumberField } from '../fields/NumberField';
import { Toggle } from '../fields/Toggle';
import { pauseLocked, type Organisation } from '../../lib/prefs/organisation';
import type { Frequency } from '../../lib/prefs/schema';
import type { SectionProps } from './types';

export interface PauseSectionProps extends SectionProps {
  /** An organisation that fixed some pause settings (they are shown, not offered for change). */
  organisation?: Organisation | null;
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function PauseSection({ prefs, save, organisation }: PauseSectionProps) {
  const { pause, quietHours } = prefs;
  const fixed = pauseLocked(organisation, 'frequency') || pauseLocked(organisation, 'intervalMinutes') || pauseLocked(organisation, 'snoozeMinutes');
  return (
    <section class="card stack" aria-labelledby="pause-heading">
      <h2 id="pause-heading">How pauses behave</h2>
      {fixed && organisation && (
        <p class="muted" data-testid="pause-fixed">
          {organisation.name} has set how often pauses come and the “not now” lengths; changes here would not be used, so they are shown as they are.
        </p>
      )}
      <fieldset disabled={fixed} class="plain">
      <ChoiceGroup<Frequency>
        legend="How often may Steady offer a pause on the same site?"
        name="frequency"
        value={pause.frequency}
        choices={[
          { value: 'once-per-session', label: 'Once per site until the browser restarts', hint: '(suggested)' },
          { value: 'interval', label: `At most every ${pause.intervalMinutes} minutes` },
          { value: 'every-visit', label: 'Every visit' },
        ]}
        onChange={(frequency) => void save({ pause: { frequency } })}
      />
      {pause.frequency === 'interval' && (
        <NumberField label="Minutes between pauses" unit="minutes" min={1} max={1440} value={pause.intervalMinutes}
          onCommit={(intervalMinutes) => void save({ pause: { intervalMinutes } })} />
      )}
      </fieldset>
      <NumberField
        label="Gentle wait before Continue is available"
        unit="seconds (0 = none)"
        min={0}
        max={30}
        value={pause.gentleDelaySeconds}
        onCommit={(gentleDelaySeconds) => void save({ pause: { gentleDelaySeconds } })}
      />
      <fieldset disabled={fixed} class="plain">
      <SnoozeLengths value={pause.snoozeMinutes} onCommit={(snoozeMinutes) => void save({ pause: { snoozeMinutes } })} />
      </fieldset>
      <fieldset class="stack">
        <legend>Quiet hours</legend>
        <Toggle label="No pauses during quiet hours" checked={quietHours.enabled}
          onChange={(enabled) => void save({ quietHours: { enabled } })} />
        <div class="row">
          <label>From <input type="time" value={quietHours.from} onChange={(e) => e.currentTarget.value && void save({ quietHours: { from: e.currentTarget.value } })} /></label>
          <label>to <input type="time" value={quietHours.to} onChange={(e) => e.currentTarget.value && void save({ quietHours: { to: e.currentTarget.value } })} /></label>
        </div>
        <div class="row" role="group" aria-label="Days">
          {DAY_NAMES.map((name, day) => (
            <Toggle key={name} label={name} checked={quietHours.days.includes(day)}
              onChange={(on) => void save({ quietHours: { days: on ? [...quietHours.days, day].sort() : quietHours.days.filter((d) => d !== day) } })} />
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
      <legend>“Not now on this site” lengths (the rest of the day is always offered too)</legend>
      <div class="row">
        {value.map((minutes, i) => (
          <NumberField key={i} label={`Choice ${i + 1}`} unit="minutes" min={1} max={720} value={minutes}
            onCommit={(n) => onCommit(value.map((m, j) => (j === i ? n : m)))} />
        ))}
      </div>
    </fieldset>
  );
}
