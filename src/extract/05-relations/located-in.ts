// locatedIn: where a place or an organisation is ("Nairobi, Kenya", "Tokyo in Japan", "China's
// Xinjiang", "Japan's Foreign Ministry"), and what the gazetteer knows of a city's country.

import type { Mention } from '../../types';
import { loadGazetteer } from '../model/gazetteer';
import { REGIONS_WITHIN_COUNTRIES } from '../model/places';
import { isPossessive, lower } from '../tokens-util';
import { add, mentionEndingAt, mentionStartingAt, type SentenceContext } from './context';

const LIST_WORDS = new Set(['and', 'or', ',']);

/** The locations of every place and organisation named in the sentence, in token order. */
export function findLocations(sc: SentenceContext): void {
  for (const p of sc.ms) if (p.kind === 'Place' || p.kind === 'Organization') addLocations(sc, p);
}

/** What the gazetteer says a place is (city, state, region, feature), from the rule that found it. */
function placeType(m: Mention): string | undefined {
  return m.kind === 'Place' && m.rule.startsWith('gazetteer-') ? m.rule.slice('gazetteer-'.length) : undefined;
}

/** A continent, sea or world region ("Europe", "the Middle East"): it lies in no country or place. */
function isWorldRegion(m: Mention): boolean {
  return placeType(m) === 'region' && !REGIONS_WITHIN_COUNTRIES.has(m.name);
}

/**
 * Whether "p, q" or "p in q" can say where p is: q must be a larger unit than p. A continent or
 * world region lies in nothing ("Europe, Asia"), a state not in another state ("Massachusetts,
 * Connecticut"), and an adjective names no place ("Moscow in English"). Names that are both a city
 * and a state ("New York", "Ontario") keep the gazetteer's first reading, a city, so a city may
 * contain a city here; lists of cities are caught by inList.
 */
function canContain(p: Mention, q: Mention): boolean {
  if (q.meta?.demonym === 'yes') return false; // "Moscow in English", "Havana, Russian intrigue"
  if (q.kind === 'Country') return !isWorldRegion(p);
  if (q.kind !== 'Place' || p.kind !== 'Place') return false;
  const inner = placeType(p);
  const outer = placeType(q);
  if (isWorldRegion(p) || outer === 'feature') return false;
  return !(outer === 'state' && inner === 'state');
}

/** A place in a list: "Kentucky, Maryland, Delaware, Virginia and …" names no containment. */
function inList(sc: SentenceContext, p: Mention, q: Mention): boolean {
  const { tokens } = sc;
  const before = tokens[p.tokenStart - 1]?.text === ',' ? mentionEndingAt(sc, p.tokenStart - 1) : undefined;
  if (before && (before.kind === 'Place' || before.kind === 'Country')) return true;
  if (!LIST_WORDS.has(lower(tokens[q.tokenEnd]))) return false;
  // "Chattanooga, Knoxville, and Memphis": the list may go on after a comma and a conjunction, with
  // a name the gazetteers may not know ("Lima, Quito and Bogota"). A city and its country stated
  // in such a list still lie where the gazetteer says (gazetteer-located below).
  const next = tokens[LIST_WORDS.has(lower(tokens[q.tokenEnd + 1])) ? q.tokenEnd + 2 : q.tokenEnd + 1];
  return !!next && /^\p{Lu}/u.test(next.text);
}

function addLocations(sc: SentenceContext, p: Mention): void {
  const { tokens, ms } = sc;
  // "Mombasa, Kenya," names where Mombasa is; "Lagos, Kenya and Peru" is a list. An organisation
  // is placed only by "in": "the bank, India and …" is a list too.
  const comma = tokens[p.tokenEnd]?.text === ',' && p.kind === 'Place';
  const after = comma || lower(tokens[p.tokenEnd]) === 'in' ? mentionStartingAt(sc, p.tokenEnd + 1) : undefined;
  const listGoesOn = !!after && comma && inList(sc, p, after);
  if (after && !listGoesOn && (p.kind === 'Organization' ? after.kind === 'Country' && after.meta?.demonym !== 'yes' : canContain(p, after))) add(sc, p, 'locatedIn', after, 'place-comma-country', 0.75);
  if (isPossessive(tokens[p.tokenStart - 1])) {
    const owner = mentionEndingAt(sc, p.tokenStart - 1);
    // "Britain's Europe Director": a continent or world region lies in no country.
    if (owner?.kind === 'Country' && !isWorldRegion(p)) add(sc, p, 'locatedIn', owner, 'possessive-place', 0.75);
  }
  const before = mentionEndingAt(sc, p.tokenStart);
  if (p.kind === 'Organization' && before?.kind === 'Country' && before.meta?.demonym === 'yes') add(sc, p, 'locatedIn', before, 'demonym-org', 0.6);
  // The gazetteer knows where a city lies: a fact when the sentence names that country too.
  const code = p.meta?.country as string | undefined;
  // (Places carry the ISO alpha-2 code of their country; country mentions carry the country's key.)
  const countryKey = code ? loadGazetteer().countryByCode.get(code)?.key : undefined;
  if (countryKey) for (const c of ms.filter((m) => m.kind === 'Country' && m.key === countryKey)) add(sc, p, 'locatedIn', c, 'gazetteer-located', 0.7);
}
