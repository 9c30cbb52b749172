// "the minister", "the former president": a definite description of an office stands for the one person
// the story has named with it (04-role-descriptions.ts). Texts written for these tests.

import { resolveTexts, triplesOf } from '../_helpers';

describe('definite descriptions of an office', () => {
  it('stand for the one person named with that office before', () => {
    const r = resolveTexts(['Foreign Minister Ana Ruiz arrived in Lima on Monday. The minister met President Jorge Palma on Tuesday.']);
    expect(triplesOf(r)).toContain('Ana Ruiz -met-> Jorge Palma');
    // The description is no name of hers.
    expect(r.entities.find((e) => e.label === 'Ana Ruiz')!.aliases).not.toContain('minister');
  });

  it('match the head of a longer title, with qualifiers between', () => {
    const r = resolveTexts(['Trade Minister Omar Haddad spoke in Rabat. Later the former trade minister visited Tunisia.']);
    expect(triplesOf(r)).toContain('Omar Haddad -visited-> Tunisia');
  });

  it('stand for no one when two people hold that office', () => {
    const r = resolveTexts(['Foreign Minister Ana Ruiz met Foreign Minister Lena Brook in Oslo. The minister visited Cusco.']);
    expect(triplesOf(r).filter((t) => t.endsWith('-visited-> Cusco'))).toEqual([]);
  });

  it('read "the general" as an office before a verb, and not as an adjective', () => {
    const r = resolveTexts(['General Odo Varga inspected the troops in Lima. The general met President Jorge Palma on Tuesday.']);
    expect(triplesOf(r)).toContain('Jorge Palma -met-> Odo Varga');
    const adjective = resolveTexts(['General Odo Varga inspected the troops in Lima. The general public met President Jorge Palma on Tuesday.']);
    expect(triplesOf(adjective)).not.toContain('Jorge Palma -met-> Odo Varga');
  });

  it('are not read where a name or "of" follows the office', () => {
    const r = resolveTexts(['Foreign Minister Ana Ruiz arrived in Lima. The minister of trade visited Cusco.']);
    expect(triplesOf(r)).not.toContain('Ana Ruiz -visited-> Cusco');
  });
});

describe('definite descriptions with a demonym', () => {
  it('stand for the holder of that office, the demonym staying the country', () => {
    const r = resolveTexts(['President Ivo Marek spoke in Oslo. On Monday the Slovak president met Prime Minister Lena Brook.']);
    expect(triplesOf(r)).toContain('Ivo Marek -met-> Lena Brook');
    expect(r.entities.map((e) => e.label)).toContain('Slovakia');
  });

  it('stand for no one when the holder is named with another country', () => {
    const r = resolveTexts(["Chile's President Ivo Marek spoke in Oslo. The Slovak president met Prime Minister Lena Brook."]);
    expect(triplesOf(r)).not.toContain('Ivo Marek -met-> Lena Brook');
  });
});
