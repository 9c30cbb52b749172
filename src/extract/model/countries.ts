// Country gazetteer, built from the `world-countries` dataset (all 250 ISO 3166 entries): common and
// official names, alternative spellings, demonyms and capitals. Only the forms newspapers use that the
// dataset lacks are added here, each with its reason.

// NOTE: the fields read below, of every entry of world-countries, written by `npm run build`
// (scripts/build-gazetteer-data.mjs; the whole dataset is ten times the size, parsed in every worker).
import countriesJson from './data/countries.json';

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
  COD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  TUR: ['Turkiye', 'Türkiye'],
  CZE: ['Czechia'],
  PSE: ['Palestinian Territories', 'Occupied Territories'],
  VAT: ['Holy See'],
};

// Demonyms the dataset lacks ("Kiwi" is informal and ambiguous, so not here).
const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['US', 'U.S.'], // "US officials" is the adjective use
  GBR: ['UK', 'Briton', 'Britons', 'English', 'Scottish', 'Welsh'],
  ARG: ['Argentine', 'Argentinian'],
  NZL: ['New Zealand'],
  PHL: ['Philippine'],
  SLB: ['Solomon Islands'],
};

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
    if (!base.includes(' ')) {
      if (/a$/.test(base)) for (const d of [`${base}n`, `${base}ns`]) demonyms.add(d);
      else if (/[^aeiouy]$/.test(base)) for (const d of [`${base}ian`, `${base}ians`]) demonyms.add(d);
    }
    return {
      key: `country:${c.cca3}`,
      cca2: c.cca2,
      name,
      names: [...names].filter((n) => n && n.length > 1),
      demonyms: [...demonyms].filter((d) => !names.has(d) || EXTRA_DEMONYMS[c.cca3]?.includes(d)),
      capitals: c.capital.filter(Boolean),
    };
  });
  return cache;
}
