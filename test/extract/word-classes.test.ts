// The word classes the passes skip sentences by (src/extract/word-classes.ts): a sentence "has" a
// class exactly when one of its tokens' lower-case forms is in it, whenever the class was registered.

import { tokenize } from '../../src/extract/01-tokens';
import { sentenceClasses, sentenceHas, wordClass } from '../../src/extract/word-classes';
import type { Sentence } from '../../src/types';

describe('word classes', () => {
  const GADGET = wordClass(['sprocket', 'flange']);
  const [plain, gadget] = tokenize('The miller sang all day. A Sprocket slipped off the wheel.');

  it('a sentence has a class when one of its words, in lower case, is in it', () => {
    expect(sentenceHas(plain, GADGET)).toBe(false);
    expect(sentenceHas(gadget, GADGET)).toBe(true);
  });

  it('a class registered after the sentences were read is answered all the same', () => {
    const WHEEL = wordClass(['wheel']);
    expect(sentenceHas(gadget, WHEEL)).toBe(true);
    expect(sentenceHas(plain, WHEEL)).toBe(false);
    // (The earlier class keeps its answers.)
    expect(sentenceHas(gadget, GADGET)).toBe(true);
    expect(sentenceHas(plain, GADGET)).toBe(false);
  });

  it('a sentence made by hand, without the tokeniser, is classed from its tokens', () => {
    const token = (text: string) => ({ text, start: 0, end: text.length, pos: 'NOUN', space: ' ', lower: text.toLowerCase() });
    const s: Sentence = { index: 0, start: 0, end: 10, text: 'Flange bolts', tokens: [token('Flange'), token('bolts')] };
    expect(sentenceHas(s, GADGET)).toBe(true);
    expect(sentenceClasses(s) & GADGET).toBe(GADGET);
  });

  it('bits of several classes ask for any of them', () => {
    const BOLT = wordClass(['bolt']);
    expect(sentenceHas(gadget, BOLT)).toBe(false);
    expect(sentenceHas(gadget, BOLT | GADGET)).toBe(true);
  });
});
