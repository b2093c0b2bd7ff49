import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ALL_SITES,
  PAUSE_SCRIPT,
  WORDS_SCRIPT,
  planContentScripts,
  syncContentScripts,
  type ScriptingApi,
} from '../../lib/background/content-scripts';
import { reachOpenTabs } from '../../lib/background/open-tabs';
import { quietSitePatterns } from '../../lib/background/quiet-sites';
import type { Site, Trigger } from '../../lib/prefs/schema';

type Script = Parameters<ScriptingApi['registerContentScripts']>[0][number];

/** An in-memory browser.scripting that records every call and behaves like the real one on ids. */
class FakeScripting implements ScriptingApi {
  scripts = new Map<string, Script>();
  calls: string[] = [];

  async getRegisteredContentScripts(filter?: { ids?: string[] }) {
    this.calls.push('get');
    const all = [...this.scripts.values()];
    return structuredClone(filter?.ids ? all.filter((s) => filter.ids!.includes(s.id)) : all);
  }
  async registerContentScripts(scripts: Script[]) {
    this.calls.push('register');
    for (const s of scripts) {
      if (this.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      this.scripts.set(s.id, structuredClone(s));
    }
  }
  async updateContentScripts(scripts: Script[]) {
    this.calls.push('update');
    for (const s of scripts) {
      if (!this.scripts.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
      this.scripts.set(s.id, { ...this.scripts.get(s.id)!, ...structuredClone(s) });
    }
  }
  async unregisterContentScripts(filter?: { ids?: string[] }) {
    this.calls.push('unregister');
    for (const id of filter?.ids ?? [...this.scripts.keys()]) {
      if (!this.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
  }
  writes() {
    return this.calls.filter((c) => c !== 'get');
  }
}

const site = (id: string, host: string, pathPrefix = ''): Site => ({ id, host, includeSubdomains: true, pathPrefix, label: '' });
const list = (id: string, action: Trigger['action'], hosts: string[], everySite = false, enabled = true): Trigger => ({
  ...TRIGGER_DEFAULTS, id, label: '', words: ['word'], action, everySite, hosts, enabled,
});
const both = (host: string) => [`*://*.${host}/*`, `*://${host}/*`];

describe('planContentScripts', () => {
  it('plans nothing while nothing is configured', () => {
    expect(planContentScripts({ sites: [], triggers: [] }, true).map((p) => p.matches)).toEqual([[], []]);
  });

  it('runs the covering script in the top page only and the words script in every frame', () => {
    const [pause, words] = planContentScripts({ sites: [site('a', 'news.example')], triggers: [list('b', 'veil', ['feed.example'])] }, false);
    expect(pause).toMatchObject({ ...PAUSE_SCRIPT, allFrames: false });
    expect(words).toMatchObject({ ...WORDS_SCRIPT, allFrames: true });
  });

  it('sends chosen sites and pausing word lists to the covering script, every enabled list to the words script', () => {
    const [pause, words] = planContentScripts(
      { sites: [site('a', 'news.example')], triggers: [list('p', 'pause', ['forum.example']), list('b', 'veil', ['feed.example']), list('h', 'hide', ['feed.example'])] },
      false,
    );
    expect(pause).toEqual({ ...PAUSE_SCRIPT, matches: [...both('forum.example'), ...both('news.example')].sort(), excludeMatches: [], allFrames: false, persist: true });
    // A host where a list pauses gets both scripts (they share one cover); nothing is excluded.
    expect(words).toEqual({ ...WORDS_SCRIPT, matches: [...both('feed.example'), ...both('forum.example')].sort(), excludeMatches: [], allFrames: true, persist: true });
  });

  it('gives a chosen site with no word list only the covering script', () => {
    const [pause, words] = planContentScripts({ sites: [site('a', 'news.example')], triggers: [] }, true);
    expect(pause!.matches).toEqual(both('news.example'));
    expect(words!.matches).toEqual([]);
  });

  it('gives a host where lists only blur or hide only the words script', () => {
    const [pause, words] = planContentScripts({ sites: [], triggers: [list('b', 'veil', ['feed.example']), list('h', 'hide', ['other.example'])] }, true);
    expect(pause!.matches).toEqual([]);
    expect(words!.matches).toEqual([...both('feed.example'), ...both('other.example')].sort());
  });

  it('lists each pattern once', () => {
    const [pause, words] = planContentScripts(
      { sites: [site('a', 'news.example'), site('b', 'news.example', '/world')], triggers: [list('p', 'pause', ['news.example']), list('q', 'pause', ['news.example'])] },
      false,
    );
    expect(pause!.matches).toEqual(both('news.example'));
    expect(words!.matches).toEqual(both('news.example'));
  });

  it('ignores lists that are switched off', () => {
    const plans = planContentScripts({ sites: [], triggers: [list('b', 'veil', ['feed.example'], false, false), list('p', 'pause', ['forum.example'], false, false)] }, true);
    expect(plans.map((p) => p.matches)).toEqual([[], []]);
  });

  it('covers every site only when a list asks for it and the person granted all-sites access', () => {
    const triggers = [list('b', 'veil', ['feed.example']), list('e', 'hide', [], true)];
    expect(planContentScripts({ sites: [], triggers }, false)[1]!.matches).toEqual(both('feed.example'));
    expect(planContentScripts({ sites: [], triggers }, true)[1]!.matches).toEqual(ALL_SITES);
    // A list that only hides on every site never covers every site.
    expect(planContentScripts({ sites: [site('a', 'news.example')], triggers }, true)[0]!.matches).toEqual(both('news.example'));
    const pausing = planContentScripts({ sites: [site('a', 'news.example')], triggers: [list('p', 'pause', [], true), ...triggers] }, true);
    expect(pausing[0]!.matches).toEqual(ALL_SITES);
    expect(pausing[1]!.matches).toEqual(ALL_SITES);
    expect(pausing.map((p) => p.excludeMatches)).toEqual([[], []]);
    // Without the permission, an every-site pausing list adds nothing.
    expect(planContentScripts({ sites: [], triggers: [list('p', 'pause', [], true)] }, false).map((p) => p.matches)).toEqual([[], []]);
  });
});

describe('syncContentScripts', () => {
  let scripting: FakeScripting;
  beforeEach(() => {
    scripting = new FakeScripting();
  });
  const plan = (pause: string[], words: string[] = [], quiet: string[] = []) => [
    { ...PAUSE_SCRIPT, matches: pause, excludeMatches: quiet, allFrames: false, persist: quiet.length === 0 },
    { ...WORDS_SCRIPT, matches: words, excludeMatches: [], allFrames: true, persist: true },
  ];

  it('registers each script at document_start, persisting across restarts: pause.js top page only, words.js in every frame', async () => {
    await syncContentScripts(plan(both('a.example'), both('b.example')), scripting);
    expect(scripting.scripts.get(PAUSE_SCRIPT.id)).toEqual({
      id: PAUSE_SCRIPT.id, matches: both('a.example'), js: [PAUSE_SCRIPT.file], runAt: 'document_start', allFrames: false, persistAcrossSessions: true,
    });
    expect(scripting.scripts.get(WORDS_SCRIPT.id)).toEqual({
      id: WORDS_SCRIPT.id, matches: both('b.example'), js: [WORDS_SCRIPT.file], runAt: 'document_start', allFrames: true, persistAcrossSessions: true,
    });
  });

  it('registers the plan made from preferences', async () => {
    await syncContentScripts(planContentScripts({ sites: [site('a', 'news.example')], triggers: [list('b', 'veil', ['news.example'])] }, false), scripting);
    expect(scripting.scripts.get(PAUSE_SCRIPT.id)).toMatchObject({ matches: both('news.example'), allFrames: false });
    expect(scripting.scripts.get(WORDS_SCRIPT.id)).toMatchObject({ matches: both('news.example'), allFrames: true });
    expect(scripting.scripts.get(WORDS_SCRIPT.id)).not.toHaveProperty('excludeMatches');
  });

  it('writes nothing when the plan has not changed, whatever the order of patterns', async () => {
    await syncContentScripts(plan(both('a.example'), both('b.example')), scripting);
    scripting.calls = [];
    await syncContentScripts(plan([...both('a.example')].reverse(), [...both('b.example')].reverse()), scripting);
    expect(scripting.writes()).toEqual([]);
  });

  it('replaces a script whose sites changed, and removes one with no sites left', async () => {
    await syncContentScripts(plan(both('a.example'), both('b.example')), scripting);
    scripting.calls = [];
    await syncContentScripts(plan(both('c.example')), scripting);
    expect(scripting.scripts.get(PAUSE_SCRIPT.id)?.matches).toEqual(both('c.example'));
    expect(scripting.scripts.has(WORDS_SCRIPT.id)).toBe(false);
    expect(scripting.writes()).toEqual(['unregister', 'register', 'unregister']);
  });

  it('replaces a registration from an earlier version: pause.js in every frame, words.js with excludeMatches', async () => {
    const base = { js: [] as string[], runAt: 'document_start' as const, persistAcrossSessions: true };
    scripting.scripts.set(PAUSE_SCRIPT.id, { ...base, id: PAUSE_SCRIPT.id, matches: both('a.example'), js: [PAUSE_SCRIPT.file], allFrames: true });
    scripting.scripts.set(WORDS_SCRIPT.id, { ...base, id: WORDS_SCRIPT.id, matches: both('b.example'), excludeMatches: both('a.example'), js: [WORDS_SCRIPT.file], allFrames: true });
    await syncContentScripts(plan(both('a.example'), both('b.example')), scripting);
    expect(scripting.writes()).toEqual(['unregister', 'register', 'unregister', 'register']);
    expect(scripting.scripts.get(PAUSE_SCRIPT.id)?.allFrames).toBe(false);
    expect(scripting.scripts.get(WORDS_SCRIPT.id)).not.toHaveProperty('excludeMatches');
  });

  it('treats a registration that does not report allFrames as top page only', async () => {
    const base = { js: [PAUSE_SCRIPT.file], runAt: 'document_start' as const, persistAcrossSessions: true };
    scripting.scripts.set(PAUSE_SCRIPT.id, { ...base, id: PAUSE_SCRIPT.id, matches: both('a.example') } as Script);
    await syncContentScripts(plan(both('a.example')), scripting);
    expect(scripting.writes()).toEqual([]);
  });

  it('does nothing while nothing is planned or registered', async () => {
    await syncContentScripts(plan([]), scripting);
    expect(scripting.writes()).toEqual([]);
  });

  it('names the scripts that had no registration before (a first site, or scripts the browser dropped), not those it replaced', async () => {
    expect((await syncContentScripts(plan(both('a.example')), scripting)).map((p) => p.id)).toEqual([PAUSE_SCRIPT.id]);
    expect(await syncContentScripts(plan(both('c.example')), scripting)).toEqual([]);
    expect((await syncContentScripts(plan(both('c.example'), both('b.example')), scripting)).map((p) => p.id)).toEqual([WORDS_SCRIPT.id]);
    scripting.scripts.clear();
    expect((await syncContentScripts(plan(both('c.example'), both('b.example')), scripting)).map((p) => p.id)).toEqual([PAUSE_SCRIPT.id, WORDS_SCRIPT.id]);
  });

  it('leaves out the quiet sites for this session only, updating in place both ways it can, and takes them back in at the end', async () => {
    await syncContentScripts(plan([...both('a.example'), ...both('b.example')]), scripting);
    scripting.calls = [];
    await syncContentScripts(plan([...both('a.example'), ...both('b.example')], [], both('a.example')), scripting);
    expect(scripting.writes()).toEqual(['update']);
    expect(scripting.scripts.get(PAUSE_SCRIPT.id)).toMatchObject({ excludeMatches: both('a.example'), persistAcrossSessions: false });
    scripting.calls = [];
    await syncContentScripts(plan([...both('a.example'), ...both('b.example')], [], [...both('a.example'), ...both('b.example')]), scripting);
    expect(scripting.writes()).toEqual(['update']);
    scripting.calls = [];
    // The browser cannot drop excludeMatches by an update: the registration is made anew.
    await syncContentScripts(plan([...both('a.example'), ...both('b.example')]), scripting);
    expect(scripting.writes()).toEqual(['unregister', 'register']);
    expect(scripting.scripts.get(PAUSE_SCRIPT.id)).toMatchObject({ persistAcrossSessions: true });
    expect(scripting.scripts.get(PAUSE_SCRIPT.id)).not.toHaveProperty('excludeMatches');
  });
});

describe('quietSitePatterns', () => {
  const prefs = (sites: Site[], triggers: Trigger[] = [], frequency: 'once-per-session' | 'every-visit' | 'interval' = 'once-per-session') => ({
    sites,
    triggers,
    pause: { frequency, intervalMinutes: 30, waitSeconds: 0 } as never,
  });
  const continued = (...ids: string[]) => ({ continued: Object.fromEntries(ids.map((id) => [id, 1])) });

  it('leaves out a site continued this session, and nothing else', () => {
    expect(quietSitePatterns(prefs([site('a', 'a.example'), site('b', 'b.example')]), continued('a'))).toEqual(both('a.example').sort());
    expect(quietSitePatterns(prefs([site('a', 'a.example')]), continued())).toEqual([]);
  });

  it('leaves out nothing unless the person asked for one pause per session', () => {
    expect(quietSitePatterns(prefs([site('a', 'a.example')], [], 'every-visit'), continued('a'))).toEqual([]);
    expect(quietSitePatterns(prefs([site('a', 'a.example')], [], 'interval'), continued('a'))).toEqual([]);
  });

  it('keeps a site that shares pages with a chosen site that may still pause, either way round', () => {
    const news = site('n', 'news.example');
    const sport = site('s', 'sport.news.example');
    const politics = site('p', 'news.example', '/politics');
    expect(quietSitePatterns(prefs([news, sport]), continued('n'))).toEqual([]);
    expect(quietSitePatterns(prefs([news, sport]), continued('s'))).toEqual([]);
    expect(quietSitePatterns(prefs([news, politics]), continued('n'))).toEqual([]);
    expect(quietSitePatterns(prefs([news, sport]), continued('n', 's')).sort()).toEqual([...both('news.example'), ...both('sport.news.example')].sort());
    // Without subdomains, a site does not reach the pages under it.
    const bare = { ...site('b', 'news.example'), includeSubdomains: false };
    expect(quietSitePatterns(prefs([bare, sport]), continued('b'))).toEqual(['*://news.example/*']);
  });

  it('keeps every site a word list may pause, and all of them for a list on every site', () => {
    const pausing = list('w', 'pause', ['forum.news.example']);
    expect(quietSitePatterns(prefs([site('n', 'news.example')], [pausing]), continued('n'))).toEqual([]);
    expect(quietSitePatterns(prefs([site('n', 'news.example')], [list('v', 'veil', ['news.example'])]), continued('n'))).toEqual(both('news.example').sort());
    expect(quietSitePatterns(prefs([site('n', 'news.example')], [list('e', 'pause', [], true)]), continued('n'))).toEqual([]);
    expect(quietSitePatterns(prefs([site('n', 'news.example')], [list('o', 'pause', ['news.example'], false, false)]), continued('n'))).toEqual(both('news.example').sort());
  });

  it('is planned into the pause script only, kept for this session only', () => {
    const [pause, words] = planContentScripts({ sites: [site('a', 'a.example')], triggers: [list('b', 'veil', ['a.example'])] }, false, Date.now(), both('a.example'));
    expect(pause).toMatchObject({ excludeMatches: both('a.example'), persist: false });
    expect(words).toMatchObject({ excludeMatches: [], persist: true });
  });
});

describe('reachOpenTabs', () => {
  const pausePlan = { ...PAUSE_SCRIPT, matches: both('a.example'), excludeMatches: [], allFrames: false, persist: true };
  const wordsPlan = { ...WORDS_SCRIPT, matches: both('b.example'), excludeMatches: [], allFrames: true, persist: true };
  /** Tabs by URL; like the browser, a query finds only tabs whose URL it may read and that match. */
  const browserWith = (tabs: Array<{ id: number; url?: string }>, failFor: number[] = []) => {
    const injected: string[] = [];
    // Enough of match patterns for these tests: `*://host/*` and `*://*.host/*`.
    const matches = (url: string | undefined, patterns: string[]) => {
      if (url === undefined) return false;
      const { hostname } = new URL(url);
      return patterns.some((p) => {
        const host = p.slice('*://'.length, -'/*'.length);
        return host.startsWith('*.') ? hostname.endsWith(host.slice(1)) : hostname === host;
      });
    };
    return {
      injected,
      api: {
        tabs: { query: async ({ url }: { url: string[] }) => tabs.filter((t) => matches(t.url, url)).map(({ id }) => ({ id })) },
        scripting: {
          executeScript: async ({ target, files }: { target: { tabId: number; allFrames: boolean }; files: string[] }) => {
            if (failFor.includes(target.tabId)) throw new Error('No tab with id');
            injected.push(`${target.tabId}:${files.join()}:${target.allFrames ? 'all frames' : 'top'}`);
          },
        },
      },
    };
  };

  it('sends each script to the open tabs its plan matches, in the frames it runs in, and no others', async () => {
    const { api, injected } = browserWith([{ id: 1, url: 'https://a.example/news' }, { id: 2, url: 'https://www.b.example/' }, { id: 3, url: 'https://other.example/' }, { id: 4 }]);
    expect(await reachOpenTabs([pausePlan, wordsPlan], api, () => undefined)).toBe(2);
    expect(injected).toEqual(['1:pause.js:top', '2:words.js:all frames']);
  });

  it('goes on past a tab that closed meanwhile, and says what failed', async () => {
    const errors: unknown[] = [];
    const { api, injected } = browserWith([{ id: 1, url: 'https://a.example/' }, { id: 2, url: 'https://a.example/more' }], [1]);
    expect(await reachOpenTabs([pausePlan], api, (e) => errors.push(e))).toBe(1);
    expect(injected).toEqual(['2:pause.js:top']);
    expect(errors).toHaveLength(1);
  });

  it('asks for no tabs for a plan with no sites', async () => {
    const { api } = browserWith([{ id: 1, url: 'https://a.example/' }]);
    let queried = false;
    const query = api.tabs.query;
    api.tabs.query = async (q) => ((queried = true), query(q));
    expect(await reachOpenTabs([{ ...pausePlan, matches: [] }], api)).toBe(0);
    expect(queried).toBe(false);
  });
});
