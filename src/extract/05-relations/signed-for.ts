// affiliatedWith from the verbs of moving to a club or a firm: "Ana Ruiz, who signed for Alden Rovers",
// "Ana Ruiz joined Acme in 2019", "Ana Ruiz plays for Alden City".

import type { Mention } from '../../types';
import { ROLE_NOUNS } from '../model/titles';
import { isPossessive, lower } from '../tokens-util';
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
  // (Or lower-case words of a role: "led by the special envoy Ana Ruiz".)
  while (k > 0 && k > start - 5 && lower(tokens[k]) !== 'by' && (/^\p{Lu}/u.test(tokens[k].text) || /^[a-z]+$/.test(tokens[k].text))) k--;
  if (lower(tokens[k]) !== 'by' || !LED_BY.has(lower(tokens[k - 1]))) return;
  if (tokens.slice(k + 1, start).some((t) => /^[a-z]+$/.test(t.text) && !/^(the|a|an)$/.test(t.text) && !ROLE_NOUNS.has(t.text) && !ROLE_ADJECTIVES.has(t.text))) return;
  let end = tokens[k - 2]?.text === ',' ? k - 2 : k - 1;
  // ("The Kora delegation was led by …": a country's or body's delegation, team or mission.)
  // (`end` is where the body's mention ends: the token after it.)
  if (/^(was|is|were|are|be)$/.test(lower(tokens[end - 1]))) end--;
  if (DELEGATION_NOUNS.has(lower(tokens[end - 1]))) {
    const owner = mentionEndingAt(sc, end - 1) ?? (isPossessive(tokens[end - 2]) ? mentionEndingAt(sc, end - 2) : undefined);
    if (owner?.kind === 'Country' || owner?.kind === 'Organization') add(sc, p, 'affiliatedWith', owner, 'delegation-led-by', 0.75, 'head of delegation');
    return;
  }
  const body = mentionEndingAt(sc, end);
  if (body?.kind === 'Organization') add(sc, p, 'affiliatedWith', body, 'led-by-person', 0.75, lower(tokens[k - 1]) === 'founded' ? 'founder' : 'leader');
}

// Groups a country or body sends: "the Kora delegation, led by …".
const DELEGATION_NOUNS = new Set(['delegation', 'team', 'mission']);
// Words of rank before a role noun: "the special envoy", "its chief negotiator".
const ROLE_ADJECTIVES = new Set(['special', 'chief', 'senior', 'deputy', 'top', 'lead', 'former']);
