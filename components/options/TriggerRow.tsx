import { useState } from 'preact/hooks';
import type { Trigger } from '../../lib/prefs/schema';
import { describeListTime, formatWhen, listTime, renewal, renewLabel, startDuration, type DateStyle } from '../../lib/words/list-duration';
import { Toggle } from '../fields/Toggle';
import { ListSettings, type ListSettingsValue } from './ListSettings';

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
  return trigger.label || 'Untitled list';
}

function summary(trigger: Trigger): string {
  if (trigger.action === 'pause') return 'Offers a pause';
  if (trigger.action === 'hide') return 'Hides';
  return trigger.veilStyle === 'blur' ? 'Blurs' : 'Veils';
}

/** One list: its name (never its words, until asked), what it does, when it ends, and its settings. */
export function TriggerRow({ trigger, now, dateStyle, onChange, onRemove }: TriggerRowProps) {
  const [showWords, setShowWords] = useState(false);
  const [open, setOpen] = useState(false);
  const where = trigger.everySite ? 'on every site' : `on ${trigger.hosts.join(', ')}`;
  const name = listName(trigger);
  const at = now();
  const ended = listTime(trigger, at).kind === 'ended';
  const panelId = `list-settings-${trigger.id}`;

  const change = (settings: Partial<ListSettingsValue>) => {
    if (settings.lastsDays !== undefined) {
      // A new length counts from now, like choosing a mute length again.
      const from = now();
      const timed = startDuration(settings.lastsDays, from);
      const until = timed.endsAt ? `is on until ${formatWhen(timed.endsAt, from, dateStyle)}` : 'stays on until you turn it off';
      return onChange(timed, `“${name}” ${until}.`);
    }
    onChange(settings, `“${name}” ${describeSetting(settings)}.`);
  };
  const renew = () => {
    const from = now();
    const next = renewal(trigger, from);
    onChange(next, `“${name}” is on again until ${formatWhen(next.endsAt, from, dateStyle)}.`);
  };

  return (
    <li class="stack site">
      <div class="row">
        <span class="grow">
          <strong dir="auto">{name}</strong>
          <span class="muted"> · {summary(trigger)} {where} · {trigger.words.length} {trigger.words.length === 1 ? 'word' : 'words'}</span>
          {trigger.enabled && <span class="list-time muted" data-testid="list-time">{describeListTime(trigger, at, dateStyle)}</span>}
        </span>
        <Toggle label="On" checked={trigger.enabled} onChange={(enabled) => onChange({ enabled })} />
        <button type="button" aria-expanded={showWords} onClick={() => setShowWords(!showWords)}>
          {showWords ? 'Hide words' : 'Show words'}
        </button>
        <button type="button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
          Settings
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove ${name}`}>Remove</button>
      </div>
      {trigger.enabled && ended && (
        <div class="row">
          <button type="button" onClick={renew}>{renewLabel(trigger)}</button>
          <button type="button" onClick={() => onChange(startDuration(0, at), `“${name}” stays on until you turn it off.`)}>
            Keep it on always
          </button>
        </div>
      )}
      {showWords && <p class="words" dir="auto">{trigger.words.join(', ')}</p>}
      {open && (
        <div id={panelId} class="list-settings" role="group" aria-label={`Settings for ${name}`}>
          <ListSettings
            idPrefix={`list-${trigger.id}`}
            value={trigger}
            onChange={change}
            durationNote="Choosing a length starts it again from now."
          />
        </div>
      )}
    </li>
  );
}

/** What a changed setting now does, in the words the person just chose. */
function describeSetting(settings: Partial<ListSettingsValue>): string {
  if (settings.action === 'veil') return 'now veils the part of the page that holds its words';
  if (settings.action === 'hide') return 'now hides the part of the page that holds its words';
  if (settings.action === 'pause') return 'now offers a pause before the page';
  if (settings.veilStyle) return settings.veilStyle === 'blur' ? 'now uses a blur' : 'now uses a calm solid veil';
  if (settings.skipPageParts !== undefined)
    return settings.skipPageParts ? 'now leaves navigation, menus, headers and footers alone' : 'now also looks in navigation, menus, headers and footers';
  if (settings.wordEndings !== undefined) return settings.wordEndings ? 'now also finds common word endings' : 'now finds its words only as written';
  return 'is saved';
}
