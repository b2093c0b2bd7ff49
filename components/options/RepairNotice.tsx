import type { PrefsBackup } from '../../lib/prefs/storage';

export interface RepairNoticeProps {
  backups: PrefsBackup[];
  onDismiss: () => void;
  onDownload: (backup: PrefsBackup) => void;
}

/** Tells the person when Steady had to repair their saved settings, and offers the copy it kept. */
export function RepairNotice({ backups, onDismiss, onDownload }: RepairNoticeProps) {
  const shown = backups.filter((b) => b.notice);
  const latest = shown[0];
  if (!latest) return null;
  return (
    <div class="notice stack" role="status" data-testid="repair-notice">
      <p>
        <strong>Some saved settings could not be read, so Steady set them back to their defaults.</strong>{' '}
        {latest.reason === 'unknown-version'
          ? 'They came from a version of Steady this one does not know.'
          : `Affected: ${latest.repaired.slice(0, 6).join(', ')}${latest.repaired.length > 6 ? ', …' : ''}.`}{' '}
        A copy of what was there is kept safely on this device.
      </p>
      <div class="row">
        <button type="button" onClick={() => onDownload(latest)}>Download the kept copy</button>
        <button type="button" onClick={onDismiss}>Got it</button>
      </div>
    </div>
  );
}
