import { useState } from 'preact/hooks';
import { ALL_SITES } from '../../lib/background/content-scripts';
import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import type { Trigger, TriggerAction } from '../../lib/prefs/schema';
import { originPatterns } from '../../lib/sites/match';
import { parseSiteInput } from '../../lib/sites/parse-site';
import { requestOrigins } from '../../lib/sites/permissions';
import { parseWordList } from '../../lib/words/parse-words';
import { STARTER_LISTS, type StarterList } from '../../lib/words/starter-lists';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { Toggle } from '../fields/Toggle';
import type { SectionProps } from './types';

export interface TriggersSectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
}

const ACTIONS: ReadonlyArray<{ value: TriggerAction; label: string; hint?: string }> = [
  { value: 'veil', label: 'Veil the part of the page that holds them', hint: '(with a “Show” button)' },
  { value: 'hide', label: 'Hide that part', hint: '(leaves a small “Show” line)' },
  { value: 'pause', label: 'Offer a pause before the page', hint: '(the same pause as for sites)' },
];
const ACTION_SUMMARY: Record<TriggerAction, string> = { veil: 'Veils', hide: 'Hides', pause: 'Offers a pause' };

/** Word lists: the person's own label, their words, what Steady does, and where. */
export function TriggersSection({ prefs, save, announce }: TriggersSectionProps) {
  const update = (id: string, change: Partial<Trigger>) =>
    save({ triggers: prefs.triggers.map((t) => (t.id === id ? { ...t, ...change } : t)) });
  return (
    <section class="card stack" aria-labelledby="words-heading">
      <h2 id="words-heading">Words</h2>
      <p class="muted">
        Steady can look for words you name and, where they appear, blur or hide that part of the page or offer a
        pause.
      </p>
      <p class="muted">
        Your words and labels stay inside Steady: a page never receives them and cannot read them from the pause or
        the "Show" line. A page can notice that Steady blurred or hid one of its blocks, or paused it, so a page
        written to test words could learn that a word of a list is on it. To keep that small, Steady only veils
        text you could see, and when one list would veil more than 12 parts of a page it offers a single pause
        instead.
      </p>
      {prefs.triggers.length > 0 && (
        <ul class="site-list" aria-label="Your word lists">
          {prefs.triggers.map((trigger) => (
            <TriggerRow
              key={trigger.id}
              trigger={trigger}
              onChange={(change) => void update(trigger.id, change)}
              onRemove={() => void save({ triggers: prefs.triggers.filter((t) => t.id !== trigger.id) }).then((ok) => ok && announce(`Removed ${trigger.label || 'the list'}.`))}
            />
          ))}
        </ul>
      )}
      <AddTrigger onAdd={(trigger) => save({ triggers: [...prefs.triggers, trigger] })} />
    </section>
  );
}

interface TriggerRowProps {
  trigger: Trigger;
  onChange: (change: Partial<Trigger>) => void;
  onRemove: () => void;
}

function TriggerRow({ trigger, onChange, onRemove }: TriggerRowProps) {
  const [showWords, setShowWords] = useState(false);
  const where = trigger.everySite ? 'on every site' : `on ${trigger.hosts.join(', ')}`;
  const name = trigger.label || 'Untitled list';
  return (
    <li class="stack site">
      <div class="row">
        <span class="grow">
          <strong dir="auto">{name}</strong>
          <span class="muted"> · {ACTION_SUMMARY[trigger.action]} {where} · {trigger.words.length} {trigger.words.length === 1 ? 'word' : 'words'}</span>
        </span>
        <Toggle label="On" checked={trigger.enabled} onChange={(enabled) => onChange({ enabled })} />
        <button type="button" aria-expanded={showWords} onClick={() => setShowWords(!showWords)}>
          {showWords ? 'Hide words' : 'Show words'}
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove ${name}`}>Remove</button>
      </div>
      {showWords && <p class="words" dir="auto">{trigger.words.join(', ')}</p>}
    </li>
  );
}

interface AddTriggerProps {
  onAdd: (trigger: Trigger) => Promise<boolean>;
}

function AddTrigger({ onAdd }: AddTriggerProps) {
  const [label, setLabel] = useState('');
  const [wordsText, setWordsText] = useState('');
  const [starter, setStarter] = useState<StarterList | null>(null);
  const [action, setAction] = useState<TriggerAction>('veil');
  const [scope, setScope] = useState<'sites' | 'everywhere'>('sites');
  const [hostsText, setHostsText] = useState('');
  const [error, setError] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const words = parseWordList([...(starter?.words ?? []), wordsText].join('\n'));
    if (words.length === 0) return setError('Please add at least one word or phrase.');
    const hosts: string[] = [];
    if (scope === 'sites') {
      for (const entry of parseWordList(hostsText)) {
        const parsed = parseSiteInput(entry);
        if (!parsed.ok) return setError(parsed.error);
        hosts.push(parsed.host);
      }
      if (hosts.length === 0) return setError('Please name at least one site, or choose “On every site”.');
    }
    const origins = scope === 'everywhere' ? ALL_SITES : hosts.flatMap((h) => originPatterns(h, true));
    const granted = await requestOrigins(origins).catch(() => false);
    if (!granted) return setError('Steady can only look for words with your permission, so nothing was saved.');
    const trigger: Trigger = {
      ...TRIGGER_DEFAULTS,
      id: crypto.randomUUID(),
      label: label.trim() || starter?.name || '',
      words,
      action,
      everySite: scope === 'everywhere',
      hosts: [...new Set(hosts)],
      enabled: true,
    };
    if (await onAdd(trigger)) {
      setError('');
      setLabel('');
      setWordsText('');
      setStarter(null);
      setHostsText('');
    }
  };

  return (
    <form class="stack add-list" onSubmit={submit} noValidate aria-labelledby="add-list-heading">
      <h3 id="add-list-heading">Add a word list</h3>
      <label class="field-col">
        Your own name for this list <span class="muted">(shown instead of the words, e.g. “Hospital stuff”)</span>
        <input type="text" value={label} maxLength={60} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <StarterPicker chosen={starter} onChoose={setStarter} />
      <label class="field-col">
        {starter ? 'More words (optional)' : 'Words and phrases'} <span class="muted">(one per line or separated by commas; end a word with * to include longer forms)</span>
        <textarea rows={3} value={wordsText} onInput={(e) => setWordsText(e.currentTarget.value)} spellcheck={false} />
      </label>
      <ChoiceGroup legend="When they appear" name="new-list-action" value={action} choices={ACTIONS} onChange={setAction} />
      <ChoiceGroup
        legend="Where"
        name="new-list-scope"
        value={scope}
        choices={[
          { value: 'sites', label: 'On these sites' },
          { value: 'everywhere', label: 'On every site', hint: '(your browser will ask to let Steady read all sites; it reads them only on this device)' },
        ]}
        onChange={setScope}
      />
      {scope === 'sites' && (
        <label class="field-col">
          Sites <span class="muted">(separated by commas, e.g. news.example, forum.example)</span>
          <input type="text" value={hostsText} onInput={(e) => setHostsText(e.currentTarget.value)} autocomplete="off" spellcheck={false} />
        </label>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <div>
        <button type="submit" class="primary">Add word list</button>
      </div>
    </form>
  );
}

interface StarterPickerProps {
  chosen: StarterList | null;
  onChoose: (list: StarterList | null) => void;
}

/** Starter lists by name only; their words stay hidden until the person asks to see them. */
function StarterPicker({ chosen, onChoose }: StarterPickerProps) {
  const [open, setOpen] = useState(false);
  const [peek, setPeek] = useState<string | null>(null);
  if (chosen) {
    return (
      <div class="notice row">
        <span class="grow">Starting from “{chosen.name}” ({chosen.words.length} words)</span>
        <button type="button" aria-expanded={peek === chosen.id} onClick={() => setPeek(peek === chosen.id ? null : chosen.id)}>
          {peek === chosen.id ? 'Hide words' : 'Show words'}
        </button>
        <button type="button" onClick={() => onChoose(null)}>Don't use it</button>
        {peek === chosen.id && <p class="words">{chosen.words.join(', ')}</p>}
      </div>
    );
  }
  return (
    <div class="stack">
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Close the starter lists' : 'Start from a ready-made list (optional)'}
      </button>
      {open && (
        <ul class="site-list" aria-label="Starter lists">
          {STARTER_LISTS.map((list) => (
            <li key={list.id} class="row site">
              <span class="grow">{list.name} <span class="muted">· {list.words.length} words</span></span>
              <button type="button" aria-expanded={peek === list.id} onClick={() => setPeek(peek === list.id ? null : list.id)}>
                {peek === list.id ? 'Hide words' : 'Show words'}
              </button>
              <button type="button" onClick={() => { onChoose(list); setOpen(false); }}>Use this list</button>
              {peek === list.id && <p class="words">{list.words.join(', ')}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
