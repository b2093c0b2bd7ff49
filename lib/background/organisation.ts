import { parseOrganisation } from '../prefs/managed';
import { ORG_KEY } from '../prefs/organisation';
import type { KeyValueArea } from '../prefs/storage';

export interface OrganisationAreas {
  /** storage.managed: rejects in Firefox when no policy (native manifest) is installed. */
  managed?: Pick<KeyValueArea, 'get'> & { get(keys?: null): Promise<Record<string, unknown>> };
  local: Pick<KeyValueArea, 'set' | 'remove'>;
}

/**
 * Copies the organisation's policy, checked, to storage.local under its own key, where pages and
 * page scripts read it in the same read as the person's preferences. No policy (or a browser
 * that cannot read one) simply means no organisation.
 */
export async function refreshOrganisation({ managed, local }: OrganisationAreas) {
  const policy = managed ? await managed.get(null).catch(() => undefined) : undefined;
  const org = parseOrganisation(policy);
  if (org) await local.set({ [ORG_KEY]: org });
  else await local.remove(ORG_KEY);
  return org;
}
