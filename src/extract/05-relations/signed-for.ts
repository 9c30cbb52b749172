// affiliatedWith from the verbs of moving to a club or a firm: "Ana Ruiz, who signed for Alden Rovers",
// "Ana Ruiz joined Acme in 2019", "Ana Ruiz plays for Alden City".

import type { Mention } from '../../types';
import { lower } from '../tokens-util';
import { add, mentionEndingAt, mentionStartingAt, type SentenceContext } from './context';

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

// Participles of leading a body: "the Alden Front, led by Ana Ruiz,".
const LED_BY = new Set(['led', 'headed', 'chaired', 'founded', 'commanded', 'run']);

/** "the Alden Front, led by General Ana Ruiz,": the body right before the participle (rule led-by-person). */
export function affiliationByLedBy(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  const start = typeof p.meta?.titleStart === 'string' ? Number(p.meta.titleStart) : p.tokenStart;
  // (The title may stand between "by" and the name: "led by General Ana Ruiz".)
  let k = start - 1;
  while (k > 0 && k > start - 4 && lower(tokens[k]) !== 'by' && /^\p{Lu}/u.test(tokens[k].text)) k--;
  if (lower(tokens[k]) !== 'by' || !LED_BY.has(lower(tokens[k - 1]))) return;
  const end = tokens[k - 2]?.text === ',' ? k - 2 : k - 1;
  const body = mentionEndingAt(sc, end);
  if (body?.kind === 'Organization') add(sc, p, 'affiliatedWith', body, 'led-by-person', 0.75, lower(tokens[k - 1]) === 'founded' ? 'founder' : 'leader');
}
