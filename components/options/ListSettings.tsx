import type { ListDuration, Trigger, TriggerAction, VeilStyle } from '../../lib/prefs/schema';
import { DURATION_CHOICES } from '../../lib/words/list-duration';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { Toggle } from '../fields/Toggle';

/** The choices a word list carries besides its name, words and sites. */
export type ListSettingsValue = Pick<Trigger, 'action' | 'veilStyle' | 'skipPageParts' | 'wordEndings' | 'lastsDays'>;

export interface ListSettingsProps {
  /** Keeps radio groups of different lists apart (each row and the Add form has its own). */
  idPrefix: string;
  value: ListSettingsValue;
  onChange: (change: Partial<ListSettingsValue>) => void;
  /** A line under "For how long", e.g. that a new length counts from now. */
  durationNote?: string;
}

export const ACTIONS: ReadonlyArray<{ value: TriggerAction; label: string; hint?: string }> = [
  { value: 'veil', label: 'Veil the part of the page that holds them', hint: '(with a “Show” button)' },
  { value: 'hide', label: 'Hide that part', hint: '(leaves a small “Show” line)' },
  { value: 'pause', label: 'Offer a pause before the page', hint: '(the same pause as for sites)' },
];

const LOOKS: ReadonlyArray<{ value: VeilStyle; label: string; hint?: string }> = [
  { value: 'solid', label: 'A calm solid veil' },
  { value: 'blur', label: 'A blur' },
];

// ChoiceGroup works with strings; the stored length is a number of days.
const DURATIONS = DURATION_CHOICES.map((c) => ({ value: String(c.days), label: c.label, hint: c.hint }));

/** Used by the Add form and by each list's "Settings", so both read the same. */
export function ListSettings({ idPrefix, value, onChange, durationNote }: ListSettingsProps) {
  return (
    <div class="stack">
      <ChoiceGroup legend="When they appear" name={`${idPrefix}-action`} value={value.action} choices={ACTIONS} onChange={(action) => onChange({ action })} />
      {value.action === 'veil' && (
        <div class="stack tight">
          <ChoiceGroup legend="How the veil looks" name={`${idPrefix}-look`} value={value.veilStyle} choices={LOOKS} onChange={(veilStyle) => onChange({ veilStyle })} />
          <p class="muted small">Solid is the default because some people can still make out words and pictures under a blur.</p>
        </div>
      )}
      <div>
        <Toggle label="Leave navigation, menus, headers and footers alone" checked={value.skipPageParts} onChange={(skipPageParts) => onChange({ skipPageParts })} />
        <Toggle
          label="Also find common word endings"
          hint="(for example “funeral” finds “funerals”)"
          checked={value.wordEndings}
          onChange={(wordEndings) => onChange({ wordEndings })}
        />
      </div>
      <div class="stack tight">
        <ChoiceGroup
          legend="For how long"
          name={`${idPrefix}-duration`}
          value={String(value.lastsDays)}
          choices={DURATIONS}
          onChange={(days) => onChange({ lastsDays: Number(days) as ListDuration })}
        />
        {durationNote && <p class="muted small">{durationNote}</p>}
      </div>
    </div>
  );
}
