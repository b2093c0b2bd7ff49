import { beforeEach, describe, expect, it } from 'vitest';
import { PAUSE_SCRIPT_FILE, PAUSE_SCRIPT_ID, syncPauseRegistration, type ScriptingApi } from '../../lib/background/pause-registration';
import type { Site } from '../../lib/prefs/schema';

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

const site = (id: string, host: string, pathPrefix = '', includeSubdomains = true): Site => ({ id, host, includeSubdomains, pathPrefix, label: '' });

describe('syncPauseRegistration', () => {
  let scripting: FakeScripting;
  beforeEach(() => {
    scripting = new FakeScripting();
  });

  it('registers nothing while there are no sites', async () => {
    expect(await syncPauseRegistration([], scripting)).toEqual([]);
    expect(scripting.writes()).toEqual([]);
    expect(scripting.scripts.size).toBe(0);
  });

  it('registers the pause script for the first site, at document_start, top frame only, persisting', async () => {
    const patterns = await syncPauseRegistration([site('a', 'example.com', '/news')], scripting);
    expect(patterns).toEqual(['*://*.example.com/*', '*://example.com/*']);
    expect(scripting.writes()).toEqual(['register']);
    expect(scripting.scripts.get(PAUSE_SCRIPT_ID)).toEqual({
      id: 'steady-pause',
      matches: ['*://*.example.com/*', '*://example.com/*'],
      js: ['content-scripts/pause.js'],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(PAUSE_SCRIPT_FILE).toBe('content-scripts/pause.js');
  });

  it('updates the registration when the patterns change', async () => {
    await syncPauseRegistration([site('a', 'example.com')], scripting);
    const patterns = await syncPauseRegistration([site('a', 'example.com'), site('b', 'other.org', '', false)], scripting);
    expect(patterns).toEqual(['*://*.example.com/*', '*://example.com/*', '*://other.org/*']);
    expect(scripting.writes()).toEqual(['register', 'update']);
    const script = scripting.scripts.get(PAUSE_SCRIPT_ID)!;
    expect(script.matches).toEqual(patterns);
    expect(script).toMatchObject({ js: [PAUSE_SCRIPT_FILE], runAt: 'document_start', allFrames: false, persistAcrossSessions: true });
  });

  it('updates when a site is removed but others remain', async () => {
    await syncPauseRegistration([site('a', 'example.com'), site('b', 'other.org')], scripting);
    await syncPauseRegistration([site('b', 'other.org')], scripting);
    expect(scripting.writes()).toEqual(['register', 'update']);
    expect(scripting.scripts.get(PAUSE_SCRIPT_ID)!.matches).toEqual(['*://*.other.org/*', '*://other.org/*']);
  });

  it('updates when only the subdomain choice changes', async () => {
    await syncPauseRegistration([site('a', 'example.com')], scripting);
    await syncPauseRegistration([site('a', 'example.com', '', false)], scripting);
    expect(scripting.writes()).toEqual(['register', 'update']);
    expect(scripting.scripts.get(PAUSE_SCRIPT_ID)!.matches).toEqual(['*://example.com/*']);
  });

  it('does nothing when the patterns are unchanged (a new path or label on a known host)', async () => {
    await syncPauseRegistration([site('a', 'example.com')], scripting);
    const again = await syncPauseRegistration([site('a', 'example.com'), site('b', 'example.com', '/news')], scripting);
    expect(again).toEqual(['*://*.example.com/*', '*://example.com/*']);
    expect(scripting.writes()).toEqual(['register']);
  });

  it('does nothing when the browser reports the same patterns in another order', async () => {
    scripting.scripts.set(PAUSE_SCRIPT_ID, {
      id: PAUSE_SCRIPT_ID,
      matches: ['*://example.com/*', '*://*.example.com/*'],
      js: [PAUSE_SCRIPT_FILE],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
    await syncPauseRegistration([site('a', 'example.com')], scripting);
    expect(scripting.writes()).toEqual([]);
  });

  it('updates a surviving registration that has no matches (after a browser restart)', async () => {
    scripting.scripts.set(PAUSE_SCRIPT_ID, { id: PAUSE_SCRIPT_ID } as Script);
    await syncPauseRegistration([site('a', 'example.com')], scripting);
    expect(scripting.writes()).toEqual(['update']);
    expect(scripting.scripts.get(PAUSE_SCRIPT_ID)!.matches).toEqual(['*://*.example.com/*', '*://example.com/*']);
  });

  it('unregisters when the last site goes, and only once', async () => {
    await syncPauseRegistration([site('a', 'example.com')], scripting);
    expect(await syncPauseRegistration([], scripting)).toEqual([]);
    expect(scripting.scripts.has(PAUSE_SCRIPT_ID)).toBe(false);
    expect(await syncPauseRegistration([], scripting)).toEqual([]);
    expect(scripting.writes()).toEqual(['register', 'unregister']);
  });

  it('registers again after everything was removed', async () => {
    await syncPauseRegistration([site('a', 'example.com')], scripting);
    await syncPauseRegistration([], scripting);
    await syncPauseRegistration([site('b', 'other.org')], scripting);
    expect(scripting.writes()).toEqual(['register', 'unregister', 'register']);
    expect(scripting.scripts.get(PAUSE_SCRIPT_ID)!.matches).toEqual(['*://*.other.org/*', '*://other.org/*']);
  });

  it('only asks about and touches its own script', async () => {
    const other: Script = { id: 'someone-else', matches: ['*://x.org/*'], js: ['x.js'], runAt: 'document_start', allFrames: true, persistAcrossSessions: false };
    scripting.scripts.set(other.id, other);
    await syncPauseRegistration([site('a', 'example.com')], scripting);
    await syncPauseRegistration([], scripting);
    expect(scripting.scripts.get('someone-else')).toEqual(other);
    expect(scripting.writes()).toEqual(['register', 'unregister']);
  });

  it('registers an IP site without a *. pattern', async () => {
    await syncPauseRegistration([site('a', '192.168.1.10')], scripting);
    expect(scripting.scripts.get(PAUSE_SCRIPT_ID)!.matches).toEqual(['*://192.168.1.10/*']);
  });

  it('passes on an error from the browser', async () => {
    scripting.registerContentScripts = async () => {
      throw new Error('Invalid match pattern');
    };
    await expect(syncPauseRegistration([site('a', 'example.com')], scripting)).rejects.toThrow('Invalid match pattern');
  });
});
