// "two drug companies, Glaxmore and Bexford,": names listed right after a counted plural of a body's
// noun are bodies of that kind, whatever their words look like (a surname, a title's word inside
// "Ruritania General Power"). Pure: the scanner in 02-names.ts emits the items.

import type { Token } from '../types';
import { isCapitalised, lower } from './tokens-util';

// Words that count a plural: "two firms", "both banks", "three Ruritanian airlines".
const COUNT_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|both|several|\d+)$/;
// Lower-case words allowed inside one listed name: "Bank of Alden", "Procter & Gamble".
const INNER_WORDS = new Set(['of', '&', 'de', 'du', 'des', 'for']);
// What may close the list: punctuation or the sentence's end.
const LIST_CLOSE = /^[,.;:)—–-]$/;

/** The plural of a body's noun, as "company" → "companies". */
export function pluralOf(noun: string): string {
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** Whether a count word comes within four words before the plural at k, with no punctuation between. */
function counted(tokens: Token[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 4; q--) {
    if (COUNT_WORD.test(tokens[q].lower)) return true;
    if (!/\w/.test(tokens[q].text)) return false;
  }
  return false;
}

/** Where a run of capitalised words (with a body's inner words) starting at i ends; i if none. */
function itemEnd(tokens: Token[], i: number): number {
  let j = i;
  while (j < i + 6 && j < tokens.length) {
    if (isCapitalised(tokens[j])) j++;
    else if (INNER_WORDS.has(tokens[j].text) && isCapitalised(tokens[j + 1])) j += 2;
    else break;
  }
  return j;
}

/**
 * The names [start, end) listed at i after "<count> … <plural body noun>,": two or more capitalised
 * names joined by commas and a last "and", closed by punctuation or the sentence's end; undefined
 * when the tokens at i are not such a list.
 */
export function bodyListAt(tokens: Token[], i: number, pluralBodies: Set<string>): Array<[number, number]> | undefined {
  if (tokens[i - 1]?.text !== ',' || !pluralBodies.has(lower(tokens[i - 2])) || !counted(tokens, i - 2)) return undefined;
  const items: Array<[number, number]> = [];
  let j = i;
  for (;;) {
    const end = itemEnd(tokens, j);
    if (end === j) return undefined;
    items.push([j, end]);
    const sep = lower(tokens[end]);
    if (sep === 'and' || (sep === ',' && lower(tokens[end + 1]) === 'and')) {
      const last = sep === 'and' ? end + 1 : end + 2;
      const lastEnd = itemEnd(tokens, last);
      if (lastEnd === last || (lastEnd < tokens.length && !LIST_CLOSE.test(tokens[lastEnd].text))) return undefined;
      items.push([last, lastEnd]);
      return items;
    }
    if (sep !== ',') return undefined;
    j = end + 1;
  }
}
