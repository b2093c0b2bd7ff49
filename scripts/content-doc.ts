// docs/CONTENT.md's exercise and helpline sections, written from the catalogue and the helpline
// table so the document always follows the code. tests/unit/content-doc.test.ts fails when the
// document is out of date; run `npx vite-node scripts/write-content-doc.ts` to bring it up to date.
import { EXERCISES } from '../lib/exercises/catalog';
import { DEFAULT_EXERCISE_ID } from '../lib/exercises/catalog';
import { minutesLabel } from '../lib/exercises/library';
import { PAUSE_PRACTICES } from '../lib/exercises/pause-practices';
import { APPROACH_LABELS, APPROACHES, type Exercise } from '../lib/exercises/types';
import { HELPLINES, HELPLINES_CHECKED, type Helpline } from '../lib/helplines';

export const DOC_PATH = 'docs/CONTENT.md';

const duration = (s: number) => (s < 60 ? `${s} s` : s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`);

const tags = (e: Exercise) =>
  [
    e.tags.eyesOpen ? 'eyes open' : 'inward focus (eyes may stay open)',
    e.tags.breathFocus ? 'breath focus' : 'no breath focus',
    e.tags.touch ? 'optional touch' : 'no touch',
  ].join(', ');

const kind = (e: Exercise) =>
  e.breathing
    ? `breathing (in ${e.breathing.inhale} s, hold ${e.breathing.holdIn} s, out ${e.breathing.exhale} s, hold ${e.breathing.holdOut} s)`
    : 'steps';

function entry(e: Exercise, heading: string, note = ''): string {
  return [
    `${heading} ${e.title}`,
    '',
    `- **id:** \`${e.id}\`${e.id === DEFAULT_EXERCISE_ID ? ' (default)' : ''}${note} · **duration:** ${duration(e.durationSeconds)} · **kind:** ${kind(e)}`,
    `- **tags:** ${tags(e)}`,
    `- **summary:** ${e.summary}`,
    `- **source:** ${e.source}`,
    `- **evidence:** ${e.evidence}`,
    `- **caution:** ${e.caution}`,
    `- **alternative:** ${e.alternative}`,
    '- **steps:**',
    ...e.steps.map((s, i) => `  ${i + 1}. ${s.text} *(${s.seconds} s)*`),
  ].join('\n');
}

export function exercisesSection(): string {
  const counts = APPROACHES.map((a) => `${APPROACH_LABELS[a]}: ${EXERCISES.filter((e) => e.approach === a).length}`).join(' · ');
  const groups = APPROACHES.map((a) =>
    [`### ${APPROACH_LABELS[a]}`, ...EXERCISES.filter((e) => e.approach === a).map((e) => entry(e, '####'))].join('\n\n'),
  );
  const pause = PAUSE_PRACTICES.map((p) => entry(p, '###', ` · **button:** “${p.choiceLabel}” · **stands for:** ${p.related.map((id) => `\`${id}\``).join(', ')}`));
  return [
    '## Overview',
    '',
    `${EXERCISES.length} exercises (${minutesLabel(Math.min(...EXERCISES.map((e) => e.durationSeconds)))} to ${minutesLabel(Math.max(...EXERCISES.map((e) => e.durationSeconds)))}). ${counts}.`,
    '',
    'Tags: *eyes open* = designed to be done looking at what is around you; *inward focus* = imagery or body attention,',
    'where some people like to close their eyes (never required); *breath focus* = attention on the breath; *touch* =',
    'touching your own body (always optional).',
    '',
    '## Exercises by approach',
    '',
    groups.join('\n\n'),
    '',
    '## The pause card’s practices',
    '',
    'The pause card offers three short practices, the two eyes-open, non-breath ones first. Each stands for one or',
    'more library exercises: a favourite among them brings that practice first, and so does the one the person',
    'picked last time (`prefs.pause.practice`). With “learn from my check-ins” on (and check-ins kept), the',
    'non-breath practices whose exercises have left the person steadier move ahead; learning never moves the',
    'breathing practice ahead of a non-breath one. Breaths on the card are even (in and out at the person’s pace,',
    'at most 8 s each), with no holds.',
    '',
    pause.join('\n\n'),
  ].join('\n');
}

const ways = (l: Helpline) =>
  [
    l.phone && `call ${l.phone}`,
    l.text && `text ${l.textKeyword ? `${l.textKeyword} to ` : ''}${l.text}`,
    l.whatsapp && `WhatsApp ${l.whatsapp}`,
    l.url,
    l.hours,
    l.checked && `checked ${l.checked}${l.source ? ` (${l.source})` : ''}`,
  ]
    .filter(Boolean)
    .join(', ');

export function helplinesTable(): string {
  return [
    `Checked: ${HELPLINES_CHECKED} for the whole table; lines checked later say so.`,
    '',
    '| Country | Code | In a sentence | Emergency | Helplines |',
    '|---|---|---|---|---|',
    ...HELPLINES.map((c) => `| ${c.name} | ${c.code} | In ${c.inSentence ?? c.name} | ${c.emergency} | ${c.helplines.map((l) => `${l.name}: ${ways(l)}`).join('<br>')} |`),
  ].join('\n');
}

const BLOCKS = { exercises: exercisesSection, helplines: helplinesTable } as const;

/** The document with every generated block replaced by what the code says now. */
export function updatedDoc(doc: string): string {
  let out = doc;
  for (const [name, make] of Object.entries(BLOCKS)) {
    const start = `<!-- generated:${name} (scripts/content-doc.ts) -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from === -1 || to === -1) throw new Error(`${DOC_PATH} has no ${name} block`);
    out = `${out.slice(0, from + start.length)}\n${make()}\n${out.slice(to)}`;
  }
  return out;
}
