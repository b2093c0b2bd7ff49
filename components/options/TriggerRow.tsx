import { useState } from 'preact/hooks';
import type { Trigger } from '../../lib/prefs/schema';
import { describeListTime, formatWhen, listTime, renewal, renewLabel, startDuration, type DateStyle } from '../../lib/words/list-duration';
import { Toggle } from '../fields/Toggle';
import { ListSettings, type ListSettingsValue } from './ListSettings';
import { t, type MessageKey } from '../../lib/i18n';

export interface TriggerRowProps {
  trigger: Trigger;
  /** Read when drawing and again at each change, so a page left open counts from the click. */
  now: () => number;
  dateStyle?: DateStyle;
  /** Saves the change; `message` is announced once it is saved. */
  onChange: (change: Partial<Trigger>, message?: string) => void;
  onRemove: () => void;
}

export function listName(trigger: Pick<Trigger, 'label'>): string {
  return trigger.label || t('list.untitled');
}

function summary(trigger: Trigger): string {
  if (trigger.action === 'pause') return t('list.offersPause');
  if (trigger.action === 'hide') return t('list.hides');
  return t(trigger.veilStyle === 'blur' ? 'list.blurs' : 'list.veils');
}

/** One list: its name (never its words, until asked), what it does, when it ends, and its settings. */
export function TriggerRow({ trigger, now, dateStyle, onChange, onRemove }: TriggerRowProps) {
  const [showWords, setShowWords] = useState(false);
  const [open, setOpen] = useState(false);
  const where = trigger.everySite ? t('list.everySite') : t('list.onHosts', { hosts: trigger.hosts.join(', ') });
  const name = listName(trigger);
  const at = now();
  const ended = listTime(trigger, at).kind === 'ended';
  const panelId = `list-settings-${trigger.id}`;

  const change = (settings: Partial<ListSettingsValue>) => {
    if (settings.lastsDays !== undefined) {
      // A new length counts from now, like choosing a mute length again.
      const from = now();
      const timed = startDuration(settings.lastsDays, from);
      return onChange(timed, timed.endsAt ? t('list.isOnUntil', { name, when: formatWhen(timed.endsAt, from, dateStyle) }) : t('list.staysOn', { name }));
    }
    onChange(settings, t(describeSetting(settings), { name }));
  };
  const renew = () => {
    const from = now();
    const next = renewal(trigger, from);
    onChange(next, t('list.onAgain', { name, when: formatWhen(next.endsAt, from, dateStyle) }));
  };

  return (
    <li class="stack site">
      <div class="row">
        <span class="grow">
          <strong dir="auto">{name}</strong>
          <span class="muted"> · {summary(trigger)} {where} · {t('list.words', { count: trigger.words.length })}</span>
          {trigger.enabled && <span class="list-time muted" data-testid="list-time">{describeListTime(trigger, at, dateStyle)}</span>}
        </span>
        <Toggle label={t('list.on')} checked={trigger.enabled} onChange={(enabled) => onChange({ enabled })} />
        <button type="button" aria-expanded={showWords} onClick={() => setShowWords(!showWords)}>
          {t(showWords ? 'common.hideWords' : 'common.showWords')}
        </button>
        <button type="button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
          {t('common.settings')}
        </button>
        <button type="button" onClick={onRemove} aria-label={t('common.removeThing', { name })}>{t('common.remove')}</button>
      </div>
      {trigger.enabled && ended && (
        <div class="row">
          <button type="button" onClick={renew}>{renewLabel(trigger)}</button>
          <button type="button" onClick={() => onChange(startDuration(0, at), t('list.staysOn', { name }))}>
            {t('list.keepOn')}
          </button>
        </div>
      )}
      {showWords && <p class="words" dir="auto">{trigger.words.join(', ')}</p>}
      {open && (
        <div id={panelId} class="list-settings" role="group" aria-label={t('list.settingsFor', { name })}>
          <ListSettings
            idPrefix={`list-${trigger.id}`}
            value={trigger}
            onChange={change}
            durationNote={t('list.lengthNote')}
          />
        </div>
      )}
    </li>
  );
}

/** What a changed setting now does, in the words the person just chose. */
function describeSetting(settings: Partial<ListSettingsValue>): MessageKey {
  if (settings.action) return `list.changed.${settings.action}`;
  if (settings.veilStyle) return `list.changed.${settings.veilStyle}`;
  if (settings.skipPageParts !== undefined) return settings.skipPageParts ? 'list.changed.skip' : 'list.changed.noSkip';
  if (settings.wordEndings !== undefined) return settings.wordEndings ? 'list.changed.endings' : 'list.changed.noEndings';
  return 'list.changed.saved';
}
