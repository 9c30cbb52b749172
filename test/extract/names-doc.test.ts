// Document-level review of the names one sentence proposed (02-names-doc.ts): each rule with a text
// that needs it, and a text it must leave alone.

import { entitiesOf, resolveTexts } from '../_helpers';

const people = (text: string) => entitiesOf(resolveTexts([text])).filter((e) => e.endsWith('[Person]') || e.endsWith('[Place]'));

describe('reviewNames', () => {
  it('drops a word the document uses as a label before a number', () => {
    const got = people('The readings are listed in Table 4. The method is shown in Table 2 and was devised by Dr. Ellen Marsh.');
    expect(got).toContain('Ellen Marsh [Person]');
    expect(got.some((e) => e.startsWith('Table'))).toBe(false);
  });

  it('drops a short symbol the document writes after an article', () => {
    const got = people('Let Qx be the operator on the space. The Qx are distinct, so Carrier Qx was added by Tom Varley.');
    expect(got.some((e) => e.includes('Qx'))).toBe(false);
    expect(got).toContain('Tom Varley [Person]');
  });

  it('keeps a short family name that the document never writes after an article', () => {
    const got = people('President Ba Tran arrived on Monday. Ba said the talks went well.');
    expect(got).toContain('Ba Tran [Person]');
  });

  it('drops a name that repeats a word', () => {
    expect(people('Now Zq Zq so Zq, and Helen Voss agreed.')).toEqual(['Helen Voss [Person]']);
  });

  it('reads a capitalised plural of a creed or origin as a group, not a person', () => {
    const got = people('The Orthodox Lutherans of the valley protested, said Mara Quill.');
    expect(got.some((e) => e.startsWith('Orthodox'))).toBe(false);
    expect(got).toContain('Mara Quill [Person]');
  });

  it('keeps a surname that ends like a plural', () => {
    expect(people('Gareth Evans said the plan would work.')).toContain('Gareth Evans [Person]');
  });

  it('takes an adverb or interjection before a name out of it', () => {
    const got = people('Afterwards Dorian Pike went home. "Oh Dorian Pike, come back," she cried.');
    expect(got).toContain('Dorian Pike [Person]');
    expect(got.some((e) => /Afterwards|Oh /.test(e))).toBe(false);
  });

  it('takes a common word that opens a sentence out of the name after it', () => {
    const got = people('The sample was cold and the sample was old. Sample Ivo Brandt was handed the report, and Ivo Brandt signed it.');
    expect(got).toEqual(['Ivo Brandt [Person]']);
  });

  it('keeps a first name the document writes in lower case only once', () => {
    expect(people('Faith Ormond chaired the meeting. Ormond said she had faith in it.')).toContain('Faith Ormond [Person]');
  });


  it('does not run a name across a line break', () => {
    const got = people('Letters from Abroad\n\nMarta Quen wrote to the editor on Sunday. Quen said the roads were bad.');
    expect(got).toContain('Marta Quen [Person]');
    expect(got.some((e) => e.includes('Abroad'))).toBe(false);
  });
});
