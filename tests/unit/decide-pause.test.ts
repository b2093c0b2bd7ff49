import { describe, expect, it } from 'vitest';
import { decidePause } from '../../lib/pause/decide';
import { emptySession, type PauseSession } from '../../lib/pause/session';
import { defaultPrefs } from '../../lib/prefs/defaults';
import type { Frequency, Prefs, Site } from '../../lib/prefs/schema';

const NEWS: Site = { id: 'news', host: 'example.com', includeSubdomains: true, pathPrefix: '/news', label: 'News' };
const OTHER: Site = { id: 'other', host: 'other.org', includeSubdomains: true, pathPrefix: '', label: '' };
const NOW = new Date(2026, 10, 23, 12, 0); // Monday, local noon
const T = NOW.getTime();
const MIN = 60_000;
const URL_ = 'https://www.example.com/news/today';

function prefs(edit: (p: Prefs) => void = () => {}): Prefs {
  const p = defaultPrefs();
  p.sites = [NEWS, OTHER];
  edit(p);
  return p;
}
const withFrequency = (frequency: Frequency, intervalMinutes = 30) =>
  prefs((p) => {
    p.pause.frequency = frequency;
    p.pause.intervalMinutes = intervalMinutes;
  });
function session(edit: (s: PauseSession) => void = () => {}): PauseSession {
  const s = emptySession();
  edit(s);
  return s;
}

describe('decidePause', () => {
  it('defaults to once per session (the assumption below)', () => {
    expect(defaultPrefs().pause.frequency).toBe('once-per-session');
  });

  it('pauses on a configured site with a fresh session, naming the site', () => {
    expect(decidePause(prefs(), URL_, emptySession(), NOW)).toEqual({ pause: true, site: NEWS });
  });

  describe("'no-site'", () => {
    it.each([
      'https://example.com/',
      'https://example.com/newsletter',
      'https://evilexample.com/news',
      'https://unrelated.test/',
      'ftp://example.com/news',
      'not a url',
    ])('%s', (url) => {
      expect(decidePause(prefs(), url, emptySession(), NOW)).toEqual({ pause: false, reason: 'no-site' });
    });

    it('nothing pauses with the default (empty) preferences', () => {
      expect(decidePause(defaultPrefs(), URL_, emptySession(), NOW)).toEqual({ pause: false, reason: 'no-site' });
    });
  });

  describe("'quiet-hours'", () => {
    const quiet = (from: string, to: string) =>
      prefs((p) => {
        p.quietHours = { enabled: true, from, to, days: [0, 1, 2, 3, 4, 5, 6] };
      });

    it('does not pause during quiet hours', () => {
      expect(decidePause(quiet('11:00', '13:00'), URL_, emptySession(), NOW)).toEqual({ pause: false, reason: 'quiet-hours', site: NEWS });
    });

    it('pauses outside quiet hours', () => {
      expect(decidePause(quiet('22:00', '07:00'), URL_, emptySession(), NOW)).toEqual({ pause: true, site: NEWS });
    });

    it('does not apply quiet hours that are turned off', () => {
      const p = quiet('11:00', '13:00');
      p.quietHours.enabled = false;
      expect(decidePause(p, URL_, emptySession(), NOW).pause).toBe(true);
    });

    it('reports quiet hours before a snooze', () => {
      const s = session((x) => (x.snoozedUntil.news = T + 10 * MIN));
      expect(decidePause(quiet('11:00', '13:00'), URL_, s, NOW)).toMatchObject({ reason: 'quiet-hours' });
    });
  });

  describe("'snoozed'", () => {
    it('does not pause while the snooze runs', () => {
      const s = session((x) => (x.snoozedUntil.news = T + 1));
      expect(decidePause(withFrequency('every-visit'), URL_, s, NOW)).toEqual({ pause: false, reason: 'snoozed', site: NEWS });
    });

    it('pauses again exactly when the snooze ends', () => {
      const s = session((x) => (x.snoozedUntil.news = T));
      expect(decidePause(withFrequency('every-visit'), URL_, s, NOW)).toEqual({ pause: true, site: NEWS });
    });

    it('pauses after the snooze has ended', () => {
      const s = session((x) => (x.snoozedUntil.news = T - MIN));
      expect(decidePause(withFrequency('every-visit'), URL_, s, NOW).pause).toBe(true);
    });

    it('a snooze on one site does not cover another', () => {
      const s = session((x) => (x.snoozedUntil.other = T + 60 * MIN));
      expect(decidePause(withFrequency('every-visit'), URL_, s, NOW).pause).toBe(true);
      expect(decidePause(withFrequency('every-visit'), 'https://other.org/', s, NOW)).toMatchObject({ pause: false, reason: 'snoozed' });
    });

    it('reports a snooze before "already continued"', () => {
      const s = session((x) => {
        x.snoozedUntil.news = T + MIN;
        x.continued.news = T - MIN;
      });
      expect(decidePause(withFrequency('once-per-session'), URL_, s, NOW)).toMatchObject({ reason: 'snoozed' });
    });
  });

  describe('once per session', () => {
    const p = withFrequency('once-per-session');

    it("does not pause again after the person continued ('already-continued')", () => {
      const s = session((x) => (x.continued.news = T - 5 * 60 * MIN));
      expect(decidePause(p, URL_, s, NOW)).toEqual({ pause: false, reason: 'already-continued', site: NEWS });
    });

    it('counts a continue recorded at time 0', () => {
      const s = session((x) => (x.continued.news = 0));
      expect(decidePause(p, URL_, s, NOW)).toMatchObject({ reason: 'already-continued' });
    });

    it('pauses again when the pause was shown but not continued past (they went back)', () => {
      const s = session((x) => (x.shownAt.news = T - MIN));
      expect(decidePause(p, URL_, s, NOW)).toEqual({ pause: true, site: NEWS });
    });

    it('continuing on one site does not cover another', () => {
      const s = session((x) => (x.continued.other = T - MIN));
      expect(decidePause(p, URL_, s, NOW).pause).toBe(true);
    });
  });

  describe('every visit', () => {
    const p = withFrequency('every-visit');
    it('pauses even right after a continue and a show', () => {
      const s = session((x) => {
        x.continued.news = T;
        x.shownAt.news = T;
      });
      expect(decidePause(p, URL_, s, NOW)).toEqual({ pause: true, site: NEWS });
    });
  });

  describe('interval', () => {
    const p = withFrequency('interval', 30);

    it('pauses when the pause was never shown', () => {
      expect(decidePause(p, URL_, emptySession(), NOW)).toEqual({ pause: true, site: NEWS });
    });

    it.each([
      ['shown 29:59 ago', { shownAt: T - 30 * MIN + 1000 }, false],
      ['shown exactly 30 min ago', { shownAt: T - 30 * MIN }, true],
      ['shown 31 min ago', { shownAt: T - 31 * MIN }, true],
      ['continued 10 min ago', { continued: T - 10 * MIN }, false],
      ['continued exactly 30 min ago', { continued: T - 30 * MIN }, true],
      ['shown long ago, continued 5 min ago', { shownAt: T - 120 * MIN, continued: T - 5 * MIN }, false],
      ['continued long ago, shown 5 min ago', { shownAt: T - 5 * MIN, continued: T - 120 * MIN }, false],
      ['both over 30 min ago', { shownAt: T - 45 * MIN, continued: T - 40 * MIN }, true],
    ])('%s -> pause %s', (_label, times, expected) => {
      const s = session((x) => {
        if ('shownAt' in times) x.shownAt.news = times.shownAt;
        if ('continued' in times) x.continued.news = times.continued;
      });
      const decision = decidePause(p, URL_, s, NOW);
      expect(decision).toEqual(expected ? { pause: true, site: NEWS } : { pause: false, reason: 'too-soon', site: NEWS });
    });

    it('measures from the later of shown and continued', () => {
      const s = session((x) => {
        x.shownAt.news = T - 40 * MIN;
        x.continued.news = T - 20 * MIN;
      });
      expect(decidePause(p, URL_, s, NOW).pause).toBe(false);
      expect(decidePause(p, URL_, s, new Date(T + 10 * MIN - 1)).pause).toBe(false);
      expect(decidePause(p, URL_, s, new Date(T + 10 * MIN)).pause).toBe(true);
    });

    it('uses the person’s interval length', () => {
      const s = session((x) => (x.shownAt.news = T - 2 * MIN));
      expect(decidePause(withFrequency('interval', 1), URL_, s, NOW).pause).toBe(true);
      expect(decidePause(withFrequency('interval', 3), URL_, s, NOW).pause).toBe(false);
    });

    it('ignores "already continued" (the interval decides)', () => {
      const s = session((x) => (x.continued.news = T - 31 * MIN));
      expect(decidePause(p, URL_, s, NOW).pause).toBe(true);
    });

    it('times each site on its own', () => {
      const s = session((x) => (x.shownAt.other = T));
      expect(decidePause(p, URL_, s, NOW).pause).toBe(true);
    });
  });

  it('uses the most specific matching site’s state', () => {
    const whole: Site = { id: 'whole', host: 'example.com', includeSubdomains: true, pathPrefix: '', label: '' };
    const p = prefs((x) => x.sites.push(whole));
    const s = session((x) => (x.continued.whole = T));
    expect(decidePause(p, URL_, s, NOW)).toEqual({ pause: true, site: NEWS });
    expect(decidePause(p, 'https://example.com/sport', s, NOW)).toEqual({ pause: false, reason: 'already-continued', site: whole });
  });
});
