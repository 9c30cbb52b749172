// Character tests written out for the hot loops, where a Unicode regular expression per call costs
// more than the work itself. Each is exactly the regular expression it names.

/** The code units JavaScript's `\s` matches (and `trim()` removes). */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/\s/.test(s)` */
export function hasWhitespace(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isWhitespace(s.charCodeAt(k))) return true;
  return false;
}

/** What follows the last whitespace of `s` (all of it when there is none): `s.split(/\s+/).at(-1)`. */
export function lastWordOf(s: string): string {
  let k = s.length;
  while (k > 0 && !isWhitespace(s.charCodeAt(k - 1))) k--;
  return k === 0 ? s : s.slice(k);
}

/** `/[\p{L}\p{N}]/u.test(s)`: ASCII is decided without the Unicode expression. */
export function hasWordChar(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
    if (c >= 0x80) return /[\p{L}\p{N}]/u.test(s);
  }
  return false;
}

/**
 * Whether `s` holds more than `max` consecutive code units that are not `\s`: `/\S{max+1,}/.test(s)`.
 * (A check before a costlier expression: most texts have no such run.)
 */
export function hasRunLongerThan(s: string, max: number): boolean {
  let run = 0;
  for (let k = 0; k < s.length; k++) {
    if (isWhitespace(s.charCodeAt(k))) run = 0;
    else if (++run > max) return true;
  }
  return false;
}

/** A typographic apostrophe (‘ ’ ʼ) or a dash U+2010–U+2015: what surfaceKey straightens. */
function isTypographic(c: number): boolean {
  return c === 0x2018 || c === 0x2019 || c === 0x02bc || (c >= 0x2010 && c <= 0x2015);
}

/** `/[\u2018\u2019\u02bc\u2010-\u2015]|\s-|-\s|\s\s/.test(s)`: what a gazetteer key built from tokens may need normalised. */
export function needsTokenKey(s: string): boolean {
  return needsKey(s, false);
}

/**
 * `/[\u2018\u2019\u02bc\u2010-\u2015]|\s-|-\s|[^\S ]| {2}|^ | $/.test(s)`: anything surfaceKey would
 * change (a typographic apostrophe or dash, a space beside a hyphen, a whitespace other than one
 * space between words).
 */
export function needsSurfaceKey(s: string): boolean {
  return s.charCodeAt(0) === 0x20 || s.charCodeAt(s.length - 1) === 0x20 || needsKey(s, true);
}

/** The scan of both: with `otherSpace`, any whitespace but a space counts too. */
function needsKey(s: string, otherSpace: boolean): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80 ? c !== 0x2d && c > 0x20 : false) continue;
    if (isTypographic(c)) return true;
    const d = s.charCodeAt(k + 1);
    if (c === 0x2d) {
      if (isWhitespace(d)) return true;
    } else if (isWhitespace(c) && ((otherSpace && c !== 0x20) || d === 0x2d || isWhitespace(d))) return true;
  }
  return false;
}

/** `/['\u2018\u2019\u02bc\s-]/.test(s)`: an apostrophe, whitespace or hyphen, where a form's first word ends. */
export function hasWordBreak(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x27 || c === 0x2d || c === 0x2018 || c === 0x2019 || c === 0x02bc || isWhitespace(c)) return true;
  }
  return false;
}
