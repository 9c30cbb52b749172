// Small helpers over token arrays shared by the extraction passes.

import type { Token } from '../types';

/** The surface text of tokens [i, j), spaces folded to one. */
export function spanText(tokens: Token[], i: number, j: number): string {
  let s = '';
  for (let k = i; k < j; k++) s += (k > i && tokens[k].space ? ' ' : '') + tokens[k].text;
  return s;
}

/** Starts with an upper-case letter (or is an initial like "W."). */
export function isCapitalised(t: Token | undefined): boolean {
  if (!t) return false;
  // Most tokens start with an ASCII character, which decides it without the Unicode expressions
  // (called for almost every token by every pass).
  const c = t.text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
}

export function isAllCaps(t: Token): boolean {
  return /^[\p{Lu}\d&.-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
}

export function isPossessive(t: Token | undefined): boolean {
  return !!t && /^['’]s?$/.test(t.text);
}

export function lower(t: Token | undefined): string {
  return t ? t.lower : '';
}

/** A hyphen or dash glued to its neighbours ("Indo-Pacific", "China–Solomon Islands"). */
export function isJoiner(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && isDash(t.text) && !t.space && !!tokens[k + 1] && !tokens[k + 1].space;
}

/** `/^[-\u2010-\u2013]$/.test(text)`, without the regular expression (asked for most capitalised tokens). */
function isDash(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 0x2d || (c >= 0x2010 && c <= 0x2013);
}
