import { useState } from 'preact/hooks';
import { parsePerson } from '../../lib/people/parse-person';
import type { Person } from '../../lib/prefs/schema';
import type { SectionProps } from './types';

export interface PeopleSectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
}

const MAX_PEOPLE = 20;

/** How a link reads in the list: the number or address, not the scheme. */
function linkText(link: string): string {
  const [scheme, ...rest] = link.split(':');
  const target = rest.join(':').replace(/^\/\//, '').split('?')[0];
  const how = { tel: 'call', sms: 'text', mailto: 'email' }[scheme!.toLowerCase()] ?? 'open';
  return `${how} ${target}`;
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
    if (await edit({ list: 'people', op: 'remove', id: person.id })) announce(`Removed ${person.name}.`);
  };

  return (
    <section class="card stack" aria-labelledby="people-heading">
      <h2 id="people-heading">Your people</h2>
      <p class="muted">
        People you might reach out to. They show as one-tap links in the popup and on the pause. Tapping one opens
        your phone, messages or email app; Steady never sends anything itself.
      </p>
      {prefs.people.length > 0 && (
        <ul class="site-list" aria-label="Your people">
          {prefs.people.map((person) => (
            <li key={person.id} class="row site">
              <span class="grow">
                <span dir="auto">{person.name}</span> <span class="muted">· {linkText(person.link)}</span>
              </span>
              <button type="button" onClick={() => void remove(person)} aria-label={`Remove ${person.name}`}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p class="muted">That is {MAX_PEOPLE} people, as many as Steady keeps. You can remove someone to add someone else.</p>
      ) : (
        <form class="stack" onSubmit={add} noValidate>
          <div class="row">
            <label class="grow">
              Name
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
              How to reach them
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
          <p id="person-link-hint" class="muted hint-line">
            A phone number, an email address, or a tel:, sms:, mailto: or https:// link (for a messenger, say). For example
            +44 20 7946 0000, sam@example.org or sms:+15550100.
          </p>
          {error && <p id="person-error" class="error" role="alert">{error.text}</p>}
          <div>
            <button type="submit" class="primary">Add person</button>
          </div>
        </form>
      )}
    </section>
  );
}
