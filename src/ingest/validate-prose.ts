// Whether decoded text reads as language at all, the last check ingest makes before a file becomes a
// document: random bytes that slip past the binary checks of decode-text.ts (few control bytes, or
// none), base64, hex dumps and symbol soup decode to "text" whose words have no shape. Real prose in
// any script is mostly words: letters, with punctuation at their edges, and numbers.

/** How much of the text is looked at (some 700 words): noise is noise from its start, and the check costs
 * well under a millisecond a file (tens of milliseconds over the 500 texts of the Brown corpus). */
const SAMPLE = 4096;

/** Below this many characters in words and junk together the text is too short to judge: it is read. */
const MIN_JUDGED = 24;

/** Share of the sample's characters that must sit in word-shaped tokens. */
// NOTE: real text scores 0.85 or more (the Brown corpus with its tags in ≥ 0.87, without ≥ 0.97; a short
// table of figures 0.92); random bytes, base64, hex and symbol soup score under 0.4 (docs/INPUT.md,
// test/ingest/validate-prose.test.ts).
const MIN_WORD_SHARE = 0.6;

// A plain ASCII word, lower-case or capitalised, with punctuation at its edges: the fast path.
const PLAIN = /^[("'\[“‘]*[A-Za-z][a-z]*(?:['’-][A-Za-z][a-z]*)*[.,;:!?"'”’)\]]*$/;
// A word: letters (with their combining marks) joined by an apostrophe, hyphen, dot, slash or
// ampersand — "don't", "Saxony-Anhalt", "U.S.", "and/or", "AT&T", "Nguyễn", "Владимир".
const WORD = /^(?:\p{L}\p{M}*)+(?:['’\-.·&/](?:\p{L}\p{M}*)+)*$/u;
// A number, with a unit or ordinal suffix: "1,200", "3.5%", "10:30", "2-1", "1990s", "3rd", "5km", "$2bn".
// (Suffixes from a list: "12ab", "3f9e" are hex, not numbers.)
const NUMBER = /^[+\-−±]?\d+(?:[.,:/\-–]\d+)*(?:s|st|nd|rd|th|[kmbt]n?|km|kg|mm|cm|ft|mph|kph|am|pm|[kMG]W|[KMGT]B|p|x|C|F|%)?$/u;
// A code of capitals and a number: "G7", "F-35", "COVID-19", "A380", "MH17", "Su-57" (not "ab12": hex).
const CODE = /^\p{Lu}\p{L}{0,7}-?\d{1,5}\p{L}{0,2}$/u;
// A web or e-mail address: "https://www.bbc.co.uk/news", "www.gov.uk", "press@un.org".
const ADDRESS = /^(?:https?:\/\/|www\.)[^\s]+$|^[\p{L}\d._+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u;
// Inside a word, a lower-case letter followed by a capital more than once ("aBcDe") is no word's shape;
// once is a name's ("McDonald", "iPhone").
const CASE_FLIP = /\p{Ll}\p{Lu}/gu;
// Edges of a token that are not part of its word: punctuation, currency, per cent and degree signs.
const EDGE = /^[\p{P}$€£¥%°]+|[\p{P}$€£¥%°]+$/gu;
// A token of punctuation alone: dashes, bullets, table rules ("|", "+---+", "***").
const MARKS = /^[\p{P}|+=*#~_<>^`\\]+$/u;
// Scripts written without spaces between words: a "token" is a clause, split at its punctuation.
const NO_SPACE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const NO_SPACE_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65.,!?:;()"'“”‘’]+/u;
const CLAUSE = /^[\p{L}\p{M}\d]+$/u;

/** How many of a token's characters belong to words (the rest are junk); undefined for a token of marks. */
function wordChars(token: string): number | undefined {
  // Most tokens of English are plain words ("said,", "(Reuters)", "Saxony-Anhalt"): no Unicode classes needed.
  if (PLAIN.test(token)) return token.length;
  if (MARKS.test(token)) return undefined;
  const core = token.replace(EDGE, '');
  if (!core) return 0;
  if (NO_SPACE_SCRIPT.test(core)) {
    let junk = 0;
    for (const piece of core.split(NO_SPACE_PUNCT)) if (!CLAUSE.test(piece)) junk += piece.length;
    return token.length - junk;
  }
  // (The punctuation at a word's edges is the word's: "said," and "(1990)" are all good.)
  if (NUMBER.test(core) || CODE.test(core) || ADDRESS.test(core)) return token.length;
  if (WORD.test(core) && (core.match(CASE_FLIP)?.length ?? 0) <= 1) return token.length;
  return 0;
}

/** Share of the text's characters (outside spaces and marks) in word-shaped tokens; 1 for texts too short to judge. */
export function wordShare(text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let good = 0;
  let all = 0;
  for (const token of sample.split(/\s+/)) {
    if (!token) continue;
    const n = wordChars(token);
    if (n === undefined) continue;
    good += n;
    all += token.length;
  }
  return all < MIN_JUDGED ? 1 : good / all;
}

/** Says why decoded text is not prose (random bytes, encoded data), or undefined when it reads as language. */
export function validateProse(text: string): string | undefined {
  const share = wordShare(text);
  if (share >= MIN_WORD_SHARE) return undefined;
  return `binary or encoded data, not text (only ${Math.round(share * 100)}% of it reads as words)`;
}
