import { useEffect, useState } from 'preact/hooks';
import type { Organisation } from '../lib/prefs/organisation';
import { readLayer, watchLayer } from '../lib/prefs/read';

/** The organisation's part, live (null: no organisation, or not read yet). */
export function useOrganisation(): Organisation | null {
  const [org, setOrg] = useState<Organisation | null>(null);
  useEffect(() => {
    let live = true;
    void readLayer().then((layer) => live && setOrg(layer.org)).catch(() => undefined);
    const stop = watchLayer((layer) => setOrg(layer.org));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return org;
}
