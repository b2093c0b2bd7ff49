import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// STEADY_E2E=1 builds the copy the end-to-end tests load (.output/chrome-mv3-e2e): identical except
// that the reserved .test domains are granted up front, because headless Chromium silently
// declines every permission prompt and a test cannot press "Allow".
const e2e = process.env.STEADY_E2E === '1';

// Chrome gets the MV3 manifest as is; Firefox additionally needs a gecko id and the
// data-collection declaration (Steady collects nothing).
export default defineConfig({
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  modules: ['@wxt-dev/webextension-polyfill'],
  // STEADY_NOMINIFY=1 keeps function names in the bundles, for reading a CPU profile of a page load.
  vite: () => ({ plugins: [preact()], ...(process.env.STEADY_NOMINIFY ? { build: { minify: false } } : {}) }),
  // scripts/dev.mjs finds a browser (or explains that there is none) and passes it here.
  webExt: {
    disabled: process.env.STEADY_BROWSER === '',
    binaries: process.env.STEADY_BROWSER ? { chrome: process.env.STEADY_BROWSER } : undefined,
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-sync'],
  },
  // The privacy notice ships inside the extension, so About can open it without any network request.
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('PRIVACY.md'), relativeDest: 'PRIVACY.md' });
    },
  },
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // What the browser itself shows comes from public/_locales in the browser's language; everything
    // inside Steady follows the person's own choice (lib/i18n).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    commands: {
      'take-a-pause': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_commandPause__' },
    },
    // The pause card is an extension page in a frame inside the cover, out of every page's reach.
    // Chrome serves it from a per-session dynamic id, so a page cannot probe whether Steady is
    // installed; Firefox's moz-extension id is already random per install.
    web_accessible_resources: [
      { resources: ['card.html'], matches: ['*://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    // One pattern for every site. Chrome reads `*://` as http and https, exactly the two patterns
    // this replaces; Firefox reads it as http, https, ws and wss, so only `*://*/*` covers the
    // `*://host/*` patterns Steady requests (see lib/sites/match.ts) and `*://*/*` itself.
    optional_host_permissions: ['*://*/*'],
    ...(e2e ? { host_permissions: ['*://*.test/*'] } : {}),
    // What an organisation may set through Chrome's enterprise policy (docs/organisations.md).
    // Firefox reads the same keys from policies.json (3rdparty) and has no managed_schema key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          // Desktop Firefox has data_collection_permissions from 140 (the ESR), Firefox for Android
          // from 142; without gecko_android the desktop minimum would apply to Android as well.
          browser_specific_settings: {
            gecko: {
              id: 'steady@steady-extension.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
