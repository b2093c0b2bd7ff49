/**
 * Calls `onChange` when a single-page app moves to a new URL. Uses the Navigation API where the
 * browser has it; otherwise a cheap URL check twice a second (content scripts cannot see the
 * page's own history.pushState calls).
 */
export function watchNavigation(win: Window, onChange: (url: string) => void): () => void {
  let last = win.location.href;
  const check = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange(last);
  };
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    win.addEventListener('popstate', check);
    return () => {
      navigation.removeEventListener('currententrychange', check);
      win.removeEventListener('popstate', check);
    };
  }
  const timer = win.setInterval(check, 500);
  return () => win.clearInterval(timer);
}
