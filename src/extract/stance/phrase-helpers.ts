// Token helpers the stance rows call to measure a clause: where an object phrase ends, where a
// reported clause begins, whether a verb group says harm will come, whether a word is quoted, who
// reports a sentence. Pure functions over tokens and mentions; separate so each row file imports
// only these, never the engine.

import type { Mention, Token } from '../../types';
import { coveringMention, objectEnd } from '../03-phrases';
import { SPEECH_VERBS } from '../model/lexicon';
import { BAD_OUTCOMES, CONSEQUENCE_VERBS, HARDSHIP_ADJECTIVES, HARM_VERBS, INCREASE_VERBS, RISK_NOUNS } from '../model/lexicons/stance';
import { lower } from '../tokens-util';
import type { StanceHit } from './types';
import { ACTOR_KINDS, LIGHT_HEADS, NEGATORS, QUOTES, SPLIT_PUNCT, TELLING_VERBS, TIME_WORDS } from './word-sets';

/** Skips a time phrase at k ("on Tuesday", "last week", "yesterday") and the preposition after it. */
export function skipTime(tokens: Token[], k: number): number {
  let q = k;
  if (/^(on|last|this|next|early|late)$/.test(lower(tokens[q])) && TIME_WORDS.test(lower(tokens[q + 1]))) q += 2;
  else if (/^(yesterday|today|tonight)$/.test(lower(tokens[q])) || (TIME_WORDS.test(lower(tokens[q])) && tokens[q].pos === 'PROPN')) q++;
  else return k;
  return q;
}

/** Skips adverbs and quotation marks from k on. */
export function skipFillers(tokens: Token[], k: number): number {
  while (k < tokens.length && (tokens[k].pos === 'ADV' || QUOTES.test(tokens[k].text)) && !NEGATORS.has(tokens[k].lower)) k++;
  return k;
}

/** The end of the object phrase from j; "a bid to reduce the rebate" runs on through the light noun's verb. */
// The last phrase measured: several rows of one verb of speech measure the same clause after it.
let lastPhrase: { tokens: Token[]; ms: Mention[]; j: number; e: number } | undefined;

export function phraseEnd(tokens: Token[], ms: Mention[], j: number): number {
  if (lastPhrase && lastPhrase.tokens === tokens && lastPhrase.ms === ms && lastPhrase.j === j) return lastPhrase.e;
  const e = measurePhrase(tokens, ms, j);
  lastPhrase = { tokens, ms, j, e };
  return e;
}

export function measurePhrase(tokens: Token[], ms: Mention[], j: number): number {
  let e = objectEnd(tokens, j, ms);
  // "the proposed whaling fund": a participle before a noun belongs to the phrase.
  while (e < tokens.length && e > j && tokens[e].pos === 'VERB' && /(ed|ing)$/.test(tokens[e].lower) && /^(DET|ADJ|VERB|PART|NUM|SYM|NOUN)$/.test(tokens[e - 1].pos) && /^(NOUN|VERB|ADJ)$/.test(tokens[e + 1]?.pos ?? '')) {
    e = objectEnd(tokens, e + 1, ms);
  }
  // "Chinese steel dumping", "vote rigging": a gerund the tagger reads as a verb ends the noun phrase
  // when no object follows it.
  if (e > j && tokens[e]?.pos === 'VERB' && /ing$/.test(tokens[e].lower) && tokens[e - 1].pos === 'NOUN' && !/^(DET|NOUN|PROPN|PRON|NUM|ADJ|ADV|PART)$/.test(tokens[e + 1]?.pos ?? 'PUNCT')) e++;
  // "any bid to reduce the rebate", "attempts to ease the embargo": the action is the point.
  for (let guard = 0; guard < 2; guard++) {
    const last = e - 1 >= j && lower(tokens[e - 1]) === 'to' ? e - 2 : e - 1;
    if (!LIGHT_HEADS.has(lower(tokens[last]))) break;
    const to = last + 1;
    if (lower(tokens[to]) !== 'to' || tokens[to + 1]?.pos !== 'VERB') break;
    e = objectEnd(tokens, to + 2, ms);
  }
  // "veto any deal that increases the budget": after "any", the restrictive clause says what is meant.
  if (lower(tokens[j]) === 'any' && /^(that|which)$/.test(lower(tokens[e]))) {
    let v = e + 1;
    if (tokens[v]?.pos === 'AUX' && tokens[v + 1]?.pos === 'VERB') v++;
    // ("that increases the budget": wink may tag a verb in -s a noun; an article after it shows the verb.)
    const verb = tokens[v]?.pos === 'VERB' || (tokens[v]?.pos === 'NOUN' && /s$/.test(tokens[v].lower) && tokens[v + 1]?.pos === 'DET');
    if (verb) e = objectEnd(tokens, v + 1, ms);
  }
  return e;
}

/** "posed a serious threat", "poses a risk": a threat posed. */
export function harmfulPose(tokens: Token[], v: number): boolean {
  let q = v + 1;
  if (/^(a|an|no)$/.test(lower(tokens[q]))) {
    if (lower(tokens[q]) === 'no') return false;
    q++;
  }
  while (q < tokens.length && tokens[q].pos === 'ADJ') q++;
  return RISK_NOUNS.has(lower(tokens[q]));
}

/** Whether the verb group at v says harm will come: "undermine …", "make … more difficult", "increase the risks", "mean a steep hike". */
export function harmful(tokens: Token[], v: number): boolean {
  const w = lower(tokens[v]);
  if (HARM_VERBS.has(w)) return true;
  const within = (n: number, words: ReadonlySet<string>): boolean => {
    for (let q = v + 1; q < Math.min(tokens.length, v + n); q++) {
      if (SPLIT_PUNCT.test(tokens[q].text)) return false;
      if (words.has(tokens[q].lower)) return true;
    }
    return false;
  };
  if (/^(make|makes|become|becomes|prove|proves)$/.test(w)) return within(6, HARDSHIP_ADJECTIVES);
  if (INCREASE_VERBS.has(w)) return within(5, RISK_NOUNS);
  if (CONSEQUENCE_VERBS.has(w)) {
    for (let q = v + 1; q < Math.min(tokens.length, v + 24); q++) {
      const t = tokens[q];
      if (SPLIT_PUNCT.test(t.text) || /^(but|because|although|though|while|whereas)$/.test(t.lower)) return false;
      if (HARM_VERBS.has(t.lower) || (BAD_OUTCOMES.has(t.lower) && t.pos === 'NOUN')) return true;
    }
  }
  return false;
}

/** Whether the tokens hold a double quotation mark (a cheap scan: it runs on every sentence). */
export function quoteMarks(tokens: Token[]): boolean {
  for (const t of tokens) if (t.text.length === 1 && (t.text === '"' || t.text === '“' || t.text === '”')) return true;
  return false;
}

/** Whether a quotation is open after the tokens, given whether one was open before them. */
export function quoteStateAfter(tokens: Token[], open: boolean): boolean {
  for (let q = 0; q < tokens.length; q++) {
    const t = tokens[q];
    // A new paragraph of a running quotation opens with a quotation mark that closes nothing.
    if (q === 0 && open && t.text === '"') continue;
    if (t.text === '“') open = true;
    else if (t.text === '”') open = false;
    else if (t.text === '"') open = !open;
  }
  return open;
}

/** Whether token k stands inside a quotation, one possibly opened in an earlier sentence. */
export function quotedAt(tokens: Token[], k: number, openAtStart: boolean): boolean {
  return quoteStateAfter(tokens.slice(0, k), openAtStart);
}

/**
 * Where the reported clause after a verb of speech at k begins: past a time phrase ("said on Monday
 * that"), the one told ("told reporters the levy …", "told MPs that …") and "that".
 */
export function reportedStart(tokens: Token[], ms: Mention[], k: number): number {
  let j = skipTime(tokens, k + 1);
  if (TELLING_VERBS.has(tokens[k].lower)) {
    const told = coveringMention(ms, j);
    if (told && told.tokenStart === j && ACTOR_KINDS.has(told.kind)) j = told.tokenEnd;
    else if (tokens[j]?.pos === 'NOUN' && /s$/.test(tokens[j].lower) && /^(DET|PROPN|SCONJ)$/.test(tokens[j + 1]?.pos ?? '')) j++;
  }
  if (lower(tokens[j]) === 'that') j++;
  return j;
}

/** Whether the verb at k is used as a verb (wink tags a few of these as nouns or adjectives). */
export function isVerb(t: Token): boolean {
  return t.pos === 'VERB';
}

/** Where the noun phrase that ends before e begins ("racial discrimination in employment"), or e when none. */
export function phraseBefore(tokens: Token[], ms: Mention[], e: number): number {
  let a = e;
  while (a > 0) {
    const t = tokens[a - 1];
    const m = coveringMention(ms, a - 1);
    if (m && m.kind !== 'Person' && m.kind !== 'Concern' && m.kind !== 'Agreement') a = m.tokenStart;
    else if (/^(NOUN|ADJ|PROPN|NUM|DET)$/.test(t.pos) || /^['’]s?$/.test(t.text)) a--;
    // ("discrimination in employment": a preposition between two nouns.)
    // ("cost of power and machinery": a coordination between two nouns.)
    else if (/^(of|in|on|over|against|among|within|and|or)$/.test(t.lower) && a < e && /^(NOUN|PROPN)$/.test(tokens[a - 2]?.pos ?? '')) a--;
    else break;
  }
  return a;
}

/** The person or body a sentence reports, when a verb of speech sets it off by commas ("X, Y said." or ", Y reported, X"). */
export function reporterOf(tokens: Token[], ms: Mention[]): Mention | undefined {
  for (const m of ms) {
    if (!ACTOR_KINDS.has(m.kind) || m.meta?.candidate === 'yes') continue;
    const after = tokens[m.tokenEnd];
    if (after && SPEECH_VERBS.has(after.lower) && tokens[m.tokenStart - 1]?.text === ',' && /^[,.]$/.test(tokens[m.tokenEnd + 1]?.text ?? '.')) return m;
    const before = tokens[m.tokenStart - 1];
    if (before && SPEECH_VERBS.has(before.lower) && tokens[m.tokenStart - 2]?.text === ',' && /^[,.]$/.test(tokens[m.tokenEnd]?.text ?? '.')) return m;
  }
  return undefined;
}

/** "a threat to Egypt", "the main problem facing Chile": who is threatened is involved in the concern. */
export function threatened(tokens: Token[], ms: Mention[], q: number): Partial<StanceHit> {
  if (!/^(to|for|facing)$/.test(lower(tokens[q]))) return {};
  const at = lower(tokens[q + 1]) === 'the' ? q + 2 : q + 1;
  const m = ms.find((x) => x.tokenStart === at && (x.kind === 'Country' || x.kind === 'Place' || x.kind === 'Organization') && x.meta?.candidate !== 'yes');
  return m ? { involved: [m.id] } : {};
}

/** The head noun of [a, e): the last noun before its first preposition. */
export function headNoun(tokens: Token[], a: number, e: number): string | undefined {
  let head: string | undefined;
  for (let q = a; q < e; q++) {
    if (tokens[q].pos === 'ADP') break;
    if (tokens[q].pos === 'NOUN') head = tokens[q].lower;
  }
  return head;
}
