// Cheap preconditions for the per-token scans: which classes of trigger words a sentence holds.
//
// Many rules scan every token of every sentence for a word of one list ("said", "treaty", "the …
// minister") and do nothing in the ~80% of sentences that hold none. A pass registers such a list as a
// word class once (at module load); each sentence's classes are found in one scan, one look-up per
// token of a per-word memo, and a rule skips a sentence without its class before scanning it.

import type { Sentence } from '../types';

// Each class word's classes, a bit per class: a small table (a few thousand words) that stays in the
// processor's cache, where a memo of every word read would not; a word outside it is in no class.
const byWord = new Map<string, number>();
let classes = 0;
// Sentences carry the version their classes were computed at: a class registered later can never
// give a stale answer.
let version = 0;

/** A sentence with its classes, as the tokeniser makes it (tokenize() fills both fields). */
export interface ClassedSentence extends Sentence {
  wordClasses?: number;
  wordClassVersion?: number;
}

/** Registers a class of words, given in lower case (at most 31 classes in all); returns its bit for sentenceHas. */
export function wordClass(words: Iterable<string>): number {
  if (classes >= 31) throw new Error('word-classes: more than 31 word classes; widen the masks');
  const bit = 1 << classes++;
  for (const w of words) byWord.set(w, (byWord.get(w) ?? 0) | bit);
  version++;
  return bit;
}

/** The classes of one word (a token's lower-case form), as a mask of their bits. */
export function classesOfWord(lower: string): number {
  return byWord.get(lower) ?? 0;
}
/** The registry's version, to store beside classes computed now. */
export function wordClassVersion(): number {
  return version;
}

/** The classes of the words of a sentence, as a mask of their bits (kept on the sentence). */
export function sentenceClasses(s: ClassedSentence): number {
  if (s.wordClassVersion === version) return s.wordClasses!;
  let mask = 0;
  for (const t of s.tokens) mask |= classesOfWord(t.lower);
  s.wordClasses = mask;
  s.wordClassVersion = version;
  return mask;
}

/** Whether some token of the sentence is a word of the class (or of any of the classes OR-ed in `bits`). */
export function sentenceHas(s: Sentence, bits: number): boolean {
  return (sentenceClasses(s) & bits) !== 0;
}
