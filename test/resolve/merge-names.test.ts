// Name variants that resolution joins across documents (src/resolve/merge-names.ts), and those it must
// keep apart; texts written for these tests.

import { sameGivenName } from '../../src/resolve/merge-names';
import { resolveTexts } from '../_helpers';

const labels = (texts: string[], kind: string) =>
  resolveTexts(texts).entities.filter((e) => e.kind === kind).map((e) => e.label).sort();

describe('person name variants', () => {
  it('joins spellings of one name whose given names differ by a letter or a short form', () => {
    expect(labels(['The novelist Bartholomew Quinlan spoke.', 'Bartholomew Quinlan spoke again.', 'Bartholomw Quinlann wrote a letter.', 'Barty Quinlan was there.'], 'Person')).toEqual(['Bartholomew Quinlan']);
  });

  it('keeps apart people whose short surnames differ by a changed letter, or by the first', () => {
    expect(labels(['Ruth Quinby spoke.', 'Ruth Quimby spoke.'], 'Person')).toEqual(['Ruth Quimby', 'Ruth Quinby']);
    expect(labels(['Ruth Mallory spoke.', 'Ruth Hallory spoke.'], 'Person')).toEqual(['Ruth Hallory', 'Ruth Mallory']);
    // A letter left out, or two swapped, is a slip.
    expect(labels(['Ruth Quinby spoke.', 'Ruth Quinby left.', 'Ruth Quiby spoke.'], 'Person')).toEqual(['Ruth Quinby']);
    expect(labels(['Ruth Quinby spoke.', 'Ruth Quinby left.', 'Ruth Qiunby spoke.'], 'Person')).toEqual(['Ruth Quinby']);
  });

  it('keeps apart people whose given names differ', () => {
    expect(labels(['Ruth Quinlan spoke.', 'Rosa Quinlan spoke.'], 'Person')).toEqual(['Rosa Quinlan', 'Ruth Quinlan']);
  });

  it('tells given names apart by their first four letters and one edit', () => {
    expect(sameGivenName('frederick', 'frederic')).toBe(true);
    expect(sameGivenName('freddie', 'frederick')).toBe(true);
    expect(sameGivenName('jon', 'john')).toBe(false);
    expect(sameGivenName('daniel', 'danielle')).toBe(false);
    expect(sameGivenName('marta', 'maria')).toBe(false);
    expect(sameGivenName('alex', 'alexander')).toBe(true);
    expect(sameGivenName('mark', 'mary')).toBe(false);
  });

  it('gives a surname alone to the person named far more often than any other with it', () => {
    const texts = [
      ...Array.from({ length: 4 }, () => 'Senator Odile Brackett spoke in the chamber.'),
      'Her cousin Leon Brackett was there.',
      'Brackett said the bill would pass.',
    ];
    const r = resolveTexts(texts);
    const odile = r.entities.find((e) => e.label === 'Odile Brackett')!;
    expect(odile.docs).toContain(`doc${texts.length - 1}.txt`);
    expect(r.entities.some((e) => e.label === 'Brackett')).toBe(false);
  });

  it('gives a titled surname to the one person with it named with that title', () => {
    const r = resolveTexts(['Governor Odile Brackett spoke.', 'Leon Brackett spoke.', 'Leon Brackett left.', 'Governor Brackett said the bill would pass.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => `${e.label} ${e.mentions}`).sort()).toEqual(['Leon Brackett 2', 'Odile Brackett 2']);
  });

  it('labels a person by their full name even when the surname alone is more frequent', () => {
    const r = resolveTexts(['Senator Odile Brackett spoke.', 'Brackett said no.', 'Brackett left.', 'Brackett returned.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['Odile Brackett']);
  });

  it('joins a name written with initials to the one person whose given names have them', () => {
    const r = resolveTexts(['Governor Osric P. Fenwold spoke.', 'Osric Fenwold left.', 'O.P. Fenwold signed the bill.', 'O. P. Fenwold returned.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['Osric P. Fenwold']);
  });

  it('keeps apart people whose middle names differ, also from the bare form joined to one of them', () => {
    const r = resolveTexts(['Osric F. Vantongeren spoke.', 'Osric F. Vantongeren left.', 'Osric Vantongeren returned.', 'Osric P. Vantongeren wrote a novel.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => `${e.label} ${e.mentions}`).sort()).toEqual(['Osric F. Vantongeren 3', 'Osric P. Vantongeren 1']);
  });

  it("gives a surname with an office of state to that office's holder, not to another office's of the story", () => {
    const r = resolveTexts(['President Odile Brackett spoke in the capital.', 'Attorney General Leon Brackett met reporters. President Brackett said the bill would pass.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => `${e.label} ${e.mentions}`).sort()).toEqual(['Leon Brackett 1', 'Odile Brackett 2']);
  });

  it('reads the surname before a generational suffix, which joins no two people', () => {
    const r = resolveTexts(['Osric Kell Jr. spoke.', 'Osric Vantongeren Jr. spoke.', 'Osric Vantongeren Jr. left.', 'Kell said no.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => `${e.label} ${e.mentions}`).sort()).toEqual(['Osric Kell Jr. 2', 'Osric Vantongeren Jr. 2']);
  });

  it('keeps initials apart when two people have them, or when the letters differ', () => {
    const two = resolveTexts(['Osric P. Fenwold spoke.', 'Oona P. Fenwold spoke.', 'O.P. Fenwold signed the bill.']);
    expect(two.entities.filter((e) => e.kind === 'Person').map((e) => e.label).sort()).toEqual(['O.P. Fenwold', 'Oona P. Fenwold', 'Osric P. Fenwold']);
    const other = resolveTexts(['Osric Fenwold spoke.', 'O.R. Fenwold signed the bill.']);
    expect(other.entities.filter((e) => e.kind === 'Person')).toHaveLength(2);
  });

  it('gives a surname titled by an office\'s head word to the one person holding that office', () => {
    const r = resolveTexts(['Trade Minister Odile Brackett spoke.', 'Leon Brackett spoke.', 'Leon Brackett left.', 'Minister Brackett said the bill would pass.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => `${e.label} ${e.mentions}`).sort()).toEqual(['Leon Brackett 2', 'Odile Brackett 2']);
  });

  it('keeps a surname alone apart when two people with it are named about as often', () => {
    const r = resolveTexts(['Odile Brackett spoke.', 'Leon Brackett spoke.', 'Brackett said the bill would pass.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => e.label).sort()).toEqual(['Brackett', 'Leon Brackett', 'Odile Brackett']);
  });
});

describe('organisation name variants', () => {
  it('joins a body named with its country or with the country adjective', () => {
    expect(labels(['The UK Government said no.', 'The British Government said no again.'], 'Organization')).toHaveLength(1);
  });

  it("joins a body named with a union's abbreviation or adjective", () => {
    expect(labels(['The EU Commission proposed a cut.', 'The European Commission later withdrew it.'], 'Organization')).toHaveLength(1);
  });

  it("joins a broadcaster's service named by the broadcaster and a medium word to the broadcaster", () => {
    const r = resolveTexts(['Kestrel Broadcasting Corporation reporters said the vote was close.', 'She told Kestrel Broadcasting Corporation Radio 4 that she would resign.', 'He wrote to Kestrel Broadcasting Corporation News Online.']);
    expect(r.entities.filter((e) => e.kind === 'Organization').map((e) => e.label)).toEqual(['Kestrel Broadcasting Corporation']);
  });

  it('keeps a name with a medium word apart when no body of the corpus is named by its first words', () => {
    expect(labels(['She told Kestrel Radio that she would resign.', 'The Kestrel Broadcasting Corporation said no.'], 'Organization')).toEqual(['Kestrel Broadcasting Corporation', 'Kestrel Radio']);
  });

  it('keeps the bodies of different countries apart', () => {
    expect(labels(['The French Government said no.', 'The British Government said yes.'], 'Organization')).toHaveLength(2);
  });

  it('joins a ministry or department named either way round', () => {
    expect(labels(['The Fisheries Ministry said no.', 'The Ministry of Fisheries said no again.'], 'Organization')).toHaveLength(1);
    expect(labels(['The Water Department said no.', 'The Department of Water said no again.'], 'Organization')).toHaveLength(1);
  });

  it("joins a ministry named without its country to its document's or the corpus's one with it", () => {
    // In its document; in another that names the same country, or no country.
    expect(labels(['The Norwegian Ministry of Fisheries said no. The Fisheries Ministry said it again.'], 'Organization')).toEqual(['Norwegian Ministry of Fisheries']);
    expect(labels(['The Norwegian Fisheries Ministry said no.', 'In Norway, the Fisheries Ministry said it again.', 'The Ministry of Fisheries said it once more.'], 'Organization')).toHaveLength(1);
  });

  it("keeps apart two countries' ministries whose country stands outside the name", () => {
    expect(labels(["Norway's Ministry of Fisheries said no.", "Chile's Ministry of Fisheries said yes."], 'Organization')).toEqual(['Chilean Ministry of Fisheries', 'Norwegian Ministry of Fisheries']);
    // The same ministry, named both ways, and again without its country in the story.
    expect(labels(['The Ministry of Fisheries of Peru said nothing.', "Peru's Fisheries Ministry agreed. The Fisheries Ministry said so again."], 'Organization')).toEqual(['Peruvian Ministry of Fisheries']);
  });

  it('keeps a ministry named without its country apart where that is not clear', () => {
    // Another country's story; two countries' ministries in the corpus.
    expect(labels(['The Norwegian Fisheries Ministry said no.', 'In Chile, the Fisheries Ministry said yes.'], 'Organization')).toHaveLength(2);
    expect(labels(['The Norwegian Fisheries Ministry said no.', 'The Chilean Fisheries Ministry said yes.', 'The Fisheries Ministry said nothing.'], 'Organization')).toHaveLength(3);
  });
});

describe('place name variants', () => {
  it('joins a town named with and without its state', () => {
    expect(labels(['The fair opened in Dallas, Texas, on Monday.', 'Crowds came to Dallas on Tuesday.'], 'Place').filter((l) => l.startsWith('Dallas'))).toEqual(['Dallas']);
  });

  it("keeps towns of one name in different states apart, a bare mention going with its document's", () => {
    const r = resolveTexts(['She was born in Springfield, Illinois, in 1950. Springfield was then a small town.', 'He lives in Springfield, Massachusetts, with his wife.']);
    const springs = r.entities.filter((e) => e.kind === 'Place' && e.label.startsWith('Springfield'));
    expect(springs.map((e) => `${e.label} ${e.mentions}`).sort()).toEqual(['Springfield, Illinois 2', 'Springfield, Massachusetts 1']);
  });

  it("keeps the gazetteer's town under its name when another of that name is named with its state", () => {
    const r = resolveTexts(['The talks opened in Paris, France, on Monday.', 'Paris was calm.', 'He grew up in Paris, Texas.']);
    expect(r.entities.filter((e) => e.kind === 'Place' && e.label.startsWith('Paris')).map((e) => `${e.label} ${e.mentions}`).sort()).toEqual(['Paris 2', 'Paris, Texas 1']);
  });

  it("joins a firm's initials joined by \"&\" to the firm named in full in the document, its kind left out", () => {
    const r = resolveTexts(['The Kellogg & Marrow Railroad asked to merge. The K. & M. was in poor shape, said its president.']);
    expect(r.entities.filter((e) => e.kind === 'Organization').map((e) => e.label)).toEqual(['Kellogg & Marrow Railroad']);
  });
});
