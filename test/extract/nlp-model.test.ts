// Tokenisation is a function of the document alone: what the process read before does not change it
// (wink's cache of unknown words is forgotten between documents, src/extract/nlp-model.ts).

import { tokenize } from '../../src/extract/01-tokens';

const tokens = (text: string) => tokenize(text).flatMap((s) => s.tokens.map((t) => t.text));

describe('tokenize', () => {
  it('splits a document the same way whatever documents came before', () => {
    // Read first, in a fresh process: "duke's" is split (duke | 's).
    const text = "The duke's men came. The Queen's, the dukes'.";
    const fresh = tokens(text);
    expect(fresh.slice(0, 3)).toEqual(['The', 'duke', "'s"]);
    // A document that teaches wink "duke's" whole (read with a comma after it)…
    tokens("Old King's, Zorblax's, Queen's, duke's, dukes', men's.");
    // …changes nothing for the next one.
    expect(tokens(text)).toEqual(fresh);
  });
});

describe('sentences', () => {
  const sentences = (text: string) => tokenize(text).map((s) => s.text);

  it('ends a sentence after the unit of an amount when a capitalised word follows', () => {
    expect(sentences('The regulator fined Tarno Bank £2m. Kora Motors is to cut jobs.')).toEqual(['The regulator fined Tarno Bank £2m.', 'Kora Motors is to cut jobs.']);
    expect(sentences('The doors opened at 9 a.m. The crowd was large.')).toEqual(['The doors opened at 9 a.m.', 'The crowd was large.']);
  });

  it('keeps a day or a month after a time in its sentence', () => {
    expect(sentences('They met at 5 p.m. Tuesday in Lima.')).toEqual(['They met at 5 p.m. Tuesday in Lima.']);
  });
});
