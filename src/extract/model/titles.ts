// Titles and roles that stand before or beside a person's name. A title makes the following capitalised
// words a person ("Prof Patman", "Chief Cabinet Secretary Hirokazu Matsuno") and becomes their `role`.

import { lookupTable } from '../../utils/lookup-table';

// Capitalised titles, longest first when they share words. Each is matched as whole tokens.
export const TITLES: string[] = [
  'Prime Minister', 'Deputy Prime Minister', 'President', 'Vice President', 'Vice-President', 'Chancellor',
  'Chancellor of the Exchequer', 'Foreign Minister', 'Foreign Secretary', 'Home Secretary', 'Defence Secretary',
  'Defense Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General', 'Chief Cabinet Secretary',
  'Cabinet Secretary', 'Chief Minister', 'First Minister', 'Minister', 'Secretary', 'Director General',
  'Director-General', 'Director', 'Deputy Director', 'Foreign Affairs Minister', 'Defence Minister',
  'Defense Minister', 'Finance Minister', 'Trade Minister', 'Energy Minister', 'Oil Minister', 'Health Minister',
  'Interior Minister', 'Justice Minister', 'Education Minister', 'Development Secretary',
  'International Development Secretary', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof',
  'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Sheikh',
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor',
  'General', 'Gen.', 'Admiral', 'Colonel', 'Col.', 'Captain', 'Capt.', 'Major', 'Lieutenant', 'Sergeant',
  'Judge', 'Justice', 'Chief Justice', 'Chief Medical Officer', 'Chief Scientific Adviser', 'Chief Economist', 'Ambassador', 'Chairman', 'Chairwoman', 'Chair', 'Chief Executive', 'CEO',
  'Premier', 'Speaker', 'Leader', 'Opposition Leader', 'Senor', 'Señor', 'Senora', 'Monsieur', 'Madame', 'Herr',
  'Frau', 'Rev', 'Rev.', 'Reverend', 'Father', 'Bishop', 'Archbishop', 'Cardinal', 'Emperor', 'Crown Prince',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chief', 'PM', 'MP', 'Commissioner',
  'Envoy', 'Special Envoy', 'Attorney General', 'Attorney-General', 'Governor-General', 'Governor General',
  // Cabinet portfolios ("Commerce Secretary Gina Raimondo"; HOME_OFFICES below has them in lower case).
  'Commerce Secretary', 'Energy Secretary', 'Labor Secretary', 'Labour Secretary', 'Interior Secretary',
  'Transportation Secretary', 'Transport Secretary', 'Agriculture Secretary', 'Education Secretary', 'Health Secretary',
  'Housing Secretary', 'Homeland Security Secretary', 'Environment Secretary', 'Business Secretary', 'Culture Secretary',
  'Trade Secretary', 'Justice Secretary', 'Treasury Secretary', 'Economy Minister', 'Agriculture Minister',
  'Environment Minister', 'Labour Minister', 'Labor Minister', 'Transport Minister', 'Culture Minister', 'Industry Minister',
  'Immigration Minister', 'Home Minister', 'Information Minister', 'Petroleum Minister', 'Mines Minister',
  'Tourism Minister', 'Communications Minister', 'Housing Minister', 'Science Minister', 'Security Minister',
  'Development Minister', 'Planning Minister', 'Commerce Minister', 'Economic Affairs Minister',
  // Government below the cabinet, legislatures and local office.
  'Deputy Minister', 'Deputy Secretary', 'Under Secretary', 'Undersecretary', 'Assistant Secretary',
  'Deputy Governor', 'Lieutenant Governor', 'Lt. Gov.', 'Vice Chancellor', 'President-elect', 'Chief of Staff',
  'Press Secretary', 'National Security Adviser', 'State Senator', 'Councillor', 'Councilman', 'Councilwoman',
  'Alderman', 'Assemblyman', 'Assemblywoman', 'Treasurer', 'Comptroller', 'Comptroller General', 'Auditor General',
  // Courts, police and the military.
  'District Attorney', 'County Attorney', 'City Attorney', 'State Attorney', 'County Judge', 'District Judge',
  'Circuit Judge', 'Federal Judge', 'Probate Judge', 'Municipal Judge', 'County Commissioner', 'County Clerk',
  'City Clerk', 'City Manager', 'State Treasurer', 'State Representative', 'Attorney', 'Prosecutor', 'Chief Prosecutor', 'Public Prosecutor', 'Magistrate', 'Coroner',
  'Sheriff', 'Deputy Sheriff', 'Detective', 'Det.', 'Detective Inspector', 'Detective Chief Inspector',
  'Detective Sergeant', 'Detective Superintendent', 'Inspector', 'Chief Inspector', 'Superintendent',
  'Chief Superintendent', 'Constable', 'Chief Constable', 'Police Chief', 'Fire Chief', 'Patrolman', 'Trooper',
  'Sgt.', 'Sgt', 'Lt.', 'Lt', 'Cpl.', 'Corporal', 'Commander', 'Cmdr.', 'Brigadier', 'Brig.', 'Field Marshal',
  'Air Marshal', 'Lieutenant General', 'Major General', 'Lt. Gen.', 'Maj. Gen.', 'Rear Admiral', 'Vice Admiral',
  'Brigadier General', 'Brig. Gen.', 'Lieutenant Colonel', 'Lt. Col.', 'Consul General', 'Consul',
  // Faith, sport and the arts.
  'Rabbi', 'Imam', 'Ayatollah', 'Pastor', 'Coach', 'Head Coach', 'Manager', 'Actor', 'Actress', 'Comedian',
  'Playwright', 'Novelist', 'Poet', 'Composer', 'Producer', 'Filmmaker', 'Astronaut',
  // Players' positions as sports desks set them before the name ("Midfielder Ana Ruiz").
  'Midfielder', 'Striker', 'Defender', 'Goalkeeper', 'Winger', 'Full-back', 'Centre-back', 'Skipper',
  'Quarterback', 'Pitcher', 'Outfielder', 'Shortstop', 'Batsman', 'Bowler', 'Fly-half',
  // Ranks abbreviated without a full stop ("Gen Ana Ruiz" as British style writes it) and offices
  // spelt the American way or in two words.
  'Gen', 'Councilor', 'State Councilor', 'State Councillor', 'Vice Chairman', 'Vice Chairwoman', 'Deputy Chairman',
  'Under-Secretary', 'High Commissioner', 'High Representative', 'Lord Chancellor', 'Vice Premier', 'Supt.',
  // Offices of Westminster's government by the nation or the purse they serve, and Ireland's premier.
  'Northern Ireland Secretary', 'Scottish Secretary', 'Welsh Secretary', 'Economic Secretary', 'Financial Secretary',
  'Chief Secretary', 'Taoiseach',
  // Offices of a legislature's parties: "Senate Majority Leader Ana Ruiz".
  'Majority Leader', 'Minority Leader', 'Majority Whip', 'Minority Whip',
  // City and county offices as American papers set them before the name ("City Solicitor Ana Ruiz",
  // "Acting Judge Ana Ruiz", "Deputy Police Commissioner Ana Ruiz").
  'Controller', 'City Controller', 'State Controller', 'Solicitor', 'City Solicitor', 'Acting Judge',
  'Administrator', 'Acting Administrator', 'Managing Director', 'Finance Director', 'City Finance Director',
  'Police Commissioner', 'Deputy Police Commissioner', 'Health Commissioner', 'Labor Commissioner',
  'Battalion Chief', 'Circuit Judge', 'District Judge', 'Dist. Judge', 'Policeman', 'City Manager',
  'Assistant Fire Chief', 'Assistant Police Chief', 'Assistant Prosecutor', 'Assistant District Attorney',
  'Assistant Attorney General', 'Freeholder', 'Town Solicitor', 'City Clerk', 'Town Clerk',
];

// Plural titles over a list of names ("Reps. Ana Ruiz and Luis Vera", "Sens. A, B and C"): each name
// takes the singular title.
export const PLURAL_TITLES: Record<string, string> = lookupTable({
  'Reps.': 'Rep.', Reps: 'Rep.', 'Sens.': 'Sen.', Sens: 'Sen.', 'Messrs.': 'Mr.', Messrs: 'Mr.', 'Drs.': 'Dr.',
  'Gens.': 'Gen.', Senators: 'Senator', Representatives: 'Representative', Congressmen: 'Congressman',
  Governors: 'Governor', Ministers: 'Minister', Professors: 'Professor', Judges: 'Judge', Justices: 'Justice',
});

// Title words that take a portfolio after "of" or "for": "Minister of Foreign Affairs", "Secretary of
// State for Health and Social Care", "Commissioner of Parks and Recreation".
export const PORTFOLIO_TITLES = new Set([
  'minister', 'secretary', 'commissioner', 'director', 'chairman', 'chairwoman', 'chair', 'councilor',
  'councillor', 'ambassador', 'envoy', 'superintendent', 'administrator', 'inspector', 'comptroller', 'head',
  'representative',
]);

// The words of a ministry's or department's portfolio (general English, capitalised in a title).
export const PORTFOLIO_WORDS = new Set([
  'Foreign', 'Affairs', 'Commonwealth', 'Defence', 'Defense', 'Home', 'Interior', 'Internal', 'External', 'Finance',
  'Economy', 'Economic', 'Trade', 'Industry', 'Commerce', 'Justice', 'Health', 'Education', 'Labour', 'Labor',
  'Employment', 'Energy', 'Environment', 'Agriculture', 'Fisheries', 'Food', 'Rural', 'Transport', 'Transportation',
  'Works', 'Public', 'Parks', 'Recreation', 'Culture', 'Sport', 'Sports', 'Tourism', 'Information', 'Communications',
  'Science', 'Technology', 'Housing', 'Planning', 'Development', 'International', 'Social', 'Welfare', 'Security',
  'Homeland', 'Veterans', 'Treasury', 'Revenue', 'Taxation', 'Mines', 'Natural', 'Resources', 'Water', 'Power',
  'Petroleum', 'Oil', 'Gas', 'National', 'Overseas', 'Cooperation', 'Co-operation', 'Immigration', 'Women',
  'Children', 'Family', 'Youth', 'Budget', 'Investment', 'Local', 'Urban', 'Regional', 'Religious', 'Land',
  'Lands', 'Forestry', 'Forests', 'Railways', 'Aviation', 'Shipping', 'Telecommunications', 'Posts', 'Police',
  'Prisons', 'Corrections', 'Human', 'Rights', 'Heritage', 'Arts', 'Media', 'Broadcasting', 'Care', 'Climate',
  'Business', 'Enterprise', 'Innovation', 'Skills', 'Equality', 'Equalities', 'Intelligence', 'Strategic',
  'Relations', 'Aid', 'Refugees', 'Minorities', 'Consumer', 'Services', 'Infrastructure', 'Digital',
  'Licenses', 'Licences', 'Licensing', 'Inspections', 'Streets', 'Sanitation',
  'Export', 'Exports', 'Promotion', 'Small', 'Enterprises', 'Change', 'Emergency', 'Disaster', 'Management',
  'Policy', 'Sustainable', 'Fiscal', 'Monetary', 'Indigenous', 'Pensions', 'Cabinet', 'Mining',
]);

// Lower-case role nouns that introduce a name: "AM host Ryan Bridge", "expert Robert Patman".
export const ROLE_NOUNS = new Set([
  'host', 'presenter', 'expert', 'analyst', 'professor', 'spokesman', 'spokeswoman', 'spokesperson', 'director',
  'minister', 'secretary', 'president', 'leader', 'chairman', 'chairwoman', 'chief', 'official', 'correspondent',
  'reporter', 'editor', 'lawyer', 'author', 'economist', 'researcher', 'ambassador', 'envoy', 'diplomat', 'senator',
  'governor', 'mayor', 'commissioner', 'general', 'counterpart', 'chancellor', 'premier', 'lecturer', 'scholar',
  'academic', 'commentator', 'columnist', 'activist', 'campaigner', 'founder', 'executive', 'adviser', 'advisor',
  'strategist', 'historian', 'scientist', 'head', 'boss', 'colleague', 'successor', 'predecessor', 'deputy',
  'candidate', 'mp', 'pm', 'king', 'queen', 'prince', 'princess', 'judge', 'manager', 'coach', 'captain',
  'opponent', 'rival', 'ally', 'partner', 'counterparts', 'chief executive', 'detective', 'sheriff', 'prosecutor',
  'attorney', 'inspector', 'actor', 'actress', 'comedian', 'novelist', 'playwright', 'councillor', 'councilman',
  // Offices in firms, schools and public bodies.
  'officer', 'publisher', 'principal', 'dean', 'rector', 'provost', 'superintendent', 'trustee', 'treasurer',
  'administrator', 'supervisor', 'auditor', 'aide', 'negotiator', 'delegate', 'consultant', 'banker', 'broker',
  'owner', 'proprietor', 'commander', 'vice-president', 'vice-chairman', 'chairperson', 'co-founder', 'engineer',
  'agent', 'warden', 'headmaster', 'headmistress', 'controller', 'clerk', 'instructor', 'teacher', 'counsel',
  'co-ordinator', 'coordinator', 'organiser', 'organizer', 'taoiseach',
  // Performers and strongmen that older copy sets before a name: "Comic Gary Morton", "Dictator Ana Ruiz".
  'comic', 'emcee', 'singer', 'pianist', 'violinist', 'composer', 'dictator', 'sportsman',
  // Players and officials of a team or a sport.
  'quarterback', 'halfback', 'fullback', 'linebacker', 'pitcher', 'catcher', 'outfielder', 'infielder',
  'shortstop', 'player', 'golfer', 'writer', 'sportswriter', 'trainer', 'umpire', 'referee', 'rookie', 'goalkeeper', 'striker',
  // …of football, cricket and athletics as British copy names them: "Spanish midfielder Ana Ruiz",
  // "Kenyan marathon runner Ana Ruiz", "opening batsman Ana Ruiz".
  'midfielder', 'defender', 'winger', 'footballer', 'batsman', 'bowler', 'wicketkeeper', 'cricketer', 'runner',
  'sprinter', 'athlete', 'hurdler', 'swimmer', 'cyclist', 'rower', 'boxer', 'jockey', 'gymnast', 'rider', 'driver',
  // …and of bands and films: "singer-songwriter Ana Ruiz", "guitarist Ana Ruiz", "cinematographer Ana Ruiz".
  'guitarist', 'drummer', 'bassist', 'vocalist', 'frontman', 'songwriter', 'singer-songwriter', 'rapper',
  'cinematographer', 'screenwriter', 'filmmaker', 'film-maker',
  // Rulers whose title precedes "of" and their country: "the Emir of Qatar, Sheikh …".
  'emir', 'sultan', 'monarch', 'emperor', 'secretary-general',
]);

// Posts of a working life that name no office (and so are no titles before a name): "as an instructor at Y".
export const WORK_NOUNS = new Set(['teacher', 'instructor', 'clerk', 'artist', 'nurse', 'physician', 'surgeon', 'accountant', 'architect', 'pastor', 'assistant', 'associate', 'fellow', 'member', 'patrolman', 'salesman', 'agent', 'writer', 'designer', 'technician', 'librarian', 'curator', 'employee', 'counsel', 'physicist', 'chemist', 'photographer', 'student', 'pupil', 'freshman', 'sophomore', 'junior', 'senior', 'graduate',
  // Trades and jobs that the local press gives a worker: "was a foreman with Y", "is a driver for Y".
  'foreman', 'driver', 'mechanic', 'operator', 'cashier', 'bookkeeper', 'employe', 'worker', 'machinist', 'stenographer', 'representative', 'buyer']);

// Words of titles that are no one's surname: after a title they continue it ("Comptroller General",
// "Mr. Inspector") rather than name a person. (King, Bishop, Major, Judge… are surnames too.)
export const OFFICE_WORDS = new Set([
  'general', 'inspector', 'secretary', 'minister', 'president', 'director', 'commissioner', 'chief', 'chairman',
  'chairwoman', 'governor', 'speaker', 'treasurer', 'comptroller', 'attorney', 'prosecutor', 'detective',
  'superintendent', 'councillor', 'councilman', 'councilwoman', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'premier', 'senator', 'representative', 'mayor', 'deputy', 'vice',
  'undersecretary', 'commander', 'lieutenant', 'sergeant', 'corporal', 'colonel', 'admiral', 'consul',
  // Local offices that American papers set after a town's name ("Alden Policeman Tom Hale").
  'sheriff', 'policeman', 'patrolman', 'trooper', 'constable', 'coroner', 'solicitor', 'controller',
  'administrator', 'alderman', 'councilwoman', 'assemblyman', 'congressman',
]);

// Roles that name the holder of a state office: "Japan's PM", "her Japanese counterpart" refer to a person.
export const OFFICE_ROLES = new Set([
  'prime minister', 'pm', 'president', 'chancellor', 'foreign minister', 'foreign secretary', 'premier',
  'counterpart', 'leader', 'king', 'queen', 'chief minister', 'chief cabinet secretary',
]);

// Offices of a national government, normalised (normaliseRole): with no country of their own they are
// the story's home country's ("Foreign Secretary Ana Ruiz said" in a story about Ruritania).
export const HOME_OFFICES = new Set([
  'prime minister', 'deputy prime minister', 'president', 'vice president', 'chancellor',
  'chancellor of the exchequer', 'foreign secretary', 'home secretary', 'defence secretary', 'defense secretary',
  'lord chancellor', 'foreign minister', 'finance minister', 'defence minister', 'defense minister',
  'interior minister', 'justice minister', 'trade minister', 'health minister', 'education minister',
  'energy minister', 'secretary of state', 'attorney general', 'development secretary',
  'international development secretary', 'treasury secretary', 'premier', 'foreign affairs minister',
  // Cabinet portfolios in "<portfolio> secretary" / "<portfolio> minister" form.
  'commerce secretary', 'energy secretary', 'labor secretary', 'labour secretary', 'interior secretary',
  'transportation secretary', 'transport secretary', 'agriculture secretary', 'education secretary',
  'health secretary', 'housing secretary', 'homeland security secretary', 'environment secretary',
  'business secretary', 'culture secretary', 'trade secretary', 'justice secretary', 'work and pensions secretary',
  'economy minister', 'agriculture minister', 'environment minister', 'labour minister', 'labor minister',
  'transport minister', 'culture minister', 'industry minister', 'immigration minister', 'home minister',
  'information minister', 'oil minister', 'petroleum minister', 'mines minister', 'tourism minister',
  'communications minister', 'housing minister', 'science minister', 'security minister', 'development minister',
  'planning minister', 'economy secretary', 'commerce minister', 'economic affairs minister',
  // The American cabinet's "Secretary of <department>" form.
  'secretary of labor', 'secretary of the treasury', 'secretary of defense', 'secretary of agriculture',
  'secretary of commerce', 'secretary of the interior', 'secretary of health, education and welfare',
  'postmaster general',
  'northern ireland secretary', 'scottish secretary', 'welsh secretary', 'economic secretary', 'financial secretary',
  'chief secretary', 'economic secretary to the treasury', 'financial secretary to the treasury',
  'chief secretary to the treasury',
]);

// Offices that only one country has, by the country's name: "Congressman Ana Ruiz" sits in the
// United States Congress whatever country the story is about.
export const OFFICE_COUNTRY: Record<string, string> = lookupTable({
  congressman: 'United States',
  taoiseach: 'Ireland',
  'northern ireland secretary': 'United Kingdom',
  'scottish secretary': 'United Kingdom',
  'welsh secretary': 'United Kingdom',
  congresswoman: 'United States',
  // Cabinet offices in the British "<portfolio> Secretary" form that no other country's cabinet uses
  // ("Business Secretary Ana Ruiz" in a story about an American bid is still the UK's): the US says
  // "Commerce Secretary", and other cabinets say "minister". (Not "Transport Secretary", which the
  // stories of other countries use too.)
  'home secretary': 'United Kingdom',
  'business secretary': 'United Kingdom',
  'culture secretary': 'United Kingdom',
  'work and pensions secretary': 'United Kingdom',
  'chancellor of the exchequer': 'United Kingdom',
});

/** Canonical form of a role, so "PM" and "Prime Minister", "Prof" and "Professor" compare equal. */
export function normaliseRole(role: string): string {
  const r = role.toLowerCase().replace(/\.$/, '').replace(/-/g, ' ').trim();
  const SYN: Record<string, string> = {
    pm: 'prime minister',
    prof: 'professor',
    dr: 'doctor',
    mr: '',
    mrs: '',
    ms: '',
    miss: '',
    senor: '',
    señor: '',
    gen: 'general',
    sen: 'senator',
    gov: 'governor',
    supt: 'superintendent',
    rep: 'representative',
  };
  return SYN[r] ?? r;
}
