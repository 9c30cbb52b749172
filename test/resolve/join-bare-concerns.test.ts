// A concern named by its head noun alone refers back to the one concern of its article named in full
// with that head (src/resolve/join-bare-concerns.ts); texts written for these tests.

import { concernHead } from '../../src/resolve/join-bare-concerns';
import { resolveTexts } from '../_helpers';

const concerns = (text: string) => resolveTexts([text]).entities.filter((e) => e.kind === 'Concern');

describe('bare concern heads', () => {
  it('finds the head before the first preposition', () => {
    expect(concernHead("Norway's £2bn levy from the Nordic Council")).toBe('levy');
    expect(concernHead('bid to reduce the levy')).toBe('bid');
    expect(concernHead('levy')).toBe('levy');
  });

  it('joins "the levy" to the levy its article named in full', () => {
    const text = "Chile's president called Peru's £2bn levy from the Andean Bank \"unjustified\". Bank president Marta Ruiz has indicated she wants the levy to come to an end.";
    const found = concerns(text);
    expect(found).toHaveLength(1);
    expect([found[0].label, ...found[0].aliases]).toEqual(expect.arrayContaining(['levy', "Peru's £2bn levy from the Andean Bank"]));
  });

  it('keeps a bare head apart when its article names two concerns with that head', () => {
    const text = "Chile's president called Peru's £2bn levy from the Andean Bank \"unjustified\". He also called Bolivia's levy on Chilean copper \"unjustified\". Bank president Marta Ruiz has indicated she wants the levy to come to an end.";
    expect(concerns(text).length).toBeGreaterThanOrEqual(3);
  });
});
