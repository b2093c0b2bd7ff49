import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { sendMessage } from '../lib/messages/extension-pages';
import type { ListOp } from '../lib/prefs/list-ops';
import type { DeepPartial } from '../lib/prefs/patch';
import { effectivePrefs, type Organisation } from '../lib/prefs/organisation';
import { readLayer, readPrefsPerson, watchLayer, watchPrefs, type PrefsLayer } from '../lib/prefs/read';
import type { Prefs } from '../lib/prefs/schema';
import type { PrefsResult } from '../lib/prefs/storage';
import { applyAppearance } from '../lib/ui/apply-appearance';
import { activeCatalogue, applyLanguage, t } from '../lib/i18n';
import { rememberLanguage } from '../lib/i18n/start';

export interface PrefsState {
  /** The person's preferences, with the organisation's defaults where the person has not chosen. */
  prefs: Prefs | null;
  /** What an organisation set through the browser's policy (null: none). */
  organisation: Organisation | null;
  /** Sends a partial change to the background; the returned result says why when it was refused. */
  update: (patch: DeepPartial<Prefs>) => Promise<PrefsResult>;
  /** One edit of a list by id, made on the background's current copy (see lib/prefs/list-ops.ts). */
  edit: (op: ListOp) => Promise<PrefsResult>;
}

/**
 * Live preferences for extension pages: read straight from storage first (a sleeping service worker
 * would otherwise hold up the popup), then the background's answer, then every storage change.
 */
export function usePrefs(): PrefsState {
  const [person, setPrefs] = useState<Prefs | null>(null);
  const [layer, setLayer] = useState<PrefsLayer>({ org: null, stamps: {} });
  useEffect(() => {
    let live = true;
    void readLayer().then((l) => live && setLayer(l)).catch(() => undefined);
    const stopLayer = watchLayer(setLayer);
    void readPrefsPerson().then((p) => live && setPrefs((known) => known ?? p)).catch(() => undefined);
    void sendMessage('getPrefs').then((p) => live && setPrefs(p));
    const stop = watchPrefs(setPrefs);
    return () => {
      live = false;
      stop();
      stopLayer();
    };
  }, []);
  const prefs = useMemo(() => person && effectivePrefs(person, layer.org, layer.stamps), [person, layer]);
  useEffect(() => {
    if (prefs) applyAppearance(prefs.appearance);
  }, [prefs?.appearance]);
  // The person's language: the page re-renders in it once it is loaded (the page started in the
  // language it last used, so this changes something only after a choice made elsewhere).
  const language = prefs?.appearance.language;
  const [, setShown] = useState(() => activeCatalogue().code);
  useEffect(() => {
    if (!language) return;
    rememberLanguage(language);
    let live = true;
    void applyLanguage(language).then((catalogue) => live && setShown(catalogue.code));
    return () => {
      live = false;
    };
  }, [language]);
  const update = useCallback(async (patch: DeepPartial<Prefs>) => {
    const result = await sendMessage('updatePrefs', patch).catch(unreachable);
    if (result.ok) setPrefs(result.prefs);
    return result;
  }, []);
  const edit = useCallback(async (op: ListOp) => {
    const result = await sendMessage('editList', op).catch(unreachable);
    if (result.ok) setPrefs(result.prefs);
    return result;
  }, []);
  return { prefs, organisation: layer.org, update, edit };
}

/** A change that never reached the background (it was being updated, or stopped) is said, never lost in silence. */
function unreachable(): PrefsResult {
  return { ok: false, error: t('error.unreachable') };
}
