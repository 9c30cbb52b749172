// "two drug companies, Glaxmore and Bexford,", "manufacturers including Zentel-Bron": names listed
// right after a counted plural of a body's noun, or given as its examples, are bodies of that kind, whatever their words look like (a surname, a title's word inside
// "Ruritania General Power"). Pure: the scanner in 02-names.ts emits the items.

import type { Token } from '../types';
import { isCapitalised, isJoiner, lower } from './tokens-util';

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
    // ("Coca-Cola": a hyphen between capitalised words with no space around it.)
    else if (j > i && isJoiner(tokens, j) && isCapitalised(tokens[j + 1])) j += 2;
    else if (INNER_WORDS.has(tokens[j].text) && isCapitalised(tokens[j + 1])) j += 2;
    else break;
  }
  return j;
}

/** Whether the token at k closes a list: punctuation or the sentence's end. */
function closes(tokens: Token[], k: number): boolean {
  return k >= tokens.length || LIST_CLOSE.test(tokens[k].text);
}

/** Where "including" or "such as" opens examples right before i; -1 if they do not. */
function exampleOpening(tokens: Token[], i: number): number {
  const prev = lower(tokens[i - 1]);
  if (prev === 'including') return i - 1;
  return prev === 'as' && lower(tokens[i - 2]) === 'such' ? i - 2 : -1;
}

/** The capitalised names listed from i, joined by commas; joined when a last "and" and a name end it. */
function listItems(tokens: Token[], i: number): { items: Array<[number, number]>; joined: boolean } | undefined {
  const items: Array<[number, number]> = [];
  let j = i;
  for (;;) {
    const end = itemEnd(tokens, j);
    if (end === j) return items.length ? { items, joined: false } : undefined;
    items.push([j, end]);
    const sep = lower(tokens[end]);
    const and = sep === 'and' ? end + 1 : sep === ',' && lower(tokens[end + 1]) === 'and' ? end + 2 : -1;
    if (and >= 0) {
      const lastEnd = itemEnd(tokens, and);
      if (lastEnd === and) return { items, joined: false };
      items.push([and, lastEnd]);
      return { items, joined: true };
    }
    if (sep !== ',') return { items, joined: false };
    j = end + 1;
  }
}

/**
 * The names [start, end) listed at i after "<count> … <plural body noun>,", two or more joined by a
 * last "and" ("two drug companies, Glaxmore and Bexford,"), or given as its examples after
 * "including" or "such as", a list so joined or one name set off by punctuation ("manufacturers
 * including Zentel, rejected"; "firms including Acme, Ana Ruiz said" keeps Acme only); undefined
 * when the tokens at i are no such list.
 */
export function bodyListAt(tokens: Token[], i: number, pluralBodies: Set<string>): Array<[number, number]> | undefined {
  const example = exampleOpening(tokens, i);
  const opened = example >= 0 ? pluralBodies.has(lower(tokens[example - 1])) : tokens[i - 1]?.text === ',' && pluralBodies.has(lower(tokens[i - 2])) && counted(tokens, i - 2);
  const list = opened ? listItems(tokens, i) : undefined;
  if (!list) return undefined;
  // (A counted list is closed by punctuation: "two firms, Acme and Bolt, …".)
  if (list.joined && (example >= 0 || closes(tokens, list.items[list.items.length - 1][1]))) return list.items;
  return example >= 0 && closes(tokens, list.items[0][1]) ? list.items.slice(0, 1) : undefined;
}
