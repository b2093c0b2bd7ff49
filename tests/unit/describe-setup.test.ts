import { describe, expect, it } from 'vitest';
import { TRIGGER_DEFAULTS } from '../../lib/prefs/defaults';
import type { Trigger } from '../../lib/prefs/schema';
import { describeSetup } from '../../lib/ui/describe-setup';

const NOW = Date.UTC(2026, 11, 1, 12);
const list = (extra: Partial<Trigger>): Trigger => ({ ...TRIGGER_DEFAULTS, id: 'a', label: 'Visits', words: ['ward'], action: 'veil', everySite: true, hosts: [], enabled: true, ...extra });

describe('describeSetup', () => {
  it('counts only the lists that are on now', () => {
    expect(describeSetup({ sites: [], triggers: [list({}), list({ id: 'b', endsAt: NOW + 1 })] }, NOW)).toBe('Offering pauses for 2 word lists you chose.');
    expect(describeSetup({ sites: [], triggers: [list({ endsAt: NOW - 1 }), list({ id: 'b', enabled: false })] }, NOW)).toBe(
      'Nothing pauses until you choose sites or words in Settings.',
    );
  });
});
