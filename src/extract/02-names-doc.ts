// Pass 2, second half: what the whole document says about the names one sentence proposed. A
// sentence alone cannot tell "Poor John" (an adjective, then a name) from "Rose Smith", or a symbol in
// a formula ("the null space of Af") from a surname; the rest of the document can. Each rule is a
// row: an id, the shape it recognises, and what it does to the mention (drop it, or trim words off it).

import type { Mention, Sentence, Token } from '../types';
import { isCapitalised, spanText } from './tokens-util';

/** Parts of speech that never begin a person's name: "Afterwards Martin left", "Oh Eugenia". */
// (Not AUX: wink tags the given names "Will" and "May" so.)
const CLOSED_CLASS = new Set(['ADV', 'INTJ', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'PART', 'NUM']);

/**
 * Capitalised plurals that name a group of people by creed, party or origin ("Roman Catholics",
 * "Young Socialists", "the Mormons' elders") rather than one person. Surnames rarely end so.
 */
const GROUP_PLURAL = /(?:ics|ists|ites|ians|eans|ants|ans)$/;
// … but these common surnames and given names do end so.
const GROUP_PLURAL_EXCEPT = /^(?:evans|hans|jans|johans|bryans|morgans|ryans|sullivans|durrans)$/;

/**
 * The words a document writes in lower case at least twice: its common words. (Twice, because a given
 * name that is also a word, "Mark", "Faith", may well turn up once in lower case.)
 */
function lowerCaseWords(sentences: Sentence[]): Set<string> {
  const once = new Set<string>();
  const out = new Set<string>();
  for (const s of sentences) {
    for (let k = 1; k < s.tokens.length; k++) {
      const t = s.tokens[k].text;
      const c = t.charCodeAt(0);
      if (c < 0x61 || c > 0x7a) continue;
      if (once.has(t)) out.add(t);
      else once.add(t);
    }
  }
  return out;
}

/** Opening punctuation a sentence may start with before its first word. */
const OPENERS = /^["“‘'(\[]$/;

function startsSentence(tokens: Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!OPENERS.test(tokens[k].text)) return false;
  return true;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Capitalised words the document uses as labels or symbols rather than names: a word followed by a
 * number ("Table 4", "Fig. 7", "Chapter 12"), and a short word (two letters at most, no full stop)
 * after an article but before no noun ("the Af are distinct", "an Rw,").
 */
function labelWords(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const ts = s.tokens;
    for (let k = 0; k < ts.length; k++) {
      const t = ts[k];
      if (!isCapitalised(t) || /[.\d]/.test(t.text)) continue;
      const n = ts[k + 1]?.text === '.' ? ts[k + 2] : ts[k + 1];
      if (n && /^\d+[a-z]?$/.test(n.text)) out.add(t.text);
      else if (t.text.length <= 2 && ARTICLES.has(ts[k - 1]?.lower ?? '') && ts[k + 1]?.pos !== 'NOUN' && ts[k + 1]?.pos !== 'PROPN') out.add(t.text);
    }
  }
  return out;
}

/** Moves a mention's start to token i, refreshing its text, name and key. */
function trimStart(m: Mention, tokens: Token[], i: number, rule: string): void {
  const text = spanText(tokens, i, m.tokenEnd);
  m.tokenStart = i;
  m.start = tokens[i].start;
  m.text = text;
  m.name = text;
  m.key = `person:${text.toLowerCase()}`;
  m.rule = `${m.rule}+${rule}`;
  // One word left: a surname that coreference keeps only when someone in full bears it.
  if (m.tokenEnd - i === 1 && !m.role) m.meta = { ...m.meta, candidate: 'yes' };
}

/** Which recognisers found a name by its shape alone (gazetteers and titles know better). */
const SHAPE_RULES = new Set(['name-sequence', 'surname', 'speech-name', 'role-name', 'place-cue']);

/**
 * Drops or trims the people and places that the document shows are not names. Runs after every
 * sentence has been scanned, before coreference reads the mentions.
 */
export function reviewNames(sentences: Sentence[], mentions: Mention[]): Mention[] {
  const common = lowerCaseWords(sentences);
  const labels = labelWords(sentences);
  const out: Mention[] = [];
  for (const m of mentions) {
    const tokens = sentences[m.sentence].tokens;
    if (!SHAPE_RULES.has(m.rule) || (m.kind !== 'Person' && m.kind !== 'Place')) {
      out.push(m);
      continue;
    }
    const words = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
    // "in Table 4", "Fraction Af": labels and symbols are no one's name.
    if (words.some((w) => labels.has(w))) continue;
    // "Af Af", "Q. Near Q": a name repeats no word; symbols in a formula do.
    if (new Set(words.filter((w) => w !== '.')).size < words.filter((w) => w !== '.').length) continue;
    if (m.kind === 'Person') {
      // "… Plato and Aristotle⏎Plato and Aristotle agree": a name does not run across a line break
      // (a heading, a list, a signature); what follows the break is the name.
      for (let k = m.tokenEnd - 1; k > m.tokenStart; k--) {
        if (tokens[k].space.includes('\n')) {
          trimStart(m, tokens, k, 'line-break');
          break;
        }
      }
      // "Roman Catholics", "the Young Socialists": a group, not one person.
      const last = words[words.length - 1].toLowerCase();
      if (words.length > 1 && GROUP_PLURAL.test(last) && !GROUP_PLURAL_EXCEPT.test(last)) continue;
      // "Afterwards Martin left", "Oh Eugenia": a function word before the name is no part of it.
      let i = m.tokenStart;
      while (i < m.tokenEnd - 1 && CLOSED_CLASS.has(tokens[i].pos)) i++;
      if (i > m.tokenStart) trimStart(m, tokens, i, 'lead-function-word');
      // "Poor John was…", "Carrier X was added": a sentence's first word is capitalised whatever it
      // is; one the document also writes in lower case is a common word before the name.
      if (m.tokenEnd - m.tokenStart > 1 && startsSentence(tokens, m.tokenStart) && common.has(tokens[m.tokenStart].lower) && isCapitalised(tokens[m.tokenStart + 1])) {
        trimStart(m, tokens, m.tokenStart + 1, 'sentence-initial-word');
      }
    }
    out.push(m);
  }
  return out;
}
