// affiliatedWith from a role stated with a copula or an appointment: "Lavrov is Russia's foreign
// minister", "Ruiz was chairman of Zenco Group", "Vera became the Chilean ambassador", "Ruiz was
// appointed chief executive of Zenco in 2019", "Vera was named as Peru's envoy". The appositions
// ("Ruiz, Zenco's chairman,") are read in affiliated-with.ts; this is the same role in a clause.

import type { Mention, Token } from '../../types';
import { ROLE_NOUNS } from '../model/titles';
import { isPossessive, lower } from '../tokens-util';
import { add, mentionEndingAt, mentionStartingAt, type SentenceContext } from './context';

const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained', 'served']);
const PERFECT = new Set(['has', 'had', 'have']);
const APPOINTED = new Set(['appointed', 'named', 'elected', 'made', 'installed', 'promoted', 'chosen', 'nominated', 'confirmed', 're-elected', 'reappointed', 'sworn', 'inaugurated']);
// Adverbs between the verb and the role: "is now", "was also", "has long been".
const ADVERBS = new Set(['now', 'also', 'still', 'currently', 'already', 'then', 'long', 'formerly', 'once']);
const ARTICLES = new Set(['the', 'a', 'an']);
const LINKS = new Set(['of', 'at', 'for']);
const BODY_KINDS = new Set(['Organization', 'Country']);

/** The start of the role after the person's verb ("is", "has been", "was appointed as"), or -1. */
function roleStart(tokens: Token[], k: number): number {
  let q = k;
  if (PERFECT.has(lower(tokens[q])) && lower(tokens[q + 1]) === 'been') q += 2;
  else if (COPULAS.has(lower(tokens[q]))) q++;
  else return -1;
  while (ADVERBS.has(lower(tokens[q]))) q++;
  // "was appointed (as) …", "has been named …"
  if (APPOINTED.has(lower(tokens[q]))) {
    q++;
    // ("was sworn in as Peru's president")
    if (lower(tokens[q - 1]) === 'sworn' && lower(tokens[q]) === 'in') q++;
    if (lower(tokens[q]) === 'as' || lower(tokens[q]) === 'to') q++;
  } else if (COPULAS.has(lower(tokens[k])) && lower(tokens[k]) === 'served' && lower(tokens[q]) === 'as') q++;
  if (ARTICLES.has(lower(tokens[q]))) q++;
  return q;
}

/** Role words from q: lower-case words or capitalised role nouns, one of them a role noun; returns their end, or -1. */
function roleWordsEnd(sc: SentenceContext, q: number): number {
  const { tokens } = sc;
  let j = q;
  let sawRole = false;
  while (j < tokens.length && j < q + 5 && /^[\p{L}-]+$/u.test(tokens[j].text) && !LINKS.has(tokens[j].lower) && !mentionStartingAt(sc, j)) {
    const w = tokens[j].lower;
    // ("Peru's president on Sunday": a preposition ends the role.)
    if (sawRole && tokens[j].pos === 'ADP') break;
    if (/^\p{Lu}/u.test(tokens[j].text) && !ROLE_NOUNS.has(w) && !ROLE_NOUNS.has(w.split('-')[0])) return -1;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') return -1;
    if (ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.split('-')[0])) sawRole = true;
    j++;
  }
  return sawRole ? j : -1;
}

const words = (tokens: Token[], a: number, b: number) =>
  tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');

/** "X is Y's role", "X is the Ruritanian role", "X is role of Y", "X was appointed role at Y". */
export function findCopulaRoles(sc: SentenceContext): void {
  for (const p of sc.persons) {
    copulaRole(sc, p);
    appointedBy(sc, p);
  }
}

// Verbs by which a body gives someone a role: "Zenco appointed Ana Ruiz as its chief executive".
const APPOINTING = new Set(['appointed', 'appoints', 'named', 'names', 'hired', 'hires', 'chose', 'picked', 'elected', 'elects', 'installed', 'promoted']);

/**
 * "Zenco appointed Ana Ruiz as its new chief executive", "Peru named Luis Vera its envoy" (rule
 * appointed-by): a body or country that appoints the person to a role of its own.
 */
function appointedBy(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let v = p.tokenStart - 1;
  if (!APPOINTING.has(lower(tokens[v]))) return;
  // ("has appointed", "on Monday appointed": the body is the verb's subject, right before it.)
  let b = v - 1;
  if (/^(has|have|had)$/.test(lower(tokens[b]))) b--;
  const body = sc.ms.find((m) => m.tokenEnd === b + 1 && BODY_KINDS.has(m.kind) && m.meta?.demonym !== 'yes');
  if (!body) return;
  let q = p.tokenEnd;
  if (lower(tokens[q]) === 'as' || lower(tokens[q]) === 'to') q++;
  if (!/^(its|their|the)$/.test(lower(tokens[q]))) return;
  const end = roleWordsEnd(sc, q + 1);
  // ("appointed Ana Ruiz as the head of Acme": the role is another body's.)
  if (end > 0 && !(lower(tokens[q]) === 'the' && LINKS.has(lower(tokens[end])))) add(sc, p, 'affiliatedWith', body, 'appointed-by', 0.75, words(tokens, q + 1, end));
}

function copulaRole(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  // ("Jed Orr, who was sworn in as Peru's president on Sunday,": the same clause, relative.)
  const relative = tokens[p.tokenEnd]?.text === ',' && lower(tokens[p.tokenEnd + 1]) === 'who';
  const q = roleStart(tokens, relative ? p.tokenEnd + 2 : p.tokenEnd);
  if (q < 0) return;
  // "Kora Health Service, of which Ana Ruiz is president,": the body the relative clause takes up.
  if (lower(tokens[p.tokenStart - 1]) === 'which' && lower(tokens[p.tokenStart - 2]) === 'of' && tokens[p.tokenStart - 3]?.text === ',') {
    const body = mentionEndingAt(sc, p.tokenStart - 3);
    const end = roleWordsEnd(sc, q);
    if (body && BODY_KINDS.has(body.kind) && end > 0 && !LINKS.has(lower(tokens[end]))) add(sc, p, 'affiliatedWith', body, 'of-which-role', 0.75, words(tokens, q, end));
    return;
  }
  const first = mentionStartingAt(sc, q);
  // "is Russia's foreign minister", "became Zenco's chief executive"
  if (first && BODY_KINDS.has(first.kind) && isPossessive(tokens[first.tokenEnd])) {
    const end = roleWordsEnd(sc, first.tokenEnd + 1);
    if (end > 0) add(sc, p, 'affiliatedWith', first, 'copula-role', 0.8, words(tokens, first.tokenEnd + 1, end));
    return;
  }
  // "is the Chilean ambassador", "was the Zenco chairman"
  if (first && BODY_KINDS.has(first.kind) && (first.kind === 'Organization' || first.meta?.demonym === 'yes')) {
    const end = roleWordsEnd(sc, first.tokenEnd);
    if (end > 0 && !LINKS.has(lower(tokens[end]))) add(sc, p, 'affiliatedWith', first, 'copula-role', 0.8, words(tokens, first.tokenEnd, end));
    return;
  }
  if (first) return;
  // "is the foreign minister of Russia", "was appointed chief executive of Zenco", "is a professor at Lima University"
  const end = roleWordsEnd(sc, q);
  if (end < 0 || !LINKS.has(lower(tokens[end]))) return;
  let b = lower(tokens[end + 1]) === 'the' ? end + 2 : end + 1;
  // ("president of the 1961 Alden Fair Committee", "of the 29th Alden Council": a year or an ordinal first.)
  if (/^(\d{4}|\d+(st|nd|rd|th|d))$/.test(tokens[b]?.text ?? '')) b++;
  const body = mentionStartingAt(sc, b);
  if (body && BODY_KINDS.has(body.kind) && body.meta?.demonym !== 'yes') add(sc, p, 'affiliatedWith', body, 'copula-role', 0.8, words(tokens, q, end));
}
