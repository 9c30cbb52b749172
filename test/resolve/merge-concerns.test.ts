// Concerns that name no issue (src/resolve/merge-concerns.ts): a bare "the war" or "the crisis" is no
// node; the same head with what it is about is, and so is an abstract issue named alone.

import { resolveTexts } from '../_helpers';

const concerns = (text: string) => resolveTexts([text]).entities.filter((e) => e.kind === 'Concern').map((e) => e.label);

describe('vague concerns', () => {
  it('drops a bare head that needs a complement', () => {
    expect(concerns('Norway said it was worried about the crisis.')).toEqual([]);
  });

  it('keeps the same head when the phrase says where', () => {
    expect(concerns('Norway said it was worried about the crisis in Chad.')).toHaveLength(1);
  });

  it('keeps an abstract issue named alone', () => {
    expect(concerns('Norway said it was worried about corruption.')).toHaveLength(1);
  });
});
