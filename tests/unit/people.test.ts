import { describe, expect, it } from 'vitest';
import { normaliseLink, parsePerson } from '../../lib/people/parse-person';

describe('adding a person', () => {
  it('keeps tel:, sms:, mailto: and https: links', () => {
    for (const link of ['tel:+441234567890', 'sms:+15550100', 'sms:+15550100?body=hi', 'mailto:sam@example.org', 'https://wa.me/441234567890']) {
      expect(normaliseLink(link), link).toEqual({ ok: true, link });
    }
    expect(normaliseLink('TEL:+441234567890')).toEqual({ ok: true, link: 'tel:+441234567890' });
  });

  it('turns a bare phone number, email address or site into the link that was meant', () => {
    expect(normaliseLink(' +44 (20) 7946-0000 ')).toEqual({ ok: true, link: 'tel:+442079460000' });
    expect(normaliseLink('sam@example.org')).toEqual({ ok: true, link: 'mailto:sam@example.org' });
    expect(normaliseLink('signal.me/#p/+15550100')).toEqual({ ok: true, link: 'https://signal.me/#p/+15550100' });
  });

  it('refuses links that could run code or travel unencrypted, with a reason', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'ftp://x.org', 'whatever']) {
      const result = normaliseLink(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/tel:, sms:, mailto: and https:/);
    }
    const http = normaliseLink('http://example.org');
    expect(http.ok).toBe(false);
    if (!http.ok) expect(http.error).toMatch(/https/);
    const empty = normaliseLink('  ');
    expect(empty.ok).toBe(false);
  });

  it('explains an incomplete link', () => {
    const result = normaliseLink('tel:ab');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('tel:+441234567890') });
  });

  it('needs a name of at most 60 characters and names the field that needs attention', () => {
    expect(parsePerson('  ', 'tel:+15550100')).toMatchObject({ ok: false, field: 'name' });
    expect(parsePerson('x'.repeat(61), 'tel:+15550100')).toMatchObject({ ok: false, field: 'name' });
    expect(parsePerson('Sam', 'javascript:alert(1)')).toMatchObject({ ok: false, field: 'link' });
    expect(parsePerson(' Sam ', '07700 900123', 'p1')).toEqual({ ok: true, person: { id: 'p1', name: 'Sam', link: 'tel:07700900123' } });
  });
});
