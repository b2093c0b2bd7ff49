import type { MessageKey } from './catalogue';
import { problems, type ProblemKey } from './locales/en-problems';

/**
 * What the background has to say to the person, as a catalogue key and its values rather than
 * words. The service worker never loads the catalogues (they are big, and the person's language is
 * a page's business): it returns or stores a Note, and the page that shows it says it with t()
 * (lib/i18n/say-note.ts). The one exception is the small English module of problem words
 * (locales/en-problems.ts), from which the background writes the English that travels with a Note.
 * The background imports only the Note type from here; NOTE_CODES is for the tests.
 */
export interface Note {
  code: MessageKey;
  /** A value may itself be a Note (a list entry named the way the person's language names it), or several, listed the language's way. */
  values?: Record<string, string | number | Note | Note[]>;
}

/** Every key the background may return or store as a Note (tests/unit/background-notes.test.ts checks each locale has them). */
export const NOTE_CODES = [
  'data.tooLarge',
  'import.notJson',
  'import.notSteady',
  'import.newerFormat',
  'import.wrongFormatVersion',
  'import.missingPrefs',
  'import.newerSettings',
  'import.unknownVersion',
  'import.invalid',
  'keeper.invalid',
  'keeper.full',
  'keeper.notUnderstood',
  'keeper.couldNotSave',
  'keeper.gone.sites',
  'keeper.gone.triggers',
  'keeper.gone.people',
  'keeper.already.sites',
  'keeper.already.triggers',
  'keeper.already.people',
  'syncStatus.off',
  'syncStatus.unreadable',
  'syncStatus.newerElsewhere',
  'syncStatus.itemTooLarge',
  'syncStatus.tooMany',
  'syncStatus.tooBig',
  'syncStatus.slowDown',
  'syncStatus.full',
  'syncStatus.couldNot',
  'syncStatus.on',
  'syncStatus.onRefused',
  'subject.wordList',
  'subject.site',
  'subject.person',
  'subject.unnamed',
  'subject.aSetting',
  // No longer sent (a setting is now a setting.* Note), but a sync status stored before may still carry it.
  'subject.verbatim',
  'org.problem.notList',
  'org.problem.helpline',
  'org.problem.contact',
  'org.problem.site',
  'org.problem.list',
  'org.problem.pause',
  // A problem with a settings file or a change, and a setting by name (validate.ts): every key of en-problems.ts.
  ...(Object.keys(problems) as ProblemKey[]),
] as const satisfies readonly MessageKey[];
