// Affiliations and memberships from the sentences of a biography (05-relations/biography.ts) and
// places from a settlement's apposition (05-relations/located-in.ts), on sentences written for these tests.

import { shouldExtract } from '../_helpers';


describe('biography links', () => {
  it.each([
    // "attended" and a list of schools, one with a lower-case noun after its name (rule attended-school)
    ['Nora Blix attended Marlow Elementary school, Kora State College and Lina Institute of Art.', ['Nora Blix -affiliatedWith-> Marlow Elementary', 'Nora Blix -affiliatedWith-> Kora State College', 'Nora Blix -affiliatedWith-> Lina Institute of Art']],
    // "served in" a service (rule served-in), with the surname later in the text
    ['Otto Brenner Jr. joined late. Later Brenner served in the Kora Naval Reserve.', ['Otto Brenner Jr. -memberOf-> Kora Naval Reserve']],
    // "was in" a unit of a body: the person in the unit, the unit in the body (rules served-in, unit-of-body)
    ['Dr. Ada Pell was in the Signal Corps of the Kora Army.', ['Ada Pell -memberOf-> Signal Corps', 'Signal Corps -memberOf-> Kora Army']],
    // …but being in a building is no membership
    ['Ada Pell was in the Kora Museum all day.', [], ['Ada Pell -memberOf-> Kora Museum']],
    // a degree from a school (rule graduate-of)
    ['Ivo Tamm holds a Master of Arts degree from the University of Marlow.', ['Ivo Tamm -affiliatedWith-> University of Marlow']],
    // an apposition: a graduate of
    ['Ivo Tamm, a graduate of Kora College, spoke.', ['Ivo Tamm -affiliatedWith-> Kora College']],
    // "served as <post> at Y", post after post (rule served-as-role)
    ['Lena Vos has served as teacher at Marlow Academy and as an associate professor of history at Kora College.', ['Lena Vos -affiliatedWith-> Marlow Academy', 'Lena Vos -affiliatedWith-> Kora College']],
    // "named X as the school's new president": the school named before (rule served-as-role)
    ['The trustees of Brindle Junior College have named Dr. Ruth Onley as the school\'s new president.', ['Ruth Onley -affiliatedWith-> Brindle Junior College']],
    // a name, an age, then "as <post> of Y" (rule person-as-role)
    ['Appointment of Karl Dorn, 52, as sales manager of the Marlow Biscuit Company was announced.', ['Karl Dorn -affiliatedWith-> Marlow Biscuit Company']],
    // a negation or a hedge before the verb makes no fact
    ['Nora Blix never attended Kora State College.', [], ['Nora Blix -affiliatedWith-> Kora State College']],
    ['Nora Blix could have attended Kora State College.', [], ['Nora Blix -affiliatedWith-> Kora State College']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));

  it.each([
    // "Supt." in two tokens is a title; a superintendent heads the one school district named (rule title-implied-institution)
    ['Teachers of the Marlow Independent School District were re-elected on the advice of Supt. Ida K. Brenn.', ['Ida K. Brenn -affiliatedWith-> Marlow Independent School District'], ['Supt. Ida K. Brenn [Person]']],
    // …but not when two districts are named
    ['The Marlow School District and the Kora School District met Supt. Ida K. Brenn.', [], ['Ida K. Brenn -affiliatedWith-> Marlow School District']],
    // "as the titular head of the Democratic party": a party label before a lower-case "party"
    ['Gov. Ana Ruiz spoke. Ruiz, as the titular head of the Democratic party, must act.', ['Ana Ruiz -affiliatedWith-> Democratic Party']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));

  it('reads "a Democratic administration" as no person\'s government', () => {
    shouldExtract('With a Democratic administration, aid would flow.', [], ['Democratic administration [Organization]']);
  });

  it('affiliates a person with the government named for them (rule person-administration)', () => {
    shouldExtract('The Gov. Ana Ruiz administration faces a hard year.', ['Ana Ruiz -affiliatedWith-> Ruiz administration']);
  });
});

describe('settlement appositions', () => {
  it.each([
    // "Alden, a Kora County hamlet" (rule settlement-apposition)
    ['Fennick, a Marlow County hamlet of 250 people, voted early.', ['Fennick -locatedIn-> Marlow County']],
    // …not a list of places
    ['They toured Fennick, a Marlow County farm and more.', [], ['Fennick -locatedIn-> Marlow County']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});
