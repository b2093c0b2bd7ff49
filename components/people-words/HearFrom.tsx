import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { secondsLabel, type Recording, type WordsEntry } from '../../lib/people-words/words';

export interface HearFromProps {
  /** One person's words, oldest first. */
  entries: readonly WordsEntry[];
  /** Reads one recording, only when it is played. */
  loadRecording: (id: string) => Promise<Recording | undefined>;
  /** Start the first recording at once: the person's one tap on "Hear from …" was the ask. */
  autoPlay?: boolean;
  /** Lets a player outside the browser's own (a test) stand in for HTMLAudioElement. */
  makeAudio?: (url: string) => HTMLAudioElement;
}

/** What someone who cares about the person said: their typed words, and recordings that play on one tap and stop on one more. */
export function HearFrom({ entries, loadRecording, autoPlay = false, makeAudio = (url) => new Audio(url) }: HearFromProps) {
  const [playing, setPlaying] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const audio = useRef<{ el: HTMLAudioElement; url: string } | null>(null);
  const from = entries[0]?.from ?? '';

  const release = () => {
    if (!audio.current) return;
    audio.current.el.pause();
    URL.revokeObjectURL(audio.current.url);
    audio.current = null;
  };
  const stop = () => {
    release();
    setPlaying(null);
    setStatus(t('hear.stopped'));
  };
  const play = async (entry: WordsEntry) => {
    release();
    setPlaying(entry.id);
    setStatus(t('hear.loading'));
    try {
      const recording = await loadRecording(entry.id);
      if (!recording) {
        setPlaying(null);
        return setStatus(t('hear.missing'));
      }
      const url = URL.createObjectURL(new Blob([recording.bytes], { type: recording.mime }));
      const el = makeAudio(url);
      audio.current = { el, url };
      el.onended = () => {
        release();
        setPlaying(null);
        setStatus(t('hear.ended'));
      };
      await el.play();
      setStatus(t('hear.playing', { from }));
    } catch {
      release();
      setPlaying(null);
      setStatus(t('hear.failed'));
    }
  };

  useEffect(() => {
    const first = entries.find((e) => e.kind === 'voice');
    if (autoPlay && first) void play(first);
    // Nothing keeps playing once this closes (the card continues, the popup goes back).
    return release;
  }, []);

  return (
    <div class="hear-from stack">
      <ul class="words-list">
        {entries.map((entry) => (
          <li key={entry.id} class="words-item">
            {entry.kind === 'text' ? (
              <p class="words-text" dir="auto">{entry.text}</p>
            ) : (
              <div class="row">
                <span class="muted">{t('hear.recorded')}</span>
                {/* One button that changes, so focus stays on it from Play to Stop and back. */}
                <button type="button" class={playing === entry.id ? 'primary' : ''} onClick={() => (playing === entry.id ? stop() : void play(entry))}>
                  {playing === entry.id ? t('hear.stop') : t('hear.play', { length: secondsLabel(entry.durationMs) })}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <p class="words-status" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
