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

describe('issues named twice in one story', () => {
  it('makes one concern of an issue noun named with and without its complement', () => {
    const text = 'Olaf Berg vowed to tackle rural poverty. Marta Ruiz is worried about poverty among miners.';
    expect(concerns(text)).toHaveLength(1);
  });

  it('keeps two concerns whose heads are no issue by themselves', () => {
    const text = 'Olaf Berg decried the new fishing levy. Marta Ruiz decried the copper levy on exports.';
    expect(concerns(text)).toHaveLength(2);
  });
});
