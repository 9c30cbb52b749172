// Affiliations from the words around a name (05-relations/affiliated-with.ts, member-of.ts) and the
// bodies those words name (02-names.ts), on sentences written for these tests.

import { resolveTexts, shouldExtract, triplesOf } from '../_helpers';


describe('role phrases before a name', () => {
  it.each([
    // demonym, two-word lower-case role, name (rule role-phrase-person)
    ['Peruvian mining minister Rosa Huaman visited the site.', ['Rosa Huaman -affiliatedWith-> Peru']],
    // possessive country, role phrase, name
    ["Kenya's water minister Joseph Otieno spoke first.", ['Joseph Otieno -affiliatedWith-> Kenya']],
    // a role qualified by an "of" phrase, lower case, before the name
    ["She met Chile's chairman of the joint chiefs of staff committee Raul Soto.", ['Raul Soto -affiliatedWith-> Chile']],
    // a body, a one-word role, then a rank and the name
    ['Chile Navy chief Admiral Ines Mora inspected the fleet.', ['Ines Mora -affiliatedWith-> Chile Navy']],
    // an unknown word before a three-word role phrase is the body (rule org-role-phrase)
    ['Brightwater senior policy adviser Nell Gray welcomed the plan.', ['Brightwater [Organization]', 'Nell Gray -affiliatedWith-> Brightwater'], ['Brightwater [Person]']],
    // "NAME of <kind> firm ORG": British copy drops the article before the body's kind
    ['Analyst Nell Gray of research firm Quarrow Metrics said sales would fall.', ['Nell Gray -affiliatedWith-> Quarrow Metrics']],
    // "The ROLE of <nationality> <kind> firm ORG, NAME,"
    ['The chief executive of Danish shipping firm Velko, Ola Dahl, has resigned.', ['Ola Dahl -affiliatedWith-> Velko']],
    // a body's head word alone before a role and a name is the body of that head named before (rule head-word-role)
    ['The Tanners Guild of Ostra said it was worried. Guild president Nell Gray called for talks.', ['Nell Gray -affiliatedWith-> Tanners Guild of Ostra']],
    ['The Pellow Rowing Federation chose a host. Federation chief executive Ola Dahl visited Leeds.', ['Ola Dahl -affiliatedWith-> Pellow Rowing Federation']],
    // a sport's role nouns after a demonym: "marathon runner", "midfielder"
    ['Ugandan marathon runner Ruth Akello won the race in Seoul.', ['Ruth Akello -affiliatedWith-> Uganda']],
    ['Welsh midfielder Owen Prys scored twice.', ['Owen Prys -affiliatedWith-> United Kingdom']],
    // …and a band's: "guitarist"
    ['Norwegian guitarist Eirik Dahl left the band in May.', ['Eirik Dahl -affiliatedWith-> Norway']],
    // a sport's qualifier of the role is no body: "Opening batsman NAME", "Olympic rower NAME"
    ['Opening batsman Nell Gray was dropped.', ['Nell Gray [Person]'], ['Opening [Organization]']],
    ['Olympic rower Nell Gray chairs the panel.', ['Nell Gray [Person]'], ['Olympic [Organization]']],
    ['Sports minister Nell Gray met the officials.', ['Nell Gray [Person]'], ['Sports [Organization]']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('teams by their plural alone', () => {
  it.each([
    // a full name, "of the", a plural nothing names (rule person-team-plural), then the plural alone names the team
    ['Catcher Ivo Tamm of the Ravens singled twice. The Ravens won.', ['Ravens [Organization]', 'Ivo Tamm -affiliatedWith-> Ravens']],
    // …a plural of two words, in a list of players
    ['Ola Berg of the Red Herons and Ivo Tamm of the Ravens hit four.', ['Ola Berg -affiliatedWith-> Red Herons', 'Ivo Tamm -affiliatedWith-> Ravens']],
    // the plural's possessive before a full name
    ["It rained, and the Ravens' Ivo Tamm hit four homers.", ['Ravens [Organization]', 'Ivo Tamm -affiliatedWith-> Ravens']],
    // the singular before a title, and "the" and the plural elsewhere in the story (rule team-singular-person)
    ['Raven Manager Ivo Tamm said little. The statistics showed that the Ravens needed practice.', ['Ravens [Organization]', 'Ivo Tamm -affiliatedWith-> Ravens']],
    ['The Ravens lost. Raven shortstop Ivo Tamm made two errors.', ['Ivo Tamm -affiliatedWith-> Ravens']],
    // …not without the plural
    ['Raven Manager Ivo Tamm said little.', [], ['Ravens [Organization]']],
    // …not a place the gazetteer knows, nor a plural that ends a team the story names in full
    ['Ivo Tamm of the Bahamas sailed.', [], ['Bahamas [Organization]']],
    ['The Denver Ravens lost. Ivo Tamm of the Ravens fumbled.', ['Ivo Tamm -affiliatedWith-> Denver Ravens'], ['Ravens [Organization]']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('teams by their singular', () => {
  it.each([
    // a town that names a team of the story, by possessive or before a role in apposition (rule team-town-person)
    ["The Denver Ravens lost. Denver's Ivo Tamm fumbled, and Ola Berg, Denver catcher, singled.", ['Ivo Tamm -affiliatedWith-> Denver Ravens', 'Ola Berg -affiliatedWith-> Denver Ravens']],
    // …not a town with two teams in the story
    ["The Denver Ravens and the Denver Herons lost. Denver's Ivo Tamm fumbled.", [], ['Ivo Tamm -affiliatedWith-> Denver Ravens', 'Ivo Tamm -affiliatedWith-> Denver Herons']],
    // the singular of a team named by town and plural, before a role and a name (rule team-singular-person)
    ['The Denver Ravens lost again. Raven shortstop Ivo Tamm made two errors, and Raven Manager Ola Berg said little.', ['Ivo Tamm -affiliatedWith-> Denver Ravens', 'Ola Berg -affiliatedWith-> Denver Ravens']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('a nationality in apposition', () => {
  it.each([
    // the apposition's head is a nationality (rule nationality-apposition)
    ['Ivo Tamm, the swift-striding Chilean, set a record.', ['Ivo Tamm -affiliatedWith-> Chile']],
    ['The prize went to Ola Berg, a tiny Peruvian who sings.', ['Ola Berg -affiliatedWith-> Peru']],
    // …or a nationality or a country before an office
    ['It was presented by Ivo Tamm, Chilean consul general in Lima, at noon.', ['Ivo Tamm -affiliatedWith-> Chile']],
    ['Ivo Tamm, assistant Peru attorney, read the charge.', ['Ivo Tamm -affiliatedWith-> Peru']],
    // …not a field of study, a list without an article, nor a clause
    ['Ivo Tamm, the tireless Chilean historian, spoke.', [], ['Ivo Tamm -affiliatedWith-> Chile']],
    ['He fought bandits under Ivo Tamm, Chileans in the hills, and pirates.', [], ['Ivo Tamm -affiliatedWith-> Chile']],
    ['Ivo Tamm, who visited the Chilean coast, spoke.', [], ['Ivo Tamm -affiliatedWith-> Chile']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('party labels', () => {
  it.each([
    // a party adjective before a full name is the party, not the first name (rule party-label)
    ['Earlier Conservative Helen Marsh said the tax was wrong.', ['Helen Marsh [Person]', 'Conservative Party [Organization]', 'Helen Marsh -memberOf-> Conservative Party'], ['Conservative Helen Marsh [Person]']],
    // a party adjective before a title and name
    ['Republican Senator Dale Hobbs voted against it.', ['Dale Hobbs -memberOf-> Republican Party'], ['Republican Senator Dale Hobbs [Person]']],
    // a party letter and state after a legislator's name (rules party-tag, party-tag-person)
    ['Sen. Rhoda Finch (D., Ohio) objected.', ['Rhoda Finch -memberOf-> Democratic Party'], ['D. [Person]']],
    ['Rep. Otis Crane (R-Iowa) agreed.', ['Otis Crane -memberOf-> Republican Party']],
    // …with no bracket or comma: the tag ends the name
    ['Sen. Otis K. Crane R-Bergen disagreed.', ['Otis K. Crane -memberOf-> Republican Party'], ['Otis K. Crane R-Bergen [Person]']],
    // a party label ending an unknown district's name after "the", before a party role (rule party-label)
    ['Mr. Hobb phoned Olaf Dyre, the Alden Democratic leader, and Abel Toft, the Kora Republican chairman.', ['Democratic Party [Organization]', 'Olaf Dyre -affiliatedWith-> Democratic Party', 'Abel Toft -affiliatedWith-> Republican Party']],
    // a party adjective before a role gives the party's name, as the label does
    ['Labour leader Tom Reed replied.', ['Labour Party [Organization]']],
    // a two-word party label before a lower-case role phrase (rule party-label)
    ['Liberal Democrat transport spokesman Tom Reed replied.', ['Liberal Democrats [Organization]', 'Tom Reed -affiliatedWith-> Liberal Democrats'], ['Liberal Democrat [Person]']],
    // a plural party label after "the" whose first word a gazetteer knows (not rule place-team)
    ['He said the Lib Dems would vote against.', ['Liberal Democrats [Organization]'], ['Lib Dems [Organization]']],
    // a capitalised qualifier of the role opening the sentence is no body
    ['Shadow chancellor Tom Reed replied.', ['Tom Reed [Person]'], ['Shadow [Organization]']],
    ['Former minister Tom Reed replied.', ['Tom Reed [Person]'], ['Former [Organization]']],
    // a firm's lawyer is its officer: "general counsel" after the firm's possessive
    ["Gorvel's general counsel, Ann Vale, said the firm would appeal.", ['Gorvel [Organization]', 'Ann Vale -affiliatedWith-> Gorvel'], ['Gorvel [Person]']],
    // a two-letter acronym of a two-word name before a firm's office
    ["Kestrel Airways cut routes. KA's chief executive, Ann Vale, apologised.", ['Ann Vale -affiliatedWith-> Kestrel Airways']],
    // a body a firm owns, or is owned by, is part of it (rule owned-body)
    ['Tarrin Dairy, which is owned by the Dutch investment firm Gorvel Partners, closed a plant.', ['Tarrin Dairy -memberOf-> Gorvel Partners']],
    ['The bid came from Gorvel Foods, which owns Tarrin Dairy.', ['Tarrin Dairy -memberOf-> Gorvel Foods']],
    // a club's relative clause: "X, who are members of Y"
    ['Dunmore Rovers, who are members of the Northern League, lost again.', ['Dunmore Rovers -memberOf-> Northern League']],
    // …as the subject of "is owned by", or a description of it that opens the sentence (rule owned-by-subject)
    ['Tarrin Records is owned by the Dutch media group Gorvel Media.', ['Tarrin Records -memberOf-> Gorvel Media']],
    ['Ofcom fined the channel Tarrin Vision. The channel, which is based in Leeds, is owned by Gorvel Media.', ['Tarrin Vision -memberOf-> Gorvel Media', 'Tarrin Vision -locatedIn-> Leeds']],
    // "the X-based <kind>": a description of the body the sentence before names, and where it is based
    ['Tarrin Records signed the band. The singer joined the London-based label in 2008.', ['Tarrin Records -locatedIn-> London']],
    // a name of two words that a telling context showed to be a body is that body elsewhere in the story
    ["Ofcom fined the broadcaster Tarrin Vision on Monday. Tarrin Vision's head of news, Ann Vale, apologised.", ['Ann Vale -affiliatedWith-> Tarrin Vision']],
    // a shadow minister and the one party the sentence, or the one before, names (rule shadow-party)
    ['But shadow health secretary Tom Reed said the Greens opposed the levy.', ['Tom Reed -memberOf-> Green Party']],
    ['The Greens said the levy was unfair. Shadow chancellor Tom Reed said taxes would rise.', ['Tom Reed -memberOf-> Green Party']],
    // a two-word party label of Ulster politics before a party role
    ['Ulster Unionist leader Tom Reed replied.', ['Ulster Unionist Party [Organization]', 'Tom Reed -affiliatedWith-> Ulster Unionist Party'], ['Unionist Party [Organization]']],
    // a party's possessive, a campaign office and the name after a comma
    ["Labour's campaign co-ordinator, Tom Reed, replied.", ['Tom Reed -affiliatedWith-> Labour Party']],
    // a commissioner and the one commission the story names, in another sentence (rule title-implied-institution)
    ['The Arctic Fisheries Commission met on Monday. Trade Commissioner Tom Reed said quotas would fall.', ['Tom Reed -affiliatedWith-> Arctic Fisheries Commission']],
    // a two-word name before the office of a body's head (rule org-head-name)
    ['Green Vale president Tom Reed replied.', ['Green Vale [Organization]', 'Tom Reed -affiliatedWith-> Green Vale'], ['Green Vale [Person]']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));
});

describe('appositions naming where a person works', () => {
  it.each([
    // a country's adjective, a firm's lower-case kind and its name (rule country-kind-org)
    ['Chilean mining giant Tarrin agreed to buy the mine.', ['Tarrin -locatedIn-> Chile']],
    ['It was bought by the Dutch investment firm Gorvel Partners.', ['Gorvel Partners -locatedIn-> Netherlands']],
    // "of the" and the body's lower-case kind before its name (rule person-apposition)
    ['It is cheap, said Ann Vale of the consultancy Tarrin Partners.', ['Ann Vale -affiliatedWith-> Tarrin Partners']],
    // ", analyst at X": a lower-case role, "at", the body (rule person-apposition), typed a body (rule role-at-org)
    ['"It is unlikely," said Omar Haddad, analyst at Cedar Rock Advisory in Beirut.', ['Cedar Rock Advisory [Organization]', 'Omar Haddad -affiliatedWith-> Cedar Rock Advisory'], ['Cedar Rock Advisory [Person]']],
    // ", X's chief operating officer,": the body's possessive before the role (rule apposition-body-role)
    ['The minister met Lale Arslan, Veltron\'s chief operating officer, in June.', ['Veltron [Organization]', 'Lale Arslan -affiliatedWith-> Veltron'], ['Veltron [Person]']],
    // ", a senior X official,": a word of rank before the body (rule apposition-body-role)
    ['Talks failed. Lale Arslan, a senior Veltron Trust official, told reporters.', ['Lale Arslan -affiliatedWith-> Veltron Trust']],
    // …and a one-word body the story named before its kind's noun (rules org-kind-noun, org-discourse)
    ['The Tovan movement walked out. Lale Arslan, a senior Tovan official, told reporters.', ['Lale Arslan -affiliatedWith-> Tovan']],
    // "the <noun> <role>": the body of that noun the story named just before (rule apposition-body-role)
    ['The Northern Rowing League met in March. Ivo Tamm, the league commissioner, pointed out the costs.', ['Ivo Tamm -affiliatedWith-> Northern Rowing League']],
    // …not a noun that no body named before holds
    ['The Harbour Trust met in March. Ivo Tamm, the league commissioner, pointed out the costs.', [], ['Ivo Tamm -affiliatedWith-> Harbour Trust']],
    // …closed by a semicolon, in a list of appositions (rule apposition-body-role)
    ['The guests are Lale Arslan, the Veltron Journal sports columnist; Omar Haddad, a golfer; and others.', ['Lale Arslan -affiliatedWith-> Veltron Journal']],
    // a second role after "and", of a second body or country (rule person-apposition-second)
    ['Ana Rusk, the chair of the Veltron Trust and the finance minister of Peru, said no.', ['Ana Rusk -affiliatedWith-> Veltron Trust', 'Ana Rusk -affiliatedWith-> Peru']],
    // a body's acronym written in title case, defined after a sentence's "The" and read again later (rules acronym-defined, org-discourse)
    ['The League of Small Harbour States (Loshs) walked out. Ana Rusk, the chair of Loshs, said no.', ['League of Small Harbour States [Organization]', 'Ana Rusk -affiliatedWith-> League of Small Harbour States'], ['Loshs [Person]']],
    // a country's delegation led by a person, with lower-case words of the role (rule delegation-led-by)
    ['The Peruvian delegation was led by the special envoy Ana Rusk.', ['Ana Rusk -affiliatedWith-> Peru']],
    ["Chile's delegation, led by Foreign Minister Ana Rusk, arrived on Monday.", ['Ana Rusk -affiliatedWith-> Chile']],
    // a hometown before the apposition (rule person-apposition)
    ['Hal Greer of Alden, former chairman of the Midland Water Board, spoke.', ['Hal Greer -affiliatedWith-> Midland Water Board']],
    // a participle links role and body
    ['Ida Pratt, a Boston lawyer representing the Dairy Farmers Association, objected.', ['Ida Pratt -affiliatedWith-> Dairy Farmers Association']],
    // a relative clause with a verb of heading
    ['Tom Vale, who heads the Harbour Trust, declined to comment.', ['Tom Vale -affiliatedWith-> Harbour Trust']],
    // an age, and a hometown after it, before the apposition
    ['Ana Ruiz, 54, a former banker at Delta Capital, takes over in May.', ['Ana Ruiz -affiliatedWith-> Delta Capital']],
    ['Ida Pratt, 45, of Alden, president of the Kora Mill Company, spoke.', ['Ida Pratt -affiliatedWith-> Kora Mill Company']],
    // …and "presides over", "oversees"
    ['Ana Ruiz presides over the Kora Trade Board.', ['Ana Ruiz -affiliatedWith-> Kora Trade Board']],
    ['Lia Moss, who oversees the Tarno Ports Authority, said the quay would close.', ['Lia Moss -affiliatedWith-> Tarno Ports Authority']],
    // a relative clause that gives the person a role ("who retired as", "who was named")
    ['Tom Vale, who retired as vice president of the Alden Screw Co. in 1955, spoke.', ['Tom Vale -affiliatedWith-> Alden Screw Co.']],
    ['Ida Pratt, who was named chairman of the Harbour Trust last year, objected.', ['Ida Pratt -affiliatedWith-> Harbour Trust']],
    // the perfect of a head verb, after the name or in a relative clause
    ['Abel Toft has led the Alden Water Board since 1950.', ['Abel Toft -affiliatedWith-> Alden Water Board']],
    ['Ida Pratt, who has headed the Kora Mill Company since 1950, objected.', ['Ida Pratt -affiliatedWith-> Kora Mill Company']],
    // …or a copula that gives the role itself, with or without an adverb ("who is also", "who was a")
    ['The host, Pavo Rinne, who is also chief executive of the Borland Fuel Company, welcomed it.', ['Pavo Rinne -affiliatedWith-> Borland Fuel Company']],
    ['Ida Pratt, who was a director of the Harbour Trust, objected.', ['Ida Pratt -affiliatedWith-> Harbour Trust']],
    // (a copula and no role is no affiliation)
    ['Ida Pratt, who was the victim of the Harbour Trust fraud, objected.', [], ['Ida Pratt -affiliatedWith-> Harbour Trust']],
    // "the company's" role: of two firms that fit, the one its own sentence names before it
    ['Kora Motors, the German carmaker, cut jobs. Delta Foods said the company\'s chairman Jed Orr would retire.', ['Jed Orr -affiliatedWith-> Delta Foods'], ['Jed Orr -affiliatedWith-> Kora Motors']],
    // "the <nation> <role>, NAME": a nation of the United Kingdom fields its own team, as a country does
    ['The board met the Wales captain, Ivo Tamm, at noon.', ['Ivo Tamm -affiliatedWith-> Wales']],
    // …but a US state only for its own offices
    ['The board met the Ohio lawyer, Jed Orr, at noon.', [], ['Jed Orr -affiliatedWith-> Ohio']],
    // "the country's" role: the one country named just before (04-country-descriptions.ts)…
    ['Chile faces a debt crisis. Ana Ruiz, the country\'s finance minister, spoke. The nation\'s president, Tom Vale, agreed.', ['Ana Ruiz -affiliatedWith-> Chile', 'Tom Vale -affiliatedWith-> Chile']],
    // …and it names no country beside a body "its" may stand for
    ['Chile raised rates. The decision came as the Kora Traders Union, the country\'s largest business group, warned that costs were high. Its chairman, Ivo Tamm, said so.', ['Ivo Tamm -affiliatedWith-> Kora Traders Union']],
    // …not when that sentence names two
    ['Chile and Peru met. Ana Ruiz, the country\'s finance minister, spoke.', [], ['Ana Ruiz -affiliatedWith-> Chile', 'Ana Ruiz -affiliatedWith-> Peru']],
    // the country of a firm described in apposition (rule country-kind-apposition)
    ['Kora Motors, the German carmaker, cut jobs. Tarno Bank, a Japanese bank that lends to farmers, grew.', ['Kora Motors -locatedIn-> Germany', 'Tarno Bank -locatedIn-> Japan']],
    // "the company's" role: the firm whose bare name opens the sentence before, not a public body
    ["The Trade Authority blocked Zenvora's purchase of Orlov Tamm. Zenvora said it would appeal. Lars Vinter, the company's president, said the ruling was wrong.", ['Lars Vinter -affiliatedWith-> Zenvora']],
    ['The Trade Authority said it would appeal. Ida Pratt, the company\'s lawyer, declined to comment.', [], ['Ida Pratt -affiliatedWith-> Trade Authority']],
    // a body after "P-based" and its kind nouns is the employer; the place only says where it sits
    ['"It is sound," said Dagny Holm, an energy analyst at Oslo-based consultancy Quellstad Partners.', ['Dagny Holm -affiliatedWith-> Quellstad Partners', 'Quellstad Partners -locatedIn-> Oslo'], ['Dagny Holm -affiliatedWith-> Oslo']],
    ['Ivo Kestrel, a senior economist at the London-based Brantwell Institute, disagreed.', ['Ivo Kestrel -affiliatedWith-> Brantwell Institute']],
    // …but not a relative clause of another kind
    ['Tom Vale, who was elected in 1950, spoke at the Harbour Trust.', [], ['Tom Vale -affiliatedWith-> Harbour Trust']],
    // "its", a lower-case role and the name inside the sentence (rule its-role-apposition)
    ['Zenco Shipping said its finance director Ana Ruiz would leave.', ['Ana Ruiz -affiliatedWith-> Zenco Shipping']],
    ['The Kora Water Board welcomed the ruling. "It is fair," its chief executive Ana Ruiz told reporters.', ['Ana Ruiz -affiliatedWith-> Kora Water Board']],
    // …after a role whose hyphenated words count as one each
    ['Tom Vale, a 61-year-old ship-owner who leads the Harbour Trust, declined to comment.', ['Tom Vale -affiliatedWith-> Harbour Trust']],
  ])('%j', (text, expected, forbidden = []) => shouldExtract(text, expected, forbidden));

  it('joins "president of the company" to the company the story named last', () => {
    const r = resolveTexts(['Sales rose at the Norland Shipping Company last year. The news was given by Eva Lind, president of the company.']);
    expect(triplesOf(r)).toContain('Eva Lind -affiliatedWith-> Norland Shipping Company');
  });

  it("keeps a surname before a personal staff role a person ('Hale's spokesman')", () => {
    const r = resolveTexts(["Hale's spokesman Tim Oakes said so. Hale declined to comment."]);
    expect(r.entities.filter((e) => e.label === 'Hale' && e.kind === 'Organization')).toEqual([]);
  });

  it('reads a word as the same body all through the story once its possessive shows a company (rule possessive-org)', () => {
    const r = resolveTexts(["Veltron said profits fell. Veltron's stake in the venture was cut. Veltron declined to comment."]);
    expect(r.entities.filter((e) => e.label === 'Veltron').map((e) => e.kind)).toEqual(['Organization']);
  });
});

describe('"at" and "from" after a name', () => {
  it('give the body for whom one works after a comma', () => {
    shouldExtract('Lena Brook, at the Acme Institute, said prices would rise.', ['Lena Brook -affiliatedWith-> Acme Institute']);
  });

  it('say where, not for whom, without a comma', () => {
    shouldExtract('President Ivo Marek will meet Lena Brook at the Acme Institute next week.', [], ['Lena Brook -affiliatedWith-> Acme Institute']);
  });
});
