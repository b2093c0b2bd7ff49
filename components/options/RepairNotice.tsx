import type { PrefsBackup } from '../../lib/prefs/storage';
import { PREFS_VERSION } from '../../lib/prefs/version';
import { settingName, settingNote } from '../../lib/prefs/validate';
import { t } from '../../lib/i18n';
import { sayNote } from '../../lib/i18n/say-note';

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
      ? t('repair.newer')
      : t('repair.unreadable');
  }
  const names = [...new Set(backup.repaired.map((path) => sayNote(settingNote(path), settingName(path))))];
  const shown = names.slice(0, 6).join('; ');
  return t('repair.some', { names: `${shown}${names.length > 6 ? '; …' : ''}` });
}

/** Tells the person when Steady had to repair their saved settings, and offers the copy it kept. */
export function RepairNotice({ backups, onDismiss, onDownload }: RepairNoticeProps) {
  const latest = backups.find((b) => b.notice);
  if (!latest) return null;
  return (
    <div class="notice stack" role="status" data-testid="repair-notice">
      <p>
        <strong>{whatHappened(latest)}</strong> {t('repair.kept')}
      </p>
      <div class="row">
        <button type="button" onClick={() => onDownload(latest)}>{t('repair.download')}</button>
        <button type="button" onClick={onDismiss}>{t('repair.gotIt')}</button>
      </div>
    </div>
  );
}
