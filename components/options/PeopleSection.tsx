import { useState } from 'preact/hooks';
import { parsePerson } from '../../lib/people/parse-person';
import type { Person } from '../../lib/prefs/schema';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';

export interface PeopleSectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
}

const MAX_PEOPLE = 20;

/** How a link reads in the list: the number or address, not the scheme. */
function linkText(link: string): string {
  const [scheme, ...rest] = link.split(':');
  const target = rest.join(':').replace(/^\/\//, '').split('?')[0];
  const how = ({ tel: 'people.call', sms: 'people.text', mailto: 'people.email' } as const)[scheme!.toLowerCase() as 'tel'] ?? 'people.open';
  return t(how, { target: target ?? '' });
}

export function PeopleSection({ prefs, edit, announce }: PeopleSectionProps) {
  const [name, setName] = useState('');
  const [link, setLink] = useState('');
  const [error, setError] = useState<{ field: 'name' | 'link'; text: string } | null>(null);
  const full = prefs.people.length >= MAX_PEOPLE;

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parsePerson(name, link);
    if (!parsed.ok) return setError({ field: parsed.field, text: parsed.error });
    setError(null);
    if (await edit({ list: 'people', op: 'add', item: parsed.person })) {
      setName('');
      setLink('');
    }
  };
  const remove = async (person: Person) => {
    if (await edit({ list: 'people', op: 'remove', id: person.id })) announce(t('common.removed', { name: person.name }));
  };

  return (
    <section class="card stack" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('people.heading')}</h2>
      <p class="muted">{t('people.intro')}</p>
      {prefs.people.length > 0 && (
        <ul class="site-list" aria-label={t('people.list')}>
          {prefs.people.map((person) => (
            <li key={person.id} class="row site">
              <span class="grow">
                <span dir="auto">{person.name}</span> <span class="muted">· {linkText(person.link)}</span>
              </span>
              <button type="button" onClick={() => void remove(person)} aria-label={t('common.removeThing', { name: person.name })}>{t('common.remove')}</button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p class="muted">{t('people.full', { count: MAX_PEOPLE })}</p>
      ) : (
        <form class="stack" onSubmit={add} noValidate>
          <div class="row">
            <label class="grow">
              {t('people.name')}
              <input
                type="text"
                value={name}
                maxLength={60}
                autocomplete="off"
                aria-invalid={error?.field === 'name' ? 'true' : undefined}
                aria-describedby={error?.field === 'name' ? 'person-error' : undefined}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <label class="grow">
              {t('people.how')}
              <input
                type="text"
                value={link}
                autocomplete="off"
                spellcheck={false}
                aria-invalid={error?.field === 'link' ? 'true' : undefined}
                aria-describedby={error?.field === 'link' ? 'person-error' : 'person-link-hint'}
                onInput={(e) => setLink(e.currentTarget.value)}
              />
            </label>
          </div>
          <p id="person-link-hint" class="muted hint-line">{t('people.hint')}</p>
          {error && <p id="person-error" class="error" role="alert">{error.text}</p>}
          <div>
            <button type="submit" class="primary">{t('people.add')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
