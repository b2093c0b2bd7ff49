/**
 * The cover's own look: the calm background (#f6f4ef light, #1b1e1d dark, as the card's) and a
 * full-size frame for the card. Kept apart from the card's stylesheet, and compact, so the
 * document_start script carries only these few rules.
 */
export const COVER_CSS =
  ':host{all:initial}' +
  '.steady-dialog{all:initial;box-sizing:border-box;position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0;overflow:hidden}' +
  '.steady-dialog,.steady-dialog::backdrop{background:#f6f4ef}' +
  '.steady-dialog.dark,.steady-dialog.dark::backdrop{background:#1b1e1d}' +
  '@media (prefers-color-scheme:dark){.steady-dialog:not(.light),.steady-dialog:not(.light)::backdrop{background:#1b1e1d}}' +
  'iframe{all:initial;display:block;position:absolute;inset:0;width:100%;height:100%;border:0;color-scheme:normal}' +
  '.continue{position:absolute;top:40%;left:50%;transform:translateX(-50%);font:16px system-ui;padding:.6em 1.4em}';
