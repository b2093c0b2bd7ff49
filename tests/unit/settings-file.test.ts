import { describe, expect, it } from 'vitest';
import { defaultPrefs } from '../../lib/prefs/defaults';
import { SETTINGS_FORMAT_VERSION, parseSettingsFile, settingsFileName, toSettingsFile } from '../../lib/settings-file';

const NOW = new Date('2026-11-22T10:00:00Z');
const file = (body: unknown) => JSON.stringify(body);

describe('settings file', () => {
  it('writes a documented, versioned envelope', () => {
    const parsed = JSON.parse(toSettingsFile(defaultPrefs(), NOW));
    expect(parsed).toEqual({ format: 'steady-settings', formatVersion: SETTINGS_FORMAT_VERSION, exportedAt: NOW.toISOString(), prefs: defaultPrefs() });
    expect(settingsFileName(NOW)).toBe('steady-settings-2026-11-22.json');
  });

  it('reads back what it wrote', () => {
    expect(parseSettingsFile(toSettingsFile(defaultPrefs(), NOW))).toEqual({ ok: true, prefs: defaultPrefs() });
  });

  it.each([
    ['not json', '{"format":', 'it is not valid JSON'],
    ['another app', file({ format: 'leechblock', prefs: {} }), '“format” should be "steady-settings"'],
    ['a newer format', file({ format: 'steady-settings', formatVersion: 5, prefs: {} }), 'comes from a newer Steady (format 5)'],
    ['no prefs', file({ format: 'steady-settings', formatVersion: 1 }), '“prefs” is missing'],
    ['an unknown prefs version', file({ format: 'steady-settings', formatVersion: 1, prefs: { ...defaultPrefs(), version: 40 } }), 'These settings come from a newer Steady (settings version 40)'],
    ['a bad field', file({ format: 'steady-settings', formatVersion: 1, prefs: { ...defaultPrefs(), sync: 'yes' } }), 'Sync: should be on or off'],
    ['a version no Steady wrote', file({ format: 'steady-settings', formatVersion: 1, prefs: { ...defaultPrefs(), version: 'two' } }), 'have a version ("two") that no Steady has written'],
    ['a huge file', ' '.repeat(2_000_001), 'too large'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(message);
      expect(result.error.startsWith('Nothing was changed.')).toBe(true);
    }
  });
});
