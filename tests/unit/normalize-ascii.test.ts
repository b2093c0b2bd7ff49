import { describe, expect, it } from 'vitest';
import { F_MARK, F_SPACE, F_WORD, KIND_SINGLE, classifyCodePoint, foldCodePoint, foldEntry, isNoSpaceCodePoint, isStrippedCodePoint } from '../../lib/words/normalize';

// The ASCII answers are short-cuts (a page's first words never compile the Unicode property
// expressions); they must be exactly what those expressions say.
describe('ASCII short-cuts in the normaliser', () => {
  it('agree with the Unicode properties for every ASCII code point', () => {
    for (let cp = 0; cp < 0x80; cp++) {
      const ch = String.fromCodePoint(cp);
      const expected = cp === 0x20 ? F_SPACE : (/\p{M}/u.test(ch) ? F_MARK : 0) | (/[\p{L}\p{N}\p{M}]/u.test(ch) ? F_WORD : 0);
      expect(classifyCodePoint(cp), `U+${cp.toString(16)}`).toBe(expected);
      expect(isNoSpaceCodePoint(cp)).toBe(false);
      expect(isStrippedCodePoint(cp)).toBe(false);
    }
  });

  it('fold every ASCII code point exactly as the general fold does', () => {
    for (let cp = 0; cp < 0x80; cp++) {
      const folded = foldCodePoint(cp);
      expect(folded, `U+${cp.toString(16)}`).toHaveLength(1);
      const unit = folded.charCodeAt(0);
      expect(foldEntry(cp), `U+${cp.toString(16)}`).toBe((KIND_SINGLE << 24) | (classifyCodePoint(unit) << 16) | unit);
    }
  });

  it('leave everything past ASCII to the properties', () => {
    expect(classifyCodePoint(0x00e9)).toBe(F_WORD); // é
    expect(classifyCodePoint(0x0301)).toBe(F_MARK | F_WORD); // combining acute
    expect(isStrippedCodePoint(0x0301)).toBe(true);
    expect(isStrippedCodePoint(0x200b)).toBe(true); // zero-width space
    expect(isNoSpaceCodePoint(0x4e2d)).toBe(true); // 中
  });
});
