import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ListOp } from '../../lib/prefs/list-ops';
import type { Prefs } from '../../lib/prefs/schema';
import { parseSiteInput } from '../../lib/sites/parse-site';
import { requestSiteAccess } from '../../lib/sites/permissions';
import { findDuplicate, newSite } from '../../lib/sites/site-list';

export interface WelcomeSiteProps {
  prefs: Prefs;
  edit: (op: ListOp) => Promise<boolean>;
}

/** A first site to pause on; the browser asks for its permission right here, in the person's click. */
export function WelcomeSite({ prefs, edit }: WelcomeSiteProps) {
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    setDone('');
    const parsed = parseSiteInput(address, { includeSubdomains: true });
    if (!parsed.ok) return setError(parsed.error);
    const candidate = { ...parsed, includeSubdomains: true };
    if (findDuplicate(prefs.sites, candidate)) return setError(t('sites.duplicate', { site: `${parsed.host}${parsed.pathPrefix}` }));
    const granted = await requestSiteAccess(candidate.host, true).catch(() => false);
    if (!granted) return setError(t('sites.noPermission'));
    setError('');
    if (await edit({ list: 'sites', op: 'add', item: newSite(candidate, '') })) {
      setAddress('');
      setDone(t('welcome.siteAdded', { host: candidate.host }));
    }
  };
  return (
    <form class="card stack" onSubmit={add} noValidate aria-labelledby="welcome-site-heading">
      <h3 id="welcome-site-heading">{t('welcome.siteHeading')}</h3>
      <p class="muted">{t('welcome.siteIntro')}</p>
      <label class="grow">
        {t('sites.site')} <span class="muted">{t('sites.siteHint')}</span>
        <input
          type="text"
          value={address}
          onInput={(e) => setAddress(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'welcome-site-error' : undefined}
          autocomplete="off"
          spellcheck={false}
        />
      </label>
      {error && <p id="welcome-site-error" class="error" role="alert">{error}</p>}
      <div>
        <button type="submit">{t('sites.add')}</button>
      </div>
      <p class="muted" role="status">{done}</p>
    </form>
  );
}
