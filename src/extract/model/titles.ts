// Titles and roles that stand before or beside a person's name. A title makes the following capitalised
// words a person ("Prof Patman", "Chief Cabinet Secretary Hirokazu Matsuno") and becomes their `role`.

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
  'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Sheikh',
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor',
  'General', 'Gen.', 'Admiral', 'Colonel', 'Col.', 'Captain', 'Capt.', 'Major', 'Lieutenant', 'Sergeant',
  'Judge', 'Justice', 'Chief Justice', 'Ambassador', 'Chairman', 'Chairwoman', 'Chair', 'Chief Executive', 'CEO',
  'Premier', 'Speaker', 'Leader', 'Opposition Leader', 'Senor', 'Señor', 'Senora', 'Monsieur', 'Madame', 'Herr',
  'Frau', 'Rev', 'Rev.', 'Reverend', 'Father', 'Bishop', 'Archbishop', 'Cardinal', 'Emperor', 'Crown Prince',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Chief', 'PM', 'MP', 'Labour MP', 'Tory MP', 'Commissioner',
  'Envoy', 'Special Envoy', 'Attorney General', 'Attorney-General', 'Governor-General', 'Governor General',
  // Government below the cabinet, legislatures and local office.
  'Deputy Minister', 'Deputy Secretary', 'Under Secretary', 'Undersecretary', 'Assistant Secretary',
  'Deputy Governor', 'Lieutenant Governor', 'Lt. Gov.', 'Vice Chancellor', 'President-elect', 'Chief of Staff',
  'Press Secretary', 'National Security Adviser', 'State Senator', 'Councillor', 'Councilman', 'Councilwoman',
  'Alderman', 'Assemblyman', 'Assemblywoman', 'Treasurer', 'Comptroller', 'Comptroller General', 'Auditor General',
  // Courts, police and the military.
  'District Attorney', 'Attorney', 'Prosecutor', 'Chief Prosecutor', 'Public Prosecutor', 'Magistrate', 'Coroner',
  'Sheriff', 'Deputy Sheriff', 'Detective', 'Det.', 'Detective Inspector', 'Detective Chief Inspector',
  'Detective Sergeant', 'Detective Superintendent', 'Inspector', 'Chief Inspector', 'Superintendent',
  'Chief Superintendent', 'Constable', 'Chief Constable', 'Police Chief', 'Fire Chief', 'Patrolman', 'Trooper',
  'Sgt.', 'Sgt', 'Lt.', 'Lt', 'Cpl.', 'Corporal', 'Commander', 'Cmdr.', 'Brigadier', 'Brig.', 'Field Marshal',
  'Air Marshal', 'Lieutenant General', 'Major General', 'Lt. Gen.', 'Maj. Gen.', 'Rear Admiral', 'Vice Admiral',
  'Brigadier General', 'Brig. Gen.', 'Lieutenant Colonel', 'Lt. Col.', 'Consul General', 'Consul',
  // Faith, sport and the arts.
  'Rabbi', 'Imam', 'Ayatollah', 'Pastor', 'Coach', 'Head Coach', 'Manager', 'Actor', 'Actress', 'Comedian',
  'Playwright', 'Novelist', 'Poet', 'Composer', 'Producer', 'Filmmaker', 'Astronaut',
];

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
]);

// Words of titles that are no one's surname: after a title they continue it ("Comptroller General",
// "Mr. Inspector") rather than name a person. (King, Bishop, Major, Judge… are surnames too.)
export const OFFICE_WORDS = new Set([
  'general', 'inspector', 'secretary', 'minister', 'president', 'director', 'commissioner', 'chief', 'chairman',
  'chairwoman', 'governor', 'speaker', 'treasurer', 'comptroller', 'attorney', 'prosecutor', 'detective',
  'superintendent', 'councillor', 'councilman', 'councilwoman', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'premier', 'senator', 'representative', 'mayor', 'deputy', 'vice',
  'undersecretary', 'commander', 'lieutenant', 'sergeant', 'corporal', 'colonel', 'admiral', 'consul',
]);

// Roles that name the holder of a state office: "Japan's PM", "her Japanese counterpart" refer to a person.
export const OFFICE_ROLES = new Set([
  'prime minister', 'pm', 'president', 'chancellor', 'foreign minister', 'foreign secretary', 'premier',
  'counterpart', 'leader', 'king', 'queen', 'chief minister', 'chief cabinet secretary',
]);

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
  };
  return SYN[r] ?? r;
}
