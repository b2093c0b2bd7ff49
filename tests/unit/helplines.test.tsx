import { describe, expect, it } from 'vitest';
import { FIND_A_HELPLINE_URL, HELPLINES, HELPLINES_CHECKED, HELPLINES_SOURCE, findCountry } from '../../lib/helplines';

/** Digits, spaces and dashes, with an optional leading +; must start and end with a digit. */
const DIALABLE = /^\+?\d(?:[\d -]*\d)?$/;

describe('helpline table', () => {
  it('covers at least 10 countries', () => {
    expect(HELPLINES.length).toBeGreaterThanOrEqual(10);
  });

  it('uses unique ISO 3166-1 alpha-2 codes', () => {
    const codes = HELPLINES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each(HELPLINES.map((country) => [country.code, country] as const))(
    '%s has a name, an emergency number and a reachable helpline',
    (_code, country) => {
      expect(country.name.trim().length).toBeGreaterThan(0);
      expect(country.emergency).toMatch(DIALABLE);
      expect(country.helplines.length).toBeGreaterThanOrEqual(1);
      for (const line of country.helplines) {
        expect(line.name.trim().length).toBeGreaterThan(0);
        expect(Boolean(line.phone || line.text || line.url), `${line.name} has no way to reach it`).toBe(true);
        if (line.phone !== undefined) expect(line.phone).toMatch(DIALABLE);
        if (line.text !== undefined) expect(line.text).toMatch(DIALABLE);
        if (line.url !== undefined) expect(() => new URL(line.url as string)).not.toThrow();
        if (line.url !== undefined) expect(line.url).toMatch(/^https:\/\//);
        if (line.hours !== undefined) expect(line.hours.trim().length).toBeGreaterThan(0);
      }
    },
  );

  it('includes the countries the brief names', () => {
    for (const code of ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'DE', 'FR', 'NL', 'ES', 'IN', 'ZA']) {
      expect(findCountry(code), code).toBeDefined();
    }
  });

  it('lists the well-known national numbers correctly', () => {
    const phones = (code: string) => findCountry(code)?.helplines.map((line) => line.phone) ?? [];
    expect(findCountry('US')?.emergency).toBe('911');
    expect(phones('US')).toContain('988');
    expect(phones('GB')).toContain('116 123');
    expect(phones('IE')).toContain('116 123');
    expect(phones('CA')).toContain('988');
    expect(phones('AU')).toContain('13 11 14');
    expect(phones('NZ')).toContain('1737');
    expect(phones('FR')).toContain('3114');
    expect(phones('ES')).toContain('024');
    expect(phones('IN')).toContain('14416');
  });

  it('states where the numbers come from and when they were checked', () => {
    expect(HELPLINES_SOURCE.trim().length).toBeGreaterThan(0);
    expect(HELPLINES_SOURCE.toLowerCase()).toContain('findahelpline.com');
    expect(HELPLINES_CHECKED).toBe('2026-11-22');
    expect(Number.isNaN(Date.parse(HELPLINES_CHECKED))).toBe(false);
    expect(FIND_A_HELPLINE_URL).toBe('https://findahelpline.com');
  });
});

describe('findCountry', () => {
  it('finds every country by its code', () => {
    for (const country of HELPLINES) expect(findCountry(country.code)).toBe(country);
  });

  it('ignores case and surrounding spaces, and accepts UK for GB', () => {
    expect(findCountry('gb')?.code).toBe('GB');
    expect(findCountry(' nz ')?.code).toBe('NZ');
    expect(findCountry('UK')?.code).toBe('GB');
  });

  it('returns undefined for unknown or empty codes', () => {
    expect(findCountry('XX')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
    expect(findCountry('USA')).toBeUndefined();
  });
});
