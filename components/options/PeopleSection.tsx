import { useState } from 'preact/hooks';
import { normaliseLink, parsePerson } from '../../lib/people/parse-person';
import { messageCarrier } from '../../lib/people/ready-message';
import { READY_MESSAGE_MAX, type Person } from '../../lib/prefs/schema';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';

export interface PeopleSectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
}

const MAX_PEOPLE = 20;

/** Whether the link (as typed, or as saved) would carry a ready message; typed text that is not a link yet says nothing. */
function carries(raw: string): boolean | null {
  const link = normaliseLink(raw);
  return link.ok ? messageCarrier(link.link) !== null : null;
}

function MessageEditor({ person, edit, announce }: { person: Person; edit: PeopleSectionProps['edit']; announce: PeopleSectionProps['announce'] }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(person.message ?? '');
  const id = `message-${person.id}`;
  const saveMessage = async (event: Event) => {
    event.preventDefault();
    const message = text.trim();
    if (await edit({ list: 'people', op: 'update', id: person.id, change: { message } })) {
      announce(t('ready.saved', { name: person.name }));
      setOpen(false);
    }
  };
  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={id} aria-label={t('ready.for', { name: person.name })} onClick={() => setOpen(!open)}>
        {t('ready.button')}
      </button>
      {open && (
        <form id={id} class="stack indent message-editor" onSubmit={saveMessage} noValidate>
          <label class="stack-label">
            {t('ready.for', { name: person.name })}
            <textarea rows={2} value={text} maxLength={READY_MESSAGE_MAX} dir="auto" aria-describedby={`${id}-hint`} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <p id={`${id}-hint`} class="muted small">{t(messageCarrier(person.link) ? 'ready.hint' : 'ready.cannotCarry')}</p>
          <div class="row">
            <button type="submit" class="primary">{t('ready.save')}</button>
            <button type="button" onClick={() => setOpen(false)}>{t('ready.close')}</button>
          </div>
        </form>
      )}
    </>
  );
}

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
  const [message, setMessage] = useState('');
  const [error, setError] = useState<{ field: 'name' | 'link'; text: string } | null>(null);
  const full = prefs.people.length >= MAX_PEOPLE;

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parsePerson(name, link);
    if (!parsed.ok) return setError({ field: parsed.field, text: parsed.error });
    setError(null);
    const ready = message.trim();
    if (await edit({ list: 'people', op: 'add', item: ready ? { ...parsed.person, message: ready } : parsed.person })) {
      setName('');
      setLink('');
      setMessage('');
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
              <MessageEditor person={person} edit={edit} announce={announce} />
              <button type="button" onClick={() => void remove(person)} aria-label={t('common.removeThing', { name: person.name })}>{t('common.remove')}</button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p class="muted">{t('people.full', { count: MAX_PEOPLE })}</p>
      ) : (
        <form class="stack" onSubmit={add} noValidate>
          <div class="row fields">
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
          <label class="stack-label">
            {t('ready.message')}
            <textarea rows={2} value={message} maxLength={READY_MESSAGE_MAX} dir="auto" aria-describedby="person-message-hint" onInput={(e) => setMessage(e.currentTarget.value)} />
          </label>
          <p id="person-message-hint" class="muted hint-line">{t(carries(link) === false ? 'ready.cannotCarry' : 'ready.hint')}</p>
          {error && <p id="person-error" class="error" role="alert">{error.text}</p>}
          <div>
            <button type="submit" class="primary">{t('people.add')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
