import { useState } from 'preact/hooks';
import { ALL_SITES } from '../../lib/background/content-scripts';
import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import type { Prefs, Trigger } from '../../lib/prefs/schema';
import { originPatterns } from '../../lib/sites/match';
import { parseSiteInput } from '../../lib/sites/parse-site';
import { requestOrigins } from '../../lib/sites/permissions';
import { checkNewList } from '../../lib/words/list-check';
import { startDuration } from '../../lib/words/list-duration';
import { parseWordList } from '../../lib/words/parse-words';
import type { StarterList } from '../../lib/words/starter-lists';
import { ChoiceGroup } from '../fields/ChoiceGroup';
import { ListSettings, type ListSettingsValue } from './ListSettings';
import { StarterPicker, starterName } from './StarterPicker';
import { t } from '../../lib/i18n';

export interface AddTriggerProps {
  prefs: Pick<Prefs, 'triggers'>;
  now: () => number;
  onAdd: (trigger: Trigger) => Promise<boolean>;
}

const FRESH: ListSettingsValue = {
  action: 'veil',
  veilStyle: TRIGGER_DEFAULTS.veilStyle,
  skipPageParts: TRIGGER_DEFAULTS.skipPageParts,
  wordEndings: TRIGGER_DEFAULTS.wordEndings,
  lastsDays: TRIGGER_DEFAULTS.lastsDays,
};

export function AddTrigger({ prefs, now, onAdd }: AddTriggerProps) {
  const [label, setLabel] = useState('');
  const [wordsText, setWordsText] = useState('');
  const [starter, setStarter] = useState<StarterList | null>(null);
  const [settings, setSettings] = useState<ListSettingsValue>(FRESH);
  const [scope, setScope] = useState<'sites' | 'everywhere'>('sites');
  const [hostsText, setHostsText] = useState('');
  const [error, setError] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const words = parseWordList([...(starter?.words ?? []), wordsText].join('\n'));
    const problem = checkNewList(words, prefs);
    if (problem) return setError(problem);
    const hosts: string[] = [];
    if (scope === 'sites') {
      for (const entry of parseWordList(hostsText)) {
        const parsed = parseSiteInput(entry);
        if (!parsed.ok) return setError(parsed.error);
        hosts.push(parsed.host);
      }
      if (hosts.length === 0) return setError(t('add.needSite'));
    }
    const origins = scope === 'everywhere' ? ALL_SITES : hosts.flatMap((h) => originPatterns(h, true));
    const granted = await requestOrigins(origins).catch(() => false);
    if (!granted) return setError(t('add.noPermission'));
    const trigger: Trigger = {
      ...TRIGGER_DEFAULTS,
      ...settings,
      // The look is only a choice while veiling; a list that hides or pauses keeps the calm default.
      veilStyle: settings.action === 'veil' ? settings.veilStyle : TRIGGER_DEFAULTS.veilStyle,
      // Counted from the moment it is added, not from when the form was opened.
      ...startDuration(settings.lastsDays, now()),
      id: crypto.randomUUID(),
      label: label.trim() || (starter ? starterName(starter) : ''),
      words,
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
      setSettings(FRESH);
    }
  };

  return (
    <form class="stack add-list" onSubmit={submit} noValidate aria-labelledby="add-list-heading">
      <h3 id="add-list-heading">{t('add.heading')}</h3>
      <label class="field-col">
        {t('add.name')} <span class="muted">{t('add.nameHint')}</span>
        <input type="text" value={label} maxLength={60} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <StarterPicker chosen={starter} onChoose={setStarter} />
      <label class="field-col">
        {t(starter ? 'add.moreWords' : 'add.words')} <span class="muted">{t('add.wordsHint')}</span>
        <textarea rows={3} value={wordsText} onInput={(e) => setWordsText(e.currentTarget.value)} spellcheck={false} />
      </label>
      <ListSettings idPrefix="new-list" value={settings} onChange={(change) => setSettings({ ...settings, ...change })} />
      <ChoiceGroup
        legend={t('add.where')}
        name="new-list-scope"
        value={scope}
        choices={[
          { value: 'sites', label: t('add.onSites') },
          { value: 'everywhere', label: t('add.everywhere'), hint: t('add.everywhereHint') },
        ]}
        onChange={setScope}
      />
      {scope === 'sites' && (
        <label class="field-col">
          {t('add.sites')} <span class="muted">{t('add.sitesHint')}</span>
          <input type="text" value={hostsText} onInput={(e) => setHostsText(e.currentTarget.value)} autocomplete="off" spellcheck={false} />
        </label>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      <div>
        <button type="submit" class="primary">{t('add.submit')}</button>
      </div>
    </form>
  );
}
