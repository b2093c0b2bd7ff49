import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { PAUSE_DEFAULT_FIELDS, type Organisation, type OrgList, type OrgSite } from '../../lib/prefs/organisation';
import { findCountry } from '../../lib/helplines';
import { requestSiteAccess } from '../../lib/sites/permissions';
import { findDuplicate, newSite } from '../../lib/sites/site-list';
import type { SectionProps } from './types';

export interface OrganisationSectionProps extends SectionProps {
  organisation: Organisation;
  announce: (message: string, isError?: boolean) => void;
}

const PAUSE_NAMES: Record<(typeof PAUSE_DEFAULT_FIELDS)[number], string> = {
  frequency: 'how often a pause is offered',
  intervalMinutes: 'the minutes between pauses',
  snoozeMinutes: 'the “not now” lengths',
};

/**
 * Says plainly what an organisation set through the browser's policy. Its sites and word lists are
 * offers: each is added only when the person presses its button, and then it is theirs to change
 * or remove like any other.
 */
export function OrganisationSection({ organisation: org, prefs, edit, announce }: OrganisationSectionProps) {
  const pauseSet = PAUSE_DEFAULT_FIELDS.filter((field) => org.pauseDefaults[field] !== undefined);
  const country = org.helplineCountry ? findCountry(org.helplineCountry) : undefined;

  const addSite = async (site: OrgSite) => {
    if (findDuplicate(prefs.sites, { host: site.host, pathPrefix: '' })) return announce(`${site.label} is already on your list.`);
    const granted = await requestSiteAccess(site.host, site.includeSubdomains).catch(() => false);
    if (!granted) return announce('Steady can only pause on a site with your permission, so nothing was saved.', true);
    if (await edit({ list: 'sites', op: 'add', item: newSite({ ok: true, host: site.host, includeSubdomains: site.includeSubdomains, pathPrefix: '' }, site.label) })) {
      announce(`${site.label} is now on your sites. You can remove it at any time.`);
    }
  };
  const addList = async (list: OrgList) => {
    const item = { ...TRIGGER_DEFAULTS, id: crypto.randomUUID(), label: list.label, words: list.words, action: list.action, everySite: false, hosts: [], enabled: false };
    if (await edit({ list: 'triggers', op: 'add', item })) {
      announce(`“${list.label}” was added to your word lists, switched off. Choose where it applies under Word lists when you are ready.`);
    }
  };

  return (
    <section class="card stack" aria-labelledby="org-heading" data-testid="organisation">
      <h2 id="org-heading">From {org.name}</h2>
      <p class="muted">
        {org.name} set some of Steady’s settings through your browser. This is what they set; everything else is yours.
      </p>
      <ul>
        {org.helplines.length > 0 && <li>Helplines, shown under “Need urgent help?”: {org.helplines.map((h) => h.name).join(', ')}.</li>}
        {org.contacts.length > 0 && <li>Contacts, shown with your people under “Reach out”: {org.contacts.map((c) => c.name).join(', ')}.</li>}
        {country && <li>Urgent help shows numbers for {country.name} until you choose a country yourself.</li>}
        {pauseSet.length > 0 && (
          <li>
            A suggestion for {pauseSet.map((f) => PAUSE_NAMES[f]).join(', ')}.{' '}
            {org.personMayChangePause
              ? 'Where you choose your own, yours is used.'
              : `${org.name} has fixed these, so they cannot be changed here.`}
          </li>
        )}
      </ul>
      {org.offeredSites.length > 0 && (
        <div class="stack">
          <p>Sites {org.name} suggests. None is added unless you choose it:</p>
          <ul>
            {org.offeredSites.map((site) => (
              <li key={site.host} class="row">
                <span dir="auto">{site.label}</span>
                <button type="button" onClick={() => void addSite(site)}>Add {site.label} to my sites</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {org.offeredLists.length > 0 && (
        <div class="stack">
          <p>Word lists {org.name} suggests (their words stay hidden here). None is added unless you choose it:</p>
          <ul>
            {org.offeredLists.map((list) => (
              <li key={list.label} class="row">
                <span dir="auto">{list.label}</span>
                <button type="button" onClick={() => void addList(list)}>Add “{list.label}” to my word lists</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {org.problems.length > 0 && (
        <div class="notice">
          <p>Part of what {org.name} set could not be used:</p>
          <ul>
            {org.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
