import { sendToBackground } from '../messages/page-scripts';

/** Back if there is somewhere to go back to; otherwise the background opens the new-tab page here. */
export function leavePage(win: Window = window): void {
  const before = win.location.href;
  if (win.history.length > 1) {
    win.history.back();
    setTimeout(() => {
      if (win.location.href === before) void sendToBackground('leavePage').catch(() => undefined);
    }, 700);
  } else {
    void sendToBackground('leavePage').catch(() => undefined);
  }
}
