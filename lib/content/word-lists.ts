import { holdReason } from '../pause/decide';
import type { Trigger } from '../prefs/schema';
import type { PageState } from './page-state';
import { holdPaint } from './paint-hold';
import type { PauseController } from './pause-controller';
import { triggerKey, triggersHere } from './triggers-here';
import { isInsideVeil, isVeiled, veilBlock, type VeilLook } from './veil';
import type { VisibilityGate } from './visibility-gate';
import { watchWords } from './watch-words';
import { pageBrowserLanguages, pageStrings } from '../i18n/page-strings';

/** More veils than this for one list on one page, and that list offers one page pause instead. */
export const MAX_VEILS_PER_LIST = 12;

export interface WordListDeps {
  win: Window;
  controller: PauseController;
  readState: () => Promise<PageState>;
  gate: VisibilityGate;
  veilCss: string;
  now?: () => Date;
}

/**
 * The person's word lists on this page: each match does what they chose for its list (pause the
 * page, blur or hide the block). A page is read as it arrives, and later content too. A list that
 * may pause keeps the page covered until it has been read; frames only ever veil.
 */
export function startWordLists({ win, controller, readState, gate, veilCss, now = () => new Date() }: WordListDeps): void {
  const doc = win.document;
  const top = win.top === win;
  if (top) controller.join('words');
  const ownUi = new WeakSet<Element>();
  // Nothing of a loading page paints until it has been read once (see paint-hold.ts).
  const hold = doc.readyState === 'loading' ? holdPaint(doc, (then, ms) => win.setTimeout(then, ms)) : null;

  const run = ({ prefs, session, wordIndex }: PageState) => {
    const host = win.location.hostname;
    const triggers = triggersHere(prefs, host, now().getTime());
    const mayPause = (t: Trigger) => !holdReason(triggerKey(t, host), prefs, session, now());
    const pause = (trigger: Trigger) => {
      const key = triggerKey(trigger, host);
      return top && mayPause(trigger) && controller.offer({ key, label: trigger.label, kind: 'words', waitStartedAt: session.waitStartedAt[key] }, prefs.appearance);
    };
    // Keep the page covered until it is read only if one of the lists may pause it now.
    if (!top || !triggers.some((t) => t.action === 'pause' && mayPause(t))) controller.release('words');
    if (triggers.length === 0) return hold?.release();

    const veils = new Map<string, number>();
    const words = pageStrings(prefs.appearance.language, pageBrowserLanguages());
    const pausedInstead = new Set<string>();
    const veil = (trigger: Trigger, block: HTMLElement) => {
      if (isVeiled(block) || isInsideVeil(block) || pausedInstead.has(trigger.id)) return;
      const count = (veils.get(trigger.id) ?? 0) + 1;
      veils.set(trigger.id, count);
      // A page full of veils is hard to read, and a page planting bait would learn the words one by
      // one: past the limit the list offers one page pause instead. Where that pause is held back
      // (snoozed, already continued, quiet hours, a frame), the person still asked for veils.
      if (count > MAX_VEILS_PER_LIST && pause(trigger)) return void pausedInstead.add(trigger.id);
      veilBlock(block, lookOf(trigger), { label: trigger.label, css: veilCss, onReveal: () => {}, words }, ownUi);
    };
    const onMatch = (trigger: Trigger, block: Element | null) => {
      if (trigger.action === 'pause') pause(trigger);
      else if (block instanceof (win as unknown as typeof globalThis).HTMLElement && !isVeiled(block)) {
        gate.whenVisible(block, () => veil(trigger, block));
      }
    };
    // Lists that only pause keep the page covered until it is read, so one scan of the whole page
    // then does it, for less work than following the parser batch by batch. Blur and hide must veil
    // content as it arrives, before it is drawn.
    const atOnce = top && doc.readyState === 'loading' && triggers.every((t) => t.action === 'pause');
    const isOwnUi = (el: Element) => ownUi.has(el) || controller.isOwn(el);
    const watch = watchWords(doc, { triggers, wordIndex, isOwnUi, onMatch, observe: !atOnce, frames: win });
    // What the parser added before the script could start watching, and (while it loads) what it adds next.
    if (!atOnce) watch.scanExisting();
    // Read once (or, for lists that only pause, under pause.js's cover until DOMContentLoaded): the
    // page may paint. Lifted before the visibility gate looks at any block it was handed.
    hold?.release();
    const decide = () => {
      if (atOnce) {
        if (doc.documentElement) watch.scan(doc.documentElement);
        watch.observe();
      }
      // The title and image text count only toward a page pause (a veil needs a block).
      if (triggers.some((t) => t.action === 'pause')) watch.scanSources();
      controller.release('words');
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', decide, { once: true });
    else decide();
  };

  readState()
    .then(run)
    .catch(() => {
      // Never leave a page covered or unpainted because something went wrong.
      hold?.release();
      controller.release('words');
    });
}

function lookOf(trigger: Trigger): VeilLook {
  return trigger.action === 'hide' ? 'hide' : trigger.veilStyle === 'blur' ? 'blur' : 'solid';
}
