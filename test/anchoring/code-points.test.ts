import { describe, expect, it } from 'vitest';
import { codePointOffsets } from '../../src/anchoring/code-points';

// 𠀀 (U+20000, CJK Extension B) takes two UTF-16 code units.
const text = '增长𠀀12.4%𠀁。';

describe('codePointOffsets', () => {
  const offsets = codePointOffsets(text);

  it('converts code points to string offsets past each surrogate pair', () => {
    expect([0, 1, 2, 3, 4, 8, 9, 10].map((cp) => offsets.toUnits(cp))).toEqual([0, 1, 2, 4, 5, 9, 11, 12]);
    expect(text.slice(offsets.toUnits(3), offsets.toUnits(8))).toBe('12.4%');
  });

  it('converts string offsets back to code points', () => {
    expect([0, 2, 4, 9, 11, 12].map((units) => offsets.toCodePoints(units))).toEqual([0, 2, 3, 8, 9, 10]);
  });

  it('counts an offset inside a pair as the pair itself', () => {
    expect(offsets.toCodePoints(3)).toBe(2);
  });

  it('agrees with counting code points by iteration', () => {
    for (let units = 0; units <= text.length; units++) {
      if (text.charCodeAt(units - 1) >= 0xd800 && text.charCodeAt(units - 1) <= 0xdbff) continue;
      expect(offsets.toCodePoints(units)).toBe([...text.slice(0, units)].length);
    }
  });

  it('clamps offsets outside the text', () => {
    expect(offsets.toUnits(-3)).toBe(0);
    expect(offsets.toUnits(99)).toBe(text.length);
    expect(offsets.toCodePoints(99)).toBe([...text].length);
  });

  it('takes a lone surrogate (a pair cut by scraping) for a code point of its own', () => {
    // A high surrogate with no low one after it, then a whole pair, then a low surrogate alone.
    const cut = '增\uD840长\uD840\uDC00。\uDC01';
    const cutOffsets = codePointOffsets(cut);
    expect([0, 1, 2, 3, 5, 6, 7].map((units) => cutOffsets.toCodePoints(units))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(cutOffsets.toUnits(4)).toBe(5);
  });

  it('is the identity on text without pairs', () => {
    const plain = codePointOffsets('增长12.4%');
    expect(plain.toUnits(5)).toBe(5);
    expect(plain.toCodePoints(5)).toBe(5);
  });
});
