import { useLayoutEffect, useRef } from 'preact/hooks';
import type { RunnerStatus } from '../../lib/players/runner';
import { t } from '../../lib/i18n';

export interface PlayerControlsProps {
  status: RunnerStatus;
  /** Name of the button that starts (or starts again) the practice. */
  startLabel: string;
  againLabel?: string;
  /** "Skip" while a timer runs; "Next" when the person moves through steps by hand. */
  skipLabel?: string;
  onStart: () => void;
  onPause: () => void;
  onResume: () => void;
  onSkip: () => void;
  onStop: () => void;
}

/** True when the button that had focus went away and focus fell back to the page (or out of a shadow root). */
function focusLost(el: HTMLElement): boolean {
  const root = el.getRootNode();
  const inner = root instanceof ShadowRoot ? root.activeElement : el.ownerDocument.activeElement;
  return !inner || inner === el.ownerDocument.body;
}

/**
 * Start, then Pause / Skip / Stop side by side for as long as the practice runs. The first button keeps
 * its place (and keyboard focus) as it changes from Start to Pause to Resume; when Stop or the last
 * Skip takes away the button that had focus, focus comes back to it rather than being lost.
 */
export function PlayerControls(props: PlayerControlsProps) {
  const { status } = props;
  const primaryRef = useRef<HTMLButtonElement>(null);
  const active = status === 'running' || status === 'paused';
  const primary =
    status === 'running' ? t('player.pause') : status === 'paused' ? t('player.resume') : status === 'done' ? (props.againLabel ?? t('player.again')) : props.startLabel;
  const onPrimary = status === 'running' ? props.onPause : status === 'paused' ? props.onResume : props.onStart;
  const wasActive = useRef(false);
  useLayoutEffect(() => {
    const button = primaryRef.current;
    if (wasActive.current && !active && button && focusLost(button)) button.focus();
    wasActive.current = active;
  }, [active]);
  return (
    <div class="pl-controls">
      <button type="button" ref={primaryRef} class={active ? '' : 'primary'} onClick={onPrimary}>
        {primary}
      </button>
      {active && (
        <>
          <button type="button" onClick={props.onSkip}>{props.skipLabel ?? t('player.skip')}</button>
          <button type="button" onClick={props.onStop}>{t('player.stop')}</button>
        </>
      )}
    </div>
  );
}
