import { linkWithMessage } from '../../lib/people/ready-message';
import type { OrgContact } from '../../lib/prefs/organisation';
import type { Person } from '../../lib/prefs/schema';
import { t } from '../../lib/i18n';

export interface ReachOutProps {
  people: readonly Person[];
  /** Contacts an organisation set, shown after the person's own and marked as the organisation's. */
  organisation?: { name: string; contacts: readonly OrgContact[] } | null;
}

/**
 * One-tap links to the person's own people. A person's ready message, where the link can carry one,
 * is already filled in when their messages app opens; Steady never sends anything itself.
 */
export function ReachOut({ people, organisation }: ReachOutProps) {
  const contacts = organisation?.contacts ?? [];
  return (
    <>
      {people.length > 0 && (
        <ul class="people">
          {people.map((person) => (
            <li key={person.id}>
              <a class="button" href={linkWithMessage(person.link, person.message)} target="_blank" rel="noopener noreferrer">
                <span dir="auto">{person.name}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {organisation && contacts.length > 0 && (
        <div class="org-contacts">
          <p class="muted" dir="auto">{t('reach.from', { name: organisation.name })}</p>
          <ul class="people" aria-label={t('reach.contactsFrom', { name: organisation.name })}>
            {contacts.map((contact) => (
              <li key={contact.link}>
                <a class="button" href={contact.link} target="_blank" rel="noopener noreferrer">
                  <span dir="auto">{contact.name}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
