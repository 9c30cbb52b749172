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

  it('pass over a person named in a relative clause, who is no subject', () => {
    const got = triples('Ines Varga of the port authority arrived in Quito. The meeting, which the engineer Tobias Lund also attended, ended at noon. He flew to Lima.');
    expect(got).not.toContain('Tobias Lund -visited-> Lima');
  });

  it("pass over a quote's source named in apposition to a noun", () => {
    const got = triples('Kurt Aalto arrived in Quito on Monday. A bank spokesman, Tobias Lund, said talks had gone well. He later visited Lima.');
    expect(got).toContain('Kurt Aalto -visited-> Lima');
    expect(got).not.toContain('Tobias Lund -visited-> Lima');
  });

  it("pass over a quote's source named with a spokesperson's title", () => {
    const got = triples('Kurt Aalto arrived in Quito on Monday. Spokesman Tobias Lund said talks had gone well. He later visited Lima.');
    expect(got).toContain('Kurt Aalto -visited-> Lima');
  });

  it("pass over a quote's source in the sentences after, but not in the source's own words", () => {
    const story = 'Prime Minister Kurt Aalto flew to Oslo on Monday. Aalto praised the police. Police chief Ola Berg said security was tight.';
    const after = triples(`${story} He then visited Bergen.`);
    expect(after).toContain('Kurt Aalto -visited-> Bergen');
    expect(after).not.toContain('Ola Berg -visited-> Bergen');
    expect(triples('Prime Minister Kurt Aalto flew to Oslo on Monday. Aalto praised the police. Police chief Ola Berg said he opposed the new border tax.')).toContain('Ola Berg -opposes-> new border tax');
  });

  it('take a person whose title agrees with the pronoun', () => {
    expect(triples('Mr. Kurt Aalto met Mrs. Ines Varga in Lima on Monday. She then flew to Quito.')).toContain('Ines Varga -visited-> Quito');
    const got = triples('Lady Ines Varga arrived in Lima. Sir Kurt Aalto greeted her at the airport. She then flew to Quito.');
    expect(got).toContain('Ines Varga -visited-> Quito');
    expect(got).not.toContain('Kurt Aalto -visited-> Quito');
  });

  it('still take the only person named', () => {
    expect(triples('Minister Ana Ruiz spoke on Monday. She visited Chile on Tuesday.')).toContain('Ana Ruiz -visited-> Chile');
  });
});
