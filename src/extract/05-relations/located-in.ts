// locatedIn: where a place or an organisation is ("Nairobi, Kenya", "Tokyo in Japan", "China's
// Xinjiang", "Japan's Foreign Ministry"), and what the gazetteer knows of a city's country.

import type { Mention } from '../../types';
import { loadGazetteer } from '../model/gazetteer';
import { isPossessive, lower } from '../tokens-util';
import { add, mentionEndingAt, mentionStartingAt, type SentenceContext } from './context';

const LIST_WORDS = new Set(['and', 'or', ',']);

/** The locations of every place and organisation named in the sentence, in token order. */
export function findLocations(sc: SentenceContext): void {
  for (const p of sc.ms) if (p.kind === 'Place' || p.kind === 'Organization') addLocations(sc, p);
}

function addLocations(sc: SentenceContext, p: Mention): void {
  const { tokens, ms } = sc;
  // "Mombasa, Kenya," names where Mombasa is; "Lagos, Kenya and Peru" is a list. An organisation
  // is placed only by "in": "the bank, India and …" is a list too.
  const comma = tokens[p.tokenEnd]?.text === ',' && p.kind === 'Place';
  const after = comma || lower(tokens[p.tokenEnd]) === 'in' ? mentionStartingAt(sc, p.tokenEnd + 1) : undefined;
  const listGoesOn = !!after && LIST_WORDS.has(lower(tokens[after.tokenEnd])) && comma && !!mentionStartingAt(sc, after.tokenEnd + 1);
  if (after && !listGoesOn && (after.kind === 'Country' || (after.kind === 'Place' && p.kind === 'Place'))) add(sc, p, 'locatedIn', after, 'place-comma-country', 0.75);
  if (isPossessive(tokens[p.tokenStart - 1])) {
    const owner = mentionEndingAt(sc, p.tokenStart - 1);
    if (owner?.kind === 'Country') add(sc, p, 'locatedIn', owner, 'possessive-place', 0.75);
  }
  const before = mentionEndingAt(sc, p.tokenStart);
  if (p.kind === 'Organization' && before?.kind === 'Country' && before.meta?.demonym === 'yes') add(sc, p, 'locatedIn', before, 'demonym-org', 0.6);
  // The gazetteer knows where a city lies: a fact when the sentence names that country too.
  const code = p.meta?.country as string | undefined;
  // (Places carry the ISO alpha-2 code of their country; country mentions carry the country's key.)
  const countryKey = code ? loadGazetteer().countryByCode.get(code)?.key : undefined;
  if (countryKey) for (const c of ms.filter((m) => m.kind === 'Country' && m.key === countryKey)) add(sc, p, 'locatedIn', c, 'gazetteer-located', 0.7);
}
