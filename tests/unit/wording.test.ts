import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../lib/exercises/catalog';
import { PAUSE_PRACTICES } from '../../lib/exercises/pause-practices';
import { bareCommands, sentences } from '../../lib/exercises/wording';

// Rule 4 of DESIGN.md: invitations, not commands. Every line the catalogue can show is read
// sentence by sentence; one that opens with a bare instruction is reported with its exercise.

describe('bareCommands (the reader the catalogue test relies on)', () => {
  it('flags the bare commands the clinical read found', () => {
    for (const line of [
      'Listen instead: name three sounds you can hear.',
      'Play a song you find calming.',
      'Keep the place free of hard memories.',
      'Never force the breath.',
      'When you are ready, let your hands rest.',
      'Stop if you feel light-headed.',
      'If something feels big, go back to the okay place.',
      'Then press your heels down.',
    ]) expect(bareCommands(line), line).toEqual([line]);
  });

  it('lets invitations through, whatever follows them', () => {
    for (const line of [
      'You could listen instead, and name three sounds you can hear.',
      'If you like, lift your shoulders a little.',
      'Perhaps name three things you can see.',
      'When you are ready, your hands can rest. How do you feel?',
      'Feel free to stop at any time.',
      'If the tension grows, you can leave it straight away.',
      'Or perhaps turn your head slowly.',
      'Colours and shapes count.',
    ]) expect(bareCommands(line), line).toEqual([]);
  });

  it('finds the one command among several sentences', () => {
    expect(bareCommands('Pressing lightly is enough. Rest your feet. You might notice the floor.')).toEqual(['Rest your feet.']);
  });

  it('keeps quoted speech inside its sentence', () => {
    expect(sentences('Perhaps something simple: “I’m here.” “Take your time.”')).toHaveLength(1);
  });
});

const lines = (e: { title: string; summary: string; caution: string; alternative: string; steps: readonly { text: string }[] }) => [
  e.title,
  e.summary,
  e.caution,
  e.alternative,
  ...e.steps.map((s) => s.text),
];

describe('the catalogue invites rather than orders', () => {
  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s: no line opens with a bare command', (_id, exercise) => {
    expect(lines(exercise).flatMap(bareCommands)).toEqual([]);
  });

  it.each(PAUSE_PRACTICES.map((p) => [p.id, p] as const))('pause practice %s: no line opens with a bare command', (_id, practice) => {
    expect(lines(practice).flatMap(bareCommands)).toEqual([]);
  });
});

describe('the supporters’ page invites rather than orders', () => {
  it('no line opens with a bare command', async () => {
    const { guideLines } = await import('../../lib/supporters/guide');
    const lines = guideLines();
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.flatMap(bareCommands)).toEqual([]);
  });
});
