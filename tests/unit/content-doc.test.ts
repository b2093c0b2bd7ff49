import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_PATH, exercisesSection, helplinesTable, updatedDoc } from '../../scripts/content-doc';

// docs/CONTENT.md follows every change: its exercise and helpline sections are written from the
// code, and this test fails when someone changes one without the other.
describe('docs/CONTENT.md', () => {
  const doc = readFileSync(DOC_PATH, 'utf8');

  it('matches the catalogue, the pause card’s practices and the helpline table (run scripts/write-content-doc.ts)', () => {
    expect(updatedDoc(doc)).toBe(doc);
  });

  it('lists every step, the pause practices and each country as it reads in a sentence', () => {
    expect(exercisesSection()).toContain('When you are ready, your hands can rest. How do you feel?');
    expect(exercisesSection()).toContain('### Three slow breaths');
    expect(helplinesTable()).toContain('| United Kingdom | GB | In the UK |');
    expect(helplinesTable()).toContain('text CONNECT to 686868');
  });
});
