// Resolution across documents (src/resolve): aliases, surnames, typos, agreements and concerns.

import { resolveTexts, triplesOf } from '../_helpers';

describe('resolveEntities across documents', () => {
  it('joins a surname in one article to the full name in another', () => {
    const r = resolveTexts(['President Ines Moreau visited Rabat.', 'Moreau said the visit went well.']);
    const p = r.entities.filter((e) => e.kind === 'Person');
    expect(p.map((e) => e.label)).toEqual(['Ines Moreau']);
    expect(p[0].docs).toEqual(['doc0.txt', 'doc1.txt']);
  });

  it('joins a misspelt full name to the person with the same first name', () => {
    const r = resolveTexts(['Chancellor Helmut Brandt spoke.', 'Chancellor Helmut Brandt left.', 'Helmut Brnadt returned.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['Helmut Brandt']);
  });

  it('keeps every surface form as an alias and counts mentions', () => {
    const r = resolveTexts(['The US and America are one.', 'United States officials agreed.']);
    const us = r.entities.find((e) => e.label === 'United States')!;
    expect(us.aliases).toEqual(expect.arrayContaining(['US', 'America']));
    expect(us.mentions).toBe(3);
  });

  it('makes one agreement of differently worded reports between the same parties', () => {
    const r = resolveTexts([
      'Norway and Chile agreed to negotiate an intelligence-sharing agreement.',
      'The information sharing arrangement between Chile and Norway will take a year.',
    ]);
    const agreements = r.entities.filter((e) => e.kind === 'Agreement');
    expect(agreements).toHaveLength(1);
    expect(agreements[0].label).toBe('Chile–Norway information sharing agreement');
  });

  it('keeps agreements between different parties apart', () => {
    const r = resolveTexts([
      'Norway signed a fisheries agreement with Chile.',
      'Norway signed a fisheries agreement with Peru.',
    ]);
    expect(r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label).sort()).toEqual([
      'Chile–Norway fisheries agreement',
      'Norway–Peru fisheries agreement',
    ]);
  });

  it('reads "the agreements with one party" as the agreement spoken of most with that party', () => {
    const r = resolveTexts([
      'The gas deal between Peru and Bolivia was signed on Monday. A similar deal between Chile and Bolivia followed in May. Peru hailed the gas deal between Peru and Bolivia. The agreements with Bolivia were sealed after talks in Lima.',
    ]);
    const agreements = r.entities.filter((e) => e.kind === 'Agreement');
    expect(agreements.map((e) => e.label).sort()).toEqual(['Bolivia–Chile deal', 'Bolivia–Peru gas deal']);
    expect(agreements.find((e) => e.label === 'Bolivia–Peru gas deal')!.aliases).toContain('agreements');
  });

  it('keeps "the agreements with" a party of no earlier agreement, or with another subject, apart', () => {
    const r = resolveTexts(['Peru signed a gas deal with Bolivia on Monday. The agreements with Chile were sealed after talks in Lima.']);
    expect(r.entities.filter((e) => e.kind === 'Agreement')).toHaveLength(2);
    const other = resolveTexts(['India signed a trade pact with Japan and Australia in 2020. In 2023 the security agreement with Japan was renewed.']);
    expect(other.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label).sort()).toEqual(['Australia–India–Japan trade pact', 'Japan security agreement']);
  });

  it('makes one concern of reports about the same place', () => {
    const r = resolveTexts([
      'Ghana condemned the invasion of Mali.',
      'Togo voiced concern about the war in Mali.',
    ]);
    const concerns = r.entities.filter((e) => e.kind === 'Concern');
    expect(concerns).toHaveLength(1);
    expect(triplesOf(r)).toEqual(expect.arrayContaining([expect.stringMatching(/^Ghana -opposes-> /), expect.stringMatching(/^Togo -concernedAbout-> /)]));
  });

  it('weights a relation by its sentences and raises confidence with more of them', () => {
    const r = resolveTexts(['Sweden is a member of NATO.', 'Sweden is a member of NATO, officials said.']);
    const rel = r.relations.find((x) => x.predicate === 'memberOf')!;
    expect(rel.evidence).toHaveLength(2);
    expect(rel.confidence).toBeGreaterThan(0.85);
    const one = resolveTexts(['Sweden is a member of NATO.']).relations.find((x) => x.predicate === 'memberOf')!;
    expect(rel.confidence).toBeGreaterThan(one.confidence);
  });

  it('does not say a person visited their own country', () => {
    const r = resolveTexts(["Kenya's President Ruth Wanjiru met Tanzania's President Ali Juma in Nairobi."]);
    const t = triplesOf(r);
    expect(t).toContain('Ali Juma -visited-> Nairobi');
    expect(t).not.toContain('Ruth Wanjiru -visited-> Nairobi');
  });
});
