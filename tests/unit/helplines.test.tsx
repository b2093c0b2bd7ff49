import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { UrgentHelp } from '../../components/pause/UrgentHelp';
import {
  countryInSentence,
  FIND_A_HELPLINE_URL,
  findCountry,
  HELPLINES,
  HELPLINES_CHECKED,
  HELPLINES_SOURCE,
  smsLink,
  whatsappLink,
} from '../../lib/helplines';

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
        if (line.whatsapp !== undefined) expect(line.whatsapp).toMatch(/^\+\d[\d ]*\d$/);
        if (line.textKeyword !== undefined) {
          expect(line.text, `${line.name} has a keyword but no text number`).toBeDefined();
          expect(line.textKeyword).toMatch(/^[A-Z]+$/);
        }
        if (line.checked !== undefined) expect(line.checked >= HELPLINES_CHECKED).toBe(true);
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

describe('the lines added after a careful read', () => {
  const line = (code: string, name: string) => findCountry(code)!.helplines.find((l) => l.name.startsWith(name))!;
  const phones = (code: string) => findCountry(code)!.helplines.map((l) => l.phone);

  it('has Germany’s TelefonSeelsorge on 116 123 too, and South Africa’s SADAG 0800 456 789 and WhatsApp line', () => {
    expect(phones('DE')).toEqual(expect.arrayContaining(['0800 111 0 111', '0800 111 0 222', '116 123']));
    expect(phones('ZA')).toEqual(expect.arrayContaining(['0800 567 567', '0800 456 789']));
    expect(findCountry('ZA')!.helplines.some((l) => l.whatsapp === '+27 87 163 2030')).toBe(true);
  });

  it('lets New Zealand’s Lifeline take texts on 4357 (HELP)', () => {
    expect(line('NZ', 'Lifeline').text).toBe('4357');
  });

  it('prefills the keyword a text line asks for', () => {
    expect(smsLink(line('CA', 'Kids Help Phone'))).toBe('sms:686868?body=CONNECT');
    expect(smsLink(line('IE', '50808'))).toBe('sms:50808?body=TALK');
    expect(smsLink(line('US', '988'))).toBe('sms:988');
    expect(whatsappLink('+27 87 163 2030')).toBe('https://wa.me/27871632030');
  });

  it('keeps a source and a checked date for every line added later', () => {
    for (const country of HELPLINES) {
      for (const l of country.helplines) if (l.source) expect(l.checked, l.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('the urgent help panel', () => {
  const shown = (country: string) => {
    const root = document.createElement('div');
    act(() => render(<UrgentHelp country={country} />, root));
    return root;
  };

  it('names a country with its article where English wants one', () => {
    expect(countryInSentence(findCountry('GB')!)).toBe('the UK');
    expect(shown('GB').textContent).toContain('In the UK, for an emergency call 999.');
    expect(shown('US').textContent).toContain('In the US, for an emergency call 911.');
    expect(shown('NL').textContent).toContain('In the Netherlands, for an emergency call 112.');
    expect(shown('DE').textContent).toContain('In Germany, for an emergency call 112.');
  });

  it('says the keyword and puts it in the sms: link', () => {
    const root = shown('CA');
    expect(root.textContent).toContain('Kids Help Phone: call 1-800-668-6868, text CONNECT to 686868');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('sms:686868?body=CONNECT');
  });

  it('offers a WhatsApp line as a link', () => {
    const root = shown('ZA');
    expect(root.textContent).toContain('SADAG WhatsApp chat: WhatsApp +27 87 163 2030');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('https://wa.me/27871632030');
  });
});
