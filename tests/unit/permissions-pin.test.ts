import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

// Every permission Steady asks for is a decision the person pays for in trust. This pins them, for
// both builds: a new one makes this test fail, so adding it is a visible, reviewed choice (and the
// README's and PRIVACY's lists must follow).

type Manifest = { permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };
const manifestFor = (browser: 'chrome' | 'firefox'): Manifest =>
  (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest)({
    browser,
    manifestVersion: 3,
    mode: 'production',
    command: 'build',
  });

describe('permissions', () => {
  it.each(['chrome', 'firefox'] as const)('the %s build asks for exactly these', (browser) => {
    const manifest = manifestFor(browser);
    expect({
      permissions: manifest.permissions,
      optional_permissions: manifest.optional_permissions,
      host_permissions: manifest.host_permissions,
      optional_host_permissions: manifest.optional_host_permissions,
    }).toEqual({
      // storage: preferences; scripting: the page scripts go only to the sites and lists chosen;
      // activeTab + contextMenus: "pause on this page" from the toolbar and the page's menu.
      permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
      optional_permissions: undefined,
      // No site at install: each is asked for when the person adds it.
      host_permissions: process.env.STEADY_E2E === '1' ? ['*://*.test/*'] : undefined,
      optional_host_permissions: ['*://*/*'],
    });
  });
});
