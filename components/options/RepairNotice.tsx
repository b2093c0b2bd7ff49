import type { PrefsBackup } from '../../lib/prefs/storage';
import { PREFS_VERSION } from '../../lib/prefs/version';
import { settingName } from '../../lib/prefs/validate';

export interface RepairNoticeProps {
  backups: PrefsBackup[];
  onDismiss: () => void;
  onDownload: (backup: PrefsBackup) => void;
}

/** What happened, as it happened: field by field, whole, or from a newer Steady. */
function whatHappened(backup: PrefsBackup): string {
  if (backup.reason === 'unknown-version') {
    const version = (backup.original as { version?: unknown } | null)?.version;
    return typeof version === 'number' && version > PREFS_VERSION
      ? 'Your saved settings were written by a newer Steady. Steady kept every part it could read and set the rest to their defaults.'
      : 'Your saved settings could not be read as a whole. Steady kept every part it could read and set the rest to their defaults.';
  }
  const names = [...new Set(backup.repaired.map(settingName))];
  const shown = names.slice(0, 6).join('; ');
  return `Some saved settings could not be read, so Steady set just those back to their defaults and kept everything else. Affected: ${shown}${names.length > 6 ? '; …' : ''}.`;
}

/** Tells the person when Steady had to repair their saved settings, and offers the copy it kept. */
export function RepairNotice({ backups, onDismiss, onDownload }: RepairNoticeProps) {
  const latest = backups.find((b) => b.notice);
  if (!latest) return null;
  return (
    <div class="notice stack" role="status" data-testid="repair-notice">
      <p>
        <strong>{whatHappened(latest)}</strong> A copy of what was there is kept safely on this device until you
        download it or choose “Got it”.
      </p>
      <div class="row">
        <button type="button" onClick={() => onDownload(latest)}>Download the kept copy</button>
        <button type="button" onClick={onDismiss}>Got it</button>
      </div>
    </div>
  );
}
