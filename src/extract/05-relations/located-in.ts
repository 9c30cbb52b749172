// locatedIn: where a place or an organisation is ("Nairobi, Kenya", "Tokyo in Japan", "China's
// Xinjiang", "Japan's Foreign Ministry"), and what the gazetteer knows of a city's country.

import type { Mention } from '../../types';
import { loadGazetteer } from '../model/gazetteer';
import { COMPANY_SUFFIXES, FELLOWSHIP_PLURALS } from '../model/organizations';
import { isStateName, REGIONS_WITHIN_COUNTRIES } from '../model/places';
import { isOrgNoun, ORG_NOUNS } from '../02-names';
import { isPossessive, lower } from '../tokens-util';
import { add, mentionEndingAt, mentionStartingAt, type SentenceContext } from './context';

const LIST_WORDS = new Set(['and', 'or', ',']);
// Nouns of a settlement that an apposition places in a larger unit: "a Kora County hamlet".
const SETTLEMENT_NOUNS = new Set(['hamlet', 'town', 'village', 'city', 'suburb', 'community', 'settlement', 'township', 'borough', 'resort', 'port']);

/** The locations of every place and organisation named in the sentence, in token order. */
export function findLocations(sc: SentenceContext): void {
  for (const p of sc.ms) if (p.kind === 'Place' || p.kind === 'Organization') addLocations(sc, p);
  for (const p of sc.ms) if ((p.kind === 'Place' || p.kind === 'Country') && sc.tokens[p.tokenEnd]?.text === '-' && lower(sc.tokens[p.tokenEnd + 1]) === 'based') addBasedIn(sc, p);
  for (const o of sc.ms) if (o.kind === 'Organization') addHeadquarters(sc, o);
  for (const o of sc.ms) if (o.kind === 'Organization' && ORG_NOUNS.has(lower(sc.tokens[o.tokenStart - 1]))) addCountryKind(sc, o);
  for (const o of sc.ms) if (o.kind === 'Organization' && sc.tokens[o.tokenEnd]?.text === ',' && /^(the|a|an)$/.test(lower(sc.tokens[o.tokenEnd + 1]))) addCountryKindApposition(sc, o);
}

/**
 * "Kora Motors, the German carmaker,", "Acme, a Swiss drug company," (rule country-kind-apposition):
 * the same description after the firm's name, in apposition.
 */
function addCountryKindApposition(sc: SentenceContext, o: Mention): void {
  const { tokens } = sc;
  const c = mentionStartingAt(sc, o.tokenEnd + 2);
  if (c?.kind !== 'Country' || c.meta?.demonym !== 'yes') return;
  let q = c.tokenEnd;
  while (q < c.tokenEnd + 3 && /^[a-z][a-z-]*$/.test(tokens[q]?.text ?? '') && !isOrgNoun(tokens[q].lower) && /^(NOUN|ADJ)$/.test(tokens[q].pos)) q++;
  if (isOrgNoun(lower(tokens[q])) && /^[,.;]$|^(that|which|whose)$/.test(lower(tokens[q + 1]) || '.')) add(sc, o, 'locatedIn', c, 'country-kind-apposition', 0.7);
}

/**
 * "Spanish telecoms giant Telefonica", "the US investment firm Kora Partners" (rule country-kind-org):
 * a country's adjective or name, a firm's lower-case kind and its name: the firm is of that country.
 */
function addCountryKind(sc: SentenceContext, o: Mention): void {
  const { tokens } = sc;
  let q = o.tokenStart - 1;
  while (q > o.tokenStart - 4 && q > 0 && /^[a-z][a-z-]*$/.test(tokens[q - 1].text) && /^(NOUN|ADJ)$/.test(tokens[q - 1].pos)) q--;
  const c = mentionEndingAt(sc, q);
  if (c?.kind === 'Country') add(sc, o, 'locatedIn', c, 'country-kind-org', 0.7);
}

// The words that say where a body sits: "based in Lima", "Oslo-based".
export const SEATED = new Set(['based', 'headquartered']);

/** "Acme, which is based in Helsinki", "Acme, headquartered in Lima": where a body sits. */
function addHeadquarters(sc: SentenceContext, o: Mention): void {
  const { tokens } = sc;
  let q = o.tokenEnd;
  if (tokens[q]?.text === ',') q++;
  if (/^(which|that)$/.test(lower(tokens[q])) && /^(is|was|are|were)$/.test(lower(tokens[q + 1]))) q += 2;
  // "The firm is headquartered in Detroit", "Acme has its headquarters in Lima".
  else if (q === o.tokenEnd && /^(is|was|are|were)$/.test(lower(tokens[q]))) q++;
  else if (q === o.tokenEnd && /^(has|had|have)$/.test(lower(tokens[q])) && lower(tokens[q + 1]) === 'its' && /^(headquarters|seat)$/.test(lower(tokens[q + 2]))) q += 2;
  if (!(SEATED.has(lower(tokens[q])) || /^(headquarters|seat)$/.test(lower(tokens[q]))) || lower(tokens[q + 1]) !== 'in') return;
  const place = mentionStartingAt(sc, q + 2);
  if ((place?.kind === 'Place' || place?.kind === 'Country') && place.meta?.demonym !== 'yes') add(sc, o, 'locatedIn', place, 'based-in', 0.75);
}

/**
 * "the London-based bank Acme", "Acme, the California-based technology company": an organisation
 * "P-based" is located in P. The organisation follows within a few qualifying words, or stands before
 * the description, set off by a comma.
 */
function addBasedIn(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  if (p.meta?.demonym === 'yes') return;
  let org = bodyAfterBased(sc, p);
  if (org?.kind !== 'Organization') {
    const article = /^(the|a|an)$/.test(lower(tokens[p.tokenStart - 1]));
    org = article && tokens[p.tokenStart - 2]?.text === ',' ? mentionEndingAt(sc, p.tokenStart - 2) : undefined;
  }
  if (org?.kind === 'Organization') add(sc, org, 'locatedIn', p, 'based-in', 0.75);
}

/**
 * The mention a few qualifying words after "P-based" ("Oslo-based consultancy Acme" gives Acme), or
 * undefined; p is the place before the hyphen.
 */
export function bodyAfterBased(sc: SentenceContext, p: Mention): Mention | undefined {
  const { tokens } = sc;
  let q = p.tokenEnd + 2;
  while (q < tokens.length && q <= p.tokenEnd + 6 && /^(ADJ|NOUN)$/.test(tokens[q].pos) && !mentionStartingAt(sc, q)) q++;
  return mentionStartingAt(sc, q);
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
 * Connecticut"), a city of the gazetteer not in another ("Lima, Quito") unless that name is also a
 * state's ("Brooklyn, New York", "London, Ontario": the gazetteer keeps the city reading), and an
 * adjective names no place ("Moscow in English"). A place no gazetteer knows ("Kibera, Nairobi") may
 * lie in a city.
 */
function canContain(p: Mention, q: Mention): boolean {
  if (q.meta?.demonym === 'yes') return false; // "Moscow in English", "Havana, Russian intrigue"
  if (q.kind === 'Country') return !isWorldRegion(p);
  if (q.kind !== 'Place' || p.kind !== 'Place') return false;
  const inner = placeType(p);
  const outer = placeType(q);
  if (isWorldRegion(p) || outer === 'feature') return false;
  if (inner === 'city' && outer === 'city' && !isStateName(q.name)) return false;
  return !(outer === 'state' && inner === 'state');
}

/**
 * A place in a list: "Kentucky, Maryland, Delaware, Virginia and …", "Chattanooga, Knoxville, and
 * Memphis" name no containment. After "City, State," a name that is no place ("Tulsa, Oklahoma,
 * Trump said", "Uvalde, Texas, Tuesday") or a place with its own region ("Kansas City, Missouri, and
 * Omaha, Nebraska") ends no list.
 */
function inList(sc: SentenceContext, p: Mention, q: Mention): boolean {
  const { tokens } = sc;
  const isPlace = (m: Mention | undefined) => !!m && (m.kind === 'Place' || m.kind === 'Country');
  const before = tokens[p.tokenStart - 1]?.text === ',' ? mentionEndingAt(sc, p.tokenStart - 1) : undefined;
  if (isPlace(before)) return true;
  if (!LIST_WORDS.has(lower(tokens[q.tokenEnd]))) return false;
  const next = mentionStartingAt(sc, LIST_WORDS.has(lower(tokens[q.tokenEnd + 1])) ? q.tokenEnd + 2 : q.tokenEnd + 1);
  if (!isPlace(next)) return false;
  const paired = tokens[next!.tokenEnd]?.text === ',' && isPlace(mentionStartingAt(sc, next!.tokenEnd + 1));
  return !paired;
}

// Nouns of an event a body holds somewhere: "a meeting of X in Y" places the meeting.
const GATHERINGS = new Set(['meeting', 'meetings', 'session', 'sessions', 'conference', 'summit', 'convention', 'gathering', 'rally', 'hearing', 'hearings', 'congress', 'assembly', 'game', 'match', 'visit', 'delegation', 'team']);

/** A body that stands in one place (a school, a firm, a hospital), not a party or a chamber, which a story places by their members. */
function isLocalBody(m: Mention): boolean {
  return m.meta?.party !== 'yes' && m.meta?.chamber !== 'yes' && m.rule !== 'person-administration';
}

const PLACES_NAMED = new WeakMap<SentenceContext['doc'], Map<string, Mention>>();

/** The places the document names, by name (the first mention of each), computed once. */
function placesNamed(sc: SentenceContext): Map<string, Mention> {
  let named = PLACES_NAMED.get(sc.doc);
  if (named) return named;
  named = new Map();
  for (const m of sc.doc.ctx.mentions) if (m.kind === 'Place' && m.meta?.demonym !== 'yes' && !isWorldRegion(m) && !named.has(m.name)) named.set(m.name, m);
  PLACES_NAMED.set(sc.doc, named);
  return named;
}

/**
 * "the Alden Police Department", "the University of Kora" in a story that names Alden or Kora
 * (rule body-named-for-place): a body whose name opens with a place, or ends in "of" and a place,
 * the story names is located there.
 */
function addNamedPlace(sc: SentenceContext, p: Mention): void {
  const named = placesNamed(sc);
  const words = p.name.split(' ');
  const of = words.lastIndexOf('of');
  // (Not "Knights of Alden": a society's "of" names its cause or patron.)
  const ofPlace = of > 0 && !FELLOWSHIP_PLURALS.has(words[0]);
  const candidates = [words[0], words.slice(0, 2).join(' '), words.slice(0, 3).join(' '), ofPlace ? words.slice(of + 1).join(' ') : ''];
  if (named.size) for (const c of candidates) {
    const place = c && c !== p.name ? named.get(c) : undefined;
    if (place) {
      add(sc, p, 'locatedIn', place, 'body-named-for-place', 0.6);
      return;
    }
  }
  // "the Tunisian Government", "the British Parliament" in a story that names the country: a state's
  // own body, named by its country or nationality, is in that country (rule state-body-of-country).
  if (!STATE_BODY_HEADS.has(words[words.length - 1])) return;
  for (const c of candidates.slice(0, 2)) {
    const entry = c ? loadGazetteer().lookup(c) : undefined;
    const country = entry?.kind === 'Country' ? countriesNamed(sc).get(entry.key) : undefined;
    if (country) {
      add(sc, p, 'locatedIn', country, 'state-body-of-country', 0.6);
      return;
    }
  }
}

// Head words of a state's own bodies: "the Tunisian Government", "the Congolese Parliament".
// (Not its chambers, which 05-relations ties to the state otherwise, as for "the Alden Legislature".)
const STATE_BODY_HEADS = new Set(['Government', 'Cabinet', 'Army', 'Navy', 'Embassy', 'Ministry', 'Police']);
const COUNTRIES_NAMED = new WeakMap<SentenceContext['doc'], Map<string, Mention>>();

/** The countries the story names, by key (a name before a nationality). */
function countriesNamed(sc: SentenceContext): Map<string, Mention> {
  let named = COUNTRIES_NAMED.get(sc.doc);
  if (named) return named;
  named = new Map();
  for (const m of sc.doc.ctx.mentions) if (m.kind === 'Country' && (!named.has(m.key) || named.get(m.key)!.meta?.demonym === 'yes')) named.set(m.key, m);
  COUNTRIES_NAMED.set(sc.doc, named);
  return named;
}

/**
 * "Rhodes College in Alden", "Ohio Valley University, Kora, Ohio", "Acme Tool Co. of Alden": a body
 * right before "in" and a town (a firm before "of" too), or before a comma and "town, state", is
 * located there (rule body-in-place).
 */
function addBodyPlace(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let at = p.tokenEnd;
  // ("Acme Tools, Ltd., of Alden": the firm's suffix set off by commas.)
  if (tokens[at]?.text === ',' && COMPANY_SUFFIXES.has(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ',' && lower(tokens[at + 3]) === 'of') at += 3;
  else if (tokens[at]?.text === ',' && lower(tokens[at + 1]) === 'of' && COMPANY_SUFFIXES.has(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.text === ',') at += 1;
  const w = tokens[at]?.text;
  // ("Acme Tool Co. of Alden": a firm's "of" and a place say where it is.)
  const firm = at > p.tokenEnd || isFirm(p);
  const firmOf = w === 'of' && firm;
  if (w !== 'in' && w !== ',' && !firmOf) return;
  // ("a meeting of the Kora Council in Alden": the place is the meeting's, not the body's.)
  const of = lower(tokens[p.tokenStart - 1]) === 'the' ? p.tokenStart - 2 : p.tokenStart - 1;
  if (lower(tokens[of]) === 'of' && GATHERINGS.has(lower(tokens[of - 1]))) return;
  const q = mentionStartingAt(sc, at + 1);
  if (q?.kind !== 'Place' || isWorldRegion(q) || q.meta?.demonym === 'yes') return;
  if (w === ',') {
    // (After a comma only the pair "town, state" says where: "Acme, Dallas and Houston" is a list;
    // so does a firm's "Acme Bank, Alden," with the city set off by commas and no list going on.)
    const state = tokens[q.tokenEnd]?.text === ',' ? mentionStartingAt(sc, q.tokenEnd + 1) : undefined;
    const firmTown = firm && q.meta?.country !== undefined && /^[,;)]$/.test(tokens[q.tokenEnd]?.text ?? '') && !state && !LIST_WORDS.has(lower(tokens[q.tokenEnd + 1]));
    if (!firmTown && (!state || !(state.kind === 'Place' || state.kind === 'Country') || !canContain(q, state))) return;
  }
  add(sc, p, 'locatedIn', q, 'body-in-place', 0.7);
}

/** A firm by its name's last word: "Acme Tool Co.", "Kora Savings Bank". */
function isFirm(p: Mention): boolean {
  const last = p.text.split(' ').at(-1) ?? '';
  return COMPANY_SUFFIXES.has(last) || last === 'Bank';
}

function addLocations(sc: SentenceContext, p: Mention): void {
  const { tokens, ms } = sc;
  // "Mombasa, Kenya," names where Mombasa is; "Lagos, Kenya and Peru" is a list. An organisation
  // is placed only by "in": "the bank, India and …" is a list too.
  const comma = tokens[p.tokenEnd]?.text === ',' && p.kind === 'Place';
  const after = comma || lower(tokens[p.tokenEnd]) === 'in' ? mentionStartingAt(sc, p.tokenEnd + 1) : undefined;
  const listGoesOn = !!after && comma && inList(sc, p, after);
  if (after && !listGoesOn && (p.kind === 'Organization' ? after.kind === 'Country' && after.meta?.demonym !== 'yes' : canContain(p, after))) add(sc, p, 'locatedIn', after, 'place-comma-country', 0.75);
  if (p.kind === 'Organization' && isLocalBody(p)) {
    addBodyPlace(sc, p);
    addNamedPlace(sc, p);
  }
  if (isPossessive(tokens[p.tokenStart - 1])) {
    const owner = mentionEndingAt(sc, p.tokenStart - 1);
    // "Britain's Europe Director": a continent or world region lies in no country.
    if (owner?.kind === 'Country' && !isWorldRegion(p)) add(sc, p, 'locatedIn', owner, 'possessive-place', 0.75);
    // "Alden's Marlow High School", "Kora's Old Town": a town's or state's possessive places what follows.
    else if (owner?.kind === 'Place' && !isWorldRegion(owner) && (p.kind === 'Organization' ? isLocalBody(p) : canContain(p, owner))) add(sc, p, 'locatedIn', owner, 'possessive-place', 0.7);
  }
  // "Alden, a Kora County hamlet of 250 people": an apposition that names a settlement in a larger place.
  if (comma && /^(a|an|the)$/.test(lower(tokens[p.tokenEnd + 1]))) {
    const q = mentionStartingAt(sc, p.tokenEnd + 2);
    if (q && q.kind === 'Place' && SETTLEMENT_NOUNS.has(lower(tokens[q.tokenEnd])) && canContain(p, q)) add(sc, p, 'locatedIn', q, 'settlement-apposition', 0.75);
  }
  const before = mentionEndingAt(sc, p.tokenStart);
  if (p.kind === 'Organization' && before?.kind === 'Country' && before.meta?.demonym === 'yes') add(sc, p, 'locatedIn', before, 'demonym-org', 0.6);
  // The gazetteer knows where a city lies: a fact when the sentence names that country too.
  const code = p.meta?.country as string | undefined;
  // (Places carry the ISO alpha-2 code of their country; country mentions carry the country's key.)
  const countryKey = code ? loadGazetteer().countryByCode.get(code)?.key : undefined;
  if (!countryKey) return;
  const here = ms.filter((m) => m.kind === 'Country' && m.key === countryKey);
  for (const c of here) add(sc, p, 'locatedIn', c, 'gazetteer-located', 0.7);
  // ("from the capital, Bangui", "Bangui, the capital,": a city the text calls the capital is the
  // capital of the country the gazetteer gives it, when the story names that country anywhere.)
  if (!here.length && p.rule === 'gazetteer-city' && calledCapital(sc, p) && loadGazetteer().lookup(p.name)?.capitalOf === countryKey) add(sc, p, 'locatedIn', countriesNamed(sc).get(countryKey), 'capital-of-country', 0.65);
}

/** "the capital, X", "the capital X", "X, the capital": the text calls the place a capital. */
function calledCapital(sc: SentenceContext, p: Mention): boolean {
  const { tokens } = sc;
  const before = tokens[p.tokenStart - 1]?.text === ',' ? p.tokenStart - 2 : p.tokenStart - 1;
  if (lower(tokens[before]) === 'capital') return true;
  return tokens[p.tokenEnd]?.text === ',' && lower(tokens[p.tokenEnd + 1]) === 'the' && lower(tokens[p.tokenEnd + 2]) === 'capital';
}
