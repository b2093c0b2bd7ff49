import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers, type Sender } from '../../lib/background/router';
import type { ExtensionPageMessages, PageScriptMessages, Reply } from '../../lib/messages/protocol';
import { defaultPrefs } from '../../lib/prefs/defaults';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const PREFS = defaultPrefs();

/** Every handler is a spy that answers with its own name, so a test can see who was asked. */
function setup() {
  const extensionPages = {
    getPrefs: vi.fn(async () => PREFS),
    updatePrefs: vi.fn(async () => ({ ok: true as const, prefs: PREFS })),
    resetPrefs: vi.fn(async () => ({ ok: true as const, prefs: PREFS })),
    eraseSettings: vi.fn(async () => ({ ok: true as const, prefs: PREFS })),
    cardWords: vi.fn(async () => []),
    cardRecording: vi.fn(async () => null),
    exportSettings: vi.fn(async () => '{}'),
    importSettings: vi.fn(async () => ({ ok: true as const, prefs: PREFS })),
    editList: vi.fn(async () => ({ ok: true as const, prefs: PREFS })),
    getBackups: vi.fn(async () => []),
    dismissRepairNotice: vi.fn(async () => undefined),
    leavePage: vi.fn(async () => undefined),
  } satisfies Handlers<ExtensionPageMessages>;
  const pageScripts = {
    getCheckedPrefs: vi.fn(async () => PREFS),
    pauseShown: vi.fn(async () => undefined),
    pauseContinued: vi.fn(async () => undefined),
    snoozePause: vi.fn(async () => undefined),
  } satisfies Handlers<PageScriptMessages>;
  const route = createRouter({ extensionPages, pageScripts, extensionId: ID, extensionOrigin: ORIGIN });
  /** Sends one message and waits for the answer, if any. */
  const send = async (message: unknown, sender: Sender) => {
    const replies: Reply[] = [];
    const returned = route(message, sender, (reply) => replies.push(reply));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return { returned, replies };
  };
  return { extensionPages, pageScripts, send };
}

const website: Sender = { id: ID, url: 'https://news.example/story', tab: { id: 3, index: 0 } };
const websiteFrame: Sender = { id: ID, url: 'https://ads.example/frame.html', tab: { id: 3, index: 0 } };
const options: Sender = { id: ID, url: `${ORIGIN}options.html` };
const card: Sender = { id: ID, url: `${ORIGIN}card.html#0123456789abcdef`, tab: { id: 3, index: 0 } };

describe('createRouter', () => {
  describe('a page script (its sender is a website)', () => {
    it.each([
      ['updatePrefs', { sites: [] }],
      ['importSettings', '{"format":"steady-settings"}'],
      ['resetPrefs', undefined],
      ['getPrefs', undefined],
      ['exportSettings', undefined],
      ['getBackups', undefined],
      ['dismissRepairNotice', undefined],
      ['leavePage', undefined],
    ])('is refused %s with a clear error, and nothing is asked of the keeper', async (type, data) => {
      const { extensionPages, pageScripts, send } = setup();
      for (const sender of [website, websiteFrame]) {
        const { returned, replies } = await send({ steady: type, data }, sender);
        expect(returned).toBeUndefined();
        expect(replies).toEqual([{ ok: false, error: `"${type}" is not something a page script may ask.` }]);
      }
      for (const handler of [...Object.values(extensionPages), ...Object.values(pageScripts)]) expect(handler).not.toHaveBeenCalled();
    });

    it('gets pause-state answers, with the data and the sender passed on', async () => {
      const { pageScripts, send } = setup();
      const { returned, replies } = await send({ steady: 'pauseShown', data: { key: 'a' } }, website);
      expect(returned).toBe(true); // keeps the channel open for the asynchronous answer
      expect(replies).toEqual([{ ok: true, value: undefined }]);
      expect(pageScripts.pauseShown).toHaveBeenCalledWith({ key: 'a' }, website);
    });

    it('gets the checked preferences (read-only)', async () => {
      const { pageScripts, send } = setup();
      const { replies } = await send({ steady: 'getCheckedPrefs' }, website);
      expect(replies).toEqual([{ ok: true, value: PREFS }]);
      expect(pageScripts.getCheckedPrefs).toHaveBeenCalledTimes(1);
    });

    it('is refused when the sender has no URL at all', async () => {
      const { extensionPages, send } = setup();
      const { replies } = await send({ steady: 'updatePrefs', data: {} }, { id: ID });
      expect(replies).toEqual([{ ok: false, error: '"updatePrefs" is not something a page script may ask.' }]);
      expect(extensionPages.updatePrefs).not.toHaveBeenCalled();
    });

    it('is refused for a website whose URL only mentions the extension origin', async () => {
      const { extensionPages, send } = setup();
      const { replies } = await send({ steady: 'updatePrefs', data: {} }, { id: ID, url: `https://evil.example/?next=${ORIGIN}` });
      expect(replies[0]).toMatchObject({ ok: false });
      expect(extensionPages.updatePrefs).not.toHaveBeenCalled();
    });
  });

  describe("Steady's own pages (their sender URL starts with the extension origin)", () => {
    it('get their answer', async () => {
      const { extensionPages, send } = setup();
      const patch = { pause: { gentleDelaySeconds: 5 } };
      const { returned, replies } = await send({ steady: 'updatePrefs', data: patch }, options);
      expect(returned).toBe(true);
      expect(replies).toEqual([{ ok: true, value: { ok: true, prefs: PREFS } }]);
      expect(extensionPages.updatePrefs).toHaveBeenCalledWith(patch, options);
    });

    it('the pause card may ask to leave the page, with its tab passed on', async () => {
      const { extensionPages, send } = setup();
      const { replies } = await send({ steady: 'leavePage' }, card);
      expect(replies).toEqual([{ ok: true, value: undefined }]);
      expect(extensionPages.leavePage).toHaveBeenCalledWith(undefined, card);
    });

    it.each(['pauseShown', 'pauseContinued', 'snoozePause', 'getCheckedPrefs'])('cannot call the page-script handler %s', async (type) => {
      const { pageScripts, send } = setup();
      const { returned, replies } = await send({ steady: type, data: { key: 'a', length: 15 } }, options);
      expect(returned).toBeUndefined();
      expect(replies).toEqual([{ ok: false, error: `"${type}" is not something Steady's pages may ask.` }]);
      for (const handler of Object.values(pageScripts)) expect(handler).not.toHaveBeenCalled();
    });
  });

  describe('messages that are not for Steady', () => {
    it.each([
      ['another extension', { id: 'otherextensionidotherextensionid', url: 'chrome-extension://otherextensionidotherextensionid/bg.html' }],
      ['another extension’s content script', { id: 'otherextensionidotherextensionid', url: 'https://news.example/' }],
      ['no extension id', { url: `${ORIGIN}options.html` }],
    ])('from %s are ignored: no answer, no handler', async (_label, sender) => {
      const { extensionPages, pageScripts, send } = setup();
      const { returned, replies } = await send({ steady: 'getPrefs' }, sender);
      expect(returned).toBeUndefined();
      expect(replies).toEqual([]);
      for (const handler of [...Object.values(extensionPages), ...Object.values(pageScripts)]) expect(handler).not.toHaveBeenCalled();
    });

    it.each([
      ['null', null],
      ['a string', 'getPrefs'],
      ['a number', 42],
      ['an array', ['getPrefs']],
      ['another protocol', { type: 'getPrefs' }],
      ['a non-string name', { steady: 1 }],
      ['a missing name', { data: {} }],
    ])('that are %s are ignored, even from Steady itself', async (_label, message) => {
      const { extensionPages, send } = setup();
      const { returned, replies } = await send(message, options);
      expect(returned).toBeUndefined();
      expect(replies).toEqual([]);
      expect(extensionPages.getPrefs).not.toHaveBeenCalled();
    });
  });

  describe('unknown or inherited names', () => {
    it.each(['nothingLikeThis', 'constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s is refused, not run', async (type) => {
      const { send } = setup();
      for (const sender of [website, options]) {
        const { returned, replies } = await send({ steady: type }, sender);
        expect(returned).toBeUndefined();
        expect(replies).toHaveLength(1);
        expect(replies[0]).toMatchObject({ ok: false });
        expect((replies[0] as { error: string }).error).toContain(`"${type}"`);
      }
    });
  });

  describe('failures', () => {
    it('a handler that throws becomes { ok: false, error }', async () => {
      const { extensionPages, send } = setup();
      extensionPages.importSettings.mockImplementation(() => {
        throw new Error('The file could not be read.');
      });
      const { returned, replies } = await send({ steady: 'importSettings', data: 'x' }, options);
      expect(returned).toBe(true);
      expect(replies).toEqual([{ ok: false, error: 'The file could not be read.' }]);
    });

    it('a handler that rejects becomes { ok: false, error }', async () => {
      const { pageScripts, send } = setup();
      pageScripts.snoozePause.mockRejectedValue(new Error('quota'));
      const { replies } = await send({ steady: 'snoozePause', data: { key: 'a', length: 15 } }, website);
      expect(replies).toEqual([{ ok: false, error: 'quota' }]);
    });

    it('a thrown non-Error is passed on as text', async () => {
      const { pageScripts, send } = setup();
      pageScripts.pauseShown.mockRejectedValue('storage is gone');
      const { replies } = await send({ steady: 'pauseShown', data: { key: 'a' } }, website);
      expect(replies).toEqual([{ ok: false, error: 'storage is gone' }]);
    });

    it('answers each message exactly once', async () => {
      const { send } = setup();
      for (const [message, sender] of [
        [{ steady: 'getPrefs' }, options],
        [{ steady: 'updatePrefs' }, website],
        [{ steady: 'pauseShown', data: { key: 'a' } }, website],
      ] as const) {
        const { replies } = await send(message, sender);
        expect(replies).toHaveLength(1);
      }
    });
  });
});
