// Document-level review of the names one sentence proposed (02-names-doc.ts): each rule with a text
// that needs it, and a text it must leave alone.

import { entitiesOf, resolveTexts, triplesOf } from '../_helpers';

const people = (text: string) => entitiesOf(resolveTexts([text])).filter((e) => e.endsWith('[Person]') || e.endsWith('[Place]'));

describe('reviewNames', () => {
  it('splits two names the document coordinates elsewhere, run together by a heading (rule coordinated-pair)', () => {
    const got = people('We compare Tolvan and Merek here.\n\nTolvan and Merek Tolvan and Merek agree. Merek said so. Tolvan said no.');
    expect(got).not.toContain('Merek Tolvan [Person]');
    expect(got).toContain('Tolvan [Person]');
  });

  it('takes an English epithet off a name the story uses alone (rule epithet)', () => {
    const got = people('Nobody helped Poor Jaspar. Jaspar said nothing. It was up to her to save Poor Jaspar.');
    expect(got).not.toContain('Poor Jaspar [Person]');
  });

  it('keeps a given name that is no epithet', () => {
    expect(people('He met Rose Delmar. Later Delmar left.')).toContain('Rose Delmar [Person]');
  });

  it('reads a foreign town the story never places, and names as a kinsman does, as no place', () => {
    // (Mary is a town in Turkmenistan, which the story never names.)
    expect(people('His wife, Mary, said no. He wrote to his sister Mary in June.')).not.toContain('Mary [Place]');
  });

  it("reads a listed body's acronym as the story's own body whose words it spells (rule org-acronym, 02-names-discourse.ts)", () => {
    const bodies = (text: string) => entitiesOf(resolveTexts([text])).filter((e) => e.endsWith('[Organization]'));
    expect(bodies('The Interstate Cattle Commission met. The farmers asked the ICC to act.')).toEqual(['Interstate Cattle Commission [Organization]']);
    expect(bodies('The ICC issued a warrant for the general.')).toEqual(['International Criminal Court [Organization]']);
  });

  it("reads a one-word state that is the surname of someone the story names in full as that person", () => {
    // (Essex is an English county; here it is Ida Essex.)
    const got = people('Ana Ruiz held talks with Ida Essex in Lima. Essex hosted her at the embassy.');
    expect(got).not.toContain('Essex [Place]');
    expect(got).toContain('Ida Essex [Person]');
    expect(people('Ana Ruiz moved to Essex in May.')).toContain('Essex [Place]');
  });

  it('reads a foreign town the story uses as a subject more often than it places it as no place', () => {
    // (One "to Mary" against three sentences where she writes, could and felt.)
    expect(people('Mary wrote the letter herself. Later Mary could not sleep, and Mary felt alone. He went close to Mary again.')).not.toContain('Mary [Place]');
    // …not after an article: "the Delta have held"
    expect(people('Lawmakers from the Delta have held power. The Delta had its way.')).not.toContain('Delta [Person]');
  });

  it('takes a common noun the story writes in lower case off a given name (rule kin-given-name)', () => {
    const got = people('The cowbirds came back. His sister Tamsin laughed at the cowbirds. Cowbird Tamsin! She left.');
    expect(got).not.toContain('Cowbird Tamsin [Person]');
    expect(got).toContain('Tamsin [Person]');
  });

  it('keeps a first word the story writes in lower case when no kin noun shows the name is a given name', () => {
    expect(people('The bills came in. Bill Tamsin paid the bills. Tamsin said so.')).toContain('Bill Tamsin [Person]');
  });

  it('keeps a town the story places', () => {
    expect(people('His wife, Mary, said no. They flew to Mary in Turkmenistan.')).toContain('Mary [Place]');
  });

  it('splits a place after "in" from a one-word subject and its verb', () => {
    const got = people('Tom Lewis came home. In London Lewis took the usual suite.');
    expect(got).toContain('London [Place]');
    expect(got).not.toContain('London Lewis [Person]');
  });

  it("names a state's chambers after the state of their story (rule state-chamber)", () => {
    const orgs = (texts: string[]) => entitiesOf(resolveTexts(texts)).filter((e) => e.endsWith('[Organization]'));
    const got = orgs(['Austin, Texas -- The Legislature met. The Senate passed the bill and sent it to the House.', 'Salem, Oregon -- The Legislature adjourned early.']);
    expect(got).toEqual(expect.arrayContaining(['Texas Legislature [Organization]', 'Texas Senate [Organization]', 'Texas House of Representatives [Organization]', 'Oregon Legislature [Organization]']));
    expect(got).not.toContain('Legislature [Organization]');
  });

  it('leaves "the Senate" national in a story that names Congress', () => {
    const got = entitiesOf(resolveTexts(['Washington -- Congress met. The Senate passed the bill, said Sen. Ana Ruiz (D., Texas). The Texas legislature was silent.']));
    expect(got).toContain('Senate [Organization]');
    expect(got).not.toContain('Texas Senate [Organization]');
  });

  it('joins a surname with a capitalised particle to the full name', () => {
    const got = people('The park was endowed by the late Pierre S. Du Zorn. Later Du Zorn said it was done.');
    expect(got).toContain('Pierre S. Du Zorn [Person]');
    expect(got).not.toContain('Du Zorn [Person]');
  });

  it('reads a lone surname with its hyphened particle as the person named in full with it', () => {
    const r = resolveTexts(['General Tamir Yusuf al-Qarani declared a curfew. The envoy Lena Hartwig said she had met al-Qarani on Monday.']);
    expect(triplesOf(r)).toContain('Lena Hartwig -met-> Tamir Yusuf al-Qarani');
  });

  it('reads a lone surname with a particle the full name lacks as that person', () => {
    const got = entitiesOf(resolveTexts(['Karim Dassan spoke first. Then al-Dassan said the talks had failed.']));
    expect(got).toContain('Karim Dassan [Person]');
    expect(got.filter((e) => e.includes('Dassan'))).toHaveLength(1);
  });

  it('drops a book of scripture cited by chapter and verse', () => {
    expect(people('As it is written in 1 St. Zebulon 3: 7, we must be born again.').some((e) => e.includes('Zebulon'))).toBe(false);
  });

  it("reads a one-word party label that is someone's surname as that person", () => {
    const got = entitiesOf(resolveTexts(['The historian Oskar Green wrote much. Like Green, others wrote.']));
    expect(got).not.toContain('Green Party [Organization]');
  });

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

describe('a heading word run into its paragraph', () => {
  it('is no person when the document writes it in lower case and no one named in full bears it', () => {
    const got = entitiesOf(resolveTexts(['I am a ranger, she said. The ranger left. Ranger explains "I never work on Sundays", the woman said.']));
    expect(got).not.toContain('Ranger [Person]');
  });
});

describe('a city after a sentence-opening word', () => {
  it('is the city, not the surname of a person whose first name that word would be', () => {
    const got = entitiesOf(resolveTexts(["Regarding Tacoma's new airport, the jury made no finding. The jury praised the mayor of Tacoma."]));
    expect(got).toContain('Tacoma [Place]');
    expect(got).not.toContain('Tacoma [Person]');
  });
});

describe('a country that shares its name with a state of another country', () => {
  const kinds = (text: string) => entitiesOf(resolveTexts([text]));

  it('is that state in a story about the other country', () => {
    const got = kinds('The governor of Georgia met mayors from Atlanta and Savannah. Farmers in Georgia and Alabama want rain.');
    expect(got).toContain('Georgia [Place]');
    expect(got).not.toContain('Georgia [Country]');
  });

  it('stays the country that a story names again and again, however often it names the other', () => {
    // (Six mentions of the name, half a vote each, against three of the other country.)
    const story = 'The bloc imposed sanctions on Niger. Leaders met in Abuja, the Nigerian capital, and gave Niger a week. Nigeria said Niger must free its president. Niger refused. Niger closed its border. Aid to Niger stopped.';
    const got = kinds(story);
    expect(got).toContain('Niger [Country]');
    // ("Nigerian" is Nigeria's: the regular form made from "Niger" takes no other country's demonym.)
    expect(got).toContain('Nigeria [Country]');
  });

  it('stays the country in a story about the country', () => {
    const got = kinds('Georgia recalled its envoy. Officials in Tbilisi said Georgian troops would stay near the Russian border.');
    expect(got).toContain('Georgia [Country]');
  });
});

describe('a country named with a country that has a state of its name', () => {
  it('stays a country when coordinated with a country', () => {
    const got = entitiesOf(resolveTexts(['Tension rose between Armenia and Georgia. Officials in Atlanta, Savannah and Texas watched. Georgia denied it.']));
    expect(got).toContain('Georgia [Country]');
  });
});

describe("a country's name after a given name", () => {
  const got = (text: string) => entitiesOf(resolveTexts([text]));

  it('is a surname, and so is the name alone when the story says nothing else of the country', () => {
    const e = got('Thomas Chad wrote the novel in a year. In Chad\'s stories, nobody wins.');
    expect(e).toEqual(['Thomas Chad [Person]']);
  });

  it('leaves the country alone where the story speaks of it too', () => {
    const e = got("Thomas Chad flew to N'Djamena on Monday. Chad's government welcomed him.");
    expect(e).toEqual(expect.arrayContaining(['Thomas Chad [Person]', 'Chad [Country]']));
  });

  it('is no surname after a word for a regime or a direction', () => {
    expect(got('Nazi Germany invaded in 1939.')).toEqual(['Germany [Country]']);
    expect(got('Floods hit Northern Chad again.')).toContain('Chad [Country]');
  });
});

describe('a one-word city whose name is also a word or a given name', () => {
  const places = (text: string) => entitiesOf(resolveTexts([text])).filter((e) => e.endsWith('[Place]'));

  it('is the common word where the document writes it in lower case', () => {
    expect(places('Every man counts, said the old man. They were making war against Man, the individual.')).toEqual([]);
  });

  it('is the person where the document shows it to be a given name', () => {
    expect(places('Mary Black came home late. Hal felt sorry for Mary that night.')).toEqual([]);
  });

  it('is the city after a place cue', () => {
    expect(places('Every man counts, said the old man. He was born in Man, a town in the west.')).toEqual(['Man [Place]']);
  });

  it('is a label when the sentence ends at its abbreviation before the number', () => {
    expect(places('The device is shown in Fig. 7 shows the rest.')).toEqual([]);
  });
});

describe('an all-capital word the document shows to be a term', () => {
  const orgs = (text: string) => entitiesOf(resolveTexts([text])).filter((e) => e.endsWith('[Organization]'));

  it('is no organisation when spelt out in lower case before it', () => {
    expect(orgs('Levels of plasma binding globulin (PBG) rose. The PBG fell later.')).toEqual([]);
  });

  it('is no organisation when joined by a hyphen to a lower-case word or measured', () => {
    expect(orgs('Samples were run on QAE-cellulose. The plant gave 60 per cent COD reduction, and the COD fell.')).toEqual([]);
  });

  it('is no organisation where every use classifies a kind of thing after a quantifier', () => {
    expect(orgs('Like almost all QTX handsets sold today, the phone has a slot for a card.')).toEqual([]);
  });

  it('stays an organisation before a word for people, or used otherwise once', () => {
    expect(orgs('Like all QTX members, she voted no.')).toEqual(['QTX [Organization]']);
    expect(orgs('Like all QTX handsets, it works. QTX said so on Monday.')).toEqual(['QTX [Organization]']);
  });

  it('stays an organisation when spelt out with capitals, or set off by a dash', () => {
    const got = orgs('The Rural Credit Agency (RCA) lent more. RCA - the state lender - said so.');
    expect(got).toHaveLength(1);
  });
});

describe('a name after a locative preposition', () => {
  const got = (text: string) => entitiesOf(resolveTexts([text]));

  it('is a place when no one in the story bears it', () => {
    expect(got('Two bombs went off in Pelham Reach last night.')).toEqual(['Pelham Reach [Place]']);
  });

  it('stays a person when the story names that person alone too', () => {
    expect(got('The crowd in Dora Vance cheered. Vance said thanks.')).toContain('Dora Vance [Person]');
  });

  it("stays a person before a possessive ('in Dora Vance's office')", () => {
    expect(got("They met in Dora Vance's office.")).toContain('Dora Vance [Person]');
  });
});

describe("a US state's abbreviation after a place and a comma", () => {
  it('is that state, and the place lies in it', () => {
    const r = resolveTexts(['He grew up in Enid, Okla., and later moved to Denver, CO with his family.']);
    expect(entitiesOf(r)).toEqual(expect.arrayContaining(['Oklahoma [Place]', 'Colorado [Place]']));
    expect(triplesOf(r)).toEqual(expect.arrayContaining(['Enid -locatedIn-> Oklahoma', 'Denver -locatedIn-> Colorado']));
  });

  it('is not read without the place before it', () => {
    expect(entitiesOf(resolveTexts(['Ask Pa. He knows.'])).filter((e) => e.endsWith('[Place]'))).toEqual([]);
  });
});

describe('a name trimmed by the review', () => {
  it('keeps the rule that found it, so later rules still apply ("Mutually Assured Obstruction")', () => {
    const got = entitiesOf(resolveTexts(['The doctrine of Mutually Assured Obstruction kept the peace, said Dora Vance.']));
    expect(got).toEqual(['Dora Vance [Person]']);
  });
});

describe('a name after an indefinite article', () => {
  it('is no person', () => {
    expect(entitiesOf(resolveTexts(['Across the plain a Granite Wall had risen, said Dora Vance.']))).toEqual(['Dora Vance [Person]']);
  });
});

describe("a city's name that is the surname of someone the story names in full", () => {
  it('is that person where it stands alone', () => {
    const r = resolveTexts(['Foreign Secretary Ivo Bolton arrived on Monday. Bolton said the talks had gone well.']);
    expect(entitiesOf(r)).toEqual(['Ivo Bolton [Person]']);
    expect(r.entities[0].mentions).toBe(2);
  });

  it('is the city after a place cue', () => {
    const r = resolveTexts(['Foreign Secretary Ivo Bolton arrived on Monday. He was born in Bolton.']);
    expect(entitiesOf(r)).toEqual(expect.arrayContaining(['Ivo Bolton [Person]', 'Bolton [Place]']));
  });
});

describe('a street named after a state', () => {
  const kinds = (text: string) => entitiesOf(resolveTexts([text])).filter((e) => e.endsWith('[Place]')).sort();

  it('is the street by the bare name after a house number, or where the story names the street more often', () => {
    expect(kinds('Crowds lined Nebraska Avenue for the parade. Nebraska Avenue was closed at noon. Of course, 4400 Nebraska is the oldest address on it. Trams run down the centre of Nebraska.')).toEqual(['Nebraska Avenue [Place]']);
  });

  it('leaves the state alone where the story puts it after a town', () => {
    expect(kinds('Crowds lined Nebraska Avenue for the parade. The mayor came from Omaha, Nebraska, to see it.')).toEqual(expect.arrayContaining(['Nebraska Avenue [Place]', 'Nebraska [Place]']));
  });
});

describe('a school named only by generic words after its town and state', () => {
  it('is named by the town', () => {
    const orgs = entitiesOf(resolveTexts(['Dr. Ivo Marsh taught at Quillby, Texas, High School and at Fort Dunmore, Kan., State College for years.'])).filter((e) => e.endsWith('[Organization]'));
    expect(orgs.sort()).toEqual(['Fort Dunmore State College [Organization]', 'Quillby High School [Organization]']);
  });
});

describe('a language listed with school subjects', () => {
  it('is no country', () => {
    const got = entitiesOf(resolveTexts(['A teacher with a degree in physics, chemistry or French may not teach here, said Ivo Marsh.']));
    expect(got.some((e) => e.endsWith('[Country]'))).toBe(false);
  });

  it('stays the country before a noun or listed with countries', () => {
    expect(entitiesOf(resolveTexts(['The French minister and Italy agreed.']))).toContain('France [Country]');
  });
});

describe('a name typed by the words around it', () => {
  const all = (text: string) => entitiesOf(resolveTexts([text]));

  it("is a body between a broadcaster's possessive and a programme noun", () => {
    expect(all("Finance Minister Ivo Marsh told the Kestrel's Morning Lantern programme that aid would rise.")).toContain('Morning Lantern [Organization]');
    expect(all('Readers liked the new Ivo Marsh column, and Ivo Marsh said so.')).not.toContain('Ivo Marsh [Organization]');
  });

  it('is a body when it ends in the plural of a group head', () => {
    const got = all('By the seventies it was terrorism as well: Azure Brigades, and worse. Ivo Marsh said so.');
    expect(got).toEqual(expect.arrayContaining(['Azure Brigades [Organization]', 'Ivo Marsh [Person]']));
  });

  it('is a firm, not a place, after a stake noun or set off by a body noun', () => {
    const got = all("Zentel's stake in Quorvo, the new network, will be cut. Analysts said investors in Quorvo were worried.");
    expect(got).toContain('Quorvo [Organization]');
    expect(got).not.toContain('Quorvo [Place]');
  });

  it('is a body when British copy gives it a plural verb, but not at the end of a list', () => {
    expect(all('Dunmore Castle have sacked their manager after six defeats.')).toContain('Dunmore Castle [Organization]');
    expect(all('Pellow Vale were fined by the league on Monday.')).toContain('Pellow Vale [Organization]');
    expect(all('Ana Ruiz and Tom Vale have left the firm.')).toContain('Tom Vale [Person]');
  });

  it('is a people, not a place, after "we"', () => {
    expect(all('In general we Brits can be so apathetic, said Ivo Marsh.').some((e) => e.startsWith('Brits'))).toBe(false);
  });
});

describe('a name placed by the words around it', () => {
  const all = (text: string) => entitiesOf(resolveTexts([text]));

  it('is an institution before a lower-case institution noun, but not after "a"', () => {
    expect(all('He attended Quillby High school and later taught, said Ivo Marsh.')).toContain('Quillby High School [Organization]');
    expect(all('A Moravian Brethren church stood there, said Ivo Marsh.').some((e) => e.startsWith('Moravian Brethren [Organization]'))).toBe(false);
  });

  it('is a place after a place preposition and before "in <Place>" or "where", wherever the story names it', () => {
    const got = all('He trained at Dunmore Field in Belleville, Ill., for a year. Crowds will leave Dunmore Field after noon.');
    expect(got).toContain('Dunmore Field [Place]');
    expect(got).not.toContain('Dunmore Field [Person]');
  });

  it("is a town after a person's full name and \"of\", whatever verb follows", () => {
    const got = all('Rep. Ivo Marsh of Quillby insisted that the bill was unfair.');
    expect(got).toEqual(expect.arrayContaining(['Ivo Marsh [Person]', 'Quillby [Place]']));
  });

  it('takes a county\'s lower-case noun into its name', () => {
    expect(all('The study of the relief program in Quillby county was read by Ivo Marsh.')).toContain('Quillby County [Place]');
  });
});
