// affiliatedWith from the verbs of moving to a club or a firm: "Ana Ruiz, who signed for Alden Rovers",
// "Ana Ruiz joined Acme in 2019", "Ana Ruiz plays for Alden City".

import type { Mention } from '../../types';
import { lower } from '../tokens-util';
import { add, mentionStartingAt, type SentenceContext } from './context';

// Verbs that put a person into a body, with the preposition each takes ('' for none).
const JOIN_VERBS: Record<string, string> = { signed: 'for', signs: 'for', plays: 'for', played: 'for', playing: 'for', joined: '', joins: '', rejoined: '' };

/** "Ana Ruiz(, who) signed for Alden Rovers": the body right after the verb (and its preposition). */
export function affiliationByJoining(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let k = p.tokenEnd;
  if (tokens[k]?.text === ',' && lower(tokens[k + 1]) === 'who') k += 2;
  const prep = JOIN_VERBS[lower(tokens[k])];
  if (prep === undefined) return;
  k++;
  if (prep) {
    if (lower(tokens[k]) !== prep) return;
    k++;
  }
  if (lower(tokens[k]) === 'the') k++;
  const body = mentionStartingAt(sc, k);
  // ("joined the Senate race": the body must not modify a noun after it.)
  const after = tokens[body?.tokenEnd ?? 0];
  if (body?.kind === 'Organization' && !(after && /^[a-z]/.test(after.text) && after.pos === 'NOUN')) add(sc, p, 'affiliatedWith', body, 'joined-body', 0.7);
}
