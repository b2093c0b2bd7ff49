import type { ListDuration, Trigger, TriggerAction, VeilStyle } from '../../lib/prefs/schema';
import { durationChoices } from '../../lib/words/list-duration';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { Toggle } from '../fields/Toggle';
import { t } from '../../lib/i18n';

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

export const actions = (): ReadonlyArray<{ value: TriggerAction; label: string; hint?: string }> => [
  { value: 'veil', label: t('settings.veil'), hint: t('settings.veilHint') },
  { value: 'hide', label: t('settings.hide'), hint: t('settings.hideHint') },
  { value: 'pause', label: t('settings.pause'), hint: t('settings.pauseHint') },
];

const looks = (): ReadonlyArray<{ value: VeilStyle; label: string; hint?: string }> => [
  { value: 'solid', label: t('settings.solid') },
  { value: 'blur', label: t('settings.blur') },
];

// ChoiceGroup works with strings; the stored length is a number of days.
const durations = () => durationChoices().map((c) => ({ value: String(c.days), label: c.label, hint: c.hint }));

/** Used by the Add form and by each list's "Settings", so both read the same. */
export function ListSettings({ idPrefix, value, onChange, durationNote }: ListSettingsProps) {
  return (
    <div class="stack">
      <ChoiceGroup legend={t('settings.when')} name={`${idPrefix}-action`} value={value.action} choices={actions()} onChange={(action) => onChange({ action })} />
      {value.action === 'veil' && (
        <div class="stack tight">
          <ChoiceGroup legend={t('settings.look')} name={`${idPrefix}-look`} value={value.veilStyle} choices={looks()} onChange={(veilStyle) => onChange({ veilStyle })} />
          <p class="muted small">{t('settings.solidWhy')}</p>
        </div>
      )}
      <div>
        <Toggle label={t('settings.skip')} checked={value.skipPageParts} onChange={(skipPageParts) => onChange({ skipPageParts })} />
        <Toggle
          label={t('settings.endings')}
          hint={t('settings.endingsHint')}
          checked={value.wordEndings}
          onChange={(wordEndings) => onChange({ wordEndings })}
        />
      </div>
      <div class="stack tight">
        <ChoiceGroup
          legend={t('settings.howLong')}
          name={`${idPrefix}-duration`}
          value={String(value.lastsDays)}
          choices={durations()}
          onChange={(days) => onChange({ lastsDays: Number(days) as ListDuration })}
        />
        {durationNote && <p class="muted small">{durationNote}</p>}
      </div>
    </div>
  );
}
