// Pass 1: text → sentences of tokens with character offsets and POS tags, using wink-nlp's English
// model (offline, ~1.8 MB/s here). wink's tokeniser is lossless, so offsets are rebuilt from the
// whitespace it records before each token.

import type { Sentence, Token } from '../types';
import { PLURAL_TITLES, TITLES } from './model/titles';
import { CALENDAR } from './model/lexicon';
import { hasRunLongerThan, hasWordChar } from '../utils/chars';
import { createNlp, type PureNlp } from './nlp-model';
import { classesOfWord, wordClassVersion, type ClassedSentence } from './word-classes';

let pure: PureNlp | undefined;

function getNlp(): PureNlp['nlp'] {
  if (!pure) pure = createNlp();
  return pure.nlp;
}

// wink keeps a long line as one sentence; very long inputs are tokenised in slices cut at line breaks.
const SLICE = 200_000;

/** Splits a document's text into sentences of tokens; blank and furniture-only lines give none. */
export function tokenize(text: string): Sentence[] {
  getNlp();
  // Each document as in a fresh process, whatever was read before (nlp-model.ts).
  pure!.forgetUnknownWords();
  const sentences: Sentence[] = [];
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(text.length, offset + SLICE);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      end = nl > offset ? nl + 1 : end;
    }
    // wink's tokeniser is quadratic in a token's length: a run of 256+ characters without a space
    // (base64, a hash, a minified script) is no word anyway, so it is blanked, keeping offsets.
    // (The regular expression alone cost ~60 ms per 3 MB, though most texts have no such run.)
    const slice = text.slice(offset, end);
    const blanked = hasRunLongerThan(slice, 255) ? slice.replace(/\S{256,}/g, (run) => ' '.repeat(run.length)) : slice;
    tokenizeSlice(blanked, slice, offset, sentences);
    offset = end;
  }
  return sentences;
}

/** Tokenises `text` (long runs blanked) and quotes sentences from `original`, which has the same offsets. */
function tokenizeSlice(text: string, original: string, base: number, out: Sentence[]): void {
  const n = getNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    cursor += spaces[i].length;
    // NOTE: wink is lossless in practice; if it ever is not, find the token from the cursor instead.
    let at = cursor;
    // (The first code unit decides most tokens, which are one or two characters long.)
    if (text.charCodeAt(cursor) !== value.charCodeAt(0) || (value.length > 1 && !text.startsWith(value, cursor))) {
      at = text.indexOf(value, cursor);
      if (at < 0) at = cursor;
    }
    starts[i] = at;
    cursor = at + value.length;
  }
  const version = wordClassVersion();
  const spans = splitAfterAmounts(joinAfterTitles(doc.sentences().out(its.span) as unknown as Array<[number, number]>, values, starts, text), values);
  for (const [first, last] of spans) {
    const tokens: Token[] = [];
    let wordy = false;
    let classes = 0;
    for (let i = first; i <= last; i++) {
      const value = values[i];
      if (tags[i] === 'SPACE' || isBlank(value)) continue;
      // ("Uncas Mfg. Co.": a firm's abbreviated trade word keeps its full stop, as a name's word.)
      const prev = tokens[tokens.length - 1];
      if (value === '.' && !spaces[i] && prev && FIRM_ABBREVIATIONS.has(`${prev.text}.`)) {
        Object.assign(prev, { text: `${prev.text}.`, end: prev.end + 1, lower: `${prev.lower}.` });
        continue;
      }
      const start = base + starts[i];
      const lower = lowerOf(value);
      tokens.push({ text: value, start, end: start + value.length, pos: tags[i], space: spaces[i], lower });
      classes |= classesOfWord(lower);
      if (!wordy) wordy = hasWordChar(value);
    }
    // A sentence that is only punctuation (a lone quote mark, a bullet) carries nothing.
    if (!wordy) continue;
    const start = tokens[0].start;
    const end = tokens[tokens.length - 1].end;
    // (Its word classes while its tokens are at hand: the passes skip scans by them, word-classes.ts.)
    const sentence: ClassedSentence = { index: out.length, start, end, text: original.slice(start - base, end - base), tokens, wordClasses: classes, wordClassVersion: version };
    out.push(sentence);
  }
}

/** Lower case with typographic apostrophes straightened (patterns compare this form). */
function lowerOf(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** Empty or only whitespace (what trim() removes); printable ASCII first is the common, quick case. */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return !value.trim();
}

// Abbreviated titles end in a full stop that ends no sentence: "Sens. Ana Ruiz", "Gov. Luis Vera".
const TITLE_ABBREVIATIONS = new Set([...TITLES, ...Object.keys(PLURAL_TITLES)].filter((t) => /^\S+\.$/.test(t)));

// wink reads the "m." of "£2m." as an abbreviation that ends no sentence; after a number it is the
// unit of an amount, and a capitalised word after it opens the next sentence ("fined it £2m. Kora
// Motors is …"), unless it is a day or a month ("at 5 p.m. Tuesday").
const AMOUNT_UNITS = new Set(['m.', 'bn.', 'k.', 'p.m.', 'a.m.']);

/** Splits a sentence after the unit of an amount that ends it ("£2m. Kora"). */
function splitAfterAmounts(spans: Array<[number, number]>, values: string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    let from = span[0];
    for (let i = span[0] + 1; i < span[1]; i++) {
      if (!AMOUNT_UNITS.has(values[i]) || !/^\d[\d.,]*$/.test(values[i - 1]) || !/^\p{Lu}/u.test(values[i + 1] ?? '') || CALENDAR.has(values[i + 1].replace(/\.$/, ''))) continue;
      out.push([from, i]);
      from = i + 1;
    }
    out.push([from, span[1]]);
  }
  return out;
}

// Abbreviated trade words inside a firm's name, and the suffixes that may follow them.
const FIRM_ABBREVIATIONS = new Set(['Mfg.', 'Bros.', 'Mfrs.', 'Mach.', 'Elec.', 'Chem.']);
const FIRM_SUFFIXES = new Set(['Co', 'Co.', 'Corp', 'Corp.', 'Company', 'Corporation', 'Inc', 'Inc.', 'Ltd', 'Ltd.']);

/** Joins a sentence that wink ended at an abbreviated title (or a firm's trade word) to what follows it on the same line. */
function joinAfterTitles(spans: Array<[number, number]>, values: string[], starts: number[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    // (wink gives "Sens." as one token, or as "Sens" and ".".)
    const last = values[prev?.[1] ?? 0] === '.' && prev && prev[1] > prev[0] ? `${values[prev[1] - 1]}.` : values[prev?.[1] ?? 0];
    const title = TITLE_ABBREVIATIONS.has(last) && /^\p{Lu}/u.test(values[span[0]] ?? '');
    // ("the Uncas Mfg. Co. has …": a firm's abbreviated trade word before its suffix ends no sentence.)
    const firm = FIRM_ABBREVIATIONS.has(last) && FIRM_SUFFIXES.has(values[span[0]] ?? '');
    if (prev && (title || firm) && !text.slice(starts[prev[1]], starts[span[0]]).includes('\n')) {
      prev[1] = span[1];
      continue;
    }
    out.push([span[0], span[1]]);
  }
  return out;
}
