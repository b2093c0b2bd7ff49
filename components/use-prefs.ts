import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../lib/messages/extension-pages';
import type { ListOp } from '../lib/prefs/list-ops';
import type { DeepPartial } from '../lib/prefs/patch';
import { readPrefs, watchPrefs } from '../lib/prefs/read';
import type { Prefs } from '../lib/prefs/schema';
import type { PrefsResult } from '../lib/prefs/storage';
import { applyAppearance } from '../lib/ui/apply-appearance';

export interface PrefsState {
  prefs: Prefs | null;
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
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  useEffect(() => {
    let live = true;
    void readPrefs().then((p) => live && setPrefs((known) => known ?? p)).catch(() => undefined);
    void sendMessage('getPrefs').then((p) => live && setPrefs(p));
    const stop = watchPrefs(setPrefs);
    return () => {
      live = false;
      stop();
    };
  }, []);
  useEffect(() => {
    if (prefs) applyAppearance(prefs.appearance);
  }, [prefs?.appearance]);
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
  return { prefs, update, edit };
}

/** A change that never reached the background (it was being updated, or stopped) is said, never lost in silence. */
function unreachable(): PrefsResult {
  return { ok: false, error: 'Nothing was changed: Steady could not reach its background just now. Please try again.' };
}
