// visited: a person's visit, trip or stay somewhere ("her visit to Japan", "Brown visited Kenya",
// "Jacinda Ardern is in Japan for three days").

import type { Mention, Token } from '../../types';
import { VISIT_WORDS } from '../model/lexicon';
import { lower } from '../tokens-util';
import { negatedBetween, placeAfter, subjectGroup } from './clause';
import { add, mentionEndingAt, resolvePronoun, type SentenceContext } from './context';

const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their']);
const BEING_IN = new Set(['is', 'was', 'are', 'were', 'arrives', 'arrived']);
const VISIT_VERBS = new Set(['visited', 'visits', 'visiting', 'visit', 'toured', 'tours', 'touring']);
// Nouns of a journey, and the words that make a phrase of time of them ("during a visit to …").
const VISIT_NOUNS = new Set(['visit', 'visits', 'trip', 'tour', 'journey', 'stay', 'stopover', 'holiday', 'holidays', 'vacation']);
const TIME_PHRASE = new Set(['during', 'on', 'after', 'before', 'since', 'while', 'from', 'ahead', 'throughout', 'following']);
const DET_POSS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'this', 'its']);

/** Visits at each visit word of the sentence, in token order; a visit needs a place or country named. */
export function findVisits(sc: SentenceContext): void {
  if (!sc.ms.some((m) => m.kind === 'Place' || m.kind === 'Country')) return; // nowhere to have been
  const { tokens } = sc;
  for (let k = 0; k < tokens.length; k++) {
    const w = lower(tokens[k]);
    if (VISIT_WORDS.has(w) || (BEING_IN.has(w) && lower(tokens[k + 1]) === 'in')) addVisit(sc, k, w);
    else if (EVENT_SPEECH_VERBS.has(w) && tokens[k].pos === 'VERB') addAppearance(sc, k);
    else if (w === 'speaking' && lower(tokens[k + 1]) === 'in') addSpeakingIn(sc, k);
  }
}

/**
 * "Ana Ruiz, speaking in Lima, said …", "Speaking in Lima, Ana Ruiz said …": a participle of speech
 * with a place is where its speaker was (the person in apposition before it, or the one after the comma).
 */
function addSpeakingIn(sc: SentenceContext, k: number): void {
  const { tokens, ms } = sc;
  const place = ms.find((m) => m.tokenStart === k + 2 && (m.kind === 'Place' || m.kind === 'Country'));
  if (!place) return;
  let who: Mention | undefined;
  if (tokens[k - 1]?.text === ',') who = mentionEndingAt(sc, k - 1);
  else if (k === 0 && tokens[place.tokenEnd]?.text === ',') who = ms.find((m) => m.tokenStart === place.tokenEnd + 1);
  if (who?.kind === 'Person') add(sc, who, 'visited', place, 'speaking-in', 0.6);
}

// A speaker at an event somewhere was there: "he said at a press conference in Washington", "told
// reporters at a briefing in Lima". (Their own country's places are dropped in resolve.)
const EVENT_SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'spoke', 'speaks', 'announced', 'announces', 'declared']);
const EVENT_NOUNS = new Set(['conference', 'briefing', 'summit', 'rally', 'forum', 'ceremony', 'reception', 'gathering', 'meeting', 'convention', 'congress', 'symposium']);

function addAppearance(sc: SentenceContext, k: number): void {
  const { tokens } = sc;
  // "said at a press conference", "told reporters at a news briefing": "at", then a short noun phrase.
  let q = k + 1;
  if (lower(tokens[q]) !== 'at' && tokens[q]?.pos === 'NOUN' && lower(tokens[q + 1]) === 'at') q++;
  if (lower(tokens[q]) !== 'at') return;
  let noun = q + 1;
  while (noun < tokens.length && noun <= q + 4 && !EVENT_NOUNS.has(lower(tokens[noun])) && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[noun].pos)) noun++;
  if (!EVENT_NOUNS.has(lower(tokens[noun])) || lower(tokens[noun + 1]) !== 'in') return;
  const place = sc.ms.find((m) => (m.tokenStart === noun + 2 || (m.tokenStart === noun + 3 && lower(tokens[noun + 2]) === 'the')) && (m.kind === 'Place' || m.kind === 'Country') && m.meta?.demonym !== 'yes');
  if (!place) return;
  const subject = subjectGroup(sc, k, resolvePronoun).filter((m) => m.kind === 'Person');
  if (!subject.length || negatedBetween(tokens, subject[0].tokenStart, k)) return;
  for (const p of subject) add(sc, p, 'visited', place, 'spoke-at-event-in-place', 0.6);
}

function addVisit(sc: SentenceContext, k: number, w: string): void {
  const { tokens, ms } = sc;
  let subject: Mention[] = [];
  if (VISIT_WORDS.has(w)) {
    // "her visit to Japan", "Ardern's trip to Asia", "Brown visited Kenya"
    const poss = possessiveBefore(tokens, k);
    if (poss !== undefined) {
      // "Since returning from his holiday in Portugal, Berg has …": a fronted phrase's "his" is the subject after it.
      subject = frontedSubject(sc, k) ?? trailingSubject(sc, k) ?? resolvePronoun(sc, poss);
    }
    else subject = subjectGroup(sc, k, resolvePronoun).filter((m) => m.kind === 'Person');
    if (lower(tokens[k + 1]) === 'home') return;
  } else {
    // "Jacinda Ardern is in Japan for three days"
    const subj = mentionEndingAt(sc, k);
    if (subj?.kind === 'Person') subject = [subj];
  }
  // "President X of Y has said during a visit to Britain": a visit in a phrase of time belongs to
  // the subject of the clause, the first person it names.
  if (!subject.length && VISIT_NOUNS.has(w) && inTimePhrase(tokens, k)) {
    const first = sc.persons.find((m) => m.tokenEnd <= k && !tokens.slice(m.tokenEnd, k).some((t) => t.text === ';'));
    if (first) subject = [first];
  }
  let place = placeAfter(sc, k);
  // "Brown has visited Kenya's biggest shantytown": the verb's direct object.
  if (!place && VISIT_VERBS.has(w) && tokens[k].pos === 'VERB') {
    const q = lower(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
    const m = ms.find((x) => x.tokenStart === q && (x.kind === 'Place' || x.kind === 'Country'));
    if (m) place = m;
  }
  // "over a visit to Taiwan by Nancy Pelosi": the visitor in a "by" phrase right after the place.
  const visitor = place && VISIT_NOUNS.has(w) ? visitorAfter(sc, place.tokenEnd) : undefined;
  if (visitor) subject = [visitor];
  if (!place || negatedBetween(tokens, subject[0]?.tokenStart ?? k, k) || wishedFor(tokens, k)) return;
  for (const where of [place, ...coordinatedPlaces(sc, place)]) for (const p of subject) add(sc, p, 'visited', where, 'visit', 0.8);
}

/** The person of a "by" phrase at token e ("by House Speaker Ana Ruiz", "by Kora's Ana Ruiz"), if any. */
function visitorAfter(sc: SentenceContext, e: number): Mention | undefined {
  if (lower(sc.tokens[e]) !== 'by') return undefined;
  const p = sc.persons.find((m) => m.tokenStart > e && m.tokenStart <= e + 6);
  return p && !sc.tokens.slice(e + 1, p.tokenStart).some((t) => /^[,.;:]$/.test(t.text)) ? p : undefined;
}

// Words that make a visit a wish or a possibility, not a trip made or arranged ("hopes to visit
// Russia", "might visit", "was invited to visit"); "is to visit" and "will visit" are trips arranged.
const WISHES = new Set(['hopes', 'hoped', 'hope', 'hoping', 'wants', 'wanted', 'want', 'wish', 'wishes', 'wished', 'like', 'love', 'might', 'may', 'could', 'would', 'invited', 'refused', 'declined', 'dreams', 'dreamed']);

/** Whether a wish or possibility stands among the few words before the visit word at k. */
function wishedFor(tokens: Token[], k: number): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 4); q--) {
    if (/^[,.;:]$/.test(tokens[q].text)) return false;
    if (WISHES.has(tokens[q].lower)) return true;
  }
  return false;
}

/** In a phrase fronted before the subject (no one named before it, a comma after), the person right after the comma. */
function frontedSubject(sc: SentenceContext, k: number): Mention[] | undefined {
  const { tokens } = sc;
  if (sc.persons.some((p) => p.tokenStart < k)) return undefined;
  const comma = tokens.findIndex((t, q) => q > k && t.text === ',');
  if (comma < 0 || comma - k > 8) return undefined;
  const next = sc.persons.find((p) => p.tokenStart > comma && p.tokenStart <= comma + 3);
  return next ? [next] : undefined;
}

/**
 * "X met Y at Z, on his first official visit to London": a phrase of time set off by a comma after
 * the clause belongs to the clause's subject, the person named before its first verb, not to the
 * object named last; with no such person, to no one (an empty list, not the nearest name).
 */
function trailingSubject(sc: SentenceContext, k: number): Mention[] | undefined {
  const { tokens } = sc;
  let q = k - 1;
  while (q >= 0 && q >= k - 5 && (DET_POSS.has(lower(tokens[q])) || POSSESSIVE_PRONOUNS.has(lower(tokens[q])) || /^(ADJ|NUM|NOUN)$/.test(tokens[q].pos))) q--;
  if (!TIME_PHRASE.has(lower(tokens[q])) || tokens[q - 1]?.text !== ',') return undefined;
  const verb = tokens.findIndex((t, i) => i < q && t.pos === 'VERB');
  if (verb < 0) return undefined;
  return sc.persons.filter((p) => p.tokenEnd <= verb).slice(-1);
}

/** The possessive pronoun before the journey noun at k, past its adjectives ("his first official visit"). */
function possessiveBefore(tokens: Token[], k: number): number | undefined {
  for (let q = k - 1; q >= Math.max(0, k - 4); q--) {
    if (POSSESSIVE_PRONOUNS.has(lower(tokens[q]))) return q;
    if (!(tokens[q].pos === 'ADJ' || tokens[q].pos === 'NUM' || tokens[q].pos === 'NOUN')) return undefined;
  }
  return undefined;
}

/** Whether the journey noun at k heads a phrase of time: "during a visit", "on his first official trip". */
function inTimePhrase(tokens: Token[], k: number): boolean {
  let q = k - 1;
  while (q >= 0 && q >= k - 4 && (DET_POSS.has(lower(tokens[q])) || tokens[q].pos === 'ADJ' || tokens[q].pos === 'NUM')) q--;
  return TIME_PHRASE.has(lower(tokens[q]));
}

/** "to visit Chile and Peru", "toured Kenya, Uganda and Ghana": the places coordinated with the first. */
function coordinatedPlaces(sc: SentenceContext, first: Mention): Mention[] {
  const { tokens, ms } = sc;
  const out: Mention[] = [];
  let q = first.tokenEnd;
  while (/^(and|,)$/.test(lower(tokens[q]))) {
    const m = ms.find((x) => x.tokenStart === q + 1 && (x.kind === 'Place' || x.kind === 'Country') && x.meta?.demonym !== 'yes');
    if (!m) break;
    out.push(m);
    q = m.tokenEnd;
  }
  return out;
}
