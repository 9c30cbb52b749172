// Titles around names (02-names.ts scanTitledName and the affiliations they give in
// 05-relations/affiliated-with.ts), on sentences written for these tests.

import { entitiesOf, resolveTexts, triplesOf } from '../_helpers';

function shouldExtract(texts: string[], expected: string[], forbidden: string[] = []) {
  const r = resolveTexts(texts);
  const got = [...entitiesOf(r), ...triplesOf(r)];
  for (const e of expected) expect(got).toContain(e);
  for (const f of forbidden) expect(got).not.toContain(f);
}

describe('long and nested titles', () => {
  it.each([
    // a portfolio after "Minister of" belongs to the title, not to the name (rule title-name)
    [['Minister of Foreign Affairs Olga Petrenko arrived on Monday.'], ['Olga Petrenko [Person]'], ['Affairs Olga Petrenko [Person]']],
    // "and" inside a portfolio
    [['Commissioner of Parks and Recreation Dana Whitfield opened the pool.'], ['Dana Whitfield [Person]'], ['Recreation Dana Whitfield [Person]']],
    // the country a title is of (rule title-of-body)
    [['Minister of Foreign Affairs of Chile Tomas Vidal signed the letter.'], ['Tomas Vidal -affiliatedWith-> Chile']],
    // the body a title is of, its acronym, then a rank and the name
    [['Vice Chairman of the Federal Defence Commission (FDC) General Omar Latif spoke.'], ['Omar Latif -affiliatedWith-> Federal Defence Commission']],
    // …and the person, not the body inside the title, is the subject of the verb after it
    [["Chile's Vice Chairman of the Federal Defence Commission (FDC) General Omar Latif visited Lima."], ['Omar Latif -affiliatedWith-> Chile', 'Omar Latif -visited-> Lima']],
    // a title in apposition to another title of a country: the country is the second one's holder's
    [['Sara Lund welcomed State Councilor of Peru, Minister of Trade Jorge Salas.'], ['Jorge Salas -affiliatedWith-> Peru'], ['Sara Lund -affiliatedWith-> Peru']],
    // a list of portfolios after "Minister of", joined by commas and "and"
    [["Peru's Minister of Foreign Trade, Export Promotion and Tourism Ana Ruiz signed the deal."], ['Ana Ruiz [Person]', 'Ana Ruiz -affiliatedWith-> Peru'], ['Tourism Ana Ruiz [Person]']],
    // portfolios before the office word are the title's, and the last one makes it a cabinet office of the story's country
    [['Chile raised its target. Chile will build more wind farms, Climate Change and Energy Minister Ana Ruiz said.'], ['Ana Ruiz -affiliatedWith-> Chile'], ['Climate Change [Person]']],
    // a capitalised title in apposition after the name, with or without a portfolio
    [["Ana Ruiz, Peru's Foreign Minister, told reporters."], ['Ana Ruiz -affiliatedWith-> Peru']],
    [["Ana Ruiz, the EU's High Representative for Trade and Security Policy, told reporters."], ['Ana Ruiz -affiliatedWith-> European Union'], ['High Representative [Person]']],
    // a word of tenure opening the sentence before a lower-case title is neither a party nor a body
    [['Outgoing chief minister Ana Ruiz accepted the verdict.', 'Former governor Luis Vera agreed.'], ['Ana Ruiz [Person]', 'Luis Vera [Person]'], ['Outgoing [Organization]', 'Former [Organization]']],
    // "Ambassador to <country>" is one title; the country before it is the one served
    [['Chilean Ambassador to Japan Luis Vera said it showed strength.'], ['Luis Vera [Person]', 'Luis Vera -affiliatedWith-> Chile'], ['Luis Vera -affiliatedWith-> Japan']],
    // an office, then a rank, then the name: one person, the office as role
    [["Chile's Defence Minister Gen Pablo Rojas arrived.", 'Gen. Rojas left on Friday.', 'General Pablo Rojas said more.'], ['Pablo Rojas -affiliatedWith-> Chile'], ['Gen Pablo Rojas [Person]', 'Gen [Person]']],
  ])('%j', (texts, expected, forbidden = []) => shouldExtract(texts, expected, forbidden));

  it('keeps "Gen", "Gen." and "General" before one name as one person', () => {
    const r = resolveTexts(['Gen Ilse Brandt inspected the troops. Later Gen. Brandt met reporters, and General Ilse Brandt left.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((e) => e.label)).toEqual(['Ilse Brandt']);
  });
});

describe('titles over several names', () => {
  it.each([
    // "Reps. X and Y": each name takes the title (rule plural-title-name)
    [['A debate between Reps. Carl Mott and Ida Fenn is planned.'], ['Carl Mott [Person]', 'Ida Fenn [Person]'], ['Reps. Carl Mott [Person]']],
    // three names with commas, the first with initials
    [['Sens. T. R. Pike, Rita Gale and Otto Marsh voted no.'], ['T. R. Pike [Person]', 'Rita Gale [Person]', 'Otto Marsh [Person]'], ['Sens. T. R. Pike [Person]']],
    // a nickname in parentheses is no part of the name
    [['Reps. W. T. (Buck) Landry and Hal Oakes argued.'], ['W. T. Landry [Person]', 'Hal Oakes [Person]'], ['W. T. [Person]']],
    // another title ends the list: its first word is no name
    [['Speakers include Reps. Ida Fenn and Al Ulm, Labor Commissioner Norm Nils and Mayor Ted Shrum.'], ['Al Ulm [Person]', 'Norm Nils [Person]'], ['Labor [Person]']],
    // a plural noun with no names after it is no title
    [['Senators approved the bill on Tuesday.'], [], ['Senators [Person]']],
  ])('%j', (texts, expected, forbidden = []) => shouldExtract(texts, expected, forbidden));

  it('takes capitalised particles after a nickname into the name', () => {
    shouldExtract(['Members like Ramon (Chico) De La Vega of Laredo stayed.'], ['Ramon De La Vega [Person]']);
  });

  it("gives a title coordinated with a country's titled person the same country (rule coordinated-title-person)", () => {
    shouldExtract(["He met Peru's President Ana Quispe and Prime Minister Luis Condori."], ['Ana Quispe -affiliatedWith-> Peru', 'Luis Condori -affiliatedWith-> Peru']);
  });
});

describe('legislative chambers', () => {
  it.each([
    // "the Senate" is a body (rule chamber-name), and "Sen. X" a member of it (rule title-implied-chamber)
    [['The Senate passed the bill. Sen. Carla Voss of Midland wrote it.'], ['Senate [Organization]', 'Carla Voss -memberOf-> Senate']],
    // a representative sits in the House the story names
    [['The House adjourned early. Rep. Hugo Lind said he was tired.'], ['Hugo Lind -memberOf-> House']],
    // with no House named, in the Legislature
    [['The Legislature meets in January. Rep. Hugo Lind filed a bill.'], ['Hugo Lind -memberOf-> Legislature']],
    // a committee named in lower case after its chamber (rule chamber-committee)
    [['She told the Commons foreign affairs committee it was fair.'], ['Commons foreign affairs committee [Organization]']],
    // a representative qualified by a county sits in the House the story names
    [['Marlow County Rep. Bo Pell will offer a resolution in the House.'], ['Bo Pell -memberOf-> House']],
    // a senator in a story that names only Congress sits in Congress
    [['Congress met on Monday. Sen. Ivo Prell of Vermont spoke.'], ['Ivo Prell -memberOf-> Congress']],
    // a council title sits in the city's council the story names
    [['The City Council met at noon. Councilwoman Nora Pell asked for a vote.'], ['Nora Pell -memberOf-> City Council']],
  ])('%j', (texts, expected) => shouldExtract(texts, expected));

  it('makes the persons listed after "legislators like" members of the chamber the story names (rule group-list-chamber)', () => {
    const r = resolveTexts(['The Legislature met in May. The bill was backed by legislators like Amos Reed of Alden, Lula Park of Kora and Ned Fry.']);
    expect(triplesOf(r)).toEqual(expect.arrayContaining(['Amos Reed -memberOf-> Legislature', 'Lula Park -memberOf-> Legislature', 'Ned Fry -memberOf-> Legislature']));
  });

  it('makes no chamber member when the story names no chamber', () => {
    const r = resolveTexts(['Rep. Hugo Lind filed a bill on Monday.']);
    expect(triplesOf(r).filter((t) => t.includes('-memberOf->'))).toEqual([]);
  });
});

describe('abbreviated titles', () => {
  it('keeps a name after an abbreviated plural title in its sentence, and gives every name the country before it', () => {
    const r = resolveTexts(['Even US Sens. Ada K. Moss and Ned P. Hale stayed loyal.']);
    expect(triplesOf(r)).toEqual(expect.arrayContaining(['Ada K. Moss -affiliatedWith-> United States', 'Ned P. Hale -affiliatedWith-> United States']));
  });

  it('does not make a country-qualified senator a member of the chamber the story names', () => {
    const r = resolveTexts(['The Legislature met in June. Even US Sens. Ada K. Moss and Ned P. Hale stayed loyal.']);
    expect(triplesOf(r).filter((t) => t.includes('-memberOf-> Legislature'))).toEqual([]);
  });
});

describe('titles inside a run of capitalised words', () => {
  it.each([
    // an office title after a capitalised adjective starts the name; the adjective is no party
    [['Independent Senator Mavis Oduya voted no.'], ['Mavis Oduya [Person]'], ['Independent Senator Mavis Oduya [Person]', 'Independent [Organization]']],
    // a two-word party label before a party role is the party
    [['Liberal Democrat leader Gwen Ashby spoke.'], ['Liberal Democrats [Organization]', 'Gwen Ashby -affiliatedWith-> Liberal Democrats'], ['Liberal Democrat [Person]']],
  ])('%j', (texts, expected, forbidden = []) => shouldExtract(texts, expected, forbidden));
});

describe('word tables', () => {
  it('reads words that name Object methods ("constructor", "toString") as plain words', () => {
    expect(() => resolveTexts(['The constructor like Ann Lee spoke. Legislators like valueOf met. The hasOwnProperty senators came.'])).not.toThrow();
  });
});
