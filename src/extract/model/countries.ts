// Country gazetteer, built from the `world-countries` dataset (all 250 ISO 3166 entries): common and
// official names, alternative spellings, demonyms and capitals. Only the forms newspapers use that the
// dataset lacks are added here, each with its reason.

// NOTE: the fields read below, of every entry of world-countries, written by `npm run build`
// (scripts/build-gazetteer-data.mjs; the whole dataset is ten times the size, parsed in every worker).
import countriesJson from './data/countries.json';
import formerJson from './data/former-countries.json';

/** What the gazetteer reads of a world-countries entry. */
interface CountrySource {
  cca3: string;
  cca2: string;
  independent: boolean | null;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  capital: string[];
}

const countries = countriesJson as CountrySource[];

export interface CountryEntry {
  /** Entity key, `country:<ISO alpha-3>`. */
  key: string;
  cca2: string;
  name: string;
  /** Names and abbreviations that denote the country itself. */
  names: string[];
  /** Demonyms and adjectives ("Japanese", "New Zealander"), and their plurals. */
  demonyms: string[];
  capitals: string[];
}

// Common names the dataset spells the diplomatic way, where English news uses another.
const COMMON_NAME: Record<string, string> = {
  TUR: 'Turkey', // dataset: Türkiye
  CZE: 'Czech Republic', // dataset: Czechia
  COD: 'Democratic Republic of the Congo', // dataset: DR Congo
};

// Forms in everyday news use that the dataset does not list.
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['America', 'U.S.', 'U.S.A.', 'the States'],
  GBR: ['Britain', 'U.K.', 'Great Britain'],
  NZL: ['NZ', 'N.Z.'],
  PNG: ['PNG'],
  SLB: ['Solomons'], // "the China-Solomons security deal"
  CHN: ['PRC', 'Mainland China'],
  KOR: ['Korea'], // unqualified "Korea" in news almost always means the South
  RUS: ['Russian Federation'],
  ARE: ['UAE', 'Emirates'],
  NLD: ['Holland'],
  // Unqualified "Congo" in news (the wire services' style, and the 1960s press's "the Congo") is the
  // larger, former Belgian Congo; the other is "Republic of Congo" or "Congo-Brazzaville".
  COD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Congo'],
  COG: ['Republic of Congo'],
  TUR: ['Turkiye', 'Türkiye'],
  CZE: ['Czechia'],
  PSE: ['Palestinian Territories', 'Occupied Territories'],
  VAT: ['Holy See'],
  // Short forms news uses for a two-part name.
  BIH: ['Bosnia'],
  VIR: ['Virgin Islands', 'US Virgin Islands', 'U.S. Virgin Islands'],
};

// Forms the dataset gives two countries, and the one news means by them: an unqualified "Virgin
// Islands" (the British territory's official name) is the larger, American group, listed with Guam and
// Puerto Rico; news names the other "the British Virgin Islands".
const CLAIMED_BY: Record<string, string> = {
  'Virgin Islands': 'VIR',
};

// Demonyms the dataset lacks ("Kiwi" is informal and ambiguous, so not here).
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['US', 'U.S.'], // "US officials" is the adjective use
  GBR: ['UK', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  ARG: ['Argentine', 'Argentinian'],
  NZL: ['New Zealand'],
  PHL: ['Philippine'],
  SLB: ['Solomon Islands'],
  // The adjectives of Central Asia, where the dataset gives "-stani" forms news rarely uses.
  UZB: ['Uzbek', 'Uzbeks'],
  KAZ: ['Kazakh', 'Kazakhs'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik', 'Tajiks'],
  NPL: ['Nepali'],
};

// Former countries: every ISO 3166-3 entry (withdrawn codes, 1974 on), with the forms English text
// uses for it. A country that was renamed ("change": Zaire, Burma) or that one state continues in law
// (the USSR in Russia, West Germany in Germany) is that state under an old name; one that split or
// merged into another (Czechoslovakia, East Germany) is a country of its own.
const FORMER_FORMS: Record<string, { names: string[]; demonyms: string[] }> = {
  SUN: { names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'], demonyms: ['Soviet', 'Soviets'] },
  DDR: { names: ['East Germany', 'GDR'], demonyms: ['East German', 'East Germans'] },
  CSK: { names: ['Czechoslovakia'], demonyms: ['Czechoslovak', 'Czechoslovakian', 'Czechoslovaks', 'Czechoslovakians'] },
  YUG: { names: ['Yugoslavia'], demonyms: ['Yugoslav', 'Yugoslavs', 'Yugoslavian', 'Yugoslavians'] },
  ZAR: { names: ['Zaire'], demonyms: ['Zairean', 'Zaireans', 'Zairian', 'Zairians'] },
  RHO: { names: ['Rhodesia', 'Southern Rhodesia'], demonyms: ['Rhodesian', 'Rhodesians'] },
  HVO: { names: ['Upper Volta'], demonyms: [] },
  DHY: { names: ['Dahomey'], demonyms: [] },
  NHB: { names: ['New Hebrides'], demonyms: [] },
  YMD: { names: ['South Yemen', "People's Democratic Republic of Yemen"], demonyms: [] },
  VDR: { names: ['North Vietnam', 'Democratic Republic of Vietnam'], demonyms: ['North Vietnamese'] },
  SCG: { names: ['Serbia and Montenegro'], demonyms: [] },
  TMP: { names: ['East Timor'], demonyms: [] },
  BYS: { names: ['Byelorussian SSR', 'Byelorussia'], demonyms: [] },
};
// States continued in law by one successor, beside ISO's renames (the state keeps its identity).
const CONTINUED_BY: Record<string, string> = { SUN: 'RUS' };
// Yugoslavia's ISO entry is the 1992 rename to Serbia and Montenegro; the older federation is its own.
const NOT_RENAMED = new Set(['YUG']);
// Renamed, or continued by one state, before ISO 3166-3 began (1918-1973), by the successor's code.
const EARLIER_NAMES: Array<{ successor: string; names: string[]; demonyms: string[] }> = [
  { successor: 'LKA', names: ['Ceylon'], demonyms: ['Ceylonese'] },
  { successor: 'THA', names: ['Siam'], demonyms: ['Siamese'] },
  { successor: 'IRN', names: ['Persia'], demonyms: [] },
  { successor: 'DEU', names: ['West Germany', 'Federal Republic of Germany', 'FRG'], demonyms: ['West German', 'West Germans'] },
  { successor: 'BGD', names: ['East Pakistan'], demonyms: [] },
  { successor: 'ETH', names: ['Abyssinia'], demonyms: ['Abyssinian', 'Abyssinians'] },
  { successor: 'MWI', names: ['Nyasaland'], demonyms: [] },
  { successor: 'ZMB', names: ['Northern Rhodesia'], demonyms: [] },
  { successor: 'BWA', names: ['Bechuanaland'], demonyms: [] },
  { successor: 'LSO', names: ['Basutoland'], demonyms: [] },
  { successor: 'BLZ', names: ['British Honduras'], demonyms: [] },
  { successor: 'SUR', names: ['Dutch Guiana'], demonyms: [] },
  { successor: 'COD', names: ['Belgian Congo'], demonyms: [] },
  { successor: 'MYS', names: ['Malaya', 'Federation of Malaya'], demonyms: [] },
  { successor: 'EGY', names: ['United Arab Republic', 'UAR'], demonyms: [] },
];

/** The former countries (ISO 3166-3 and earlier), after every current one: own entries, or old names of their successor. */
function loadFormerCountries(current: CountryEntry[]): CountryEntry[] {
  const byCode = new Map(current.map((c) => [c.key.slice('country:'.length), c]));
  const as = (code: string, names: string[], demonyms: string[]): CountryEntry => {
    const own = { key: `country:${code}`, cca2: '', name: names[0], names, demonyms, capitals: [] };
    const successor = byCode.get(code);
    return successor ? { ...own, key: successor.key, cca2: successor.cca2, name: successor.name } : own;
  };
  const iso = (formerJson as Array<[string, string, string[]]>)
    // ("France, Metropolitan" and "Viet-Nam, Democratic Republic of" are index forms: their English forms are above.)
    .filter(([code, name]) => !name.includes(',') || FORMER_FORMS[code])
    .map(([code, name, successors]) => {
      const forms = FORMER_FORMS[code];
      const names = [...new Set([...(forms?.names ?? []), ...(name.includes(',') ? [] : [name])])];
      const renamed = successors.length === 1 && !NOT_RENAMED.has(code) && byCode.has(successors[0]) && !['merge'].includes(formerType(code, successors));
      const into = CONTINUED_BY[code] ?? (renamed ? successors[0] : code);
      return as(into, names, forms?.demonyms ?? []);
    });
  return [...iso, ...EARLIER_NAMES.map((e) => as(e.successor, e.names, e.demonyms))];
}

/** A one-successor ISO 3166-3 entry is a rename unless its successor existed before it (a merger). */
function formerType(code: string, successors: string[]): 'change' | 'merge' {
  // Merged into a state that already had its own code before: East Germany, South Yemen, North Vietnam,
  // Sikkim, the Canal Zone and the small islands.
  return MERGED.has(code) || successors.length !== 1 ? 'merge' : 'change';
}
const MERGED = new Set(['DDR', 'YMD', 'VDR', 'SKM', 'PCZ', 'ATB', 'CTE', 'FXX', 'JTN', 'MID', 'ATN', 'PUS', 'WAK']);

// Two-letter ISO codes are English words (IN, IT, AM, IS…): only the ones news uses as names count.
const ABBREVIATION = /^[A-Z][A-Z.]{2,}$/;

function pluralise(demonym: string): string[] {
  if (/(ese|ss|sh|ch|i)$/.test(demonym) || demonym.includes(' ')) return [demonym];
  return [demonym, `${demonym}s`];
}

let cache: CountryEntry[] | undefined;

/** Every country with its names, demonyms and capitals. */
export function loadCountries(): CountryEntry[] {
  if (cache) return cache;
  // Sovereign states first: where a territory shares a form with its state ("American" is also the
  // demonym of the Northern Mariana Islands), the first entry to claim a form keeps it.
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent) || (a.cca3 < b.cca3 ? -1 : 1));
  // Every demonym the dataset or our list gives some country: a regular form made below from another
  // country's name never takes one ("Niger" + "-ian" is Nigeria's "Nigerian", not Niger's).
  const listed = new Set<string>();
  for (const c of countries) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) for (const p of pluralise(d)) listed.add(p);
    for (const extra of EXTRA_DEMONYMS[c.cca3] ?? []) listed.add(extra);
  }
  cache = ordered.map((c) => {
    const name = COMMON_NAME[c.cca3] ?? c.name.common;
    const names = new Set<string>([name, c.name.common, c.name.official]);
    for (const alt of c.altSpellings) {
      // "Korea, Republic of" is an index form; native-script names never appear in English text.
      if (alt.includes(',') || /[^\p{Script=Latin}\s'.()-]/u.test(alt)) continue;
      if (alt.length <= 2) continue;
      if (alt === alt.toUpperCase() && !ABBREVIATION.test(alt)) continue;
      names.add(alt);
    }
    for (const extra of EXTRA_NAMES[c.cca3] ?? []) names.add(extra);
    if (c.cca3 === 'USA' || c.cca3 === 'GBR') names.add(c.cca2 === 'GB' ? 'UK' : 'US');
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) for (const p of pluralise(d)) demonyms.add(p);
    for (const extra of EXTRA_DEMONYMS[c.cca3] ?? []) demonyms.add(extra);
    // Regular English demonyms the dataset sometimes lacks: "Gibraltarians", "Kenyans".
    const base = c.name.common;
    const regular = (d: string) => void (demonyms.has(d) || !listed.has(d) ? demonyms.add(d) : undefined);
    if (!base.includes(' ')) {
      if (/a$/.test(base)) for (const d of [`${base}n`, `${base}ns`]) regular(d);
      else if (/[^aeiouy]$/.test(base)) for (const d of [`${base}ian`, `${base}ians`]) regular(d);
    }
    return {
      key: `country:${c.cca3}`,
      cca2: c.cca2,
      name,
      names: [...names].filter((n) => n && n.length > 1 && (CLAIMED_BY[n] ?? c.cca3) === c.cca3),
      demonyms: [...demonyms].filter((d) => !names.has(d) || EXTRA_DEMONYMS[c.cca3]?.includes(d)),
      capitals: c.capital.filter(Boolean),
    };
  });
  // A demonym two countries claim belongs to the one whose name it opens: "Dominican" is the
  // Dominican Republic's (Dominica's people are Dominicans too, but news means the republic).
  // (Sovereign states only: "French Southern and Antarctic Lands" takes nothing from France.)
  const sovereign = new Set(countries.filter((c) => c.independent).map((c) => `country:${c.cca3}`));
  const owner = new Map<string, string>();
  for (const c of cache) {
    if (!sovereign.has(c.key)) continue;
    for (const d of c.demonyms) if (c.name.startsWith(`${d.replace(/s$/, '')} `)) owner.set(d, c.key);
  }
  for (const c of cache) c.demonyms = c.demonyms.filter((d) => !owner.has(d) || owner.get(d) === c.key);
  cache.push(...loadFormerCountries(cache));
  return cache;
}
