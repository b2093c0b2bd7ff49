import { describe, expect, it } from 'vitest';
import { parseSiteInput, type ParsedSite } from '../../lib/sites/parse-site';

const ok = (host: string, pathPrefix = ''): ParsedSite => ({ ok: true, host, includeSubdomains: true, pathPrefix });

function errorOf(input: string): string {
  const result = parseSiteInput(input);
  if (result.ok) throw new Error(`expected "${input}" to be refused, got ${JSON.stringify(result)}`);
  return result.error;
}

/** A clear sentence: starts with a capital letter or an opening quote and ends with a full stop. */
const SENTENCE = /^[A-Z“].*\.$/s;

describe('parseSiteInput: names a person types', () => {
  it.each([
    ['example.com', ok('example.com')],
    ['news.example.co.uk', ok('news.example.co.uk')],
    ['  example.com  ', ok('example.com')],
    ['\texample.com\n', ok('example.com')],
    ['my-site.example', ok('my-site.example')],
    ['a.b', ok('a.b')],
  ])('%j -> %j', (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });

  it('always covers subdomains by default (the options page decides whether to narrow it)', () => {
    const result = parseSiteInput('example.com');
    expect(result.ok && result.includeSubdomains).toBe(true);
  });
});

describe('parseSiteInput: wildcards, www and case', () => {
  it.each([
    ['*.example.com', ok('example.com')],
    ['*.news.example.com', ok('news.example.com')],
    ['www.example.com', ok('example.com')],
    ['WWW.Example.COM', ok('example.com')],
    ['*.www.example.com', ok('example.com')],
    ['https://www.example.com/', ok('example.com')],
    ['EXAMPLE.COM', ok('example.com')],
    ['Example.Com/News', ok('example.com', '/News')],
  ])('%j -> %j', (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });

  it('strips only a leading "www." label, not "www" inside a name', () => {
    expect(parseSiteInput('wwwexample.com')).toEqual(ok('wwwexample.com'));
    expect(parseSiteInput('shop.www.example.com')).toEqual(ok('shop.www.example.com'));
  });

  it('refuses "www.com" once "www." is stripped (a bare "com" is not a site)', () => {
    expect(errorOf('www.com')).toMatch(SENTENCE);
  });
});

describe('parseSiteInput: pasted addresses', () => {
  it.each([
    ['https://example.com', ok('example.com')],
    ['http://example.com/', ok('example.com')],
    ['https://example.com/news', ok('example.com', '/news')],
    ['https://example.com/news/', ok('example.com', '/news')],
    ['https://example.com/news///', ok('example.com', '/news')],
    ['https://example.com/news/today/', ok('example.com', '/news/today')],
    ['https://example.com/news?page=2', ok('example.com', '/news')],
    ['https://example.com/news#top', ok('example.com', '/news')],
    ['https://example.com/news/?q=x#frag', ok('example.com', '/news')],
    ['https://example.com/?q=x', ok('example.com')],
    ['https://example.com/#section', ok('example.com')],
    ['example.com/news', ok('example.com', '/news')],
    ['example.com/news/', ok('example.com', '/news')],
    ['*.example.com/news', ok('example.com', '/news')],
    ['HTTPS://EXAMPLE.COM/Path', ok('example.com', '/Path')],
    ['https://user:secret@example.com/news', ok('example.com', '/news')],
  ])('%j -> %j', (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });

  it('keeps a non-ASCII path in the percent-encoded form the browser reports in location.pathname', () => {
    expect(parseSiteInput('https://example.com/ä')).toEqual(ok('example.com', '/%C3%A4'));
    expect(new URL('https://example.com/ä').pathname).toBe('/%C3%A4');
  });

  it.each([
    ['example.com:8080', ok('example.com')],
    ['https://example.com:8443/news', ok('example.com', '/news')],
    ['http://localhost:3000/app', ok('localhost', '/app')],
  ])('drops the port: %j -> %j', (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });

  it.each([
    ['example.com.', ok('example.com')],
    ['https://Example.com./news', ok('example.com', '/news')],
    ['www.example.com.', ok('example.com')],
  ])('drops a trailing dot: %j -> %j', (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });
});

describe('parseSiteInput: international names, IPs and localhost', () => {
  it.each([
    ['bücher.de', ok('xn--bcher-kva.de')],
    ['BÜCHER.de', ok('xn--bcher-kva.de')],
    ['https://www.bücher.de/bücher', ok('xn--bcher-kva.de', '/b%C3%BCcher')],
    ['日本.jp', ok('xn--wgv71a.jp')],
    ['xn--bcher-kva.de', ok('xn--bcher-kva.de')],
  ])('stores the ASCII (punycode) form: %j -> %j', (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });

  it.each([
    ['192.168.1.10', ok('192.168.1.10')],
    ['http://192.168.1.10:8080/admin/', ok('192.168.1.10', '/admin')],
    ['127.0.0.1', ok('127.0.0.1')],
  ])('accepts IPv4 addresses: %j -> %j', (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });

  it.each([
    ['localhost', ok('localhost')],
    ['LOCALHOST', ok('localhost')],
    ['http://localhost/', ok('localhost')],
  ])('accepts localhost: %j -> %j', (input, expected) => {
    expect(parseSiteInput(input)).toEqual(expected);
  });

  it('refuses IPv6 literals (no host name the schema can hold)', () => {
    expect(errorOf('http://[::1]/')).toMatch(SENTENCE);
  });
});

describe('parseSiteInput: refusals, each a clear sentence', () => {
  const WEB_ONLY = 'Steady can pause on web sites only (addresses that start with http or https).';

  it.each([
    'ftp://example.com',
    'FTP://example.com/files',
    'file:///etc/hosts',
    'chrome://extensions',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://1234/options.html',
    'ws://example.com/socket',
  ])('refuses the non-web scheme %j and says why', (input) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error: WEB_ONLY });
  });

  it.each(['javascript:alert(1)', 'javascript:', 'about:blank', 'data:text/html,hello', 'tel:+441234567'])(
    'refuses the scheme-only address %j as not a web site',
    (input) => {
      expect(parseSiteInput(input)).toEqual({ ok: false, error: WEB_ONLY });
    },
  );

  it.each([
    ['localhost:abc', 'abc'],
    ['example.com:80x', '80x'],
    ['https://example.com:port/news', 'port'],
  ])('tells %j the real reason: the port is not a number', (input, port) => {
    expect(parseSiteInput(input)).toEqual({
      ok: false,
      error: `After the colon comes a port, which is a number (like localhost:8080); “${port}” is not a number.`,
    });
  });

  it('tells a port that is too large so', () => {
    expect(parseSiteInput('localhost:70000')).toEqual({ ok: false, error: 'A port number goes up to 65535; 70000 is too large.' });
  });

  it.each(['', '   ', '\n\t'])('refuses empty input %j with a prompt', (input) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, error: 'Please enter a site, like example.com.' });
  });

  it.each(['example .com', 'my site.com', 'https://example.com/some page', 'example.com\tnews.com'])(
    'refuses %j because a site name has no spaces',
    (input) => {
      expect(parseSiteInput(input)).toEqual({ ok: false, error: 'A site name has no spaces. Try something like example.com.' });
    },
  );

  it.each([
    'example',
    'hello!',
    'exa_mple.com',
    'example..com',
    '-example.com',
    'example-.com',
    '.example.com',
    '*example.com',
    '*.',
    '*.*.example.com',
    'https://',
    'http://www.',
    'example.com..',
    '%%%',
    `${'a'.repeat(64)}.com`,
    '@',
  ])('refuses garbage %j, quoting it back', (input) => {
    const error = errorOf(input);
    expect(error).toBe(`“${input.trim()}” doesn't look like a site. Try something like example.com.`);
  });

  it('accepts a 63-character label (the longest DNS allows)', () => {
    expect(parseSiteInput(`${'a'.repeat(63)}.com`)).toEqual(ok(`${'a'.repeat(63)}.com`));
  });

  it('never leaves an error message without a full stop', () => {
    for (const input of ['', 'a b', 'ftp://x.com', 'nope', 'javascript:alert(1)']) {
      expect(errorOf(input)).toMatch(SENTENCE);
    }
  });
});

describe('parseSiteInput refuses look-alikes of a site', () => {
  it.each(['mailto:someone@example.com', 'javascript:alert(1)@evil.com', 'skype:someone@example.com'])(
    'refuses the non-web address %j',
    (input) => {
      expect(parseSiteInput(input).ok).toBe(false);
    },
  );

  it.each([
    ['1234', '0.0.4.210'],
    ['12', '0.0.0.12'],
    ['0x7f.1', '127.0.0.1'],
  ])('refuses %j instead of turning it into the IP %s', (input, _silentlyBecomes) => {
    expect(parseSiteInput(input).ok).toBe(false);
  });

  it('keeps www. when the person wants only that exact host', () => {
    expect(parseSiteInput('www.example.com', { includeSubdomains: false })).toEqual({
      ok: true, host: 'www.example.com', includeSubdomains: false, pathPrefix: '',
    });
  });
});
