// Pass 4b: definite descriptions of a person by their office ("the minister said", "the former
// president met …") stand for the one person the document has named with that office. Without it a
// story that names its protagonist once and then calls them "the minister" loses every later fact.

import type { Mention, Token } from '../types';
import { adjacentCountry } from './04-coreference';
import { mentionsByTokens, roleReference, tokenKey, type DocContext } from './context';
import { normaliseRole, OFFICE_WORDS, ROLE_NOUNS } from './model/titles';
import { isCapitalised } from './tokens-util';
import { sentenceHas, wordClass } from './word-classes';

// Lower-case words that may stand between "the" and the office ("the former foreign minister").
const QUALIFIERS = new Set(['former', 'new', 'then', 'outgoing', 'incoming', 'veteran', 'embattled', 'acting', 'interim', 'deputy', 'foreign', 'prime', 'defence', 'defense', 'finance', 'trade', 'home', 'chief', 'vice', 'senior', 'junior', 'state', 'party', 'opposition', 'health', 'interior', 'justice', 'education', 'energy', 'environment', 'economy', 'labour', 'labor', 'agriculture', 'transport', 'culture']);
// Heads that name an office a story gives one person at a time.
const OFFICE_HEADS = new Set([...OFFICE_WORDS, ...ROLE_NOUNS].filter((w) => !/\s/.test(w) && !['counterpart', 'counterparts', 'colleague', 'partner', 'ally', 'rival', 'opponent', 'official', 'expert', 'analyst', 'head', 'boss', 'general', 'chief', 'deputy', 'vice', 'executive', 'successor', 'predecessor', 'candidate', 'author'].includes(w)));

// An office whose word is more often an adjective: read as an office only before a verb.
const VERB_BOUND_HEADS = new Set(['general']);
const isVerb = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
// A description ends in one of these: a sentence with none holds no description.
const DESCRIPTION_HEAD = wordClass([...OFFICE_HEADS, ...VERB_BOUND_HEADS]);

/** The head word of a role, for "the minister" against "Foreign Minister". */
const headOf = (role: string) => normaliseRole(role).split(' ').at(-1) ?? '';

/**
 * Finds "the [qualifiers] office" at token k ("the former trade minister", "the Pakistani president");
 * returns its end, its words and the country a demonym among the qualifiers names.
 */
function description(tokens: Token[], k: number, demonymAt: (j: number) => Mention | undefined): { start: number; end: number; words: string[]; country?: string } | undefined {
  if (tokens[k]?.lower !== 'the') return undefined;
  let j = k + 1;
  const words: string[] = [];
  let country: string | undefined;
  // The description's own words start after the demonym, which stays the country's mention.
  let start = j;
  while (j < tokens.length && j <= k + 3) {
    const d = country ? undefined : demonymAt(j);
    if (d) {
      country = d.key;
      j = start = d.tokenEnd;
    } else if (QUALIFIERS.has(tokens[j].lower) && !isCapitalised(tokens[j])) words.push(tokens[j++].lower);
    else break;
  }
  const head = tokens[j];
  if (!head || isCapitalised(head)) return undefined;
  // "the general said": a word that is also an adjective ("the general public") is an office only
  // before a verb.
  if (!OFFICE_HEADS.has(head.lower) && !(VERB_BOUND_HEADS.has(head.lower) && isVerb(tokens[j + 1]))) return undefined;
  words.push(head.lower);
  const next = tokens[j + 1];
  // "the minister of X", "the president Jane Doe", "the minister for trade": a different frame.
  if (next && (next.lower === 'of' || next.lower === 'for' || isCapitalised(next) || next.pos === 'NOUN')) return undefined;
  return { start, end: j + 1, words, country };
}

export function resolveRoleDescriptions(ctx: DocContext): void {
  // Who holds which office, by the full role and by its head word: "foreign minister", "minister".
  const holders = new Map<string, Map<string, Mention>>();
  const note = (role: string, m: Mention) => {
    if (!holders.has(role)) holders.set(role, new Map());
    if (!holders.get(role)!.has(m.key)) holders.get(role)!.set(m.key, m);
  };
  // (A titled surname holds its office too: "President Smith" in a story that never gives the first name.)
  const persons = ctx.mentions.filter((m) => m.kind === 'Person' && m.role && (/\s/.test(m.name) || m.rule === 'title-name'));
  for (const m of persons) {
    note(normaliseRole(m.role!), m);
    note(headOf(m.role!), m);
  }
  if (!holders.size) return;
  const { byTokenStart, byTokenEnd } = mentionsByTokens(ctx.mentions);
  // The country each holder is named with ("Pakistan's President X", "Pakistani President X").
  const countryOf = new Map<string, string>();
  for (const m of persons) {
    const c = adjacentCountry(ctx, m, byTokenEnd, byTokenStart) ?? (m.tokenStart > 0 ? byTokenEnd.get(tokenKey(m.sentence, m.tokenStart)) : undefined);
    if (c?.kind === 'Country' && !countryOf.has(m.key)) countryOf.set(m.key, c.key);
  }
  const taken = new Set(ctx.mentions.map((m) => `${m.sentence}:${m.tokenStart}`));
  const added: Mention[] = [];
  for (const s of ctx.sentences) {
    const { tokens } = s;
    if (!sentenceHas(s, DESCRIPTION_HEAD)) continue;
    for (let k = 0; k < tokens.length; k++) {
      // (description() asks this first; asked here, no look-up closure is made for every other token.)
      if (tokens[k].lower !== 'the') continue;
      const d = description(tokens, k, (j) => {
        const m = byTokenStart.get(tokenKey(s.index, j));
        return m?.kind === 'Country' && m.meta?.demonym === 'yes' ? m : undefined;
      });
      if (!d) continue;
      const full = d.words.join(' ');
      const head = d.words.at(-1)!;
      // The office holders named before this sentence (a story introduces them first).
      // (Or earlier in its own sentence: "Gov. Ana Ruiz's administration … the governor's theme" is hers,
      // whoever held that office in an earlier story of the page.)
      const named = (role: string) => [...(holders.get(role)?.values() ?? [])].filter((m) => m.sentence < s.index || (m.sentence === s.index && m.tokenEnd <= k));
      const exact = named(full);
      let cands = exact.length ? exact : named(head);
      const own = cands.filter((m) => m.sentence === s.index);
      if (own.length === 1) cands = own;
      // "the Pakistani president": the holder named with that country, when the story says whose.
      if (d.country) {
        const theirs = cands.filter((m) => countryOf.get(m.key) === d.country);
        if (theirs.length || cands.some((m) => countryOf.has(m.key))) cands = theirs;
      }
      if (cands.length !== 1 || taken.has(`${s.index}:${d.start}`)) continue;
      const p = cands[0];
      added.push(roleReference(`d${s.index}.${k}`, s.index, tokens, d.start, d.end, p, p.role, 'role-description'));
      k = d.end - 1;
    }
  }
  ctx.mentions.push(...added);
}
