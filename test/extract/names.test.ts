// Recognisers of named mentions (02-names.ts) and in-document coreference (04-coreference.ts),
// on sentences written for these tests.

import { entitiesOf, extractText, resolveTexts, triplesOf } from '../_helpers';

const has = (text: string, expected: string[]) => {
  const got = entitiesOf(resolveTexts([text]));
  for (const e of expected) expect(got).toContain(e);
  return got;
};

describe('country recogniser', () => {
  it.each([
    // plain name
    ['Officials in Canada welcomed the news.', 'Canada [Country]'],
    // multi-word name
    ['The Czech Republic joined later.', 'Czech Republic [Country]'],
    // abbreviation news uses
    ['The UK and the US signed it.', 'United Kingdom [Country]'],
    // abbreviation of three letters
    ['Troops from PNG arrived on Monday.', 'Papua New Guinea [Country]'],
    // demonym as an adjective
    ['Chilean officials declined to comment.', 'Chile [Country]'],
    // plural demonym the dataset does not list
    ['Most Kenyans voted for the change.', 'Kenya [Country]'],
    // capital acting as its government
    ['Moscow said the claims were false.', 'Russia [Country]'],
  ])('finds the country in %j', (text, expected) => {
    has(text, [expected]);
  });

  it("reads a capital's possessive as the city before what a city has, as its government otherwise", () => {
    const city = entitiesOf(resolveTexts(["The firm was chosen to run Lima's new Jorge Chavez Terminal, and later Lima's mayor thanked it."]));
    expect(city).toContain('Lima [Place]');
    expect(city).not.toContain('Peru [Country]');
    expect(entitiesOf(resolveTexts(["Lima's decision angered its neighbours."]))).toContain('Peru [Country]');
  });

  it('does not read an English word as a two-letter country code', () => {
    const got = entitiesOf(resolveTexts(['It is IN the papers, AM radio said.']));
    expect(got.filter((e) => e.endsWith('[Country]'))).toEqual([]);
  });

  it('gives a demonym the same node as the country name', () => {
    const r = resolveTexts(['Peru signed the pact.', 'Peruvian ministers were pleased.']);
    expect(r.entities.filter((e) => e.kind === 'Country')).toHaveLength(1);
  });
});

describe('place recogniser', () => {
  it.each([
    // an older American dateline in Title Case, with a parenthesised word or a date and a double dash
    ['Oak Vale (special) -- Three seats on the board drew 11 candidates.', 'Oak Vale [Place]'],
    ['Pellham, Jan. 7 -- The superintendent asked for a recorder.', 'Pellham [Place]'],
    // city from the gazetteer
    ['The summit was held in Nairobi last week.', 'Nairobi [Place]'],
    // a name after a place noun and "of"
    ['Rescuers reached the remote district of Kovalda on Saturday.', 'Kovalda [Place]'],
    // a wire story's dateline in capitals
    ['LIMA, May 2 (Reuters) - Peru raised rates.', 'Lima [Place]'],
    ['BUENOS AIRES (AP) — Prices rose again.', 'Buenos Aires [Place]'],
    // a dateline the gazetteer spells otherwise, or lacks, in a dateline's full shape
    ['SAO PAULO, Jan 23 - Brazil raised rates.', 'Sao Paulo [Place]'],
    ['PORT ELLISTON, March 3 - The harbour closed.', 'Port Elliston [Place]'],
    // sea by its head word, lower-case head
    ['Ships gathered in the Baltic sea overnight.', 'Baltic Sea [Place]'],
    // "Strait of X"
    ['Tankers crossed the Strait of Hormuz.', 'Strait of Hormuz [Place]'],
    // coordinated directions share one feature name
    ['Patrols in the East and South China Seas grew.', 'East China Sea [Place]'],
    // region
    ['Aid reached the Horn of Africa.', 'Horn of Africa [Place]'],
    // an unknown name before a place noun
    ['Workers at the Zubair oilfield went on strike.', 'Zubair [Place]'],
    // a place whose name ends in an organisation's head word
    ['Settlers moved into the West Bank.', 'West Bank [Place]'],
    // a relative "where"
    ['The clinic is near Makoko, where thousands live on stilts.', 'Makoko [Place]'],
    // first-level regions from country-region-data, by the names it gives
    ['Floods hit Queensland and Gelderland.', 'Queensland [Place]'],
    ['Floods hit Queensland and Gelderland.', 'Gelderland [Place]'],
    // … and by their English names where it gives the local one or none (region-names.ts)
    ['Talks were held in Northern Ireland on Monday.', 'Northern Ireland [Place]'],
    ['Bavaria and Tuscany voted against the plan.', 'Tuscany [Place]'],
  ])('finds the place in %j', (text, expected) => {
    has(text, [expected]);
  });

  it('does not take a person with a place-like name for a place', () => {
    const got = has('Victoria Tembo, a lawyer, said the ruling was fair.', ['Victoria Tembo [Person]']);
    expect(got).not.toContain('Victoria [Place]');
  });
});

describe('organisation recogniser', () => {
  it.each([
    // head word with an "of" tail
    ['She teaches at the University of Ghana.', 'University of Ghana [Organization]'],
    // an "of" tail that is also a title's word
    ['Zenco will appeal at the Andean Court of Justice.', 'Andean Court of Justice [Organization]'],
    // a country's central bank, either way round
    ["Peru's central bank cut rates.", 'Peruvian Central Bank [Organization]'],
    ['The central bank of Peru cut rates.', 'Peruvian Central Bank [Organization]'],
    // …and by its own name in apposition
    ["Peru's central bank, the Reservabank, cut rates.", 'Reservabank [Organization]'],
    // a head, "to" and a verb
    ['The Campaign to Save Coastal Towns disagreed.', 'Campaign to Save Coastal Towns [Organization]'],
    // a body after a plural role and "at"
    ['Analysts at Kestrel Lund said the price was fair.', 'Kestrel Lund [Organization]'],
    // a body's name before the lower-case noun of its kind, after "the"
    ['The Dockworkers union backed the strike.', 'Dockworkers [Organization]'],
    // a lobby named after its noun
    ['The industry lobby Retailia warned of job losses.', 'Retailia [Organization]'],
    // head word with "for" and several words
    ['The Institute for Fiscal Studies disagreed.', 'Institute for Fiscal Studies [Organization]'],
    // well-known body by abbreviation
    ['NATO members met in Brussels.', 'NATO [Organization]'],
    // organisation noun before a name
    ['The mining firm Glencore denied it.', 'Glencore [Organization]'],
    // party adjective before a party role
    ['Labour leader Keir Starmer spoke first.', 'Labour Party [Organization]'],
    // a generic body qualified by its country
    ["France's Foreign Ministry issued a statement.", 'French Foreign Ministry [Organization]'],
    // an unknown acronym
    ['The deal was signed by KOGAS officials.', 'KOGAS [Organization]'],
    // a weekday after the name dates the sentence and is no part of the name
    ['She spoke to the Lakeside Garden Club Tuesday night.', 'Lakeside Garden Club [Organization]'],
    // a county before a lone head word names the county's body
    ['The case went to the Marlow County Court on appeal.', 'Marlow County Court [Organization]'],
    // … and before a longer one, the county's place kept beside it
    ['He sued the Marlow County School Board.', 'Marlow County School Board [Organization]'],
    // a party's label before a place noun is the party
    ['Some Democratic district leaders were angry.', 'Democratic Party [Organization]'],
    // a street by its abbreviated last word is a place
    ['He lived at 511 Velmont St., near the river.', 'Velmont St. [Place]'],
    // a railroad named for its two ends
    ['The Alden and Kora Railroad cut its payroll.', 'Alden and Kora Railroad [Organization]'],
    // a comma before a firm's closing abbreviation, which the name drops
    ['Velk Gin Service, Inc. makes gin saws.', 'Velk Gin Service [Organization]'],
    // a church and a denomination
    ['The rite was held at the First Baptist Church.', 'First Baptist Church [Organization]'],
    ['Delegates of the Assemblies of God met.', 'Assemblies of God [Organization]'],
    // a court's sworn body
    ['The Marlow County Grand Jury said it found no fraud.', 'Marlow County Grand Jury [Organization]'],
  ])('finds the organisation in %j', (text, expected) => {
    has(text, [expected]);
  });

  it('joins an acronym to the long name it abbreviates', () => {
    const r = resolveTexts(['The Korea Electric Power Corporation (KEPCO) will build it. KEPCO said so.']);
    const orgs = r.entities.filter((e) => e.kind === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases).toContain('KEPCO');
  });

  it('does not read a quantity of a commodity as an organisation', () => {
    const got = entitiesOf(resolveTexts(['It will ship 3 million tonnes of LPG a year.']));
    expect(got.filter((e) => e.endsWith('[Organization]'))).toEqual([]);
  });
});

describe('a compass word before a known place', () => {
  it('names a part of the place, not a person who would take the place\'s name as surname', () => {
    const got = entitiesOf(resolveTexts(['Edna Lorne of North Houston won. Houston is big. Firms in Houston grew.']));
    expect(got).toEqual(expect.arrayContaining(['North Houston [Place]', 'Houston [Place]']));
    expect(got).not.toContain('North Houston [Person]');
  });
});

describe('person recogniser', () => {
  it.each([
    // American city and county offices before the name
    ['The bids were rigged, City Controller Alma Pike charged.', 'Alma Pike [Person]'],
    ['The suit was filed by City Solicitor Dov Wren.', 'Dov Wren [Person]'],
    ['City Finance Director Rolf J. Moss backed the fees.', 'Rolf J. Moss [Person]'],
    ['The cases were dismissed by Acting Judge Ivo M. Kern.', 'Ivo M. Kern [Person]'],
    ['County Judge Pia Holt presided.', 'Pia Holt [Person]'],
    ['District Judge Tom Vale ruled on Monday.', 'Tom Vale [Person]'],
    // an assistant's office and local offices of older American press
    ['Held candle Assistant Fire Chief Ole Corn said fumes were ignited.', 'Ole Corn [Person]'],
    ['He is running against Freeholder Wim MacDon for the seat.', 'Wim MacDon [Person]'],
    // a portfolio of two plural nouns after "of"
    ['The fees were backed by Commissioner of Licenses and Inspections Bela Lieb.', 'Bela Lieb [Person]'],
    // a town before a local office
    ['"It was calm," Marlow Policeman Tod Hale said.', 'Tod Hale [Person]'],
    ['The case was handed to Detective Murray Logan.', 'Murray Logan [Person]'],
    ['Yesterday Sheriff Felix Tabb arrived at the scene.', 'Felix Tabb [Person]'],
    ['The club hired Coach Jim Myers in May.', 'Jim Myers [Person]'],
    ['Lt. Gov. Garland Byrd resigned on Friday.', 'Garland Byrd [Person]'],
    ['The charges were brought by District Attorney Ann Mills.', 'Ann Mills [Person]'],
  ])('keeps an occupational title out of the name in %j', (text, expected) => {
    const got = has(text, [expected]);
    expect(got.filter((e) => e.endsWith('[Person]'))).toEqual([expected]);
  });

  it('reads a name in apposition to a place noun as that place, but not a name spoken to', () => {
    has('The talks were held at his country residence, Chequers, on Sunday.', ['Chequers [Place]']);
    const got = entitiesOf(resolveTexts(['Rourke said, "It\'s the next house, Mike. On the right."']));
    expect(got).not.toContain('Mike [Place]');
  });

  it('keeps people whose surname is also a title', () => {
    const r = resolveTexts(['Foreign Minister Julie Bishop arrived on Monday. On Tuesday Ms Bishop met Wang Yi. John Major spoke. Mr Major left.']);
    const people = entitiesOf(r).filter((e) => e.endsWith('[Person]'));
    expect(people).toEqual(expect.arrayContaining(['Julie Bishop [Person]', 'Wang Yi [Person]', 'John Major [Person]']));
    expect(r.entities.find((e) => e.label === 'Julie Bishop')!.mentions).toBe(2);
  });

  it('makes no person of a title followed by a title word', () => {
    const got = entitiesOf(resolveTexts(['The Comptroller General ruled against Mr. Inspector on Monday.']));
    expect(got.filter((e) => e.endsWith('[Person]'))).toEqual([]);
  });

  it.each([
    // title and full name
    ['Prime Minister Anna Berg arrived late.', 'Anna Berg [Person]'],
    // lower-case role noun before the name
    ['Radio host Tom Ferris asked the question.', 'Tom Ferris [Person]'],
    // title with a lower-case second word at the start of a sentence
    ['Prime minister Anna Berg arrived late.', 'Anna Berg [Person]'],
    // a name with particles
    ['The report was written by Ana de la Cruz.', 'Ana de la Cruz [Person]'],
    // a particle joined by a hyphen to the surname
    ['The report was written by Omar al-Rashidi.', 'Omar al-Rashidi [Person]'],
  ])('finds the person in %j', (text, expected) => {
    has(text, [expected]);
  });

  it('reads a one-word body wherever the story names it, once one sentence shows it is a body', () => {
    const x = extractText('Oil firm Zarkos lost the case. Zarkos is suing a host of banks. Talks between Zarkos and the Kovo Group failed. The Zarkos Oil Company agreed.');
    const zarkos = x.mentions.filter((m) => m.name === 'Zarkos');
    expect(zarkos.map((m) => [m.sentence, m.kind])).toEqual([[0, 'Organization'], [1, 'Organization'], [2, 'Organization']]);
    // A weak guess is not spread: "the minister with Osk" makes no body of "Osk" elsewhere.
    const weak = extractText('They left the minister with Osk. Osk smiled.');
    expect(weak.mentions.filter((m) => m.sentence === 1 && m.kind === 'Organization')).toEqual([]);
    // Nor a word the story uses as someone's name.
    const named = extractText('Oil firm Ruiz lost the case. Ana Ruiz said so. Ruiz left.');
    expect(named.mentions.filter((m) => m.sentence === 2).map((m) => m.kind)).toEqual(['Person']);
  });

  it("reads a company's first word alone as the company, over a place guessed from a cue", () => {
    const x = extractText('Zenco Industries agreed to buy Kovo Systems. Shares in Kovo rose. Zenco chief executive Ana Ruiz was pleased.');
    expect(x.mentions.filter((m) => /^(Zenco|Kovo)$/.test(m.text)).map((m) => `${m.text} ${m.kind} ${m.name}`)).toEqual(['Kovo Organization Kovo Systems', 'Zenco Organization Zenco Industries']);
  });

  it('drops a name only a Title Case headline gives by its capitals, and keeps one the story confirms', () => {
    const x = extractText('Governor Signs Road Bill Over Protests\n\nGov. Ana Ruiz signed the highway bill on Tuesday in Lima.');
    expect(x.mentions.filter((m) => m.kind === 'Person').map((m) => m.name)).toEqual(['Ana Ruiz']);
    const y = extractText('Ruiz Wins Vote In Lima\n\nAna Ruiz won the vote on Tuesday.');
    expect(y.mentions.filter((m) => m.sentence === 0).map((m) => m.kind)).toEqual(expect.arrayContaining(['Place']));
    // A line listing names is no headline.
    const z = extractText('The winners were:\n\nA. B. Lund, C. D. Vera, E. F. Kestrel\n\nAll were pleased.');
    expect(z.mentions.filter((m) => m.kind === 'Person').length).toBe(3);
  });

  it("keeps a plural noun's possessive that opens a body's name, and splits a country's", () => {
    const got = has("Troops of the People's Relief Army met the Farmers' Union, and Chile's Foreign Ministry said so.", ["People's Relief Army [Organization]", "Farmers' Union [Organization]"]);
    expect(got).not.toContain('Relief Army [Organization]');
    expect(got).toContain('Chile [Country]');
  });

  it('reads a name before a lower-case noun of the press as the paper, not a demonym or a day before one', () => {
    const got = has('The Clarion newspaper said on Tuesday that a French newspaper and the Sunday paper were wrong.', ['Clarion [Organization]']);
    expect(got.filter((e) => e.endsWith('[Organization]'))).toEqual(['Clarion [Organization]']);
  });

  it('makes no acronym of a dateline, and no dateline of capitals inside a line', () => {
    expect(entitiesOf(resolveTexts(['LIMA, May 2 (Reuters) - Peru raised rates.']))).not.toContain('LIMA [Organization]');
    expect(entitiesOf(resolveTexts(['Rates rose, the LIMA board said.']))).not.toContain('Lima [Place]');
  });

  it('makes no body of a direction before "bloc" or a person before "group", and no place of a portfolio or a plural after "of"', () => {
    const got = entitiesOf(resolveTexts(['The threat from the Eastern bloc faded, the department of Energy said. The Kovalski group met in the city of Lanterns.']));
    expect(got.filter((e) => /Eastern|Energy|Kovalski|Lanterns/.test(e) && !e.endsWith('[Person]'))).toEqual([]);
  });

  it('makes no person of a rank before the name of a law or a body', () => {
    const got = entitiesOf(resolveTexts(['The fine is the largest under the General Data Privacy Regulation. Rep. Bill Ruiz voted for it.']));
    expect(got.filter((e) => e.endsWith('[Person]'))).toEqual(['Bill Ruiz [Person]']);
  });

  it('reads a region name after a first name as a surname', () => {
    const r = resolveTexts(['US envoy John Kerry spoke. Mr Kerry left.']);
    expect(r.entities.map((e) => `${e.label} [${e.kind}]`)).toEqual(['United States [Country]', 'John Kerry [Person]']);
  });

  it('makes no place of a capitalised adjective before a noun compound', () => {
    const got = entitiesOf(resolveTexts(['Small island states want a fund.']));
    expect(got.filter((e) => e.endsWith('[Place]'))).toEqual([]);
  });

  it('keeps the title as the role, not as part of the name', () => {
    const x = extractText('Professor Mina Okafor warned of delays.');
    const p = x.mentions.find((m) => m.kind === 'Person')!;
    expect(p.name).toBe('Mina Okafor');
    expect(p.role).toBe('Professor');
  });

  it('does not make a person of a capitalised common word at the start of a sentence', () => {
    const got = entitiesOf(resolveTexts(['Foreign investors left. Several banks closed.']));
    expect(got.filter((e) => e.endsWith('[Person]'))).toEqual([]);
  });

  it('does not make a person of a name holding a region adjective, and reads it as a body', () => {
    const got = entitiesOf(resolveTexts(['Mali left the Economic Community of West African States.']));
    expect(got).toContain('Economic Community of West African States [Organization]');
    expect(got.filter((e) => e.endsWith('[Person]'))).toEqual([]);
  });

  it('does not make a person of an event name', () => {
    const got = entitiesOf(resolveTexts(['The plan was modelled on aid after World War Two.']));
    expect(got.filter((e) => e.endsWith('[Person]'))).toEqual([]);
  });

  it('returns nothing for text with no entities', () => {
    const r = resolveTexts(['it was a quiet day and nothing much happened at all.']);
    expect(r.entities).toEqual([]);
    expect(r.relations).toEqual([]);
  });
});

describe('in-document coreference', () => {
  it('reads a word inside a longer full name named before as that person ("Lula" of "Luiz Inácio Lula da Silva")', () => {
    const x = extractText('President Tomas Aldo Kuri da Ponte spoke on Friday. Kuri, who arrived in Lima on Monday, met the press.');
    expect(x.mentions.filter((m) => m.text === 'Kuri').map((m) => m.name)).toEqual(['Tomas Aldo Kuri da Ponte']);
    // …not when two people named so share that word
    const y = extractText('Tomas Aldo Kuri da Ponte and Ana Kuri de Vela spoke. Kuri, who arrived in Lima, met the press.');
    expect(y.mentions.filter((m) => m.text === 'Kuri' && m.name !== 'Kuri').map((m) => m.name)).toEqual([]);
  });

  it('reads "the company", "the bank" as the one body of that kind named just before', () => {
    const x = extractText("Oil firm Zarkos lost the case. The company said it would appeal. The Kovo Bank and Lima Council met. The bank's governor left.");
    const described = x.mentions.filter((m) => m.rule === 'org-description').map((m) => `${m.sentence} ${m.text} ${m.name}`);
    expect(described).toEqual(['1 company Zarkos', '3 bank Kovo Bank']);
    // Two bodies that fit, or none named lately: no reading.
    const y = extractText('Oil firm Zarkos and energy giant Kovo merged. The company said so. Rain fell. Rain fell. Rain fell. Rain fell. The company closed.');
    expect(y.mentions.filter((m) => m.rule === 'org-description')).toEqual([]);
  });

  it('reads "the firm" as the one company the sentence before names, of two the story named lately', () => {
    const x = extractText('Zarkos Foods was fined on Monday. Kovo Shipping fell. The firm said it would cut jobs.');
    expect(x.mentions.filter((m) => m.rule === 'org-description').map((m) => `${m.sentence} ${m.name}`)).toEqual(['2 Kovo Shipping']);
    // (…not when that sentence names both.)
    const y = extractText('Kovo Shipping bought Zarkos Foods on Monday. The firm said it would cut jobs.');
    expect(y.mentions.filter((m) => m.rule === 'org-description')).toEqual([]);
  });

  it('reads the head nouns of older American bodies ("the railroad\'s president", "director of the corps")', () => {
    expect(triplesOf(resolveTexts(["The Alden and Kora Railroad cut its payroll. Hal Simms, the railroad's president, said so."]))).toContain('Hal Simms -affiliatedWith-> Alden and Kora Railroad');
    expect(triplesOf(resolveTexts(['The Lakeside Relief Corps will fund it. Ora Nunn, director of the corps, is certain.']))).toContain('Ora Nunn -affiliatedWith-> Lakeside Relief Corps');
  });

  it('knows a company by how the story introduced it, wherever it named it since', () => {
    const story = "Budget airline Skyvo was fined. Rain fell. Rain fell. Skyvo's staff were upset. Rain fell. The carrier, which is based in Lima, apologised.";
    expect(extractText(story).mentions.filter((m) => m.rule === 'org-description').map((m) => `${m.sentence} ${m.name}`)).toEqual(['5 Skyvo']);
    expect(triplesOf(resolveTexts([story]))).toContain('Skyvo -locatedIn-> Lima');
  });

  it("reads a body's role before a name in apposition", () => {
    expect(triplesOf(resolveTexts(["Oil firm Zarkos lost. The company's chief executive, Ana Ruiz, was upset."]))).toContain('Ana Ruiz -affiliatedWith-> Zarkos');
  });

  it('resolves a surname and a title form to the full name', () => {
    const r = resolveTexts(['Finance Minister Sara Lund met bankers. Lund said rates would fall. Ms Lund left early.']);
    const people = r.entities.filter((e) => e.kind === 'Person');
    expect(people.map((p) => p.label)).toEqual(['Sara Lund']);
    expect(people[0].mentions).toBe(3);
  });

  it('merges a misspelt surname with the same title into the person', () => {
    const r = resolveTexts(['Analyst Omar Haddad spoke first. "It is risky," said Dr Haddad. Dr Hadad said more was needed.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((p) => p.label)).toEqual(['Omar Haddad']);
  });

  it('keeps two people who share a surname apart', () => {
    const r = resolveTexts(['John Mensah met Grace Mensah in Accra. John Mensah said the talks went well.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((p) => p.label).sort()).toEqual(['Grace Mensah', 'John Mensah']);
  });

  it('does not merge two different people whose surnames are one letter apart', () => {
    const r = resolveTexts(['Peter Novak and Anna Novik signed the letter. Novak said it mattered.']);
    expect(r.entities.filter((e) => e.kind === 'Person').map((p) => p.label).sort()).toEqual(['Anna Novik', 'Peter Novak']);
  });

  it('resolves a family name given first (East Asian order) to the person named before', () => {
    const r = resolveTexts(['Foreign Minister Li Qiang met envoys. Later Li said the talks were useful.']);
    const li = r.entities.find((e) => e.label === 'Li Qiang')!;
    expect(li.mentions).toBe(2);
  });

  it('reads a capital that acts as a government as its country', () => {
    const r = resolveTexts(['Officials said that Tokyo opposed the new tariffs.']);
    expect(r.entities.map((e) => `${e.label} [${e.kind}]`)).toContain('Japan [Country]');
  });

  it('stops an organisation at a title and keeps a surname with its particles', () => {
    const r = resolveTexts(['European Commission President Ursula von der Leyen spoke. Ms von der Leyen said more.']);
    const p = r.entities.filter((e) => e.kind === 'Person');
    expect(p.map((e) => e.label)).toEqual(['Ursula von der Leyen']);
    expect(p[0].mentions).toBe(2);
    expect(r.entities.map((e) => e.label)).toContain('European Commission');
  });

  it('reads a region adjective as the region, not a country demonym', () => {
    const r = resolveTexts(['The South American bloc met.']);
    expect(r.entities.map((e) => `${e.label} [${e.kind}]`)).toEqual(['South America [Place]']);
  });

  it('resolves a role reference to the holder of the office', () => {
    const r = resolveTexts(["Chile's President Laura Vidal spoke. Later Chile's President will visit Lima."]);
    const vidal = r.entities.find((e) => e.label === 'Laura Vidal')!;
    expect(vidal.mentions).toBe(2);
  });
});
