// visited: a person's visit, trip or stay somewhere ("her visit to Japan", "Brown visited Kenya",
// "Jacinda Ardern is in Japan for three days").

import type { Mention } from '../../types';
import { VISIT_WORDS } from '../model/lexicon';
import { lower } from '../tokens-util';
import { negatedBetween, placeAfter, subjectGroup } from './clause';
import { add, mentionEndingAt, resolvePronoun, type SentenceContext } from './context';

const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their']);
const BEING_IN = new Set(['is', 'was', 'are', 'were', 'arrives', 'arrived']);
const VISIT_VERBS = new Set(['visited', 'visits', 'visiting', 'visit', 'toured', 'tours', 'touring']);

/** Visits at each visit word of the sentence, in token order; a visit needs a place or country named. */
export function findVisits(sc: SentenceContext): void {
  if (!sc.ms.some((m) => m.kind === 'Place' || m.kind === 'Country')) return; // nowhere to have been
  const { tokens } = sc;
  for (let k = 0; k < tokens.length; k++) {
    const w = lower(tokens[k]);
    if (VISIT_WORDS.has(w) || (BEING_IN.has(w) && lower(tokens[k + 1]) === 'in')) addVisit(sc, k, w);
  }
}

function addVisit(sc: SentenceContext, k: number, w: string): void {
  const { tokens, ms } = sc;
  let subject: Mention[] = [];
  if (VISIT_WORDS.has(w)) {
    // "her visit to Japan", "Ardern's trip to Asia", "Brown visited Kenya"
    if (POSSESSIVE_PRONOUNS.has(lower(tokens[k - 1])) || POSSESSIVE_PRONOUNS.has(lower(tokens[k - 2]))) subject = resolvePronoun(sc, POSSESSIVE_PRONOUNS.has(lower(tokens[k - 1])) ? k - 1 : k - 2);
    else subject = subjectGroup(sc, k, resolvePronoun).filter((m) => m.kind === 'Person');
    if (lower(tokens[k + 1]) === 'home') return;
  } else {
    // "Jacinda Ardern is in Japan for three days"
    const subj = mentionEndingAt(sc, k);
    if (subj?.kind === 'Person') subject = [subj];
  }
  let place = placeAfter(sc, k);
  // "Brown has visited Kenya's biggest shantytown": the verb's direct object.
  if (!place && VISIT_VERBS.has(w) && tokens[k].pos === 'VERB') {
    const q = lower(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
    const m = ms.find((x) => x.tokenStart === q && (x.kind === 'Place' || x.kind === 'Country'));
    if (m) place = m;
  }
  if (!place || negatedBetween(tokens, subject[0]?.tokenStart ?? k, k)) return;
  for (const p of subject) add(sc, p, 'visited', place, 'visit', 0.8);
}
