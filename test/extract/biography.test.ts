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
    // a trade the local press gives a worker, "with" its firm (rule copular-post)
    ['Mr. Karl Dorn was a foreman with the Marlow Biscuit Company.', ['Karl Dorn -affiliatedWith-> Marlow Biscuit Company']],
    // a second post the copula coordinates after a place: "a teacher in Y and a member of Z"
    ['Ivo Tamm was a teacher in Fennick and a member of the Kora Rowing League, both in his youth.', ['Ivo Tamm -affiliatedWith-> Kora Rowing League']],
    // a board of a body, board after board: "serves on the board of directors of X and on the board of trustees of Y" (rule served-in)
    ['Nora Blix was honored. She serves on the board of directors of the Marlow Choral Society and on the board of trustees of the Kora Museum of Art.', ['Nora Blix -memberOf-> Marlow Choral Society', 'Nora Blix -memberOf-> Kora Museum of Art']],
    // "to membership in" a body, the person before "to" (rule membership-in)
    ['Election of Ivo Tamm to membership in the Kora Grain Exchange was announced.', ['Ivo Tamm -memberOf-> Kora Grain Exchange']],
    // a firm's abbreviated trade word before its suffix ends no sentence and stays in its name
    ['Karl Dorn, founder of the Orley Mfg. Co., was honored.', ['Karl Dorn -affiliatedWith-> Orley Mfg. Co.']],
    // a negation or a hedge before the verb makes no fact
    ['Nora Blix never attended Kora State College.', [], ['Nora Blix -affiliatedWith-> Kora State College']],
    ['Nora Blix could have attended Kora State College.', [], ['Nora Blix -affiliatedWith-> Kora State College']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));

  it.each([
    // "Supt." in two tokens is a title; a superintendent heads the one school district named (rule title-implied-institution)
    ['Teachers of the Marlow Independent School District were re-elected on the advice of Supt. Ida K. Brenn.', ['Ida K. Brenn -affiliatedWith-> Marlow Independent School District'], ['Supt. Ida K. Brenn [Person]']],
    // a judge sits in the one court the sentence names
    ['The case went to the Kora Superior Court, where Judge Ida K. Brenn presided.', ['Ida K. Brenn -affiliatedWith-> Kora Superior Court']],
    // …but not when two districts are named
    ['The Marlow School District and the Kora School District met Supt. Ida K. Brenn.', [], ['Ida K. Brenn -affiliatedWith-> Marlow School District']],
    // "as the titular head of the Democratic party": a party label before a lower-case "party"
    ['Gov. Ana Ruiz spoke. Ruiz, as the titular head of the Democratic party, must act.', ['Ana Ruiz -affiliatedWith-> Democratic Party']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));

  it.each([
    // a copula, a post and its body (rule copular-post)
    ['Mr. Oskar Lind is a student at Marlow University this year.', ['Oskar Lind -affiliatedWith-> Marlow University']],
    // a relative "who" carries the subject to the verb
    ['She married Ivo K. Tamm, who has attended Kora State College.', ['Ivo K. Tamm -affiliatedWith-> Kora State College']],
    // attending a meeting of a body is no affiliation
    ['Ivo Tamm attended the Kora Council on Friday.', [], ['Ivo Tamm -affiliatedWith-> Kora Council']],
    // a list of persons, then ", all of <body>" (rule all-of-body)
    ['Advisers were Ana Ruiz, Luis Vera and Tom Low, all of Marlow Timber Corp., and others.', ['Ana Ruiz -affiliatedWith-> Marlow Timber Corp.', 'Luis Vera -affiliatedWith-> Marlow Timber Corp.', 'Tom Low -affiliatedWith-> Marlow Timber Corp.']],
    // …or ", all Democrats": members of the party
    ['Speakers were Ana Ruiz and Mayor Tom Low, all Democrats.', ['Ana Ruiz -memberOf-> Democratic Party', 'Tom Low -memberOf-> Democratic Party']],
    // a party in apposition (rule party-apposition)
    ['The speaker will be Senator Ana Ruiz, Democrat of Kora.', ['Ana Ruiz -memberOf-> Democratic Party']],
    // a state's party label before a name is the party, not part of the name
    ['Brindle Republican Ana Ruiz spoke.', ['Ana Ruiz -memberOf-> Republican Party'], ['Brindle Republican Ana Ruiz [Person]']],
    // a time adverb and a level word in an apposition
    ['Ana Ruiz, state Kora League chairman, said so. Tom Low, now a member of the Marlow Board of Appeals, agreed.', ['Ana Ruiz -affiliatedWith-> Kora League', 'Tom Low -affiliatedWith-> Marlow Board of Appeals']],
    // the noun of a body named before, a role, the name (rule body-noun-role)
    ['A grant to Kora Hospital went to the hospital administrator, Ivo K. Tamm, today.', ['Ivo K. Tamm -affiliatedWith-> Kora Hospital']],
    // a player's position is a role in an apposition
    ['Ivo Tamm, relief quarterback for the Kora Rangers Club, was hurt.', ['Ivo Tamm -affiliatedWith-> Kora Rangers Club']],
    // a body's possessive before a name (rule org-possessive-person)…
    ["He and the Marlow Museum of Art's Ana Ruiz spoke.", ['Ana Ruiz -affiliatedWith-> Marlow Museum of Art']],
    // …not before a name that qualifies a noun
    ["He told the Marlow Gazette's Talking Point programme so.", [], ['Talking Point -affiliatedWith-> Marlow Gazette']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));

  it('reads "a Democratic administration" as no person\'s government', () => {
    shouldExtract('With a Democratic administration, aid would flow.', [], ['Democratic administration [Organization]']);
  });

  it('reads words that name Object methods as plain words', () => {
    expect(() => shouldExtract('The constructor of Acme Corp. was toString, said Ana Ruiz, a constructor at Acme Corp.', ['Ana Ruiz [Person]'])).not.toThrow();
  });

  it('affiliates a person with the government named for them (rule person-administration)', () => {
    shouldExtract('The Gov. Ana Ruiz administration faces a hard year.', ['Ana Ruiz -affiliatedWith-> Ruiz administration']);
  });
});

describe('settlement appositions', () => {
  it.each([
    // "Alden, a Kora County hamlet" (rule settlement-apposition)
    ['Fennick, a Marlow County hamlet of 250 people, voted early.', ['Fennick -locatedIn-> Marlow County']],
    // a body before "in" and a town (rule body-in-place), and a town's possessive before a body
    ["Ana Ruiz, head of Kora Day School in Fennick, left. They met at Denver's Brindle High School.", ['Kora Day School -locatedIn-> Fennick', 'Brindle High School -locatedIn-> Denver']],
    // a firm's suffix set off by commas before "of" and its town; a bank's town set off by commas
    ['Output at Dorn-Vale, Ltd., of Oslo rose. Ivo Tamm, economist of Kora Trust & Savings Bank, Denver, spoke.', ['Dorn-Vale -locatedIn-> Oslo', 'Kora Trust & Savings Bank -locatedIn-> Denver']],
    // …but a firm in a list of towns is not placed in the first of them
    ['Kora Savings Bank, Denver and Boston all reported.', [], ['Kora Savings Bank -locatedIn-> Denver']],
    // …but not the place of a meeting of the body
    ['He chaired a meeting of the Kora Council in Fennick.', [], ['Kora Council -locatedIn-> Fennick']],
    // a body named for a place the story names (rule body-named-for-place)
    ['Fennick, a Marlow County hamlet, grew. The Fennick Rowing Club and the University of Fennick met.', ['Fennick Rowing Club -locatedIn-> Fennick', 'University of Fennick -locatedIn-> Fennick']],
    // …nor a society whose "of" names its cause or patron
    ['Fennick, a Marlow County hamlet, grew. The Knights of Fennick met there.', [], ['Knights of Fennick -locatedIn-> Fennick']],
    // …not a party or a chamber
    ['Fennick, a Marlow County hamlet, grew. The Fennick Legislature met.', [], ['Fennick Legislature -locatedIn-> Fennick']],
    // a state's own body named by its nationality, in a story that names the country (rule state-body-of-country)
    ['Chile sent troops. The Chilean Government and the Chilean Army agreed.', ['Chilean Government -locatedIn-> Chile', 'Chilean Army -locatedIn-> Chile']],
    // …not a chamber, nor a country the story never names
    ['Chile voted. The Chilean Senate met.', [], ['Chilean Senate -locatedIn-> Chile']],
    ['The Peruvian Government agreed.', [], ['Peruvian Government -locatedIn-> Peru']],
    // …not a list of places
    ['They toured Fennick, a Marlow County farm and more.', [], ['Fennick -locatedIn-> Marlow County']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});
