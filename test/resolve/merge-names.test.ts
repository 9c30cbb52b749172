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
});
