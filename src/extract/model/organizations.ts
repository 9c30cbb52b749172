// Well-known international bodies, alliances and news organisations, with the abbreviations news uses.
// Any other organisation is found by its head word (ORG_HEADS) in 02-gazetteer-mentions.ts.

import { lookupTable } from '../../utils/lookup-table';

export interface OrgEntry {
  name: string;
  aliases: string[];
}

export const KNOWN_ORGANIZATIONS: OrgEntry[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.'] },
  { name: 'UN Security Council', aliases: ['Security Council', 'UNSC'] },
  { name: 'UN General Assembly', aliases: ['General Assembly'] },
  { name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'European Commission', aliases: [] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'ASEAN', aliases: ['Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'] },
  { name: 'Five Eyes', aliases: [] },
  { name: 'Quad', aliases: ['Quadrilateral Security Dialogue'] },
  { name: 'G7', aliases: ['G-7', 'Group of Seven'] },
  { name: 'G8', aliases: ['G-8', 'Group of Eight'] },
  { name: 'G20', aliases: ['G-20', 'Group of 20', 'Group of Twenty'] },
  { name: 'BRICS', aliases: [] },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank', aliases: [] },
  { name: 'OPEC', aliases: ['Opec', 'Organization of the Petroleum Exporting Countries', 'Organisation of Petroleum Exporting Countries'] },
  { name: 'OECD', aliases: ['Organisation for Economic Co-operation and Development'] },
  { name: 'APEC', aliases: ['Asia-Pacific Economic Cooperation'] },
  { name: 'Pacific Islands Forum', aliases: [] },
  { name: 'Commonwealth', aliases: [] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'International Court of Justice', aliases: ['ICJ'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'Interpol', aliases: [] },
  { name: 'Red Cross', aliases: ['International Committee of the Red Cross', 'ICRC'] },
  { name: 'UNICEF', aliases: ['Unicef'] },
  { name: 'UNESCO', aliases: ['Unesco'] },
  { name: 'UNHCR', aliases: ['UN refugee agency'] },
  { name: 'World Food Programme', aliases: ['WFP'] },
  { name: 'Arab League', aliases: [] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'] },
  { name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
  { name: 'Mercosur', aliases: [] },
  { name: 'Hamas', aliases: [] },
  { name: 'Hezbollah', aliases: [] },
  { name: 'Taliban', aliases: [] },
  { name: 'al-Qaeda', aliases: ['al-Qaida', 'Al Qaeda'] },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS'] },
  { name: 'Associated Press', aliases: ['AP'] },
  { name: 'Reuters', aliases: [] },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'] },
  { name: 'CNN', aliases: [] },
  { name: 'Al Jazeera', aliases: [] },
  { name: 'Xinhua', aliases: [] },
  { name: 'Kremlin', aliases: [] },
  { name: 'Pentagon', aliases: [] },
  { name: 'White House', aliases: [] },
  { name: 'Downing Street', aliases: [] },
  { name: 'Congress', aliases: [] },
  { name: 'Cabinet', aliases: [] },
];

// Named treaties and pacts that are known by a name without a head word.
export const KNOWN_AGREEMENTS: Array<{ name: string; aliases: string[] }> = [
  { name: 'AUKUS', aliases: ['Aukus'] },
  { name: 'Paris Agreement', aliases: ['Paris climate agreement', 'Paris accord'] },
  { name: 'Kyoto Protocol', aliases: [] },
  { name: 'NAFTA', aliases: ['North American Free Trade Agreement'] },
  { name: 'Marshall Plan', aliases: [] },
  { name: 'Good Friday Agreement', aliases: [] },
  { name: 'Geneva Conventions', aliases: [] },
  { name: 'Warsaw Pact', aliases: [] },
  { name: 'Schengen Agreement', aliases: ['Schengen'] },
  { name: 'Oslo Accords', aliases: [] },
  { name: 'Camp David Accords', aliases: [] },
  { name: 'Minsk agreements', aliases: [] },
  { name: 'JCPOA', aliases: ['Iran nuclear deal', 'Joint Comprehensive Plan of Action'] },
  { name: 'CPTPP', aliases: ['TPP', 'Trans-Pacific Partnership', 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership'] },
  { name: 'RCEP', aliases: ['Regional Comprehensive Economic Partnership'] },
  { name: 'New START', aliases: [] },
];

// Words that make a capitalised phrase an organisation ("University of Otago", "Centre for Strategic
// Studies", "Conservative Party"). A head anywhere in the phrase is enough.
// Trades that end a firm's name: "Nova Aerospace", "Hale Construction", "Kora Foods". (Not words that
// are surnames too, "Steel", "Mining": those end a firm's name only among COMPANY_SUFFIXES, once a
// name is known to be a body.)
const TRADE_WORDS = [
  'Aerospace', 'Construction', 'Engineering', 'Logistics', 'Electronics', 'Robotics', 'Therapeutics',
  'Biotech', 'Software', 'Semiconductor', 'Chemicals', 'Studios', 'Foods', 'Minerals', 'Shipping',
  'Publishing', 'Textiles', 'Utilities', 'Beverages', 'Automotive', 'Ratings', 'Brands', 'Pharma', 'Petroleum',
];

export const ORG_HEADS = new Set([
  'University', 'College', 'School', 'Academy', 'Institute', 'Institution', 'Centre', 'Center', 'Ministry',
  'Department', 'Agency', 'Council', 'Committee', 'Commission', 'Campaign', 'Press', 'Party', 'Corporation', 'Corp', 'Company',
  'Co', 'Inc', 'Ltd', 'Limited', 'LLC', 'plc', 'Group', 'Bank', 'Association', 'Foundation', 'Federation',
  'Organisation', 'Organization', 'Union', 'Court', 'Parliament', 'Senate', 'Assembly', 'Congress', 'Army', 'Navy',
  'Force', 'Forces', 'Police', 'Service', 'Services', 'Office', 'Bureau', 'Board', 'Authority', 'Trust', 'Fund',
  'Network', 'News', 'Times', 'Post', 'Herald', 'Journal', 'Telegraph', 'Guardian', 'Tribune', 'Broadcasting',
  'Television', 'Radio', 'Airlines', 'Airways', 'Petroleum', 'Oil', 'Gas', 'Energy', 'Motors', 'Industries',
  'Holdings', 'Systems', 'Technologies', 'Society', 'League', 'Alliance', 'Coalition', 'Movement', 'Front',
  'Guard', 'Cabinet', 'Government', 'Administration', 'Secretariat', 'Tribunal', 'Hospital', 'Museum', 'Library',
  'Club', 'Chamber', 'Exchange', 'Programme', 'Program', 'Unit', 'Directorate', 'Command', 'Brigade', 'Council',
  'Community', 'Bloc', 'Caucus', 'Tribune', 'Reserve', 'Institute', 'Corps', 'Confederation',
  // ("Kora Watch", a campaign's name; a head anywhere: "Kora Rights Watch UK".)
  'Watch',
  // Firms' and institutions' own head words.
  'Investment', 'Investments', 'Securities', 'Capital', 'Partners', 'Associates', 'Consulting', 'Insurance',
  'Telecom', 'Pharmaceuticals', 'Bancorp', 'Ventures', 'Brewery', 'Railroad', 'Railway', 'Seminary',
  'Conservatory', 'Polytechnic', 'Elementary', 'Observatory', 'Laboratory', 'Laboratories', 'Commissioners',
  'Co.', 'Inc.', 'Ltd.', 'Corp.', 'Bros.',
  // Trades that end a firm's name ("Nova Aerospace", "Hale Construction") and football clubs' suffixes.
  ...TRADE_WORDS, 'FC', 'AFC',
  // Clubs of older society pages: "the County Medical Auxiliary", "the Altar Guild".
  'Auxiliary', 'Guild', 'Sorority', 'Fraternity',
  // A court's sworn bodies: "the Alden County Grand Jury".
  'Jury',
  // Family firms and ensembles: "Velk Brothers", "the Alden Symphony".
  'Brothers', 'Symphony', 'Orchestra', 'Philharmonic', 'Opera',
  // Churches and denominations: "the First Baptist Church", "the Assemblies of God".
  'Church', 'Assemblies',
]);

// Words that name a broadcaster's or publisher's service after its name: "BBC Radio", "BBC News
// Online", "Channel Nine Television". The service is the broadcaster itself in the graph.
// A word that ends a body's name and no person's or place's ("Kora International"), but is no head
// anywhere in a name ("Kora International Airport" is a place).
// Football clubs' and entertainment firms' last words name a body too: "Ashdown Rovers", "Alden Town",
// "Kora Pictures", "Velk Records". (Not "Town" or "City": an unknown "Granite City" is a place more often.)
export const CLUB_LAST_WORDS = new Set(['Rovers', 'Wanderers', 'Athletic', 'Albion', 'United', 'Rangers', 'Hotspur']);
export const BODY_LAST_WORDS = new Set([
  'International', ...CLUB_LAST_WORDS, 'Pictures', 'Records', 'Films', 'Entertainment', 'Media', 'Management',
]);

export const SERVICE_WORDS = new Set(['Radio', 'Television', 'TV', 'News', 'Online', 'Interactive', 'World', 'Service', 'Newsroom']);

// Party labels of English-language politics (adjective or member noun → the party's name):
// "Conservative Ana Ruiz", "Labour's Ana Ruiz", "Republican Senator Ana Ruiz". General political
// vocabulary, not names of the parties in any one story.
export const PARTY_LABELS: Record<string, string> = lookupTable({
  Conservative: 'Conservative Party', Conservatives: 'Conservative Party', Tory: 'Conservative Party',
  Tories: 'Conservative Party', Labour: 'Labour Party', Labor: 'Labor Party', Liberal: 'Liberal Party',
  Liberals: 'Liberal Party', 'Liberal Democrat': 'Liberal Democrats', 'Lib Dem': 'Liberal Democrats',
  'Liberal Democrats': 'Liberal Democrats', 'Lib Dems': 'Liberal Democrats',
  Republican: 'Republican Party', Republicans: 'Republican Party', Democrat: 'Democratic Party',
  Democrats: 'Democratic Party', Democratic: 'Democratic Party', Socialist: 'Socialist Party',
  Socialists: 'Socialist Party', Communist: 'Communist Party', Communists: 'Communist Party',
  Green: 'Green Party', Greens: 'Green Party', 'Democratic Unionist': 'Democratic Unionist Party',
  'Democratic Unionists': 'Democratic Unionist Party', 'Ulster Unionist': 'Ulster Unionist Party',
  'Ulster Unionists': 'Ulster Unionist Party', Unionist: 'Unionist Party', Nationalist: 'Nationalist Party',
  'Social Democrat': 'Social Democratic Party', 'Christian Democrat': 'Christian Democratic Party',
});

// The generic English names of legislative chambers: "the House", "the Senate", "the Commons". The
// story establishes which; the value is the chamber's full name.
export const CHAMBERS: Record<string, string> = lookupTable({
  House: 'House', Senate: 'Senate', Legislature: 'Legislature', Assembly: 'Assembly', Parliament: 'Parliament',
  Commons: 'House of Commons', Lords: 'House of Lords',
});

// The chambers' members: a legislator's title and the chamber it implies ("Rep. Ana Ruiz" sits in the
// House, or the Legislature when the story names no House).
export const CHAMBER_OF_TITLE: Record<string, string[]> = lookupTable({
  // (Congress last: a story that names only Congress means a member of Congress.)
  representative: ['House', 'House of Representatives', 'Legislature', 'Congress'],
  // (Not "the House": a story that calls a congressman so also names its state's House so.)
  congressman: ['House of Representatives', 'Congress'],
  congresswoman: ['House of Representatives', 'Congress'],
  assemblyman: ['Assembly', 'Legislature'],
  assemblywoman: ['Assembly', 'Legislature'],
  senator: ['Senate', 'Legislature', 'Congress'],
  'state senator': ['Senate', 'Legislature'],
  mp: ['House of Commons', 'Parliament'],
  // A city's elected members sit in the council the story names ("Councilwoman Ana Ruiz … the City Council").
  councilman: ['Council'],
  councilwoman: ['Council'],
  councillor: ['Council'],
  councilor: ['Council'],
  alderman: ['Council'],
});

// Names of a local council, which the council titles above call "Council".
export const COUNCIL_NAMES = new Set(['City Council', 'Town Council', 'County Council', 'Common Council', 'Board of Aldermen']);

// Lower-case heads of a chamber's or body's working group: "the Commons foreign affairs committee".
export const COMMITTEE_NOUNS = new Set(['committee', 'subcommittee', 'sub-committee', 'panel', 'caucus', 'delegation']);

// Last words of a company's name: "Acme Industries", "Kovo Holdings", "Zenco Ltd." (a story may then say
// "the company", or drop the word: "Acme").
// Plurals of fellowship that open a society's name before "of": "Friends of the Earth", "Sons of
// Alden". What follows "of" is the society's cause or patron, not where it is.
export const FELLOWSHIP_PLURALS = new Set(['Friends', 'Sons', 'Daughters', 'Sisters', 'Brothers', 'Knights', 'Veterans']);

export const COMPANY_SUFFIXES = new Set(['Industries', 'Systems', 'Group', 'Holdings', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Company', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Limited', 'plc', 'PLC', 'Technologies', 'Motors', 'Airlines', 'Airways', 'Pharmaceuticals', 'Enterprises', ...TRADE_WORDS, 'Mining', 'Metals', 'Steel', 'Communications']);

// A country's own institutions (seats of government, chambers, ministries, national parties), by the
// name the recognisers give them, and the country they imply: a story that speaks of "the Commons" and
// "Downing Street" is set in the UK even when it names the UK once or not at all.
export const INSTITUTION_COUNTRY: Record<string, string> = lookupTable({
  'Downing Street': 'United Kingdom', 'House of Commons': 'United Kingdom', 'House of Lords': 'United Kingdom',
  Whitehall: 'United Kingdom', Westminster: 'United Kingdom', 'Home Office': 'United Kingdom',
  'Foreign Office': 'United Kingdom', 'Conservative Party': 'United Kingdom', 'Liberal Democrats': 'United Kingdom',
  'UK Independence Party': 'United Kingdom', 'Scotland Yard': 'United Kingdom', 'Bank of England': 'United Kingdom',
  'White House': 'United States', Pentagon: 'United States', Congress: 'United States', 'Capitol Hill': 'United States',
  'Republican Party': 'United States', 'Democratic Party': 'United States', 'State Department': 'United States',
  Kremlin: 'Russia', Duma: 'Russia', 'Elysee Palace': 'France', Bundestag: 'Germany', Dail: 'Ireland',
});
