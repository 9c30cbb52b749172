// Agreement mentions that resolution makes one agreement (src/resolve/merge-agreements.ts and the
// agreement names of 03-phrases.ts), and those it keeps apart; texts written for these tests.

import { resolveEntities } from '../../src/resolve';
import type { Mention } from '../../src/types';
import { resolveTexts, triplesOf } from '../_helpers';

const agreements = (texts: string[]) =>
  resolveTexts(texts).entities.filter((e) => e.kind === 'Agreement').map((e) => e.label).sort();

describe('agreement names', () => {
  it('reads a name ending in "Agreement" as the agreement, whatever body-like word is inside it, and its acronym after it', () => {
    const r = resolveTexts(['Fiji and Samoa signed the Joint Exchange and Fishing Agreement (JEFA) in the spring of last year. Tonga later said that it admired how JEFA was written.']);
    expect(r.entities.filter((e) => e.kind === 'Organization')).toEqual([]);
    const jefa = r.entities.filter((e) => e.kind === 'Agreement');
    expect(jefa.map((e) => e.label)).toEqual(['Joint Exchange and Fishing Agreement']);
    expect(jefa[0].aliases).toContain('JEFA');
    expect(jefa[0].mentions).toBe(3);
  });
});

describe('agreements named two ways', () => {
  it('joins measures of a body named after its country to those of that country', () => {
    const r = agreements(['Peru imposed sanctions on Chile in March. On Friday the Peruvian Department of Trade announced new sanctions.']);
    expect(r).toEqual(['Peru sanctions']);
  });

  it("names a deal by the bodies in it, not by the country a society's or firm's name begins with", () => {
    const r = agreements(['The strike ended with the merger of the American Federation of Weavers and the Congress of Spinners.']);
    expect(r).toEqual(['American Federation of Weavers–Congress of Spinners merger']);
  });

  it('joins an unnamed agreement to the one named agreement of its article with the same parties', () => {
    const texts = [
      'The Chile-Peru fishing pact worries Bolivia. The pact followed the Pacific Anchovy Accord, which both countries signed in May.',
      'Chile and Peru signed the Pacific Anchovy Accord in Lima.',
    ];
    expect(agreements(texts)).toEqual(['Pacific Anchovy Accord']);
  });

  it("joins a country's capitalised agreement to the agreement of that name in another article", () => {
    const texts = ["Chile's Green Harbour Accord cut the port's fees.", 'Critics said the Green Harbour Accord had failed the fishermen.'];
    expect(agreements(texts)).toEqual(['Green Harbour Accord']);
  });

  it('keeps an unnamed agreement apart from a named one with other parties', () => {
    const texts = ['The Chile-Peru fishing pact worries Bolivia. Ecuador and Bolivia signed the Pacific Anchovy Accord in May.'];
    expect(agreements(texts)).toEqual(['Chile–Peru fishing pact', 'Pacific Anchovy Accord']);
  });

  it("joins a firm's deal to its article's deal of the same subject between countries", () => {
    const text = "The Chile-Peru copper deal is at risk. Analysts said Zentora Mining Corporation would pull out. Zentora Mining Corporation's copper deal was signed in May.";
    const r = resolveTexts([text]);
    expect(r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label)).toEqual(['Chile–Peru copper deal']);
    expect(triplesOf(r)).toContain('Zentora Mining Corporation -partyTo-> Chile–Peru copper deal');
  });

  it('keeps apart two deals of one pair of countries on different things, named by what follows "on"', () => {
    expect(agreements(['Chile and Peru signed an agreement on fishing rights. Chile and Peru also signed an agreement on tourism.'])).toEqual(['Chile–Peru fishing rights agreement', 'Chile–Peru tourism agreement']);
    expect(agreements(['Kenya and Uganda signed an MoU on trade.'])).toEqual(['Kenya–Uganda trade memorandum']);
  });

  it('keeps apart deals of one subject between different countries', () => {
    expect(agreements(['The Chile-Peru copper deal is at risk. The Bolivia-Ecuador copper deal is not.'])).toEqual(['Bolivia–Ecuador copper deal', 'Chile–Peru copper deal']);
  });
});

describe('concerns that name an agreement', () => {
  it('reads a concern about "the sanctions policy" as the one sanctions regime of its article', () => {
    const r = resolveTexts(['Chile imposed new sanctions on Peru in May. Bolivia expressed concern about the sanctions policy towards Lima.']);
    expect(r.entities.filter((e) => e.kind === 'Concern')).toEqual([]);
    expect(r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label)).toEqual(['Chile sanctions']);
    expect(triplesOf(r)).toContain('Bolivia -concernedAbout-> Chile sanctions');
  });

  it('keeps a concern about a policy apart where no agreement of its head is named', () => {
    const r = resolveTexts(['Chile signed a trade deal with Peru in May. Bolivia expressed concern about the sanctions policy towards Lima.']);
    expect(r.entities.filter((e) => e.kind === 'Concern').map((e) => e.label)).toEqual(['sanctions policy towards Lima']);
  });
});

describe('a partial mention that fits several agreements of its article', () => {
  it('means the one the article spoke of most', () => {
    const text = 'Peru and Bolivia in gas export deal\n\nPeru has signed a $4bn deal to import gas from Bolivia. Ministers secured a similar deal to one between Bolivia and Chile. The agreements with Bolivia were sealed after talks in Lima.';
    const r = resolveTexts([text]);
    const agreements = r.entities.filter((e) => e.kind === 'Agreement');
    expect(agreements.map((e) => e.label).sort()).toEqual(['Bolivia–Chile deal', 'Bolivia–Peru export gas deal']);
    expect(agreements.find((e) => e.label === 'Bolivia–Peru export gas deal')!.aliases).toContain('agreements');
  });
});

describe('agreements tied to nothing', () => {
  it('gives no node to an agreement known by a common noun only, with no party, place or stance', () => {
    // (Extractions made by hand: short texts rarely keep such a phrase; long ones do, "the theory is
    // in excellent agreement with experiment".)
    const sentence = { index: 0, start: 0, end: 60, text: 'The theory is in excellent agreement with experiment, we found.' };
    const mention = (id: string, kind: Mention['kind'], name: string, key: string, rule: string): Mention => ({ id, kind, text: name, name, key, sentence: 0, tokenStart: 0, tokenEnd: 1, start: 0, end: 1, role: undefined, rule, meta: { parties: [], subject: name.split(' ').slice(0, -1), head: 'agreement' } });
    const r = resolveEntities([
      { doc: 'a.txt', sentences: [sentence], mentions: [mention('a1', 'Agreement', 'excellent agreement', '', 'agreement-np'), { ...mention('a2', 'Agreement', 'agreement', '', 'agreement-anaphor'), meta: { parties: [], subject: [], head: 'agreement', anaphor: 'yes', antecedent: 'a1' } }], relations: [] },
      { doc: 'b.txt', sentences: [sentence], mentions: [mention('a1', 'Agreement', 'Alden Accord', 'agreement:alden accord', 'agreement-name')], relations: [] },
    ]);
    expect(r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label)).toEqual(['Alden Accord']);
  });

  it('makes no agreement of a head that only qualifies a body of rules', () => {
    expect(agreements(["Under Chile's takeover rules, Zenco must make a firm offer by May."])).toEqual([]);
    expect(agreements(['Chile and Peru signed a takeover accord in May.']).length).toBe(1);
  });

  it('keeps a sanction that names its target though it names no party', () => {
    const r = resolveTexts(['The motion also extends an arms embargo on Eritrea and warns those who break it.']);
    expect(triplesOf(r)).toContain('arms embargo -involves-> Eritrea');
  });

  it('keeps a named agreement, and one with parties', () => {
    const r = resolveTexts(['The Alden Accord was praised on Monday. Chile and Peru signed a fishing pact.']);
    const labels = r.entities.filter((e) => e.kind === 'Agreement').map((e) => e.label);
    expect(labels).toContain('Alden Accord');
    expect(labels.some((l) => /fishing pact/.test(l))).toBe(true);
  });

  it("makes no agreement of a party's convention, but one of a convention on something", () => {
    expect(agreements(['The Kora Party district organizing convention met on Wednesday in Alden.'])).toEqual([]);
    expect(agreements(['The Chile-Peru convention on river fishing took effect.']).length).toBe(1);
  });

  it('makes no party of a demonym before a licence or a convention', () => {
    const r = resolveTexts(['A valid Chilean driving licence is accepted in Peru. By the accepted Peruvian convention, north is up.']);
    expect(r.entities.filter((e) => e.kind === 'Agreement')).toEqual([]);
  });
});
