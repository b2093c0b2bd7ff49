import { beforeEach, describe, expect, it } from 'vitest';
import {
  ALL_SITES,
  PAUSE_SCRIPT,
  WORDS_SCRIPT,
  planContentScripts,
  syncContentScripts,
  type ScriptingApi,
} from '../../lib/background/content-scripts';
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
  id, label: '', words: ['word'], action, everySite, hosts, enabled,
});
const both = (host: string) => [`*://*.${host}/*`, `*://${host}/*`];

describe('planContentScripts', () => {
  it('plans nothing while nothing is configured', () => {
    expect(planContentScripts({ sites: [], triggers: [] }, true).map((p) => p.matches)).toEqual([[], []]);
  });

  it('sends chosen sites and pausing word lists to the covering script, blur/hide lists to the other', () => {
    const [pause, words] = planContentScripts(
      { sites: [site('a', 'news.example')], triggers: [list('p', 'pause', ['forum.example']), list('b', 'blur', ['feed.example']), list('h', 'hide', ['feed.example'])] },
      false,
    );
    expect(pause).toEqual({ ...PAUSE_SCRIPT, matches: [...both('forum.example'), ...both('news.example')].sort(), excludeMatches: [] });
    expect(words).toEqual({ ...WORDS_SCRIPT, matches: both('feed.example'), excludeMatches: pause!.matches });
  });

  it('ignores lists that are switched off', () => {
    const plans = planContentScripts({ sites: [], triggers: [list('b', 'blur', ['feed.example'], false, false)] }, true);
    expect(plans.map((p) => p.matches)).toEqual([[], []]);
  });

  it('covers every site only when a list asks for it and the person granted all-sites access', () => {
    const triggers = [list('b', 'blur', ['feed.example']), list('e', 'hide', [], true)];
    expect(planContentScripts({ sites: [], triggers }, false)[1]!.matches).toEqual(both('feed.example'));
    expect(planContentScripts({ sites: [], triggers }, true)[1]!.matches).toEqual(ALL_SITES);
    const pausing = planContentScripts({ sites: [site('a', 'news.example')], triggers: [list('p', 'pause', [], true), ...triggers] }, true);
    expect(pausing[0]!.matches).toEqual(ALL_SITES);
    expect(pausing[1]!.excludeMatches).toEqual(ALL_SITES);
  });
});

describe('syncContentScripts', () => {
  let scripting: FakeScripting;
  beforeEach(() => {
    scripting = new FakeScripting();
  });
  const plan = (pause: string[], words: string[] = []) => [
    { ...PAUSE_SCRIPT, matches: pause, excludeMatches: [] },
    { ...WORDS_SCRIPT, matches: words, excludeMatches: pause.length && words.length ? pause : [] },
  ];

  it('registers each script at document_start in every frame, persisting across restarts', async () => {
    await syncContentScripts(plan(both('a.example'), both('b.example')), scripting);
    expect(scripting.scripts.get(PAUSE_SCRIPT.id)).toEqual({
      id: PAUSE_SCRIPT.id, matches: both('a.example'), js: [PAUSE_SCRIPT.file], runAt: 'document_start', allFrames: true, persistAcrossSessions: true,
    });
    expect(scripting.scripts.get(WORDS_SCRIPT.id)).toMatchObject({ matches: both('b.example'), excludeMatches: both('a.example'), js: [WORDS_SCRIPT.file] });
  });

  it('writes nothing when the plan has not changed, whatever the order of patterns', async () => {
    await syncContentScripts(plan(both('a.example')), scripting);
    scripting.calls = [];
    await syncContentScripts(plan([...both('a.example')].reverse()), scripting);
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

  it('does nothing while nothing is planned or registered', async () => {
    await syncContentScripts(plan([]), scripting);
    expect(scripting.writes()).toEqual([]);
  });
});
