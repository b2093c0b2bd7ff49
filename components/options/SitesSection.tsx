import { useEffect, useState } from 'preact/hooks';
import type { Site } from '../../lib/prefs/schema';
import { parseSiteInput } from '../../lib/sites/parse-site';
import { hasSiteAccess, releaseSiteAccess, requestSiteAccess } from '../../lib/sites/permissions';
import { findDuplicate, newSite, permissionsToRelease } from '../../lib/sites/site-list';
import type { SectionProps } from './types';
import { t } from '../../lib/i18n';

export interface SitesSectionProps extends SectionProps {
  announce: (message: string, isError?: boolean) => void;
}

export function SitesSection({ prefs, edit, announce }: SitesSectionProps) {
  const [address, setAddress] = useState('');
  const [label, setLabel] = useState('');
  const [subdomains, setSubdomains] = useState(true);
  const [error, setError] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(address, { includeSubdomains: subdomains });
    if (!parsed.ok) return setError(parsed.error);
    const candidate = { ...parsed, includeSubdomains: subdomains };
    if (findDuplicate(prefs.sites, candidate)) return setError(t('sites.duplicate', { site: `${parsed.host}${parsed.pathPrefix}` }));
    const granted = await requestSiteAccess(candidate.host, candidate.includeSubdomains).catch(() => false);
    if (!granted) return setError(t('sites.noPermission'));
    setError('');
    if (await edit({ list: 'sites', op: 'add', item: newSite(candidate, label) })) {
      setAddress('');
      setLabel('');
    }
  };

  const remove = async (site: Site) => {
    const after = { ...prefs, sites: prefs.sites.filter((s) => s.id !== site.id) };
    if (await edit({ list: 'sites', op: 'remove', id: site.id })) {
      await releaseSiteAccess(permissionsToRelease(site, after));
      announce(t('common.removed', { name: site.label || site.host }));
    }
  };

  return (
    <section class="card stack" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sites.heading')}</h2>
      <p class="muted">{t('sites.intro')}</p>
      <form class="stack" onSubmit={add} noValidate>
        <div class="row fields">
          <label class="grow">
            {t('sites.site')} <span class="muted">{t('sites.siteHint')}</span>
            <input type="text" value={address} onInput={(e) => setAddress(e.currentTarget.value)}
              aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'site-error' : undefined}
              autocomplete="off" spellcheck={false} />
          </label>
          <label class="grow">
            {t('sites.label')} <span class="muted">{t('sites.labelHint')}</span>
            <input type="text" value={label} maxLength={60} onInput={(e) => setLabel(e.currentTarget.value)} />
          </label>
        </div>
        <label class="choice">
          <input type="checkbox" checked={subdomains} onChange={(e) => setSubdomains(e.currentTarget.checked)} />
          <span>{t('sites.subdomains')}</span>
        </label>
        {error && <p id="site-error" class="error" role="alert">{error}</p>}
        <div>
          <button type="submit" class="primary">{t('sites.add')}</button>
        </div>
      </form>
      {prefs.sites.length > 0 && (
        <ul class="site-list" aria-label={t('sites.list')}>
          {prefs.sites.map((site) => (
            <SiteRow key={site.id} site={site} onRemove={() => void remove(site)} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface SiteRowProps {
  site: Site;
  onRemove: () => void;
}

function SiteRow({ site, onRemove }: SiteRowProps) {
  const [allowed, setAllowed] = useState(true);
  useEffect(() => void hasSiteAccess(site.host, site.includeSubdomains).then(setAllowed), [site.host, site.includeSubdomains]);
  const name = site.includeSubdomains ? `${site.host}${site.pathPrefix}` : t('sites.only', { host: `${site.host}${site.pathPrefix}` });
  return (
    <li class="row site">
      <span class="grow">
        <span dir="auto">{site.label || site.host}</span>
        {site.label && <span class="muted"> · {name}</span>}
        {!site.label && !site.includeSubdomains && <span class="muted">{t('sites.notSubdomains')}</span>}
        {!site.label && site.pathPrefix && <span class="muted"> · {site.pathPrefix}</span>}
        {!allowed && <span class="muted">{t('sites.needsPermission')}</span>}
      </span>
      {!allowed && (
        <button type="button" onClick={() => void requestSiteAccess(site.host, site.includeSubdomains).then(setAllowed)}>{t('sites.allow')}</button>
      )}
      <button type="button" onClick={onRemove} aria-label={t('common.removeThing', { name: site.label || site.host })}>{t('common.remove')}</button>
    </li>
  );
}
