import type { ScriptPlan } from './content-scripts';

/** The slices of browser.tabs and browser.scripting used here; injectable for tests. */
export interface OpenTabsApi {
  tabs: { query(query: { url: string[] }): Promise<Array<{ id?: number }>> };
  scripting: {
    executeScript(injection: { target: { tabId: number; allFrames: boolean }; files: string[]; injectImmediately: boolean }): Promise<unknown>;
  };
}

/**
 * Brings page scripts to the tabs already open when their registration was made. The browser drops
 * registered scripts when Steady is updated (and an unpacked Steady's at every start), and a tab it
 * restores as it starts loads before the worker registers them again: without this, a chosen site
 * brought back with the session would show no pause. Only tabs Steady may read are found (the
 * query matches only where it has the host's permission). The scripts themselves start only once
 * per document and leave alone a page the person is already reading (lib/content/page-start.ts).
 * Returns how many tabs were reached.
 */
export async function reachOpenTabs(plans: readonly ScriptPlan[], { tabs, scripting }: OpenTabsApi, onError: (error: unknown) => void = console.error): Promise<number> {
  let reached = 0;
  for (const plan of plans) {
    if (plan.matches.length === 0) continue;
    for (const tab of await tabs.query({ url: plan.matches })) {
      if (tab.id === undefined) continue;
      try {
        await scripting.executeScript({ target: { tabId: tab.id, allFrames: plan.allFrames }, files: [plan.file], injectImmediately: true });
        reached++;
      } catch (error) {
        // A tab that closed or navigated meanwhile; its next page gets the registered script.
        onError(error);
      }
    }
  }
  return reached;
}
