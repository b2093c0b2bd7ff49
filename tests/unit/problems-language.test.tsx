import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { OrganisationSection } from '../../components/options/OrganisationSection';
import { RepairNotice } from '../../components/options/RepairNotice';
import { setCatalogue } from '../../lib/i18n';
import { de } from '../../lib/i18n/locales/de';
import { en } from '../../lib/i18n/locales/en';
import { es } from '../../lib/i18n/locales/es';
import type { Note } from '../../lib/i18n/note';
import { sayNote } from '../../lib/i18n/say-note';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { createPrefsKeeper } from '../../lib/prefs/keeper';
import { parseOrganisation } from '../../lib/prefs/managed';
import type { Organisation } from '../../lib/prefs/organisation';
import type { PrefsResult } from '../../lib/prefs/storage';
import { settingName, settingNote, validatePrefs } from '../../lib/prefs/validate';
import { parseSettingsFile, toSettingsFile } from '../../lib/settings-file';
import { memoryArea } from './memory-area';

// What is wrong with a settings file or a change reaches the page as Notes, so the person reads it
// in their own language; the English that travels with it is the same Notes in English.

const site = { id: 's1', host: 'NOT A HOST', includeSubdomains: true, pathPrefix: '', label: 'News' };
const badFile = () => {
  const prefs = { ...defaultPrefs(), sites: [site], pause: { ...defaultPrefs().pause, gentleDelaySeconds: 90 } };
  return JSON.stringify({ ...JSON.parse(toSettingsFile(defaultPrefs(), new Date(0))), prefs });
};
const refusal = (result: PrefsResult) => {
  if (result.ok) throw new Error('expected a refusal');
  return result;
};

afterEach(() => setCatalogue(en, null));

describe('problems with settings, in the person’s language', () => {
  it('a settings file with bad values is refused in German, each problem in German', () => {
    const refused = refusal(parseSettingsFile(badFile()));
    setCatalogue(de, null);
    expect(sayNote(refused.note, refused.error)).toBe(
      'Es wurde nichts geändert. Seite „News“: Die Adresse ist kein Seitenname wie example.com. Pause, gentle delay seconds: sollte höchstens 30 Sekunden sein.',
    );
  });

  it('and in Spanish; in English it is word for word the English that came with it', () => {
    const refused = refusal(parseSettingsFile(badFile()));
    expect(refused.error).toBe('Nothing was changed. Site “News”: the address is not a site name like example.com. Pause, gentle delay seconds: should be at most 30 seconds.');
    expect(sayNote(refused.note, '')).toBe(refused.error);
    setCatalogue(es, null);
    expect(sayNote(refused.note, refused.error)).toBe(
      'No se ha cambiado nada. Sitio «News»: la dirección no es un nombre de sitio como example.com. Pausa, gentle delay seconds: debería ser como máximo 30 segundos.',
    );
  });

  it('a change the keeper refuses is said in German, with the number the German way and its plural', async () => {
    const keeper = createPrefsKeeper({ area: memoryArea(), now: () => new Date(1_000) });
    const time = refusal(await keeper.update({ quietHours: { to: '7pm' } }));
    const plan = refusal(await keeper.update({ plan: { helps: 'x'.repeat(1001) } }));
    const snooze = refusal(await keeper.update({ pause: { snoozeMinutes: [0] } }));
    setCatalogue(de, null);
    expect(sayNote(time.note, time.error)).toBe('Es wurde nichts geändert. Ruhezeiten, to: sollte eine Uhrzeit wie 22:00 sein.');
    expect(sayNote(plan.note, plan.error)).toBe('Es wurde nichts geändert. Dein Plan für schwere Momente, helps: ist länger als 1.000 Zeichen.');
    expect(sayNote(snooze.note, snooze.error)).toBe('Es wurde nichts geändert. Pause, snooze minutes: sollte mindestens 1 Minute sein.');
  });

  it('a list entry is named by its kind and name, a field by its name, else by its settings-file key', () => {
    const prefs = {
      ...defaultPrefs(),
      sites: [{ ...site, host: 'news.example', includeSubdomains: 'yes' }],
      people: [{ id: 'p1', name: 'Sam', link: 'javascript:alert(1)' }],
      triggers: [{ id: 't1', label: '', words: ['ward'], action: 'shout', everySite: false, hosts: ['fine.example', 'NOT OK'], enabled: true }],
    };
    const checked = validatePrefs(prefs);
    if (checked.ok) throw new Error('expected problems');
    setCatalogue(de, null);
    expect(checked.notes.map((note, i) => sayNote(note, checked.errors[i]!))).toEqual([
      'Seite „News“, include subdomains: sollte an oder aus sein (true oder false).',
      'Wortliste 1: Die Aktion sollte pause, veil oder hide sein.',
      'Wortliste 1: Eine ihrer Seiten ist kein Seitenname wie example.com.',
      'Person „Sam“: Der Link sollte ein tel:-, sms:-, mailto:- oder https:-Link sein.',
    ]);
    expect(checked.errors).toEqual([
      'Site “News”, include subdomains: should be on or off (true or false).',
      'Word list 1: what it does should be pause, veil or hide.',
      'Word list 1: one of its sites is not a site name like example.com.',
      'Person “Sam”: the link should be a tel:, sms:, mailto: or https: link.',
    ]);
  });

  it('a check without a rule of its own is said by its kind, never in valibot’s English', () => {
    const checked = validatePrefs({ ...defaultPrefs(), appearance: { ...defaultPrefs().appearance, voice: { enabled: true, name: '', rate: 3 } } });
    if (checked.ok) throw new Error('expected a problem');
    expect(checked.errors).toEqual(['Appearance, voice, rate: should be at most 1.5.']);
    setCatalogue(de, null);
    expect(sayNote(checked.notes[0], '')).toBe('Darstellung, voice, rate: sollte höchstens 1,5 sein.');
  });

  it('a repaired setting is named in the person’s language, in the notice and the sync status', () => {
    expect(settingName('sites[1].id')).toBe('site 2 (given a new id)');
    setCatalogue(de, null);
    expect(sayNote(settingNote('sites[1].id'), '')).toBe('Seite 2 (mit neuer ID)');
    expect(sayNote(settingNote('quietHours.from'), '')).toBe('Ruhezeiten, from');
    const root = document.createElement('div');
    act(() =>
      render(
        <RepairNotice
          backups={[{ savedAt: '2026-11-30T10:00:00.000Z', reason: 'repaired', repaired: ['triggers[0]', 'appearance'], original: {}, notice: true }]}
          onDismiss={() => {}}
          onDownload={() => {}}
        />,
        root,
      ),
    );
    expect(root.textContent).toContain('Betroffen: Wortliste 1; Darstellung.');
    act(() => render(null, root));
  });

  it('what an organisation set that could not be used is said in German on the options page', () => {
    const org = parseOrganisation({ organisationName: 'Riverside', helplines: [{ phone: '0800 1' }, { name: 'Line', phone: '0800 1' }], contacts: 'Sam', pauseDefaults: { frequency: 'always' } }) as Organisation;
    setCatalogue(de, null);
    const root = document.createElement('div');
    const prefs = defaultPrefs();
    act(() => render(<OrganisationSection organisation={org} prefs={prefs} edit={async () => true} announce={() => {}} save={async () => true} />, root));
    const items = [...root.querySelectorAll('.notice li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Die vorgegebenen Pauseneinstellungen sind nicht in der erwarteten Form, deshalb gelten die Voreinstellungen von Steady.',
      'Ein Hilfsangebot (Nr. 1) ist unvollständig oder nicht in der erwarteten Form und wurde deshalb weggelassen.',
      'Die Einstellung „contacts“ ist keine Liste und wurde deshalb weggelassen.',
    ]);
    act(() => render(null, root));
  });

  it('an organisation problem an older Steady stored as English text still shows as it was written', () => {
    setCatalogue(de, null);
    const org = { ...(parseOrganisation({ organisationName: 'Riverside' }) as Organisation), problems: ['A helpline (number 2) is incomplete.', { code: 'org.fromTheFuture' } as unknown as Note] };
    const root = document.createElement('div');
    act(() => render(<OrganisationSection organisation={org} prefs={defaultPrefs()} edit={async () => true} announce={() => {}} save={async () => true} />, root));
    expect([...root.querySelectorAll('.notice li')].map((li) => li.textContent)).toEqual(['A helpline (number 2) is incomplete.', de.messages['org.problem.other']]);
    act(() => render(null, root));
  });
});
