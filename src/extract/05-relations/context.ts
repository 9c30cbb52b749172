// The state the relation families share: per document (lookup maps, the relations found, what earlier
// sentences named, for pronouns) and per sentence (its tokens and mentions, its speaker). Plain objects
// passed to module-level functions, so V8 compiles each family once instead of one huge closure.

import type { Mention, Predicate, RelationMatch, Sentence, Token } from '../../types';
import { PREDICATE_SCHEMA } from '../../types';
import type { ConcernTrigger } from '../03-phrases';
import { tokenKey, type DocContext } from '../context';
import { SPEECH_VERBS } from '../model/lexicon';
import { lower } from '../tokens-util';
import { sentenceHas } from '../word-classes';
import { agreesInGender, mostSalientPerson } from './salience';

export type RelationsInput = DocContext & { triggers?: ConcernTrigger[] };

/** What the whole document shares: lookups, the relations found so far, and the antecedents of pronouns. */
export interface DocRelations {
  ctx: RelationsInput;
  out: RelationMatch[];
  byId: Map<string, Mention>;
  /** Actor and place mentions by tokenKey(sentence, tokenEnd / tokenStart) (no concerns or agreements). */
  byTokenEnd: Map<number, Mention>;
  byTokenStart: Map<number, Mention>;
  triggersIn: Map<number, ConcernTrigger[]>;
  recentPersons: Mention[];
  recentCountries: Mention[];
  countryCounts: Map<string, number>;
  lastAgreement: Mention | undefined;
  lastConcern: Mention | undefined;
  lastSpeaker: Mention | undefined;
  /** The teams named by town and plural, by the plural's singular ("Ranger" for "the Alden Rangers"); built when first asked. */
  teamsBySingular?: Map<string, Mention>;
  /** The same teams by their town ("Alden"), none for a town with two; built with teamsBySingular. */
  teamsByTown?: Map<string, Mention | undefined>;
}

/** One sentence as the families read it. */
export interface SentenceContext {
  doc: DocRelations;
  s: Sentence;
  tokens: Token[];
  /** The sentence's mentions in token order. */
  ms: Mention[];
  persons: Mention[];
  /** Who speaks in the sentence ("…, Ardern said."); set once findSpeaker has run. */
  speaker: Mention | undefined;
}

/**
 * Whether the sentence holds a word of the class (word-classes.ts): a family skips its scan for a
 * trigger word when not. (True for tokens other than the sentence's own, which are scanned.)
 */
export function hasWordOf(sc: SentenceContext, bits: number): boolean {
  return sc.tokens !== sc.s.tokens || sentenceHas(sc.s, bits);
}

/** Resolves the pronoun or plural reference at token k to the mentions it stands for. */
export type PronounResolver = (sc: SentenceContext, k: number) => Mention[];

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const PLURAL_REFS = new Set(['they', 'their', 'both', 'pair', 'two', 'leaders', 'sides', 'countries', 'nations', 'governments']);
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our']);
// "the two countries", "both nations": plural references to countries rather than people.
export const COUNTRY_PLURALS = new Set(['countries', 'nations', 'governments', 'sides', 'states']);
export { SINGULAR_PRONOUNS };

/** Adds a relation unless it links a mention to itself or breaks the predicate's domain or range. */
export function add(sc: SentenceContext, subject: Mention | undefined, predicate: Predicate, object: Mention | undefined, rule: string, confidence: number, role?: string): void {
  if (!subject || !object || subject.key === object.key && subject.kind === object.kind && subject.kind !== 'Agreement' && subject.kind !== 'Concern') return;
  if (subject.id === object.id) return;
  const schema = PREDICATE_SCHEMA[predicate];
  if (!schema.from.includes(subject.kind) || !schema.to.includes(object.kind)) return;
  sc.doc.out.push({ subject: subject.id, predicate, object: object.id, sentence: sc.s.index, rule, confidence, role });
}

/** The actor or place mention that ends right before token k of the sentence. */
export function mentionEndingAt(sc: SentenceContext, k: number): Mention | undefined {
  return sc.doc.byTokenEnd.get(tokenKey(sc.s.index, k));
}

// Lower-case nouns of a kind of body: "the company", "the RMT union's leader".
export const BODY_NOUNS = new Set(['company', 'committee', 'bank', 'corporation', 'university', 'college', 'school', 'party', 'union', 'council', 'commission', 'association', 'board', 'agency', 'institute', 'foundation', 'newspaper', 'paper', 'firm', 'group', 'society', 'league', 'club', 'church', 'hospital', 'museum', 'library', 'department', 'court', 'academy', 'orchestra']);

/**
 * The owner before a possessive at token k: the mention ending there, or a body named right before
 * its lower-case kind noun ("the RMT union's general secretary", "the Zenco group's chairman").
 */
export function ownerBeforePossessive(sc: SentenceContext, k: number): Mention | undefined {
  const m = mentionEndingAt(sc, k);
  if (m || !BODY_NOUNS.has(sc.tokens[k - 1]?.text ?? '')) return m;
  const body = mentionEndingAt(sc, k - 1);
  return body?.kind === 'Organization' ? body : undefined;
}

/** The actor or place mention that starts at token k of the sentence. */
export function mentionStartingAt(sc: SentenceContext, k: number): Mention | undefined {
  return sc.doc.byTokenStart.get(tokenKey(sc.s.index, k));
}

/** An agreement or concern that stands for an earlier one ("the deal") is read as that one. */
export function antecedentOf(doc: DocRelations, m: Mention): Mention {
  return m.meta?.antecedent ? doc.byId.get(String(m.meta.antecedent)) ?? m : m;
}

/** "she", "the two leaders", "the two countries", "we": the persons or countries meant. */
export function resolvePronoun(sc: SentenceContext, k: number): Mention[] {
  const { tokens, ms, persons, doc } = sc;
  const w = lower(tokens[k]);
  if (COUNTRY_PLURALS.has(w)) {
    // "the two countries": the two the article has named most so far (the last named on ties).
    const cs = [...doc.recentCountries, ...ms.filter((m) => m.kind === 'Country' && m.tokenEnd <= k)];
    // "… between India and Brazil. Both countries signed …": the pair just named together.
    const pair = /^(both|two)$/.test(lower(tokens[k - 1])) ? lastCoordinatedPair(doc, cs, sc.s.index - 1) : undefined;
    if (pair) return pair;
    const score = new Map<string, { m: Mention; n: number; last: number }>();
    cs.forEach((c, i) => score.set(c.key, { m: c, n: doc.countryCounts.get(c.key) ?? 0, last: i }));
    const ranked = [...score.values()].sort((a, b) => b.n - a.n || b.last - a.last);
    return ranked.length >= 2 ? ranked.slice(0, 2).map((r) => r.m) : [];
  }
  if (w === 'they') {
    const body = speakingBody(sc, k);
    if (body) return [body];
  }
  const before = [...doc.recentPersons, ...persons.filter((p) => p.tokenEnd <= k)];
  const distinct: Mention[] = [];
  for (let i = before.length - 1; i >= 0 && distinct.length < 2; i--) if (!distinct.some((d) => d.key === before[i].key)) distinct.push(before[i]);
  if (SINGULAR_PRONOUNS.has(w)) {
    const p = mostSalientPerson(sc, before, w);
    return p ? [p] : distinct.slice(0, 1).filter((d) => agreesInGender(doc, d, w));
  }
  if (PLURAL_REFS.has(w) || /^leaders?['’]?$/.test(w)) return distinct.length === 2 ? distinct : [];
  if (FIRST_PERSON.has(w) && sc.speaker) return [sc.speaker];
  return [];
}

// "Officials at Acme said they …": people named by their body, who speak for it.
const BODY_PEOPLE = new Set(['officials', 'leaders', 'members', 'representatives', 'executives', 'bosses', 'managers', 'staff', 'workers', 'spokesmen']);

/**
 * "The union said they were worried", "Officials at the Zenco Union said they were concerned": "they"
 * right after a speech verb whose subject is a body (or its people) is that body, as British usage
 * makes a body plural; not the last two persons named.
 */
function speakingBody(sc: SentenceContext, k: number): Mention | undefined {
  const { tokens } = sc;
  if (!SPEECH_VERBS.has(lower(tokens[k - 1]))) return undefined;
  const body = mentionEndingAt(sc, k - 1);
  if (body?.kind !== 'Organization') return undefined;
  const q = lower(tokens[body.tokenStart - 1]) === 'the' ? body.tokenStart - 2 : body.tokenStart - 1;
  if (q < 0) return body;
  const w = lower(tokens[q]);
  return (w === 'at' || w === 'of' || w === 'from') && BODY_PEOPLE.has(lower(tokens[q - 1])) && q - 1 <= 2 ? body : undefined;
}

/** The last two countries named as "X and Y" (or "X and the Y") in sentence `since` or later. */
function lastCoordinatedPair(doc: DocRelations, cs: Mention[], since: number): Mention[] | undefined {
  for (let i = cs.length - 1; i > 0 && cs[i].sentence >= since; i--) {
    const [x, y] = [cs[i - 1], cs[i]];
    if (x.sentence !== y.sentence || x.key === y.key) continue;
    const ts = doc.ctx.sentences[x.sentence].tokens;
    let q = x.tokenEnd;
    if (lower(ts[q]) !== 'and') continue;
    if (lower(ts[q + 1]) === 'the') q++;
    if (q + 1 === y.tokenStart) return [x, y];
  }
  return undefined;
}

/** For headlines, where no earlier sentence is there to resolve a pronoun. */
export function noPronouns(_sc: SentenceContext, _k: number): Mention[] {
  return [];
}
