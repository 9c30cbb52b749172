// Pass 2 over the document: named mentions in every sentence (see 02-names.ts for the scanner), then
// what the whole document says about them (02-names-doc.ts), and one look at the whole document for
// capitalised common words read as people.

import type { Mention } from '../types';
import type { DocContext } from './context';
import { extractNames } from './02-names';
import { reviewNames } from './02-names-doc';

export function findNames(ctx: DocContext): void {
  const found = [];
  for (const s of ctx.sentences) {
    const { mentions, roleRefs } = extractNames(s, `m${s.index}.`);
    found.push(...mentions);
    for (const r of roleRefs) ctx.roleRefs.push({ sentence: s.index, ...r });
  }
  ctx.mentions.push(...reviewNames(ctx.sentences, found));
  dropTitleCaseCommonWords(ctx);
}

// Endings of abstract and group nouns, which no given name or surname of that length has
// ("Mutually Assured Destruction", "Islamic Fundamentalist"); -ance and -ence are left out: Lawrence, Clarence.
const ABSTRACT_ENDING = /(?:tion|sion|ment|ism|ness|ity|ship|hood|dom|ist|ists)$/;

/**
 * "Human Rights", "Iron Curtain" written in Title Case are no people (rule title-case-common): an
 * untitled name whose every word the same story also uses in lower case, or whose last word is an
 * abstract noun, is dropped.
 */
function dropTitleCaseCommonWords(ctx: DocContext): void {
  const drop = new Set<Mention>();
  const candidates: Array<{ m: Mention; words: string[] }> = [];
  for (const m of ctx.mentions) {
    if (m.kind !== 'Person' || m.rule !== 'name-sequence') continue;
    const words = m.name.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    if (last.length >= 8 && ABSTRACT_ENDING.test(last)) drop.add(m);
    else candidates.push({ m, words: words.map((w) => w.toLowerCase()) });
  }
  if (candidates.length) {
    const seen = lowerCaseUses(ctx, new Set(candidates.flatMap((c) => c.words)));
    for (const c of candidates) if (c.words.every((w) => seen.has(w))) drop.add(c.m);
  }
  if (drop.size) ctx.mentions = ctx.mentions.filter((m) => !drop.has(m));
}

/** Which of the words the story also writes in lower case (as common words, not names). */
function lowerCaseUses(ctx: DocContext, words: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const s of ctx.sentences) for (const t of s.tokens) if (words.has(t.text)) out.add(t.text);
  return out;
}
