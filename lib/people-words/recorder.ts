import { t } from '../i18n';
import { RECORDING_MAX_MS, type Recording } from './words';

/**
 * A short voice recording with MediaRecorder, on an extension page (the options page), never in a
 * website. It stops by itself at a minute. Everything the browser provides is injected, so the
 * rules (stop at the limit, release the microphone, say why when it cannot record) run in tests.
 */

export interface RecorderDeps {
  getUserMedia: (constraints: MediaStreamConstraints) => Promise<MediaStream>;
  createRecorder: (stream: MediaStream, options: MediaRecorderOptions) => MediaRecorder;
  isTypeSupported: (mime: string) => boolean;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

export const browserRecorderDeps = (): RecorderDeps => ({
  getUserMedia: (c) => navigator.mediaDevices.getUserMedia(c),
  createRecorder: (stream, options) => new MediaRecorder(stream, options),
  isTypeSupported: (mime) => typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(mime),
  now: () => performance.now(),
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
});

/** Opus in WebM (Chromium) or Ogg (Firefox); speech needs far less than the default rate. */
const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/ogg', 'audio/mp4'];
const SPEECH_BITS_PER_SECOND = 48_000;

export interface Taken {
  recording: Recording;
  durationMs: number;
  /** It reached the minute and stopped by itself. */
  reachedLimit: boolean;
}

export interface ActiveRecording {
  /** Stops and gives the recording (the microphone is released either way). */
  stop: () => void;
  /** Settles with the recording when it stops, by the person's choice or at the minute. */
  done: Promise<Taken>;
}

/** Why recording could not start, in the person's terms. */
export function microphoneProblem(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return t('mic.notAllowed');
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return t('mic.notFound');
  if (name === 'NotReadableError') return t('mic.busy');
  return t('mic.other');
}

export async function startRecording(deps: RecorderDeps, limitMs = RECORDING_MAX_MS): Promise<ActiveRecording> {
  const stream = await deps.getUserMedia({ audio: true });
  const mimeType = TYPES.find((t) => deps.isTypeSupported(t));
  let recorder: MediaRecorder;
  try {
    recorder = deps.createRecorder(stream, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: SPEECH_BITS_PER_SECOND });
  } catch (error) {
    stream.getTracks().forEach((t) => t.stop());
    throw error;
  }
  const chunks: Blob[] = [];
  const startedAt = deps.now();
  let reachedLimit = false;
  const done = new Promise<Taken>((resolve, reject) => {
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onerror = () => {
      stream.getTracks().forEach((t) => t.stop());
      reject(new Error('The recording stopped unexpectedly.'));
    };
    recorder.onstop = () => {
      // The microphone is released the moment recording ends: the browser's "in use" light goes out.
      stream.getTracks().forEach((t) => t.stop());
      const durationMs = Math.min(Math.round(deps.now() - startedAt), limitMs);
      const mime = recorder.mimeType || mimeType || chunks[0]?.type || 'audio/webm';
      new Blob(chunks, { type: mime }).arrayBuffer().then((bytes) => resolve({ recording: { mime, bytes }, durationMs, reachedLimit }), reject);
    };
  });
  const timer = deps.setTimer(() => {
    reachedLimit = true;
    if (recorder.state !== 'inactive') recorder.stop();
  }, limitMs);
  recorder.start();
  return {
    stop: () => {
      deps.clearTimer(timer);
      if (recorder.state !== 'inactive') recorder.stop();
    },
    done,
  };
}
