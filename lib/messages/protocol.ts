import type { SnoozeLength } from '../background/pause-session-store';
import type { ListOp } from '../prefs/list-ops';
import type { DeepPartial } from '../prefs/patch';
import type { Prefs } from '../prefs/schema';
import type { PrefsBackup, PrefsResult } from '../prefs/storage';
import type { WordsEntry } from '../people-words/words';

/**
 * The one message protocol, split by who may send what. The background answers both; it checks the
 * sender, so a page script (which runs inside websites) can never change the person's preferences.
 */

/** What Steady's own pages (popup, options, welcome, the pause card) may ask. */
export interface ExtensionPageMessages {
  getPrefs(): Prefs;
  updatePrefs(patch: DeepPartial<Prefs>): PrefsResult;
  /** One edit of the sites, word lists or people, by id (see lib/prefs/list-ops.ts). */
  editList(op: ListOp): PrefsResult;
  resetPrefs(): PrefsResult;
  /** Settings back to their defaults with no copy kept (the page erases what it keeps in IndexedDB itself). */
  eraseSettings(): PrefsResult;
  exportSettings(): string;
  importSettings(text: string): PrefsResult;
  getBackups(): PrefsBackup[];
  dismissRepairNotice(): void;
 /** From the pause card: words from the person's people ([] unless they chose to have them offered there). */
  cardWords(): WordsEntry[];
  /** From the pause card: one recording, read only when played (base64 of its bytes; null if gone or not offered). */
  cardRecording(id: string): { mime: string; audio: string } | null;
  /** From the pause card: the person chose "Leave this page" (back, or the new-tab page if there is no back). */
  leavePage(): void;
}

/** What the page scripts (pause.js, words.js) may ask: pause state only, never preferences. */
export interface PageScriptMessages {
  /** Preferences the page script could not trust as stored (another version): the background's checked copy. */
  getCheckedPrefs(): Prefs;
  pauseShown(data: { key: string }): void;
  pauseContinued(data: { key: string }): void;
  snoozePause(data: { key: string; length: SnoozeLength }): void;
}

export type MessageMap = ExtensionPageMessages | PageScriptMessages;

/** What travels: `steady` names the message, so other senders' messages are never mistaken for ours. */
export interface Envelope<K extends string = string> {
  steady: K;
  data?: unknown;
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: string };

type Fn<T> = T extends (...args: infer A) => infer R ? { args: A; result: R } : never;
export type DataOf<M, K extends keyof M> = Fn<M[K]>['args'] extends [] ? undefined : Fn<M[K]>['args'][0];
export type ResultOf<M, K extends keyof M> = Fn<M[K]>['result'];

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).steady === 'string';
}
