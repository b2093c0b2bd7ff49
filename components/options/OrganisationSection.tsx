import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { PAUSE_DEFAULT_FIELDS, type Organisation, type OrgList, type OrgSite } from '../../lib/prefs/organisation';
import { countryName, findCountry } from '../../lib/helplines';
import { requestSiteAccess } from '../../lib/sites/permissions';
import { findDuplicate, newSite } from '../../lib/sites/site-list';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';
import { sayNote } from '../../lib/i18n/say-note';

export interface OrganisationSectionProps extends SectionProps {
  organisation: Organisation;
  announce: (message: string, isError?: boolean) => void;
}

const pauseName = (field: (typeof PAUSE_DEFAULT_FIELDS)[number]) => t(`org.field.${field}`);

/**
 * Says plainly what an organisation set through the browser's policy. Its sites and word lists are
 * offers: each is added only when the person presses its button, and then it is theirs to change
 * or remove like any other.
 */
export function OrganisationSection({ organisation: org, prefs, edit, announce }: OrganisationSectionProps) {
  const pauseSet = PAUSE_DEFAULT_FIELDS.filter((field) => org.pauseDefaults[field] !== undefined);
  const country = org.helplineCountry ? findCountry(org.helplineCountry) : undefined;

  const addSite = async (site: OrgSite) => {
    if (findDuplicate(prefs.sites, { host: site.host, pathPrefix: '' })) return announce(t('org.already', { label: site.label }));
    const granted = await requestSiteAccess(site.host, site.includeSubdomains).catch(() => false);
    if (!granted) return announce(t('sites.noPermission'), true);
    if (await edit({ list: 'sites', op: 'add', item: newSite({ ok: true, host: site.host, includeSubdomains: site.includeSubdomains, pathPrefix: '' }, site.label) })) {
      announce(t('org.siteAdded', { label: site.label }));
    }
  };
  const addList = async (list: OrgList) => {
    const item = { ...TRIGGER_DEFAULTS, id: crypto.randomUUID(), label: list.label, words: list.words, action: list.action, everySite: false, hosts: [], enabled: false };
    if (await edit({ list: 'triggers', op: 'add', item })) {
      announce(t('org.listAdded', { label: list.label }));
    }
  };

  return (
    <section class="card stack" aria-labelledby="org-heading" data-testid="organisation">
      <h2 id="org-heading">{t('org.heading', { name: org.name })}</h2>
      <p class="muted">{t('org.intro', { name: org.name })}</p>
      <ul>
        {org.helplines.length > 0 && <li>{t('org.helplines', { names: org.helplines.map((h) => h.name).join(', ') })}</li>}
        {org.contacts.length > 0 && <li>{t('org.contacts', { names: org.contacts.map((c) => c.name).join(', ') })}</li>}
        {country && <li>{t('org.country', { country: countryName(country) })}</li>}
        {pauseSet.length > 0 && (
          <li>
            {t('org.suggestion', { fields: pauseSet.map(pauseName).join(', ') })}{' '}
            {org.personMayChangePause ? t('org.yoursWins') : t('org.fixed', { name: org.name })}
          </li>
        )}
      </ul>
      {org.offeredSites.length > 0 && (
        <div class="stack">
          <p>{t('org.sites', { name: org.name })}</p>
          <ul>
            {org.offeredSites.map((site) => (
              <li key={site.host} class="row">
                <span dir="auto">{site.label}</span>
                <button type="button" onClick={() => void addSite(site)}>{t('org.addSite', { label: site.label })}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {org.offeredLists.length > 0 && (
        <div class="stack">
          <p>{t('org.lists', { name: org.name })}</p>
          <ul>
            {org.offeredLists.map((list) => (
              <li key={list.label} class="row">
                <span dir="auto">{list.label}</span>
                <button type="button" onClick={() => void addList(list)}>{t('org.addList', { label: list.label })}</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {org.problems.length > 0 && (
        <div class="notice">
          <p>{t('org.problems', { name: org.name })}</p>
          <ul>
            {org.problems.map((problem, i) => (
              <li key={i}>{typeof problem === 'string' ? problem : sayNote(problem, t('org.problem.other'))}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
