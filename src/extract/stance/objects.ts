// What a stance hit's object phrase may name: the measure "the bill" points back to, "both … and"
// joined into one, trailing time and venue phrases cut, and whether what is left can name a concern
// at all. Read by the engine (addStance) only; separate to keep the engine to the pass itself.

import type { Mention, Token } from '../../types';
import { coveringMention } from '../03-phrases';
import { MEASURE_FAMILIES } from '../model/lexicon';
import { GENERIC_OBJECTS } from '../model/lexicons/stance';
import { lower } from '../tokens-util';
import type { Ctx } from './types';
import { IDIOM_HEADS, PRONOUNS, TIME_HEADS } from './word-sets';

/**
 * The measure "the bill" takes up, within the fifteen sentences before: the last one of that very
 * head ("the sales tax bill" … "the bill"), else the first the story named that may go by that word
 * (a story's measure comes first; a law it mentions on the way, "the escheat law", does not take over).
 * When the last concern of that head is no named measure ("Peru's £2bn levy from the Bank"), none: the
 * resolve pass joins a bare "the levy" to it.
 */
export function measureAntecedent(ctx: Ctx, sentence: number, k: number, word: string, words?: string): Mention | undefined {
  const families = MEASURE_FAMILIES.filter((f) => f.has(word));
  if (!families.length) return undefined;
  let same: Mention | undefined;
  let first: Mention | undefined;
  let lastOfHead: Mention | undefined;
  const later = (m: Mention, x: Mention | undefined): boolean => !x || m.sentence > x.sentence || (m.sentence === x.sentence && m.tokenStart > x.tokenStart);
  for (const m of ctx.mentions) {
    if ((m.kind !== 'Concern' && m.kind !== 'Agreement') || m.sentence > sentence || m.sentence < sentence - 15 || (m.sentence === sentence && m.tokenEnd > k)) continue;
    const head = m.meta?.measure;
    if (typeof head !== 'string') {
      if (m.name.toLowerCase().split(/\s+(?:of|in|on|from|for|to|by|with|against|over)\s+/)[0].split(' ').includes(word) && later(m, lastOfHead)) lastOfHead = m;
      continue;
    }
    // ("the tax bill" takes up "the sales tax bill" only: words before the head must be the antecedent's.)
    if (words && !m.name.toLowerCase().endsWith(` ${words}`)) continue;
    if (later(m, lastOfHead)) lastOfHead = m;
    if (head === word && later(m, same)) same = m;
    if (families.some((f) => f.has(head)) && (!first || !later(m, first))) first = m;
  }
  if (lastOfHead && typeof lastOfHead.meta?.measure !== 'string') return undefined;
  return same ?? first;
}

/** "openness from both the poorest and richest nations": "both … and" joins, it does not list. */
export function joinBoth(tokens: Token[], parts: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const p of parts) {
    const prev = out.at(-1);
    if (prev && tokens.slice(prev.start, prev.end).some((t) => t.lower === 'both') && lower(tokens[p.start - 1]) === 'and') prev.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

// Forums in which a measure is fought: "challenge the deal in the European courts".
const FORUM_HEADS = /^(courts?|tribunals?|parliament|commons|chamber|assembly)$/;

/** Where a trailing time or venue phrase ("at a meeting on Tuesday", "in 2004", "in the courts") begins, or e. */
export function trailingAdjunct(tokens: Token[], a: number, e: number): number {
  for (let q = a + 1; q < e; q++) {
    if (!/^(at|on|in|during|last|this|these|next|earlier|later)$/.test(tokens[q].lower)) continue;
    // (The forum ends the phrase: "in the European courts".)
    if (tokens[q].lower === 'in' && FORUM_HEADS.test(tokens[e - 1].lower) && tokens.slice(q + 1, e - 1).every((t) => /^(DET|ADJ|PROPN)$/.test(t.pos))) return q;
    let h = q + 1;
    while (h < e && /^(DET|ADJ|NUM)$/.test(tokens[h].pos) && !TIME_HEADS.test(tokens[h].lower)) h++;
    if (h < e && TIME_HEADS.test(tokens[h].lower)) return q;
    if (/^(last|this|these|next)$/.test(tokens[q].lower) && TIME_HEADS.test(lower(tokens[q + 1]))) return q;
  }
  return e;
}

/**
 * Whether [a, e) can name a concern: it has a common noun or an action outside the names in it (a
 * person or a country alone is no concern), is not a pronoun, a time phrase or a bare generic word.
 */
export function usefulObject(tokens: Token[], ms: Mention[], a: number, e: number): boolean {
  // "what they objected to is the attempt …": a verb of its own starts no object.
  if (tokens[a].pos === 'AUX') return false;
  // "resist the temptation to …", "seize the chance": idioms, whose object is no concern.
  if (IDIOM_HEADS.has(tokens[a].lower)) return false;
  if (e - a === 1 && (GENERIC_OBJECTS.has(tokens[a].lower) || PRONOUNS.has(tokens[a].lower))) return false;
  if (PRONOUNS.has(tokens[a].lower) && e - a <= 2) return false;
  let content = false;
  for (let q = a; q < e; q++) {
    const m = coveringMention(ms, q);
    if (m && m.kind !== 'Concern' && m.kind !== 'Agreement') {
      q = m.tokenEnd - 1;
      continue;
    }
    const t = tokens[q];
    if ((t.pos === 'NOUN' || (t.pos === 'VERB' && q === a)) && !GENERIC_OBJECTS.has(t.lower)) content = true;
    if (t.pos === 'NOUN' && GENERIC_OBJECTS.has(t.lower) && q > a) content = true; // "a bid to reduce the rebate"
  }
  return content;
}
