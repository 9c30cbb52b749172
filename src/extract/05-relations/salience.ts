// Which person "he" or "she" stands for: the most salient one, not merely the last named (Lappin and
// Leass 1994, cut down to what shallow tags give). A person named in the last six sentences
// scores by recency (halved per sentence); a subject (named before the sentence's first verb) outranks an object
// or a name in an aside or a quote's source; and the story's protagonist, named most often in the document, outranks a
// person named once in passing.

import type { Mention, Token } from '../../types';
import { SPEECH_VERBS } from '../model/lexicon';
import type { DocRelations, SentenceContext } from './context';

const personCounts = new WeakMap<DocRelations, Map<string, number>>();

/** How often each person is named in the whole document (computed once per document). */
function countsOf(doc: DocRelations): Map<string, number> {
  let counts = personCounts.get(doc);
  if (!counts) {
    counts = new Map();
    for (const m of doc.ctx.mentions) if (m.kind === 'Person') counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    personCounts.set(doc, counts);
  }
  return counts;
}

// Words that open a relative clause after a comma: "The talks, which Carlos Mena attended, …".
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);

/**
 * Named before the clause's first verb, and not inside parentheses or a relative clause: the subject,
 * as shallow tags tell it.
 */
function isSubject(tokens: Token[], m: Mention): boolean {
  let open = 0;
  for (let k = 0; k < m.tokenStart; k++) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.text === '(') open++;
    else if (t.text === ')') open--;
    else if (k > 0 && tokens[k - 1].text === ',' && RELATIVES.has(t.lower)) return false;
  }
  return open === 0;
}

// Roles of people a story quotes rather than follows: "spokesman Ian Moss said".
const SOURCE_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'official', 'analyst', 'expert', 'witness', 'resident', 'observer']);

/**
 * In an aside: "(…)" around it; or a quote's source, named in apposition to a noun ("A company
 * spokesman, Ian Moss, said") or with a spokesperson's title ("spokeswoman Ada Lind said").
 */
function inAside(tokens: Token[], m: Mention): boolean {
  if (tokens[m.tokenStart - 1]?.text === '(' || tokens[m.tokenEnd]?.text === ')') return true;
  if (m.role && SOURCE_ROLES.has(m.role.toLowerCase())) return true;
  return tokens[m.tokenStart - 1]?.text === ',' && tokens[m.tokenEnd]?.text === ',' && tokens[m.tokenStart - 2]?.pos === 'NOUN' && !/^\p{Lu}/u.test(tokens[m.tokenStart - 2].text);
}

// Titles that say whether a person is a woman or a man ("Mrs Ana Ruiz", "Sir Kurt Aalto"), lower case
// without a full stop.
const FEMININE_TITLES = new Set(['mrs', 'ms', 'miss', 'mme', 'madame', 'mademoiselle', 'lady', 'dame', 'queen', 'princess', 'duchess', 'countess', 'baroness', 'sister', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'senora', 'señora', 'frau', 'mother']);
const MASCULINE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'duke', 'count', 'baron', 'monsieur', 'herr', 'senor', 'señor', 'congressman', 'chairman', 'spokesman', 'businessman', 'brother', 'father']);

const genders = new WeakMap<DocRelations, Map<string, 'she' | 'he' | 'either'>>();

/** The pronoun each person's titles in the document call for; 'either' when none says, or they disagree. */
function gendersOf(doc: DocRelations): Map<string, 'she' | 'he' | 'either'> {
  let out = genders.get(doc);
  if (!out) {
    out = new Map();
    for (const m of doc.ctx.mentions) {
      if (m.kind !== 'Person' || !m.role) continue;
      const title = m.role.toLowerCase().replace(/\.$/, '');
      const g = FEMININE_TITLES.has(title) ? 'she' : MASCULINE_TITLES.has(title) ? 'he' : undefined;
      if (!g) continue;
      const was = out.get(m.key);
      out.set(m.key, was && was !== g ? 'either' : g);
    }
    genders.set(doc, out);
  }
  return out;
}

/** Whether a person may be "he" or "she" as the document titles them ("Mrs Ruiz" is no "he"). */
export function agreesInGender(doc: DocRelations, m: Mention, pronoun: string): boolean {
  const g = gendersOf(doc).get(m.key);
  if (!g || g === 'either') return true;
  return g === (pronoun === 'she' || pronoun === 'her' || pronoun === 'hers' ? 'she' : 'he');
}

/** "Ola Berg said …", "…, said Ola Berg": a person named as the one who speaks. */
function isQuoteSource(tokens: Token[], m: Mention): boolean {
  const after = tokens[m.tokenEnd];
  const before = tokens[m.tokenStart - 1];
  return (!!after && SPEECH_VERBS.has(after.lower)) || (!!before && SPEECH_VERBS.has(before.lower));
}

const topCounts = new WeakMap<DocRelations, number>();

/** How often the story's protagonist, its most named person, is named. */
function topCountOf(doc: DocRelations, counts: Map<string, number>): number {
  let top = topCounts.get(doc);
  if (top === undefined) {
    top = 0;
    for (const n of counts.values()) if (n > top) top = n;
    topCounts.set(doc, top);
  }
  return top;
}

/**
 * The person a singular pronoun refers to, among `candidates` (earlier persons in document order, the
 * current sentence's before the pronoun last); undefined when none was named in the last six sentences.
 */
export function mostSalientPerson(sc: SentenceContext, candidates: Mention[], pronoun = ''): Mention | undefined {
  const counts = countsOf(sc.doc);
  const best = new Map<string, { m: Mention; score: number }>();
  for (const m of candidates) {
    if (pronoun && !agreesInGender(sc.doc, m, pronoun)) continue;
    const distance = sc.s.index - m.sentence;
    // (Recency halves per sentence: past two or three sentences the protagonist's weight decides.)
    if (distance > 6) continue;
    const tokens = sc.doc.ctx.sentences[m.sentence].tokens;
    let score = 100 / 2 ** distance;
    if (isSubject(tokens, m)) score += 80;
    // (A source is passed over in the sentences after: in "Lund said he would go" he is Lund.)
    if (inAside(tokens, m) || (distance > 0 && isQuoteSource(tokens, m) && (counts.get(m.key) ?? 0) < topCountOf(sc.doc, counts))) score -= 60;
    score += Math.min(50, 10 * (counts.get(m.key) ?? 0));
    // A person named several times counts by their best-placed mention.
    const prev = best.get(m.key);
    if (!prev || score >= prev.score) best.set(m.key, { m, score });
  }
  let top: { m: Mention; score: number } | undefined;
  for (const b of best.values()) if (!top || b.score > top.score) top = b;
  return top?.m;
}
