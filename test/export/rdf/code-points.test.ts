// JavaScript indices → code-point offsets (src/export/rdf/code-points.ts), as NIF counts them.

import { toCodePointOffsets } from '../../../src/export/rdf/code-points';

describe('toCodePointOffsets', () => {
  it('counts an emoji as one code point (TRAPS.md example)', () => {
    const text = 'Merkel 😀 met Macron';
    expect(text.indexOf('Macron')).toBe(14);
    expect(toCodePointOffsets(text)(14)).toBe(13);
    expect(toCodePointOffsets(text)(text.length)).toBe([...text].length);
  });

  it('leaves indices before the first astral character and in BMP-only texts unchanged', () => {
    const f = toCodePointOffsets('abc 😀 def 😀');
    expect([0, 3, 4].map(f)).toEqual([0, 3, 4]);
    expect(f(7)).toBe(6);
    expect(f(13)).toBe(11);
    expect(toCodePointOffsets('Ngāti – “quoted”')(10)).toBe(10);
  });
});
