// Offices of a state, region or city (05-relations/state-office.ts and the party tag's state in
// member-of.ts): the holder is affiliated with that place, on sentences written for these tests.

import { resolveTexts, triplesOf } from '../_helpers';

const triples = (story: string) => triplesOf(resolveTexts([story]));

describe('offices of a state, region or city', () => {
  it.each([
    // the place before the title, or its possessive (rule place-office)
    ['Oklahoma Gov. Ana Ruiz called a special session.', 'Ana Ruiz -affiliatedWith-> Oklahoma'],
    ["Scotland's First Minister Ana Ruiz spoke in Glasgow.", 'Ana Ruiz -affiliatedWith-> Scotland'],
    // a region's premier beside the region, and a UK nation's first minister by its adjective
    ['Quebec Premier Ana Ruiz met the mayor.', 'Ana Ruiz -affiliatedWith-> Quebec'],
    ['Welsh First Minister Ana Ruiz visited Cardiff.', 'Ana Ruiz -affiliatedWith-> Wales'],
    ['The Scottish First Minister, Ana Ruiz, replied.', 'Ana Ruiz -affiliatedWith-> Scotland'],
    // the office's title before "of" the place and a comma
    ['The Mayor of Dallas, Luis Vera, opened the bridge.', 'Luis Vera -affiliatedWith-> Dallas'],
    // "of" the place after the name
    ['Gov. Ana Ruiz of Oklahoma vetoed the bill.', 'Ana Ruiz -affiliatedWith-> Oklahoma'],
    ['Mayor Luis Vera of Dallas opened the bridge.', 'Luis Vera -affiliatedWith-> Dallas'],
    // an apposition
    ['Ana Ruiz, governor of Oklahoma, vetoed the bill.', 'Ana Ruiz -affiliatedWith-> Oklahoma'],
    ['Luis Vera, the mayor of Dallas, opened the bridge.', 'Luis Vera -affiliatedWith-> Dallas'],
    // a legislator's seat, a state's or a town's, after "of"
    ['Sen. Ana Ruiz of Oklahoma opposed the bill.', 'Ana Ruiz -affiliatedWith-> Oklahoma'],
    ['Rep. Luis Vera of Dallas sponsored the bill.', 'Luis Vera -affiliatedWith-> Dallas'],
    // "a Democrat from Oklahoma" (rule party-tag-state)
    ['Ana Ruiz, a Democrat from Oklahoma, voted yes.', 'Ana Ruiz -affiliatedWith-> Oklahoma'],
    // the state after a party's letter (rule party-tag-state), abbreviated or not
    ['Sen. Ana Ruiz (D., Okla.) opposed the measure.', 'Ana Ruiz -affiliatedWith-> Oklahoma'],
    ['Rep. Luis Vera (R-Ohio) voted for it.', 'Luis Vera -affiliatedWith-> Ohio'],
  ])('%j', (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  it("gives a bare governor the state the story's last sentences are about (rule home-state-office)", () => {
    const story = 'Tulsa, Okla. -- Oklahoma lawmakers met on Monday. The Oklahoma House passed the road bill. Gov. Ana Ruiz said she would sign it.';
    expect(triples(story)).toContain('Ana Ruiz -affiliatedWith-> Oklahoma');
  });

  it('gives a bare senator no state from the story: a Congress story names senators of many', () => {
    const story = 'Oklahoma lawmakers met. Oklahoma will pay. Sen. Ana Ruiz said so.';
    expect(triples(story)).not.toContain('Ana Ruiz -affiliatedWith-> Oklahoma');
  });

  it('gives a bare governor no state where two lead, nor where the sentence names a body of another state', () => {
    const tie = 'Oklahoma and Kansas met. Oklahoma and Kansas talked. Gov. Ana Ruiz said so.';
    expect(triples(tie).filter((t) => t.startsWith('Ana Ruiz -affiliatedWith->'))).toEqual([]);
    const other = 'Oklahoma lawmakers met. Oklahoma will pay. Gov. Ana Ruiz sent Kansas National Guard trucks.';
    expect(triples(other)).not.toContain('Ana Ruiz -affiliatedWith-> Oklahoma');
  });

  it('takes a page of short stories state by state: the state a sentence names is its own', () => {
    const page = 'Jackson, Miss. -- Mississippi faces a deficit. Mississippi lawmakers balked. Gov. Tom Kell was silent.\n\nBaton Rouge, La. -- The Gov. Ana Ruiz administration faces a hard year, with the governor\'s plans in doubt.';
    const got = triples(page);
    expect(got).toContain('Tom Kell -affiliatedWith-> Mississippi');
    expect(got).toContain('Ana Ruiz -affiliatedWith-> Louisiana');
    // ("the governor's plans" in her own sentence is hers, not the governor named in the story before.)
    expect(got).not.toContain('Tom Kell -affiliatedWith-> Louisiana');
  });

  it('reads no office into a plural title before an event\'s word: "the Governors Conference"', () => {
    const got = resolveTexts(['Ana Ruiz spoke to the Governors Conference on Industry at Tulsa.']).entities.map((e) => `${e.label} [${e.kind}]`);
    expect(got).not.toContain('Conference [Person]');
  });
});
