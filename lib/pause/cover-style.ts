/**
 * The cover's own look. While Steady is still reading the page it is the browser's own blank
 * canvas (white, or the browser's dark canvas in dark mode), as a page that has not painted yet: a
 * person with a pause list on every site meets that cover on every page load. The calm background
 * (#f6f4ef light, #1b1e1d dark, as the card's) comes with a pause (`calm`, set by the controller).
 * Also a full-size frame for the card. Kept apart from the card's stylesheet, and compact, so the
 * document_start script carries only these few rules.
 */
export const COVER_CSS =
  ':host{all:initial}' +
  '.steady-dialog{all:initial;box-sizing:border-box;position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;overflow:hidden}' +
  '.steady-dialog,.steady-dialog::backdrop{color-scheme:light dark;background:Canvas}' +
  '.calm,.calm::backdrop{background:#f6f4ef}' +
  '.calm.dark,.calm.dark::backdrop{color-scheme:dark;background:#1b1e1d}' +
  '.calm.light,.calm.light::backdrop{color-scheme:light}' +
  '@media (prefers-color-scheme:dark){.calm:not(.light),.calm:not(.light)::backdrop{background:#1b1e1d}}' +
  'iframe{all:initial;display:block;position:absolute;inset:0;width:100%;height:100%;border:0;color-scheme:normal}' +
  '.continue{position:absolute;top:40%;left:50%;transform:translateX(-50%);font:16px system-ui;padding:.6em 1.4em}';
