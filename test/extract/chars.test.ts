// The hand-written character tests of src/utils/chars.ts and tokens-util.ts stand for regular
// expressions (they are faster in the hot loops): each must answer exactly as its expression does.

import { hasRunLongerThan, hasWhitespace, hasWordBreak, hasWordChar, isWhitespace, lastWordOf, needsSurfaceKey, needsTokenKey } from '../../src/utils/chars';
import { tokenKey } from '../../src/extract/context';
import { surfaceKey } from '../../src/extract/model/gazetteer';
import { placeKey } from '../../src/extract/model/places';
import { isCapitalised, isJoiner } from '../../src/extract/tokens-util';
import type { Token } from '../../src/types';

// Every kind of character the tests care about: ASCII, accented and other letters, digits of other
// scripts, every whitespace, dashes and quotes, and an astral character (a surrogate pair).
const ALPHABET = ['a', 'Z', 'é', 'É', 'ß', 'ǅ', 'Ω', 'ж', '中', '٣', '7', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u180e', '-', '\u2010', '\u2013', '\u2014', '\u2015', '’', '\u2018', '\u02bc', "'", '.', ',', '\u{1F600}', '\u{1D400}'];

function samples(n: number, maxLength = 6): string[] {
  // A fixed linear congruential generator: the same strings on every run.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [''];
  for (let i = 0; i < n; i++) {
    let s = '';
    const length = Math.floor(next() * (maxLength + 1));
    for (let k = 0; k < length; k++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
    out.push(s);
  }
  return [...out, ...ALPHABET];
}

const token = (text: string, space = ''): Token => ({ text, start: 0, end: text.length, pos: 'X', space, lower: text.toLowerCase() });

describe('character tests', () => {
  const strings = samples(20000);

  // Each test collects the inputs where the two disagree: none expected.
  it('isWhitespace is \\s for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it('hasWhitespace, lastWordOf and hasWordChar answer as their regular expressions', () => {
    const wrong = strings.filter((s) => hasWhitespace(s) !== /\s/.test(s) || lastWordOf(s) !== s.split(/\s+/).at(-1) || hasWordChar(s) !== /[\p{L}\p{N}]/u.test(s));
    expect(wrong).toEqual([]);
  });

  it('hasRunLongerThan answers as \\S{max+1,}', () => {
    const wrong = strings.filter((s) => [0, 1, 2, 3].some((max) => hasRunLongerThan(s, max) !== new RegExp(`\\S{${max + 1},}`).test(s)));
    expect(wrong).toEqual([]);
  });

  it('isCapitalised and isJoiner answer as their regular expressions', () => {
    const wrong = strings.filter((s) => isCapitalised(token(s)) !== (/^\p{Lu}/u.test(s) && /\p{L}/u.test(s)) || isJoiner([token(s), token('x')], 0) !== /^[-\u2010-\u2013]$/.test(s));
    expect(wrong).toEqual([]);
  });

  it('surfaceKey returns what the full normalisation gives, also when it skips it', () => {
    const full = (s: string) => s.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, '-').replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
    expect(samples(20000, 8).filter((s) => surfaceKey(s) !== full(s))).toEqual([]);
  });

  it('the gazetteer key tests answer as their regular expressions', () => {
    const wrong = samples(20000, 8).filter(
      (s) =>
        needsTokenKey(s) !== /[\u2018\u2019\u02bc\u2010-\u2015]|\s-|-\s|\s\s/.test(s) ||
        needsSurfaceKey(s) !== /[\u2018\u2019\u02bc\u2010-\u2015]|\s-|-\s|[^\S ]| {2}|^ | $/.test(s) ||
        hasWordBreak(s) !== /['\u2018\u2019\u02bc\s-]/.test(s),
    );
    expect(wrong).toEqual([]);
  });

  it('placeKey folds accents as NFKD does, also when it skips that for ASCII', () => {
    const full = (s: string) => `place:${s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;
    expect(samples(20000, 8).filter((s) => placeKey(s) !== full(s))).toEqual([]);
  });

  it('tokenKey keeps (sentence, token) pairs apart, token indices a little out of range included', () => {
    const seen = new Map<number, string>();
    for (const sentence of [0, 1, 2, 1000, 123456]) {
      for (const t of [-3, -2, -1, 0, 1, 2, 199_999, 200_001]) {
        const k = tokenKey(sentence, t);
        expect(seen.get(k)).toBeUndefined();
        seen.set(k, `${sentence}:${t}`);
      }
    }
  });
});
