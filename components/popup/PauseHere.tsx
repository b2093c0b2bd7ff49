import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messages/extension-pages';
import type { Prefs } from '../../lib/prefs/schema';
import { findSite } from '../../lib/sites/match';
import { parseSiteInput } from '../../lib/sites/parse-site';
import { requestSiteAccess } from '../../lib/sites/permissions';
import { newSite } from '../../lib/sites/site-list';
import { t } from '../../lib/i18n';
import { sayNote } from '../../lib/i18n/say-note';

export interface PauseHereProps {
  prefs: Prefs;
}

/** "Pause me on this site" for the tab the popup was opened over. */
export function PauseHere({ prefs }: PauseHereProps) {
  const [url, setUrl] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setUrl(tab?.url ?? null));
  }, []);

  const parsed = url ? parseSiteInput(url) : null;
  if (!url || !parsed?.ok) return null;
  const site = { ...parsed, pathPrefix: '' };
  if (findSite(prefs.sites, url)) {
    return <p class="muted" data-testid="pause-here">{t('pauseHere.already')}</p>;
  }

  const add = async () => {
    const granted = await requestSiteAccess(site.host, site.includeSubdomains).catch(() => false);
    if (!granted) return setMessage(t('pauseHere.noPermission'));
    // One edit on the background's copy: a site added in the options page a moment ago stays.
    const result = await sendMessage('editList', { list: 'sites', op: 'add', item: newSite(site, '') });
    setMessage(result.ok ? t('pauseHere.added', { host: site.host }) : sayNote(result.note, result.error));
  };

  return (
    <div class="stack" data-testid="pause-here">
      <button type="button" onClick={add}>{t('pauseHere.button')}</button>
      <p class="muted" role="status">{message}</p>
    </div>
  );
}
