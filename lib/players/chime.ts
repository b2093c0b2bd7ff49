/**
 * A soft bell made on the spot with Web Audio: no sound files to load, nothing fetched. Quiet, with a
 * slow fade, so it marks a change without startling.
 */
export interface Chime {
  play: () => void;
  close: () => void;
}

export function createChime(makeContext: () => AudioContext = () => new AudioContext()): Chime {
  let ctx: AudioContext | null = null;
  return {
    play() {
      try {
        // Created on first use, which is always after the person pressed Start, so autoplay rules allow it.
        ctx ??= makeContext();
        if (ctx.state === 'suspended') void ctx.resume();
        const t = ctx.currentTime;
        for (const [frequency, peak] of [[392, 0.05], [784, 0.012]] as const) {
          const osc = ctx.createOscillator();
          const gain = ctx.createGain();
          osc.type = 'sine';
          osc.frequency.value = frequency;
          gain.gain.setValueAtTime(0.0001, t);
          gain.gain.exponentialRampToValueAtTime(peak, t + 0.06);
          gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.8);
          osc.connect(gain).connect(ctx.destination);
          osc.start(t);
          osc.stop(t + 1.9);
        }
      } catch {
        // No audio device or Web Audio unavailable: the visual guide and live region still carry the change.
      }
    },
    close() {
      void ctx?.close().catch(() => undefined);
      ctx = null;
    },
  };
}
