// "he" and "she" take the most salient person (05-relations/salience.ts): the subject and the story's
// protagonist rather than the last name in an aside. Texts written for these tests.

import { resolveTexts, triplesOf } from '../_helpers';

const triples = (text: string) => triplesOf(resolveTexts([text]));

describe('singular pronouns', () => {
  it('take the subject of the previous sentence, not a name in apposition after it', () => {
    const got = triples('Foreign Minister Ana Ruiz arrived in Lima on Monday. Ruiz greeted the mayor, Jorge Palma, at the airport. She then visited Cusco.');
    expect(got).toContain('Ana Ruiz -visited-> Cusco');
    expect(got).not.toContain('Jorge Palma -visited-> Cusco');
  });

  it('take the protagonist over a person named once in passing', () => {
    const got = triples(
      'Trade Minister Omar Haddad spoke in Rabat. Haddad said exports had grown. Haddad praised the port, which was designed by Lena Brook. He later visited Tunisia.',
    );
    expect(got).toContain('Omar Haddad -visited-> Tunisia');
    expect(got).not.toContain('Lena Brook -visited-> Tunisia');
  });

  it('take the protagonist when the last person named is a few sentences back, in passing', () => {
    const got = triples(
      'Defence Minister Omar Haddad arrived in Rabat on Monday. Haddad said the visit would deepen ties. Haddad praised the navy. The deal follows one signed last year, when Admiral Lena Brook visited Tunis for talks. Analysts called it a response to rising tension. Talks covered trade and energy. On Tuesday he met President Ivo Marek.',
    );
    expect(got).toContain('Ivo Marek -met-> Omar Haddad');
    expect(got).not.toContain('Ivo Marek -met-> Lena Brook');
  });

  it('still take the only person named', () => {
    expect(triples('Minister Ana Ruiz spoke on Monday. She visited Chile on Tuesday.')).toContain('Ana Ruiz -visited-> Chile');
  });
});
