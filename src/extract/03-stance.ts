// Pass 3b: stance at actions and policies. The phrases pass finds concerns that a trigger noun or verb
// introduces ("expressed concern about the crackdown"); this pass reads the clause shapes by which an
// actor opposes or worries about an action, a policy or a measure that need not be a concern noun:
// "opposes easing the embargo", "called the levy unjustified", "wants the quota to end", "urged the
// council not to close the clinic", "cannot support the plan's fund", "the campaign against graft";
// also what a speaker says will do harm ("said the levy would undermine …"), judgements before their
// speaker ("X is a backward policy, Y said"), critics, relative clauses, passives with an agent,
// adjectives of stance and phrasal verbs (their words in model/lexicons/stance.ts).
// Each pattern is one row below (id, trigger words, example); it names a Concern after its object
// phrase and leaves a trigger for the relations pass, which finds the actor (the clause subject, or
// the subjects the row names itself when they stand elsewhere).

import type { Mention, Sentence, Token } from '../types';
import { mentionsBySentence, tokenKey, type DocContext } from './context';
import { coveringMention, conjuncts, makeConcern, objectEnd, trimSpan, type ConcernTrigger } from './03-phrases';
import { CONCERN_HEADS, MEASURE_FAMILIES, SPEECH_VERBS } from './model/lexicon';
import {
  AGAINST_VERBS, ATTACK_VERBS, AVOW_VERBS, BAD_PROBLEM_NOUNS, DEALING_VERBS, DISPUTE_NOUNS, MARTIAL_HEADS, PLEDGE_VERBS, PROTEST_ACT_VERBS, GROUNDS_NOUNS, JUDGED_PROBLEM_NOUNS, MEASURE_NOUNS, SAFEGUARD_VERBS, SEVERITY_WORDS, VALUE_NOUNS, BACKING_VERBS, COPULAR_VERBS, CRITIC_NOUNS, ENDING_NOUNS, PHRASAL_STANCES, PLAN_NOUNS, RELIEF_VERBS, STANCE_ADJECTIVES, AVOWAL_NOUNS, BAD_OUTCOMES, BELIEF_VERBS, CALL_FOR_VERBS, CALL_VERBS, CONCERN_VERBS, CONSEQUENCE_VERBS, END_WORDS, GENERIC_OBJECTS,
  HARDSHIP_ADJECTIVES, HARM_PAST, HARM_VERBS, INCREASE_VERBS, JUDGING_VERBS, NEGATIVE_JUDGEMENTS, OPPOSE_VERBS, POSITIVE_JUDGEMENTS, PROBLEM_NOUNS, REMEDY_PARTICIPLES, RISK_NOUNS, PRIORITY_NOUNS, REFUSALS, STRUGGLE_NOUNS, SUPPORT_VERBS, TOPIC_VERBS, UNDO_PARTICIPLES, URGE_VERBS, WANT_VERBS, WORRY_WORDS,
  type StancePredicate,
} from './model/lexicons/stance';
import { lower, spanText } from './tokens-util';

type Ctx = DocContext & { triggers?: ConcernTrigger[] };

/** What a pattern found at its trigger word: the object phrase and how to read it. */
interface StanceHit {
  start: number;
  end: number;
  predicate: StancePredicate;
  /** Topics of talk must be concern nouns ("the dispute over X"); stances may name any action. */
  requireHead?: boolean;
  /** A list of topics separated by commas ("talked about X, the war on Y and Z"). */
  list?: boolean;
  /** The one blamed, before "for" ("criticised Peru for …"): involved in the concern as its actor. */
  actorSpan?: [number, number];
  /** Where the subject stands when not before the trigger ("met X to discuss Y": the subject of "met"). */
  subjectToken?: number;
  /** The subjects themselves, found away from the clause subject ("In Chile, there is concern …"). */
  subjectIds?: string[];
  /** Places the concern is about though its words do not name them ("In Chile, there is anxiety about migrants coming in"). */
  involved?: string[];
  /** The subject is whoever speaks: the hit counts only inside a quotation ("… and also the issue of X."). */
  bySpeaker?: boolean;
  /** The object is one concern even when coordinated ("the issue of illiteracy and poverty"). */
  whole?: boolean;
  /**
   * The phrase names a concern whoever holds it ("segregation remains the most troublesome issue",
   * "legislation against discrimination was called for"): with no actor found it is still named,
   * with no relation.
   */
  entityOnly?: boolean;
  /** Named with no relation even when an actor stands before the trigger ("a strong fight against X"). */
  actorless?: boolean;
}

interface StancePattern {
  id: string;
  words: ReadonlySet<string>;
  match: (tokens: Token[], ms: Mention[], k: number) => StanceHit | undefined;
}

const ACTOR_KINDS = new Set(['Person', 'Country', 'Organization']);
// The copula or modal of a fronted clause ("X is a backward policy, Y said"; "X would hurt Z, Y warned").
const FRONTED_VERBS = new Set(['is', 'was', 'are', 'were', 'would', 'could', 'will', 'might', 'may']);
// Verbs of speech with the one told after them: "told reporters the levy was unfair".
const TELLING_VERBS = new Set(['told', 'tells', 'tell', 'assured', 'assures', 'reminded', 'informed', 'warned']);
// The phrasal rows by their verb forms, so a common verb ("took") costs one look-up.
const PHRASAL_BY_VERB = new Map<string, typeof PHRASAL_STANCES>();
for (const row of PHRASAL_STANCES) for (const v of row.verbs) PHRASAL_BY_VERB.set(v, [...(PHRASAL_BY_VERB.get(v) ?? []), row]);
const OBJECT_PREPS = new Set(['to', 'against', 'about', 'over', 'at', 'of', 'on']);
const COPULA_CHAIN = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained', 'remain', 'would', 'could', 'can', 'will', 'may', 'might', 'should', 'must', 'seems', 'seemed', "'s"]);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'longer']);
const PRONOUNS = new Set(['it', 'this', 'that', 'them', 'these', 'those', 'him', 'her', 'us', 'me', 'you', 'itself', 'one']);
const LIGHT_HEADS = new Set(['bid', 'bids', 'attempt', 'attempts', 'plan', 'plans', 'move', 'moves', 'proposal', 'proposals', 'effort', 'efforts', 'decision', 'push', 'pressure', 'call', 'calls', 'threat', 'threats', 'idea', 'scheme']);
// "too high", "too close": judgements of a measure or a tie ("too young" is said of people).
const EXCESS_ADJECTIVES = new Set(['high', 'low', 'large', 'big', 'great', 'much', 'many', 'expensive', 'costly', 'close', 'risky', 'slow', 'generous', 'strict', 'lax', 'weak', 'steep', 'heavy', 'little', 'few', 'long']);
// What one threatens to do, not what one threatens: "threatened reprisal against X", "threatens legal action".
const THREATENED_ACTS = /^(reprisals?|retaliation|action|sanctions|strikes?|veto|war|force|legal|walkouts?|boycotts?|resignation|measures|lawsuits?|suits?|violence|punishment|consequences|countermeasures)$/;
const IDIOM_HEADS = new Set(['temptation', 'urge', 'chance', 'opportunity', 'right', 'ability', 'need', 'way', 'idea', 'notion', 'view', 'suggestion', 'impression']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const DETERMINER_LIKE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
const SPLIT_PUNCT = /^[.;:!?()]$/;
const QUOTES = /^["“”'‘’]$/;
// Struggles whose object is an issue whoever wages them: "legislation against racial discrimination".
// (Not "war" or "battle": "the war against the cardinals" names an enemy.)
const ISSUE_STRUGGLES = new Set(['campaign', 'campaigns', 'fight', 'struggle', 'crusade', 'drive', 'crackdown', 'legislation', 'law', 'laws', 'measures']);
// Words a clause may open after: "…, and X remains the main problem", "with X still the main issue".
const CLAUSE_OPENERS = /^(,|;|:|--|—|"|“|and|but|with|that|because|as|since|if|when|while|although|though|whereas)$/;
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|morning|afternoon|evening)$/;

/** Skips a time phrase at k ("on Tuesday", "last week", "yesterday") and the preposition after it. */
function skipTime(tokens: Token[], k: number): number {
  let q = k;
  if (/^(on|last|this|next|early|late)$/.test(lower(tokens[q])) && TIME_WORDS.test(lower(tokens[q + 1]))) q += 2;
  else if (/^(yesterday|today|tonight)$/.test(lower(tokens[q])) || (TIME_WORDS.test(lower(tokens[q])) && tokens[q].pos === 'PROPN')) q++;
  else return k;
  return q;
}

/** Skips adverbs and quotation marks from k on. */
function skipFillers(tokens: Token[], k: number): number {
  while (k < tokens.length && (tokens[k].pos === 'ADV' || QUOTES.test(tokens[k].text)) && !NEGATORS.has(tokens[k].lower)) k++;
  return k;
}

/** The end of the object phrase from j; "a bid to reduce the rebate" runs on through the light noun's verb. */
// The last phrase measured: several rows of one verb of speech measure the same clause after it.
let lastPhrase: { tokens: Token[]; ms: Mention[]; j: number; e: number } | undefined;

function phraseEnd(tokens: Token[], ms: Mention[], j: number): number {
  if (lastPhrase && lastPhrase.tokens === tokens && lastPhrase.ms === ms && lastPhrase.j === j) return lastPhrase.e;
  const e = measurePhrase(tokens, ms, j);
  lastPhrase = { tokens, ms, j, e };
  return e;
}

function measurePhrase(tokens: Token[], ms: Mention[], j: number): number {
  let e = objectEnd(tokens, j, ms);
  // "the proposed whaling fund": a participle before a noun belongs to the phrase.
  while (e < tokens.length && e > j && tokens[e].pos === 'VERB' && /(ed|ing)$/.test(tokens[e].lower) && /^(DET|ADJ|VERB|PART|NUM|SYM|NOUN)$/.test(tokens[e - 1].pos) && /^(NOUN|VERB|ADJ)$/.test(tokens[e + 1]?.pos ?? '')) {
    e = objectEnd(tokens, e + 1, ms);
  }
  // "any bid to reduce the rebate", "attempts to ease the embargo": the action is the point.
  for (let guard = 0; guard < 2; guard++) {
    const last = e - 1 >= j && lower(tokens[e - 1]) === 'to' ? e - 2 : e - 1;
    if (!LIGHT_HEADS.has(lower(tokens[last]))) break;
    const to = last + 1;
    if (lower(tokens[to]) !== 'to' || tokens[to + 1]?.pos !== 'VERB') break;
    e = objectEnd(tokens, to + 2, ms);
  }
  return e;
}

/** "posed a serious threat", "poses a risk": a threat posed. */
function harmfulPose(tokens: Token[], v: number): boolean {
  let q = v + 1;
  if (/^(a|an|no)$/.test(lower(tokens[q]))) {
    if (lower(tokens[q]) === 'no') return false;
    q++;
  }
  while (q < tokens.length && tokens[q].pos === 'ADJ') q++;
  return RISK_NOUNS.has(lower(tokens[q]));
}

/** Whether the verb group at v says harm will come: "undermine …", "make … more difficult", "increase the risks", "mean a steep hike". */
function harmful(tokens: Token[], v: number): boolean {
  const w = lower(tokens[v]);
  if (HARM_VERBS.has(w)) return true;
  const within = (n: number, words: ReadonlySet<string>): boolean => {
    for (let q = v + 1; q < Math.min(tokens.length, v + n); q++) {
      if (SPLIT_PUNCT.test(tokens[q].text)) return false;
      if (words.has(tokens[q].lower)) return true;
    }
    return false;
  };
  if (/^(make|makes|become|becomes|prove|proves)$/.test(w)) return within(6, HARDSHIP_ADJECTIVES);
  if (INCREASE_VERBS.has(w)) return within(5, RISK_NOUNS);
  if (CONSEQUENCE_VERBS.has(w)) {
    for (let q = v + 1; q < Math.min(tokens.length, v + 24); q++) {
      const t = tokens[q];
      if (SPLIT_PUNCT.test(t.text) || /^(but|because|although|though|while|whereas)$/.test(t.lower)) return false;
      if (HARM_VERBS.has(t.lower) || (BAD_OUTCOMES.has(t.lower) && t.pos === 'NOUN')) return true;
    }
  }
  return false;
}

/** Whether the tokens hold a double quotation mark (a cheap scan: it runs on every sentence). */
function quoteMarks(tokens: Token[]): boolean {
  for (const t of tokens) if (t.text.length === 1 && (t.text === '"' || t.text === '“' || t.text === '”')) return true;
  return false;
}

/** Whether a quotation is open after the tokens, given whether one was open before them. */
function quoteStateAfter(tokens: Token[], open: boolean): boolean {
  for (let q = 0; q < tokens.length; q++) {
    const t = tokens[q];
    // A new paragraph of a running quotation opens with a quotation mark that closes nothing.
    if (q === 0 && open && t.text === '"') continue;
    if (t.text === '“') open = true;
    else if (t.text === '”') open = false;
    else if (t.text === '"') open = !open;
  }
  return open;
}

/** Whether token k stands inside a quotation, one possibly opened in an earlier sentence. */
function quotedAt(tokens: Token[], k: number, openAtStart: boolean): boolean {
  return quoteStateAfter(tokens.slice(0, k), openAtStart);
}

/**
 * Where the reported clause after a verb of speech at k begins: past a time phrase ("said on Monday
 * that"), the one told ("told reporters the levy …", "told MPs that …") and "that".
 */
function reportedStart(tokens: Token[], ms: Mention[], k: number): number {
  let j = skipTime(tokens, k + 1);
  if (TELLING_VERBS.has(tokens[k].lower)) {
    const told = coveringMention(ms, j);
    if (told && told.tokenStart === j && ACTOR_KINDS.has(told.kind)) j = told.tokenEnd;
    else if (tokens[j]?.pos === 'NOUN' && /s$/.test(tokens[j].lower) && /^(DET|PROPN|SCONJ)$/.test(tokens[j + 1]?.pos ?? '')) j++;
  }
  if (lower(tokens[j]) === 'that') j++;
  return j;
}

/** Whether the verb at k is used as a verb (wink tags a few of these as nouns or adjectives). */
function isVerb(t: Token): boolean {
  return t.pos === 'VERB';
}

/** Where the noun phrase that ends before e begins ("racial discrimination in employment"), or e when none. */
function phraseBefore(tokens: Token[], ms: Mention[], e: number): number {
  let a = e;
  while (a > 0) {
    const t = tokens[a - 1];
    const m = coveringMention(ms, a - 1);
    if (m && m.kind !== 'Person' && m.kind !== 'Concern' && m.kind !== 'Agreement') a = m.tokenStart;
    else if (/^(NOUN|ADJ|PROPN|NUM|DET)$/.test(t.pos) || /^['’]s?$/.test(t.text)) a--;
    // ("discrimination in employment": a preposition between two nouns.)
    // ("cost of power and machinery": a coordination between two nouns.)
    else if (/^(of|in|on|over|against|among|within|and|or)$/.test(t.lower) && a < e && /^(NOUN|PROPN)$/.test(tokens[a - 2]?.pos ?? '')) a--;
    else break;
  }
  return a;
}

/** The person or body a sentence reports, when a verb of speech sets it off by commas ("X, Y said." or ", Y reported, X"). */
function reporterOf(tokens: Token[], ms: Mention[]): Mention | undefined {
  for (const m of ms) {
    if (!ACTOR_KINDS.has(m.kind) || m.meta?.candidate === 'yes') continue;
    const after = tokens[m.tokenEnd];
    if (after && SPEECH_VERBS.has(after.lower) && tokens[m.tokenStart - 1]?.text === ',' && /^[,.]$/.test(tokens[m.tokenEnd + 1]?.text ?? '.')) return m;
    const before = tokens[m.tokenStart - 1];
    if (before && SPEECH_VERBS.has(before.lower) && tokens[m.tokenStart - 2]?.text === ',' && /^[,.]$/.test(tokens[m.tokenEnd]?.text ?? '.')) return m;
  }
  return undefined;
}

/** "a threat to Egypt", "the main problem facing Chile": who is threatened is involved in the concern. */
function threatened(tokens: Token[], ms: Mention[], q: number): Partial<StanceHit> {
  if (!/^(to|for|facing)$/.test(lower(tokens[q]))) return {};
  const at = lower(tokens[q + 1]) === 'the' ? q + 2 : q + 1;
  const m = ms.find((x) => x.tokenStart === at && (x.kind === 'Country' || x.kind === 'Place' || x.kind === 'Organization') && x.meta?.candidate !== 'yes');
  return m ? { involved: [m.id] } : {};
}

/** The head noun of [a, e): the last noun before its first preposition. */
function headNoun(tokens: Token[], a: number, e: number): string | undefined {
  let head: string | undefined;
  for (let q = a; q < e; q++) {
    if (tokens[q].pos === 'ADP') break;
    if (tokens[q].pos === 'NOUN') head = tokens[q].lower;
  }
  return head;
}

// ---- the patterns, one row each ------------------------------------------------------------------

const PATTERNS: StancePattern[] = [
  // oppose-object: "opposes easing the restrictions", "decried the cuts", "objected to the levy".
  {
    id: 'oppose-object',
    words: OPPOSE_VERBS,
    match(tokens, _ms, k) {
      const t = tokens[k];
      // "opposed to X" is tagged ADJ; "protests", "a block" as nouns are no verbs.
      if (!isVerb(t) && !(t.lower === 'opposed' && lower(tokens[k + 1]) === 'to')) return undefined;
      // ("two diametrically opposed views": a participle before its noun is an adjective.)
      if (/^(DET|NUM)$/.test(tokens[k - 1]?.pos ?? '') || (tokens[k - 1]?.pos === 'ADV' && /^(DET|NUM)$/.test(tokens[k - 2]?.pos ?? ''))) return undefined;
      let j = skipTime(tokens, skipFillers(tokens, k + 1));
      if (OBJECT_PREPS.has(lower(tokens[j])) && (/^(object|protest|oppos)/.test(t.lower) || tokens[j].lower === 'against')) j++;
      if (lower(tokens[j]) === 'to' || lower(tokens[j]) === 'that' || tokens[j]?.pos === 'ADP') return undefined; // "refused to", "rejected that", "rejected by"
      if (/^threat/.test(t.lower) && THREATENED_ACTS.test(lower(tokens[j])) ) return undefined;
      if (/^threat/.test(t.lower) && THREATENED_ACTS.test(lower(tokens[j + 1])) && /^(DET|ADJ)$/.test(tokens[j].pos)) return undefined;
      // "was rejected by most", "were blocked": a passive's object stands before it.
      // ("is opposed to the dam" is no passive: the subject opposes.)
      if (tokens[k - 1]?.pos === 'AUX' && /ed$/.test(t.lower) && /^(is|was|are|were|be|been|being|get|got)$/.test(tokens[k - 1].lower) && !(t.lower === 'opposed' && lower(tokens[k + 1]) === 'to')) return undefined;
      const end = phraseEnd(tokens, _ms, j);
      // "is suing the firms involved in the sale of the unit": those sued are no concern; what they
      // took part in is.
      for (let q = j + 1; q < end; q++) {
        if (!/^(involved|implicated)$/.test(tokens[q].lower) || lower(tokens[q + 1]) !== 'in') continue;
        const from = skipFillers(tokens, q + 2);
        return { start: from, end: phraseEnd(tokens, _ms, from), predicate: 'opposes' };
      }
      // "criticised the government for its handling of the shortage", "condemned Peru for the arrest
      // of …": who is criticised is the actor of the concern; what they are criticised for is it.
      // ("condemned Peru over the arrests": "over" after a name does the same.)
      // ("blame us for all their troubles": one blames a named party for a concern, or nothing here.)
      if (/^blam/.test(t.lower) && !_ms.some((m) => m.tokenStart === j && ACTOR_KINDS.has(m.kind))) return undefined;
      // ("to oppose Mayor X for the nomination": a rival for a post is opposed, and the post is no concern.)
      if (/^(oppos|challeng)/.test(t.lower) && _ms.some((m) => m.tokenStart === j && m.kind === 'Person')) return undefined;
      for (let f = j + 1; f < Math.min(end, j + 8); f++) {
        if (tokens[f].lower !== 'for' && !(tokens[f].lower === 'over' && coveringMention(_ms, f - 1))) continue;
        const from = /^(its|their|his|her)$/.test(lower(tokens[f + 1])) ? f + 2 : f + 1;
        if (f + 1 < end) return { start: from, end: phraseEnd(tokens, _ms, from), predicate: 'opposes', actorSpan: [j, f] };
        break;
      }
      return { start: j, end, predicate: 'opposes' };
    },
  },
  // worry-in-place: "In Chile and Peru, there is growing anxiety about miners moving south": the
  // countries a clause opens with hold the worry that "there is" states.
  {
    id: 'worry-in-place',
    words: WORRY_WORDS,
    match(tokens, ms, k) {
      let q = k - 1;
      // ("growing", "increasing" are tagged verbs as often as adjectives.)
      while (q >= 0 && (tokens[q].pos === 'ADJ' || tokens[q].pos === 'ADV' || /ing$/.test(tokens[q].lower))) q--;
      if (lower(tokens[q]) === 'been') q--;
      if (!/^(is|are|was|were|has|have)$/.test(lower(tokens[q])) || lower(tokens[q - 1]) !== 'there') return undefined;
      let o = 0;
      while (o < q && QUOTES.test(tokens[o].text)) o++;
      let places: Mention[];
      let j0 = skipFillers(tokens, k + 1);
      if (/^(in|among)$/.test(lower(tokens[j0]))) {
        // "there has been deep unease in Egypt about X": the country after the worry holds it.
        const at = lower(tokens[j0 + 1]) === 'the' ? j0 + 2 : j0 + 1;
        const m = ms.find((x) => x.tokenStart === at && x.kind === 'Country');
        if (!m) return undefined;
        places = [m];
        j0 = skipFillers(tokens, m.tokenEnd);
      } else {
        if (lower(tokens[o]) !== 'in') return undefined;
        let comma = o + 1;
        while (comma < q && tokens[comma].text !== ',') comma++;
        places = ms.filter((m) => m.kind === 'Country' && m.tokenStart > o && m.tokenEnd <= comma);
        if (!places.length) return undefined;
      }
      if (!/^(about|over|of|at)$/.test(lower(tokens[j0]))) return undefined;
      const j = skipFillers(tokens, j0 + 1);
      let e = phraseEnd(tokens, ms, j);
      // "other people coming in": a participle after the noun is what the worry is about.
      if (tokens[e]?.pos === 'VERB' && /ing$/.test(tokens[e].lower) && tokens[e - 1]?.pos === 'NOUN') {
        e++;
        if (/^(in|out|up|down|back|over|here|there|abroad|home|north|south|east|west)$/.test(lower(tokens[e])) && !/^(DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[e + 1]?.pos ?? '')) e++;
      }
      // (The worry is held in those countries and is about what happens there: it involves them too.)
      return { start: j, end: e, predicate: 'concernedAbout', subjectIds: places.map((m) => m.id), involved: places.map((m) => m.id) };
    },
  },
  // critic-of: "X is a fierce critic of the dam", "X, an opponent of the dam,", "critics of the dam,
  // such as X, …": a critic or an opponent of something opposes it.
  {
    id: 'critic-of',
    words: CRITIC_NOUNS,
    match(tokens, ms, k) {
      if (lower(tokens[k + 1]) !== 'of') return undefined;
      const j = k + 2;
      const end = phraseEnd(tokens, ms, j);
      if (end <= j) return undefined;
      // "critics of the dam, such as X and Y,", "opponents of the plan, including X": the actors after.
      if (/s$/.test(tokens[k].lower) && tokens[end]?.text === ',' && /^(such|including|among)$/.test(lower(tokens[end + 1]))) {
        let q = end + 2;
        if (/^(as|them)$/.test(lower(tokens[q]))) q++;
        const actors: Mention[] = [];
        for (let m = ms.find((x) => x.tokenStart === q || (x.tokenStart === q + 1 && lower(tokens[q]) === 'the')); m && ACTOR_KINDS.has(m.kind) && m.meta?.candidate !== 'yes'; m = ms.find((x) => x.tokenStart === q + 1 && /^(and|,)$/.test(lower(tokens[q])))) {
          actors.push(m);
          q = m.tokenEnd;
        }
        return actors.length ? { start: j, end, predicate: 'opposes', subjectIds: actors.map((m) => m.id) } : undefined;
      }
      // "X is a (fierce) critic of", "X, a critic of": the one the noun describes.
      let d = k - 1;
      while (d >= 0 && tokens[d].pos === 'ADJ') d--;
      if (!/^(a|an|the)$/.test(lower(tokens[d])) && !/^(his|her|their|its)$/.test(lower(tokens[d]))) return undefined;
      const before = tokens[d - 1];
      if (before && /^(is|was|are|were|remains|remained|became|has been|been)$/.test(before.lower)) return { start: j, end, predicate: 'opposes', subjectToken: d - 1 };
      if (before?.text === ',') {
        const who = ms.find((m) => m.tokenEnd === d - 1 && ACTOR_KINDS.has(m.kind) && m.meta?.candidate !== 'yes');
        if (who) return { start: j, end, predicate: 'opposes', subjectIds: [who.id] };
      }
      return undefined;
    },
  },
  // oppose-relative: "the dam, which Chile opposes, …": the object of a relative clause stands before it.
  {
    id: 'oppose-relative',
    words: OPPOSE_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k]) && tokens[k].lower !== 'opposed') return undefined;
      let q = k - 1;
      while (q >= 0 && (tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV')) q--;
      const who = ms.find((m) => m.tokenEnd === q + 1 && ACTOR_KINDS.has(m.kind) && m.meta?.candidate !== 'yes');
      if (!who || !/^(which|that)$/.test(lower(tokens[who.tokenStart - 1]))) return undefined;
      // (Not "… , which Chile opposes to the plan": the verb has no object of its own after it.)
      if (/^(DET|NOUN|PROPN|ADJ|PRON|NUM)$/.test(tokens[k + 1]?.pos ?? '')) return undefined;
      let e = who.tokenStart - 1;
      if (tokens[e - 1]?.text === ',') e--;
      let a = e - 1;
      while (a >= 0 && (/^(NOUN|ADJ|PROPN|NUM)$/.test(tokens[a].pos) || /^['’]s?$/.test(tokens[a].text) || (coveringMention(ms, a) && coveringMention(ms, a)!.kind !== 'Person'))) a--;
      if (a >= e - 1) return undefined;
      return { start: a + 1, end: e, predicate: 'opposes', subjectIds: [who.id] };
    },
  },
  // be-against: "Chile is firmly against the new dam", "I am against a police state".
  {
    id: 'be-against',
    words: new Set(['against']),
    match(tokens, ms, k) {
      let q = k - 1;
      while (q >= 0 && tokens[q].pos === 'ADV') q--;
      if (!/^(is|am|are|was|were|remains|remained|been|'s|'m|'re)$/.test(lower(tokens[q]))) return undefined;
      const j = skipFillers(tokens, k + 1);
      return { start: j, end: phraseEnd(tokens, ms, j), predicate: 'opposes', subjectToken: q };
    },
  },
  // stance-adjective: "Chile is sceptical about the levy", "remains wary of the pact", "was worried by the
  // rise in piracy": an adjective of stance after a copula, with its preposition.
  {
    id: 'stance-adjective',
    words: new Set(STANCE_ADJECTIVES.keys()),
    match(tokens, ms, k) {
      const entry = STANCE_ADJECTIVES.get(tokens[k].lower)!;
      let c = k - 1;
      while (c >= 0 && tokens[c].pos === 'ADV' && !NEGATORS.has(tokens[c].lower)) c--;
      if (!COPULAR_VERBS.has(lower(tokens[c]))) return undefined;
      const j0 = skipFillers(tokens, k + 1);
      if (!entry.preps.includes(lower(tokens[j0]))) return undefined;
      const j = skipFillers(tokens, j0 + 1);
      return { start: j, end: phraseEnd(tokens, ms, j), predicate: entry.predicate, subjectToken: c };
    },
  },
  // phrasal-stance: "hit out at the levy", "took aim at the plan", "cast doubt on the deal", "warned
  // against complacency", "vowed to crack down on smuggling" (one row per phrase in the lexicon).
  {
    id: 'phrasal-stance',
    words: new Set(PHRASAL_BY_VERB.keys()),
    match(tokens, ms, k) {
      for (const row of PHRASAL_BY_VERB.get(tokens[k].lower)!) {
        if (!row.rest.every((w, i) => lower(tokens[k + 1 + i]) === w)) continue;
        const j = skipFillers(tokens, k + 1 + row.rest.length);
        return { start: j, end: phraseEnd(tokens, ms, j), predicate: row.predicate };
      }
      return undefined;
    },
  },
  // oppose-passive: "the fare increase was opposed by X", "the plan was condemned by Chile": the agent
  // after "by" opposes the subject.
  {
    id: 'oppose-passive',
    words: OPPOSE_VERBS,
    match(tokens, ms, k) {
      if (lower(tokens[k + 1]) !== 'by' || !/ed$/.test(tokens[k].lower)) return undefined;
      // ("challenged by the US Federal Trade Commission": an article may open the agent.)
      const at = lower(tokens[k + 2]) === 'the' ? k + 3 : k + 2;
      const agent = ms.find((m) => m.tokenStart === at && ACTOR_KINDS.has(m.kind) && m.meta?.candidate !== 'yes');
      if (!agent) return undefined;
      // ("blocked by Turkey and Hungary": each coordinated agent opposes it.)
      const agents = [agent.id];
      for (let q = agent.tokenEnd; /^(and|,)$/.test(lower(tokens[q])); ) {
        const w = lower(tokens[q + 1]) === 'and' ? q + 2 : q + 1;
        const next = ms.find((m) => m.tokenStart === (lower(tokens[w]) === 'the' ? w + 1 : w) && ACTOR_KINDS.has(m.kind) && m.meta?.candidate !== 'yes');
        if (!next) break;
        agents.push(next.id);
        q = next.tokenEnd;
      }
      // "The levy, opposed by Chile, …", "… a levy on fuel, a move opposed by Chile": a reduced relative
      // or an apposition names what the agent opposes before its comma.
      const comma = tokens[k - 1]?.text === ',' ? k - 1 : tokens[k - 3]?.text === ',' && /^(a|an)$/.test(lower(tokens[k - 2])) && /^\p{Ll}+$/u.test(tokens[k - 1].text) ? k - 3 : -1;
      if (comma > 0) {
        let b = comma - 1;
        for (;;) {
          while (b >= 0 && (/^(NOUN|ADJ|PROPN|NUM|DET)$/.test(tokens[b].pos) || /^['’]s?$/.test(tokens[b].text) || /^[-–]$/.test(tokens[b].text) || coveringMention(ms, b))) b--;
          // ("a phase-out of all fossil fuels", "a levy on fuel": a noun's own "of"/"on" phrase is part of it.)
          if (/^(of|on|over|against)$/.test(lower(tokens[b])) && (tokens[b - 1]?.pos === 'NOUN' || /^[-–]$/.test(tokens[b - 2]?.text ?? '')) && b < comma - 1) b -= 2;
          else break;
        }
        while (b + 1 < comma && tokens[b + 1].pos === 'DET') b++;
        return b + 1 < comma ? { start: b + 1, end: comma, predicate: 'opposes', subjectIds: agents, whole: true } : undefined;
      }
      let q = k - 1;
      while (q >= 0 && tokens[q].pos === 'ADV') q--;
      if (!/^(is|was|are|were|been|being|be)$/.test(lower(tokens[q]))) return undefined;
      q--;
      while (q >= 0 && (tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV')) q--;
      const e = q + 1;
      let a = q;
      while (a >= 0 && (/^(NOUN|ADJ|PROPN|NUM|DET)$/.test(tokens[a].pos) || /^['’]s?$/.test(tokens[a].text) || coveringMention(ms, a))) a--;
      return a + 1 < e ? { start: a + 1, end: e, predicate: 'opposes', subjectIds: agents } : undefined;
    },
  },
  // face-opposition: "the bill is expected to encounter strong opposition from X", "the plan faces
  // criticism from Chile": who the opposition comes from opposes the subject.
  {
    id: 'face-opposition',
    words: new Set(['opposition', 'criticism', 'resistance', 'objections', 'protests', 'hostility']),
    match(tokens, ms, k) {
      if (!/^(from|by)$/.test(lower(tokens[k + 1]))) return undefined;
      const agents: Mention[] = [];
      let q = k + 2;
      if (lower(tokens[q]) === 'the') q++;
      for (let m = ms.find((x) => x.tokenStart === q && ACTOR_KINDS.has(x.kind) && x.meta?.candidate !== 'yes'); m; m = ms.find((x) => x.tokenStart === q + 1 && /^(and|,)$/.test(lower(tokens[q])) && ACTOR_KINDS.has(x.kind))) {
        agents.push(m);
        q = m.tokenEnd;
      }
      if (!agents.length) return undefined;
      let v = k - 1;
      while (v >= 0 && v >= k - 4 && /^(DET|ADJ|ADV)$/.test(tokens[v].pos)) v--;
      if (!/^(face|faces|faced|facing|encounter|encounters|encountered|meet|meets|met|ran|run|runs|drew|draws|draw|drawn|sparked|provoked|attracted)$/.test(lower(tokens[v]))) return undefined;
      // The subject of that verb, back over "is expected to", "has".
      let q2 = v - 1;
      while (q2 >= 0 && (tokens[q2].pos === 'AUX' || tokens[q2].pos === 'ADV' || tokens[q2].pos === 'PART' || tokens[q2].lower === 'to' || (tokens[q2].pos === 'VERB' && lower(tokens[q2 + 1]) === 'to'))) q2--;
      const e = q2 + 1;
      let a = q2;
      while (a >= 0 && (/^(NOUN|ADJ|PROPN|NUM|DET)$/.test(tokens[a].pos) || /^['’]s?$/.test(tokens[a].text) || coveringMention(ms, a))) a--;
      return a + 1 < e ? { start: a + 1, end: e, predicate: 'opposes', subjectIds: agents.map((m) => m.id) } : undefined;
    },
  },
  // worry-object: "worried about the number of migrant workers", "warned of higher fuel prices" (the
  // phrases pass takes the objects that are concern nouns; this one any action or state).
  {
    id: 'worry-object',
    words: WORRY_WORDS,
    match(tokens, ms, k) {
      // "we'd be worried about …", "could fear …": a hypothetical worry is none.
      for (let q = k - 1; q >= Math.max(0, k - 3); q--) if (/^(would|could|might|may|'d|if)$/.test(tokens[q].lower)) return undefined;
      const j0 = skipFillers(tokens, k + 1);
      // "Chile fears a collapse of copper prices": the verb "fear" takes its object directly ("fears
      // that …" states a proposition; "fears for X" worries on X's behalf).
      if (/^fear(s|ed)?$/.test(tokens[k].lower) && (isVerb(tokens[k]) || ACTOR_KINDS.has(coveringMention(ms, k - 1)?.kind ?? '')) && /^(DET|NOUN|ADJ)$/.test(tokens[j0]?.pos ?? '') && !/^(that|this|these|those)$/.test(tokens[j0].lower)) {
        return { start: j0, end: phraseEnd(tokens, ms, j0), predicate: 'concernedAbout' };
      }
      if (!/^(about|over|of|at|regarding)$/.test(lower(tokens[j0]))) return undefined;
      const j = skipFillers(tokens, j0 + 1);
      // "expressed alarm at", "voiced deep concern over": the subject of the verb of expression.
      let v = k - 1;
      while (v >= 0 && v >= k - 3 && (tokens[v].pos === 'ADJ' || /^(its|their|his|her|some|great|deep|grave)$/.test(tokens[v].lower))) v--;
      const expressed = AVOW_VERBS.has(lower(tokens[v])) || /^(raised|raises|shared|shares|signalled|signaled)$/.test(lower(tokens[v]));
      return { start: j, end: phraseEnd(tokens, ms, j), predicate: 'concernedAbout', subjectToken: expressed ? v : undefined };
    },
  },
  // against-verb: "voted against the tax bill", "spoke out against the crackdown", "campaigned against X".
  {
    id: 'against-verb',
    words: AGAINST_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      let j = k + 1;
      if (/^(out|up|strongly|firmly|publicly|hard)$/.test(lower(tokens[j]))) j++;
      // ("campaigned for years against", "has fought for decades against".)
      if (lower(tokens[j]) === 'for' && /^(years|decades|months|weeks|long)$/.test(lower(tokens[j + 1]))) j += 2;
      if (lower(tokens[j]) !== 'against') return undefined;
      const start = skipFillers(tokens, j + 1);
      return { start, end: phraseEnd(tokens, ms, start), predicate: 'opposes' };
    },
  },
  // concern-verb: "tackle obscene poverty", "countering Russia's aggression", "curb inflation".
  {
    id: 'concern-verb',
    words: CONCERN_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      let j = skipFillers(tokens, k + 1);
      if (lower(tokens[j]) === 'against' || lower(tokens[j]) === 'for') j++;
      // "efforts to combat X", "promises to tackle X": whose efforts the clause does not say; inside
      // a quotation the speaker who names them cares about X.
      // (wink tags some such nouns verbs: "their promises".)
      if (lower(tokens[k - 1]) === 'to' && (tokens[k - 2]?.pos === 'NOUN' || /^(his|her|their|its|our|my|your|the)$/.test(lower(tokens[k - 3])))) return { start: j, end: phraseEnd(tokens, ms, j), predicate: 'concernedAbout', bySpeaker: true };
      return { start: j, end: phraseEnd(tokens, ms, j), predicate: 'concernedAbout' };
    },
  },
  // call-judgement: "called the rebate 'unjustified'", "described the levy as unfair".
  {
    id: 'call-judgement',
    words: CALL_VERBS,
    match(tokens, _ms, k) {
      if (!isVerb(tokens[k]) || /^(on|upon|for|off|in|up|out|back|it)$/.test(lower(tokens[k + 1]))) return undefined;
      for (let q = k + 2; q < Math.min(tokens.length, k + 18); q++) {
        const t = tokens[q];
        if (SPLIT_PUNCT.test(t.text) || t.pos === 'AUX' || (t.pos === 'VERB' && !NEGATIVE_JUDGEMENTS.has(t.lower))) return undefined;
        if (!NEGATIVE_JUDGEMENTS.has(t.lower)) continue;
        let e = q;
        while (e > k + 1 && (QUOTES.test(tokens[e - 1].text) || tokens[e - 1].pos === 'ADV' || /^(as|a|an|an?other|so|too|very|totally|completely|entirely)$/.test(tokens[e - 1].lower))) e--;
        return e > k + 1 ? { start: k + 1, end: e, predicate: 'opposes' } : undefined;
      }
      return undefined;
    },
  },
  // judged-after-speech: "said the rebate was unjustified", "argued the tax could no longer be justified",
  // "thinks the amendment should be rejected", "ruled that the stake is too high".
  {
    id: 'judged-after-speech',
    words: new Set([...SPEECH_VERBS, ...JUDGING_VERBS]),
    match(tokens, ms, k) {
      let j = reportedStart(tokens, ms, k);
      if (!/^(DET|NOUN|PROPN|ADJ|PRON|NUM)$/.test(tokens[j]?.pos ?? '')) return undefined;
      const e = phraseEnd(tokens, ms, j);
      let q = e;
      let copula = false;
      let negated = false;
      let ought = false;
      let too = false;
      while (q < tokens.length && (COPULA_CHAIN.has(tokens[q].lower) || NEGATORS.has(tokens[q].lower) || tokens[q].pos === 'ADV' || QUOTES.test(tokens[q].text))) {
        if (COPULA_CHAIN.has(tokens[q].lower)) copula = true;
        if (NEGATORS.has(tokens[q].lower)) negated = true;
        if (/^(should|must)$/.test(tokens[q].lower)) ought = true;
        if (tokens[q].lower === 'too') too = true;
        q++;
      }
      // "said the dam was a threat to the valley", "… was a costly mistake": a judging noun after "a".
      if (/^(a|an)$/.test(lower(tokens[q]))) {
        q++;
        while (q < tokens.length && tokens[q].pos === 'ADJ' && !NEGATIVE_JUDGEMENTS.has(tokens[q].lower)) q++;
      }
      const w = lower(tokens[q]);
      if (!copula || e <= j) return undefined;
      // "should be rejected", "must be scrapped": the speaker wants it undone; "is too high": too much of it.
      const undone = ought && !negated && (UNDO_PARTICIPLES.has(w) || END_WORDS.has(w));
      const excessive = too && !negated && EXCESS_ADJECTIVES.has(w);
      const bad = undone || excessive || (negated ? POSITIVE_JUDGEMENTS.has(w) : NEGATIVE_JUDGEMENTS.has(w));
      return bad ? { start: j, end: e, predicate: 'opposes', ...threatened(tokens, ms, q + 1) } : undefined;
    },
  },
  // harm-consequence: "said the levy would undermine the harbour's trade", "critics believe the reform
  // could result in firms moving jobs abroad, undercutting wages", "said the ruling would make the
  // merger more difficult": what a speaker says will do harm is what the speaker is concerned about.
  {
    id: 'harm-consequence',
    words: new Set([...SPEECH_VERBS, ...JUDGING_VERBS, ...BELIEF_VERBS]),
    match(tokens, ms, k) {
      const j = reportedStart(tokens, ms, k);
      // ("said it would …": a pronoun names nothing of its own.)
      if (!/^(DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[j]?.pos ?? '')) return undefined;
      const e = phraseEnd(tokens, ms, j);
      if (e <= j) return undefined;
      // "said the dam posed a threat to the valley", "said the levy hurts exporters": a finite verb of harm needs no modal.
      const finite = tokens[e]?.pos === 'VERB' && /(s|ed)$/.test(tokens[e].lower);
      if (finite && (/^pose[sd]?$/.test(tokens[e].lower) ? harmfulPose(tokens, e) : HARM_VERBS.has(tokens[e].lower) || HARM_PAST.has(tokens[e].lower))) return { start: j, end: e, predicate: 'concernedAbout' };
      if (!/^(would|could|will|might|may|can)$/.test(lower(tokens[e]))) return undefined;
      const v = skipFillers(tokens, e + 1);
      return harmful(tokens, v) || (/^pose$/.test(lower(tokens[v])) && harmfulPose(tokens, v)) ? { start: j, end: e, predicate: 'concernedAbout' } : undefined;
    },
  },
  // judged-before-speech: "Keeping girls out of school is a backward policy, Olaf Berg has said": a
  // fronted judgement whose speaker follows it.
  {
    id: 'judged-before-speech',
    words: SPEECH_VERBS,
    match(tokens, ms, k) {
      // The speaker between the comma and the verb: ", President X of Y has said".
      let c = k - 1;
      while (c > 0 && c >= k - 10 && tokens[c].text !== ',' && tokens[c].pos !== 'VERB' && !SPLIT_PUNCT.test(tokens[c].text)) c--;
      if (tokens[c]?.text !== ',') return undefined;
      let a = 0;
      while (a < c && QUOTES.test(tokens[a].text)) a++;
      let p = a + 1;
      while (p < c && !FRONTED_VERBS.has(tokens[p].lower)) p++;
      if (p >= c || p - a > 12) return undefined;
      for (let q = a; q < p; q++) if (tokens[q].text === ',' || tokens[q].pos === 'AUX' || tokens[q].pos === 'SCONJ') return undefined;
      let predicate: StancePredicate = 'opposes';
      if (/^(would|could|will|might|may)$/.test(tokens[p].lower)) {
        // "The levy would hurt fishermen, X warned": harm said to come from it.
        if (!harmful(tokens, skipFillers(tokens, p + 1))) return undefined;
        predicate = 'concernedAbout';
      } else {
        let q = p + 1;
        let negated = false;
        // (wink tags some judgements adverbs: "a backward view".)
        while (q < c && !NEGATIVE_JUDGEMENTS.has(tokens[q].lower) && (/^(a|an)$/.test(tokens[q].lower) || tokens[q].pos === 'ADV' || NEGATORS.has(tokens[q].lower) || QUOTES.test(tokens[q].text))) {
          if (NEGATORS.has(tokens[q].lower)) negated = true;
          q++;
        }
        const w = lower(tokens[q]);
        if (!(negated ? POSITIVE_JUDGEMENTS.has(w) : NEGATIVE_JUDGEMENTS.has(w))) return undefined;
      }
      // The speaker between the comma and the verb, or right after it (", said Olaf Berg").
      const actors = ms.filter((m) => ((m.tokenStart > c && m.tokenEnd <= k) || m.tokenStart === k + 1) && ACTOR_KINDS.has(m.kind) && m.meta?.candidate !== 'yes');
      const speaker = actors.find((m) => m.kind === 'Person') ?? actors[0];
      return speaker ? { start: a, end: p, predicate, subjectIds: [speaker.id] } : undefined;
    },
  },
  // must-be-remedied: "he said education needs had to be tackled", "insists the backlog must be
  // addressed": what a speaker says must be dealt with is the speaker's concern.
  {
    id: 'must-be-remedied',
    words: REMEDY_PARTICIPLES,
    match(tokens, ms, k) {
      let q = k - 1;
      while (q >= 0 && tokens[q].pos === 'ADV') q--;
      if (lower(tokens[q]) !== 'be') return undefined;
      q--;
      if (/^(must|should)$/.test(lower(tokens[q]))) q--;
      else if (lower(tokens[q]) === 'to' && /^(has|had|have|needs|need|ought)$/.test(lower(tokens[q - 1]))) q -= 2;
      else return undefined;
      // The phrase before the modal, back to the verb that reports it.
      let a = q;
      // (wink tags the plural head of a compound a verb: "education needs".)
      while (a >= 0 && (/^(NOUN|ADJ|PROPN|DET|NUM)$/.test(tokens[a].pos) || /^['’]s?$/.test(tokens[a].text) || coveringMention(ms, a) || (tokens[a].pos === 'VERB' && /s$/.test(tokens[a].lower) && tokens[a - 1]?.pos === 'NOUN'))) a--;
      let v = a;
      a++;
      if (a > q) return undefined;
      if (lower(tokens[v]) === 'that') v--;
      if (!SPEECH_VERBS.has(lower(tokens[v])) && !BELIEF_VERBS.has(lower(tokens[v]))) return undefined;
      return { start: a, end: q + 1, predicate: 'concernedAbout', subjectToken: v };
    },
  },
  // problem-of: "it is the disputes, and also the issue of illiteracy and poverty" in a quotation,
  // "highlighted the scourge of drug abuse": what a speaker names as a problem is a concern.
  {
    id: 'problem-of',
    words: new Set([...PROBLEM_NOUNS, 'ground', 'grounds']),
    match(tokens, ms, k) {
      if (lower(tokens[k + 1]) !== 'of') return undefined;
      let d = k - 1;
      // ("breeding grounds of extremism": "grounds" only after "breeding".)
      if (/^grounds?$/.test(tokens[k].lower)) {
        if (lower(tokens[d]) !== 'breeding') return undefined;
        d--;
      }
      // ("the highly sensitive problem of X": a word of weight names X a problem whoever speaks.)
      let weight = false;
      while (d >= 0 && (tokens[d].pos === 'ADJ' || (tokens[d].pos === 'ADV' && !NEGATORS.has(tokens[d].lower)))) {
        if (SEVERITY_WORDS.has(tokens[d].lower)) weight = true;
        d--;
      }
      if (!/^(the|a|this|is|are|was|were|be|become|became)$/.test(lower(tokens[d]))) return undefined;
      const j = k + 2;
      const e = phraseEnd(tokens, ms, j);
      const v = d - 1;
      // The subject of the verb that governs the phrase ("highlighted the problem of"), or the speaker.
      if (tokens[v]?.pos === 'VERB' && /^(the|a|this)$/.test(lower(tokens[d]))) return { start: j, end: e, predicate: 'concernedAbout', subjectToken: v, whole: true, entityOnly: weight };
      return { start: j, end: e, predicate: 'concernedAbout', bySpeaker: true, whole: true, entityOnly: weight };
    },
  },
  // back-relief: "G7 ministers backed plans to write off the debts of the poorest countries", "endorsed
  // a proposal to cut emissions": what a backed plan is to relieve is the backer's concern.
  {
    id: 'back-relief',
    words: BACKING_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      let q = k + 1;
      if (/^(a|an|the|its|their|his|her)$/.test(lower(tokens[q]))) q++;
      while (tokens[q]?.pos === 'ADJ') q++;
      if (!PLAN_NOUNS.has(lower(tokens[q])) || lower(tokens[q + 1]) !== 'to' || !RELIEF_VERBS.has(lower(tokens[q + 2]))) return undefined;
      let j = q + 3;
      if (/^(off|down|out)$/.test(lower(tokens[j]))) j++;
      // ("up to 100% of the debts": the share is no part of the concern.)
      const share = j;
      if (/^(up|some|about|around|nearly|almost)$/.test(lower(tokens[j]))) j += lower(tokens[j]) === 'up' && lower(tokens[j + 1]) === 'to' ? 2 : 1;
      if (tokens[j]?.pos === 'NUM') {
        j++;
        if (/^(%|per|percent)$/.test(lower(tokens[j]))) j += lower(tokens[j]) === 'per' ? 2 : 1;
        if (lower(tokens[j]) !== 'of') j = share;
        else j++;
      } else j = share;
      return { start: j, end: phraseEnd(tokens, ms, j), predicate: 'concernedAbout' };
    },
  },
  // vote-to-end: "parliament voted by a large majority to cut the firm's stake", "the council voted to
  // scrap the levy": what a body votes to undo it opposes.
  {
    id: 'vote-to-end',
    words: new Set(['voted', 'votes', 'vote', 'voting']),
    match(tokens, ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      let q = skipFillers(tokens, k + 1);
      // ("by a large majority", "by 114 to 4", "unanimously".)
      if (lower(tokens[q]) === 'by') for (let r = q + 1; r < q + 7 && r < tokens.length; r++) if (lower(tokens[r]) === 'to' && tokens[r + 1]?.pos === 'VERB') { q = r; break; }
      if (lower(tokens[q]) !== 'to') return undefined;
      const v = lower(tokens[q + 1]);
      if (!END_WORDS.has(v) && !OPPOSE_VERBS.has(v) && !/^(reduce|ban|limit|curb|slash)$/.test(v)) return undefined;
      const j = skipFillers(tokens, q + 2);
      let e = phraseEnd(tokens, ms, j);
      // ("… from 70% to 49%": the range of the cut is no part of what is cut.)
      for (let r = j + 1; r < e; r++) if (tokens[r].lower === 'from' && tokens[r + 1]?.pos === 'NUM') e = r;
      return { start: j, end: e, predicate: 'opposes' };
    },
  },
  // said-risk: "they say that the firm is a security risk", "said the group was a threat to national
  // security": an actor said to be a risk makes the risk a concern that involves it.
  {
    id: 'said-risk',
    words: SPEECH_VERBS,
    match(tokens, ms, k) {
      let j = k + 1;
      if (lower(tokens[j]) === 'that') j++;
      if (tokens[j]?.pos !== 'PROPN') return undefined;
      // (Not a name the name pass only guessed at: it may yet be dropped.)
      const named = ms.find((m) => m.tokenStart === j && ACTOR_KINDS.has(m.kind) && m.meta?.candidate !== 'yes');
      if (!named || !/^(is|was|are|were|remains)$/.test(lower(tokens[named.tokenEnd])) || !/^(a|an)$/.test(lower(tokens[named.tokenEnd + 1]))) return undefined;
      const a = named.tokenEnd + 2;
      let h = a;
      while (h < a + 3 && /^(ADJ|NOUN)$/.test(tokens[h]?.pos ?? '') && !RISK_NOUNS.has(tokens[h].lower)) h++;
      if (!/^(risk|threat|danger|menace)$/.test(lower(tokens[h]))) return undefined;
      let e = h + 1;
      if (lower(tokens[e]) === 'to') e = phraseEnd(tokens, ms, e + 1);
      return { start: a, end: e, predicate: 'concernedAbout', involved: [named.id] };
    },
  },
  // want-end: "wants the rebate to come to an end", "demanded the tariffs be scrapped".
  {
    id: 'want-end',
    words: WANT_VERBS,
    match(tokens, _ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      const j = k + 1;
      // "wants to scrap the levy": the verb of ending right after "to" takes its object.
      if (lower(tokens[j]) === 'to' && END_WORDS.has(lower(tokens[j + 1])) && tokens[j + 1].pos === 'VERB') {
        const o = skipFillers(tokens, j + 2);
        return { start: o, end: phraseEnd(tokens, _ms, o), predicate: 'opposes' };
      }
      for (let q = j + 1; q < Math.min(tokens.length, j + 10); q++) {
        const t = tokens[q];
        if (SPLIT_PUNCT.test(t.text) || t.text === ',') return undefined;
        let v = q;
        if (t.lower === 'to') v++;
        else if (t.lower !== 'be') {
          if (t.pos === 'VERB' || t.pos === 'AUX') return undefined;
          continue;
        }
        if (lower(tokens[v]) === 'be') v++;
        const ends = END_WORDS.has(lower(tokens[v])) || (/^(come|brought|put|drawn)$/.test(lower(tokens[v])) && lower(tokens[v + 1]) === 'to' && lower(tokens[v + 3]) === 'end');
        return ends ? { start: j, end: q, predicate: 'opposes' } : undefined;
      }
      return undefined;
    },
  },
  // urge-not: "urged the council not to close the clinic"; "urged ministers to scrap the levy".
  {
    id: 'urge-action',
    words: URGE_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      let q = k + 1;
      if (/^call/.test(tokens[k].lower)) {
        if (!/^(on|upon)$/.test(lower(tokens[q]))) return undefined;
        q++;
      }
      for (; q < Math.min(tokens.length, k + 10); q++) {
        const t = tokens[q];
        // The one urged is a short noun phrase: "urged the finance chiefs", not "reasons for X's decision".
        if (SPLIT_PUNCT.test(t.text) || t.text === ',' || t.pos === 'AUX' || t.pos === 'ADP' || (t.pos === 'VERB' && t.lower !== 'to')) return undefined;
        if (t.lower === 'to' && tokens[q + 1]?.pos === 'VERB') break;
      }
      if (lower(tokens[q]) !== 'to' || q === k + 1) return undefined;
      const not = lower(tokens[q - 1]) === 'not' || lower(tokens[q - 1]) === 'never';
      const v = q + 1;
      const verb = lower(tokens[v]);
      const objStart = skipFillers(tokens, v + 1);
      if (not) return { start: v, end: phraseEnd(tokens, ms, objStart), predicate: 'opposes' };
      // "urged them to scrap the tax": the object is opposed; "to tackle poverty": a concern.
      if (END_WORDS.has(verb) || OPPOSE_VERBS.has(verb)) return { start: objStart, end: phraseEnd(tokens, ms, objStart), predicate: 'opposes' };
      if (CONCERN_VERBS.has(verb)) return { start: objStart, end: phraseEnd(tokens, ms, objStart), predicate: 'concernedAbout' };
      // "urged the finance chiefs to write off African debt": the act urged, when it is about a concern
      // noun ("asked the judge to grant a separate trial" voices no stance on one).
      return { start: v, end: phraseEnd(tokens, ms, objStart), predicate: 'concernedAbout', requireHead: true };
    },
  },
  // refuse-support: "cannot support the fund", "refused to back the plan", "will never accept the ruling".
  {
    id: 'refuse-support',
    words: SUPPORT_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      let refused = false;
      for (let q = k - 1; q >= Math.max(0, k - 4); q--) {
        const w = tokens[q].lower;
        if (REFUSALS.has(w)) refused = true;
        else if (!(tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV' || tokens[q].pos === 'PART' || w === 'to' || w === 'longer' || w === 'no')) break;
      }
      if (!refused) return undefined;
      const j = skipFillers(tokens, k + 1);
      return { start: j, end: phraseEnd(tokens, ms, j), predicate: 'opposes' };
    },
  },
  // struggle-against: "the campaign against poverty", "his fight against corruption".
  {
    id: 'struggle-against',
    words: STRUGGLE_NOUNS,
    match(tokens, ms, k) {
      // ("Chile's opposition to the dam", "their objections to the levy": these take "to" as well.)
      const to = lower(tokens[k + 1]) === 'to' && /^(opposition|resistance|objections?|hostility)$/.test(tokens[k].lower);
      if (isVerb(tokens[k]) || (lower(tokens[k + 1]) !== 'against' && !to)) return undefined;
      // "our fight against terror" in a reader's letter: whose fight the text does not name.
      if (/^(our|my|your)$/.test(lower(tokens[k - 1]))) return undefined;
      // Whose struggle: its possessor ("his fight"), or the subject of the verb that governs it ("led
      // the campaign against").
      let v = k - 1;
      // ("made another stand in opposition to X": the verb before "a stand in".)
      if (lower(tokens[v]) === 'in' && /^(opposition|protest|resistance)$/.test(tokens[k].lower)) {
        v--;
        while (v >= 0 && v >= k - 6 && /^(DET|ADJ|NOUN)$/.test(tokens[v].pos)) v--;
      }
      while (v >= 0 && v >= k - 4 && /^(DET|ADJ)$/.test(tokens[v].pos)) v--;
      const subjectToken = tokens[v]?.pos === 'VERB' ? v : /^(his|her|their|its)$/.test(lower(tokens[k - 1])) || /^['’]s?$/.test(tokens[k - 1]?.text ?? '') ? k : -1;
      // ("legislation against X was called for": whose struggle the clause does not say; X is still an issue.)
      // (Only a struggle "against" something: "opposition to a society", "resistance to corrosion" name no issue.)
      if (subjectToken < 0) return !to && ISSUE_STRUGGLES.has(tokens[k].lower) ? { start: k + 2, end: phraseEnd(tokens, ms, k + 2), predicate: 'opposes', entityOnly: true, actorless: true, whole: true } : undefined;
      return { start: k + 2, end: phraseEnd(tokens, ms, k + 2), predicate: 'opposes', subjectToken };
    },
  },
  // topic-discussed: "the two leaders talked about the dispute over Kashmir and the war in Iraq".
  {
    id: 'topic-discussed',
    words: TOPIC_VERBS,
    match(tokens, _ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      // "would discuss", "plans to discuss": a meeting to come has had no topics yet.
      // ("met the president to discuss X" is the purpose of a meeting held: its topic.)
      let meetAt = -1;
      if (lower(tokens[k - 1]) === 'to') for (let q = k - 2; q >= Math.max(0, k - 10) && meetAt < 0; q--) if (/^(met|meets|meeting|talks|visited)$/.test(tokens[q].lower)) meetAt = q;
      const purposeOfMeeting = meetAt >= 0;
      for (let q = k - 1; q >= Math.max(0, k - 3); q--) if (/^(would|will|shall|could|may|might|to|'ll)$/.test(tokens[q].lower) && !purposeOfMeeting) return undefined;
      let j = k + 1;
      if (/^(about|on|over|of)$/.test(lower(tokens[j]))) j++;
      // "discussed with President X support for Y": those discussed with come before the topic.
      if (lower(tokens[j]) === 'with') {
        const withWhom = _ms.filter((m) => m.tokenStart > j && m.tokenStart <= j + 6 && ACTOR_KINDS.has(m.kind));
        const last = withWhom.at(-1);
        if (last && !/^[,.;]$/.test(tokens[last.tokenEnd]?.text ?? '.')) j = last.tokenEnd;
      }
      let e = j;
      while (e < tokens.length && !SPLIT_PUNCT.test(tokens[e].text) && !(tokens[e].pos === 'VERB' && !/ing$/.test(tokens[e].lower) && e > j) && tokens[e].pos !== 'AUX' && !/^(which|who|that|but|while|because|as)$/.test(tokens[e].lower)) e++;
      return { start: j, end: e, predicate: 'concernedAbout', requireHead: true, list: true, subjectToken: purposeOfMeeting ? meetAt : undefined };
    },
  },
  // avowed-support: "emphasised the support for Ukraine's territorial integrity", "reaffirmed its
  // commitment to a peaceful settlement": what an actor avows support for is its concern.
  {
    id: 'avowed-support',
    words: AVOW_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k])) return undefined;
      let q = k + 1;
      while (q < k + 4 && q < tokens.length && (DETERMINER_LIKE.has(tokens[q].lower) || tokens[q].pos === 'ADJ' || tokens[q].pos === 'ADV')) q++;
      if (!AVOWAL_NOUNS.has(lower(tokens[q])) || !/^(for|to)$/.test(lower(tokens[q + 1]))) return undefined;
      const j = q + 2;
      return { start: j, end: phraseEnd(tokens, ms, j), predicate: 'concernedAbout' };
    },
  },
  // call-for: "called for more flexibility in exchange rates", "pressed for reform of the courts".
  {
    id: 'call-for',
    words: CALL_FOR_VERBS,
    match(tokens, ms, k) {
      // ("was called for" is a passive; "has called for" is not.)
      if (!isVerb(tokens[k]) || lower(tokens[k + 1]) !== 'for' || /^(is|was|are|were|be|been|being)$/.test(lower(tokens[k - 1]))) return undefined;
      const j = skipFillers(tokens, k + 2);
      // "called for an end to the ban", "pressed for the abolition of the levy": what is to end is opposed.
      let d = j;
      if (/^(a|an|the)$/.test(lower(tokens[d]))) d++;
      if (tokens[d]?.pos === 'ADJ') d++;
      if (ENDING_NOUNS.has(lower(tokens[d])) && /^(to|of|on)$/.test(lower(tokens[d + 1]))) {
        const o = skipFillers(tokens, d + 2);
        return { start: o, end: phraseEnd(tokens, ms, o), predicate: 'opposes' };
      }
      const e = phraseEnd(tokens, ms, j);
      // "called for the ban to be scrapped": what is to be undone is opposed.
      const to = lower(tokens[e - 1]) === 'to' ? e - 1 : lower(tokens[e]) === 'to' ? e : -1;
      if (to > j && lower(tokens[to + 1]) === 'be' && END_WORDS.has(lower(tokens[to + 2]))) return { start: j, end: to, predicate: 'opposes' };
      // "called for all countries to uphold the law": those called on are no concern.
      if (lower(tokens[e - 1]) === 'to' || (lower(tokens[e]) === 'to' && tokens[e + 1]?.pos === 'VERB')) return undefined;
      return { start: j, end: e, predicate: 'concernedAbout' };
    },
  },
  // made-priority: "has made poverty in the poorest nations a key theme".
  {
    id: 'made-priority',
    words: new Set(['made', 'make', 'makes', 'making']),
    match(tokens, _ms, k) {
      for (let q = k + 2; q < Math.min(tokens.length, k + 14); q++) {
        if (SPLIT_PUNCT.test(tokens[q].text) || tokens[q].pos === 'VERB' || tokens[q].pos === 'AUX') return undefined;
        // (The priority is the verb's second object, not inside a phrase: "progress toward its goal".)
        if (!DETERMINER_LIKE.has(tokens[q].lower) || tokens[q - 1].pos === 'ADP') continue;
        let h = q + 1;
        while (h < q + 4 && h < tokens.length && !PRIORITY_NOUNS.has(tokens[h].lower) && /^(ADJ|NOUN|NUM)$/.test(tokens[h].pos)) h++;
        if (PRIORITY_NOUNS.has(lower(tokens[h]))) return { start: k + 1, end: q, predicate: 'concernedAbout' };
      }
      return undefined;
    },
  },
  // problem-judged: "segregation remains the most troublesome issue", "inflation is a threat to the
  // recovery", "the biggest problem is corruption", "two problems: low skills and discrimination":
  // what a copula judges a problem is a concern, of the speaker when one reports it.
  {
    id: 'problem-judged',
    words: JUDGED_PROBLEM_NOUNS,
    match(tokens, ms, k) {
      if (tokens[k].pos !== 'NOUN') return undefined;
      let d = k - 1;
      let weight = false;
      while (d >= 0 && (tokens[d].pos === 'ADJ' || tokens[d].pos === 'ADV' || SEVERITY_WORDS.has(tokens[d].lower)) && !NEGATORS.has(tokens[d].lower)) {
        if (SEVERITY_WORDS.has(tokens[d].lower)) weight = true;
        d--;
      }
      const who = (): Partial<StanceHit> => {
        const r = reporterOf(tokens, ms);
        return r ? { subjectIds: [r.id] } : { bySpeaker: true };
      };
      // "two problems: X and Y", "these threats: X, Y and Z".
      // ("five issues:" of a magazine: "issues" and "concerns" need a word of weight.)
      if (/s$/.test(tokens[k].lower) && tokens[k + 1]?.text === ':' && (weight || (BAD_PROBLEM_NOUNS.has(tokens[k].lower) || /^(problems|challenges|evils|ills)$/.test(tokens[k].lower)) && (tokens[k - 1]?.pos === 'NUM' || /^(two|three|four|these|the|several|many)$/.test(lower(tokens[k - 1]))))) {
        let e = k + 2;
        while (e < tokens.length && !/^[.;:!?]$/.test(tokens[e].text)) e++;
        return { start: k + 2, end: e, predicate: 'concernedAbout', list: true, entityOnly: true, ...who() };
      }
      // ("the sensitive problem of X" is the problem-of row's.)
      if ((!weight && !BAD_PROBLEM_NOUNS.has(tokens[k].lower)) || lower(tokens[k + 1]) === 'of') return undefined;
      if (!/^(the|a|an|its|their|our|his|her|one)$/.test(lower(tokens[d]))) return undefined;
      // "the biggest problem is corruption": the judged thing follows.
      if (weight && /^(is|was|remains|remained|'s)$/.test(lower(tokens[k + 1])) && lower(tokens[d]) === 'the') {
        const j = skipFillers(tokens, k + 2);
        if (!/^(NOUN|ADJ|PROPN)$/.test(tokens[j]?.pos ?? '') || /^(that|to|whether|how|why|what|not|this|it)$/.test(lower(tokens[j]))) return undefined;
        const v = d - 1 - (lower(tokens[d - 1]) === 'that' ? 1 : 0);
        const reported = SPEECH_VERBS.has(lower(tokens[v])) || BELIEF_VERBS.has(lower(tokens[v]));
        return { start: j, end: phraseEnd(tokens, ms, j), predicate: 'concernedAbout', entityOnly: true, ...(reported ? { subjectToken: v } : who()) };
      }
      // "X is (still) (one of) the most troublesome issue(s)", "with X still the main problem".
      let c = d - 1;
      if (lower(tokens[d]) === 'the' && lower(tokens[c]) === 'of' && /^(one|two|some)$/.test(lower(tokens[c - 1]))) c -= 2;
      let copula = false;
      while (c >= 0 && (COPULA_CHAIN.has(tokens[c].lower) || /^(still|already|now|also|become|became|becomes|has|have|had)$/.test(tokens[c].lower) || (tokens[c].pos === 'ADV' && !NEGATORS.has(tokens[c].lower)))) {
        if (/^(is|was|are|were|remains|remained|remain|become|became|becomes|been|'s|still)$/.test(tokens[c].lower)) copula = true;
        c--;
      }
      if (!copula || NEGATORS.has(lower(tokens[c]))) return undefined;
      const a = phraseBefore(tokens, ms, c + 1);
      if (a > c || PRONOUNS.has(lower(tokens[a])) || /^(what|which|who|there)$/.test(lower(tokens[a]))) return undefined;
      const v = a - 1 - (lower(tokens[a - 1]) === 'that' ? 1 : 0);
      const reported = SPEECH_VERBS.has(lower(tokens[v])) || BELIEF_VERBS.has(lower(tokens[v]));
      // The judged phrase opens its clause ("to have a session is the problem": an object of another verb is not judged).
      if (!reported && a > 0 && !CLAUSE_OPENERS.test(lower(tokens[a - 1])) && tokens[a - 1].pos !== 'SCONJ' && tokens[a - 1].pos !== 'CCONJ') return undefined;
      // "the British government is a far greater threat": an actor is no issue.
      if (GENERIC_OBJECTS.has(headNoun(tokens, a, c + 1) ?? '')) return undefined;
      return { start: a, end: c + 1, predicate: 'concernedAbout', entityOnly: true, whole: true, ...threatened(tokens, ms, k + 1), ...(reported ? { subjectToken: v } : who()) };
    },
  },
  // attack-measure: "attacked the sales tax bill", "fought the levy", "Y's attack on the plan": a verb of
  // attack or struggle opposes its object when that names a measure.
  {
    id: 'attack-measure',
    words: ATTACK_VERBS,
    match(tokens, ms, k) {
      const noun = /^attacks?$/.test(tokens[k].lower) && !isVerb(tokens[k]);
      if (noun) {
        // "the senator's attack on the bill", "his attacks on the levy".
        if (!/^(on|upon|against)$/.test(lower(tokens[k + 1])) || !(/^(his|her|their|its)$/.test(lower(tokens[k - 1])) || /^['’]s?$/.test(tokens[k - 1]?.text ?? ''))) return undefined;
        const j = skipFillers(tokens, k + 2);
        const e = phraseEnd(tokens, ms, j);
        return MEASURE_NOUNS.has(headNoun(tokens, j, e) ?? '') ? { start: j, end: e, predicate: 'opposes', subjectToken: k } : undefined;
      }
      if (!isVerb(tokens[k])) return undefined;
      // ("was attacked by": a passive's object stands before it.)
      if (/^(is|was|are|were|be|been|being)$/.test(lower(tokens[k - 1]))) return undefined;
      const j = skipTime(tokens, skipFillers(tokens, k + 1));
      if (!/^(DET|NOUN|ADJ|PROPN|NUM)$/.test(tokens[j]?.pos ?? '') && !POSSESSIVES.has(lower(tokens[j]))) return undefined;
      const e = phraseEnd(tokens, ms, j);
      return MEASURE_NOUNS.has(headNoun(tokens, j, e) ?? '') ? { start: j, end: e, predicate: 'opposes' } : undefined;
    },
  },
  // safeguard-value: "upholding civil liberties", "vowed to defend press freedom": a value an actor means
  // to keep safe is its concern.
  {
    id: 'safeguard-value',
    words: SAFEGUARD_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k]) || /^(is|was|are|were|be|been|being)$/.test(lower(tokens[k - 1]))) return undefined;
      const j = skipFillers(tokens, k + 1);
      if (!/^(DET|NOUN|ADJ|PROPN)$/.test(tokens[j]?.pos ?? '') && !POSSESSIVES.has(lower(tokens[j]))) return undefined;
      let e = phraseEnd(tokens, ms, j);
      // ("defend its water rights by all legal means": the means are no part of the value.)
      for (let q = j + 1; q < e; q++) if (/^(by|with|through|from|against|at)$/.test(tokens[q].lower)) e = q;
      return VALUE_NOUNS.has(headNoun(tokens, j, e) ?? '') ? { start: j, end: e, predicate: 'concernedAbout', entityOnly: true } : undefined;
    },
  },
  // on-grounds: "blocked the deal on national security grounds", "on grounds of public health": the
  // grounds a measure is taken on are a concern of who takes it.
  {
    id: 'on-grounds',
    words: GROUNDS_NOUNS,
    match(tokens, ms, k) {
      let a: number;
      let e: number;
      let p: number;
      if (lower(tokens[k + 1]) === 'of') {
        // "on (the) grounds of X", "for reasons of X".
        // ("for reasons of morale", "on grounds of cruelty": only a danger or an issue noun is a concern.)
        p = k - 1;
        if (lower(tokens[p]) === 'the') p--;
        if (lower(tokens[p]) !== 'on' || tokens[k].lower !== 'grounds') return undefined;
        a = skipFillers(tokens, k + 2);
        e = phraseEnd(tokens, ms, a);
        const head = headNoun(tokens, a, e) ?? '';
        if (!CONCERN_HEADS.has(head) && !RISK_NOUNS.has(head) && !/^hazards?$/.test(head)) return undefined;
      } else {
        // "on national security grounds": the words before the noun ("for health reasons" is personal).
        if (tokens[k].lower !== 'grounds') return undefined;
        a = k;
        while (a > 0 && /^(NOUN|ADJ|PROPN)$/.test(tokens[a - 1].pos)) a--;
        p = a - 1;
        if (lower(tokens[p]) !== 'on' || a === k) return undefined;
        e = k;
        // ("on national security grounds"; not "on general chemical structural grounds".)
        if (!tokens.slice(a, e).some((t) => CONCERN_HEADS.has(t.lower) || RISK_NOUNS.has(t.lower))) return undefined;
      }
      // Whose grounds: the subject of the verb before "on" ("Parliament blocked the deal on …").
      let v = p - 1;
      while (v >= 0 && v >= p - 10 && tokens[v].pos !== 'VERB' && !/^[.,;:]$/.test(tokens[v].text)) v--;
      return { start: a, end: e, predicate: 'concernedAbout', entityOnly: true, subjectToken: tokens[v]?.pos === 'VERB' ? v : undefined };
    },
  },
  // deal-with: "address the housing shortage", "grappled with inflation", "must deal with the debt
  // crisis": a problem an actor deals with is its concern (the object must head a concern).
  {
    id: 'deal-with',
    words: new Set(DEALING_VERBS.keys()),
    match(tokens, ms, k) {
      if (!isVerb(tokens[k]) || /^(is|was|are|were|be|been|being)$/.test(lower(tokens[k - 1]))) return undefined;
      let j = skipFillers(tokens, k + 1);
      const prep = DEALING_VERBS.get(tokens[k].lower)!;
      if (prep) {
        if (lower(tokens[j]) !== prep) return undefined;
        j = skipFillers(tokens, j + 1);
      }
      if (!/^(DET|NOUN|ADJ|PROPN)$/.test(tokens[j]?.pos ?? '')) return undefined;
      // ("deal with two problems: X and Y" is the problem-judged row's.)
      const e = phraseEnd(tokens, ms, j);
      if (tokens[e]?.text === ':') return undefined;
      // ("fight corruption", not "fight the war" or "fight the case": a fight's own nouns are no problem.)
      if (/^(fight|fought|battl)/.test(tokens[k].lower) && MARTIAL_HEADS.has(headNoun(tokens, j, e) ?? '')) return undefined;
      // ("its efforts to fight X": whose efforts, as for concern-verb, only a quotation's speaker says.)
      // (The object must name a concern: tested here, before the clause is read for its actor.)
      let head = false;
      for (let q = j; q < e && !head; q++) head = CONCERN_HEADS.has(tokens[q].lower);
      if (!head) return undefined;
      const afterNoun = lower(tokens[k - 1]) === 'to' && (tokens[k - 2]?.pos === 'NOUN' || /^(his|her|their|its|our|my|your|the)$/.test(lower(tokens[k - 3])));
      return { start: j, end: e, predicate: 'concernedAbout', requireHead: true, ...(afterNoun ? { bySpeaker: true } : {}) };
    },
  },
  // dispute-over: "the row over the rebate", "a bitter battle over redistricting": the dispute is an
  // issue, whoever is in it; the subject of the verb that governs it ("joined the fight over X") holds it.
  {
    id: 'dispute-over',
    words: DISPUTE_NOUNS,
    match(tokens, ms, k) {
      if (isVerb(tokens[k]) || lower(tokens[k + 1]) !== 'over') return undefined;
      let d = k - 1;
      while (d >= 0 && d >= k - 4 && /^(DET|ADJ|NOUN)$/.test(tokens[d].pos)) d--;
      const a = d + 1;
      if (a === k || !/^(the|a|an|this|that|its|their|his|her)$/.test(tokens[a].lower)) return undefined;
      const j = skipFillers(tokens, k + 2);
      if (!/^(DET|NOUN|ADJ|PROPN|VERB)$/.test(tokens[j]?.pos ?? '')) return undefined;
      const e = phraseEnd(tokens, ms, j);
      if (e <= j + (/^(the|a|an)$/.test(tokens[j].lower) ? 1 : 0)) return undefined;
      return { start: a, end: e, predicate: 'concernedAbout', entityOnly: true, whole: true, subjectToken: tokens[d]?.pos === 'VERB' ? d : undefined };
    },
  },
  // pledge-end: "vowed to scrap the levy", "pledged to end child poverty", "moved to stop the sale".
  {
    id: 'pledge-end',
    words: PLEDGE_VERBS,
    match(tokens, ms, k) {
      if (!isVerb(tokens[k]) || lower(tokens[k + 1]) !== 'to' || !END_WORDS.has(lower(tokens[k + 2])) || tokens[k + 2].pos !== 'VERB') return undefined;
      const o = skipFillers(tokens, k + 3);
      if (!/^(DET|NOUN|ADJ|PROPN)$/.test(tokens[o]?.pos ?? '') && !POSSESSIVES.has(lower(tokens[o]))) return undefined;
      // ("attempted to end the relationship", "tried to stop the bandit": only an issue or a measure.)
      const e = phraseEnd(tokens, ms, o);
      const head = headNoun(tokens, o, e) ?? '';
      return CONCERN_HEADS.has(head) || MEASURE_NOUNS.has(head) ? { start: o, end: e, predicate: 'opposes' } : undefined;
    },
  },
  // act-over: "imposed sanctions on Peru over its fishing fleet", "expelled two diplomats over the
  // poisoning", "recalled its ambassador over the remarks": what a measure or a protest is over is opposed
  // by the one who takes it; the one it is taken against (after "on", "against" or "with") is involved.
  {
    id: 'act-over',
    words: new Set(['over']),
    match(tokens, ms, k) {
      let v = k - 1;
      while (v >= 0 && v >= k - 9 && tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX' && !/^[.,;:!?()"“”]$/.test(tokens[v].text)) v--;
      if (!PROTEST_ACT_VERBS.has(lower(tokens[v])) || tokens[v].pos !== 'VERB') return undefined;
      // ("froze over the oceans": a measure has its object before "over"; only a protest may stand alone,
      // "resigned over the affair", "walked out over the remarks".)
      let p = v + 1;
      if (/^(out|off|away)$/.test(lower(tokens[p]))) p++;
      if (p === k && !/^(protest|complain|resign|quit|walk|struck|strike|march|rall|demonstrat)/.test(tokens[v].lower)) return undefined;
      // ("over the weekend", "over 600 soldiers", "over the years": time and number, not an issue.)
      const j = skipFillers(tokens, k + 1);
      if (!/^(DET|NOUN|ADJ|PROPN|PRON)$/.test(tokens[j]?.pos ?? '') || (tokens[j].pos === 'PRON' && !POSSESSIVES.has(tokens[j].lower))) return undefined;
      const d = /^(the|a|an|its|their|this|that)$/.test(tokens[j].lower) ? j + 1 : j;
      // ("with rifle over shoulder": a bare singular noun is a place, not an issue.)
      if (d === j && tokens[j].pos === 'NOUN' && !/s$/.test(tokens[j].lower) && !/^(NOUN|ADP)$/.test(tokens[j + 1]?.pos ?? '')) return undefined;
      if (TIME_HEADS.test(lower(tokens[d])) || /^(years?|decades?|centuries|past|last|next|coming|period|course|top|edge|head|phone|telephone|radio|border|city|area|town)$/.test(lower(tokens[d]))) return undefined;
      const e = phraseEnd(tokens, ms, j);
      if (e <= j) return undefined;
      // ("over the affair", "over the incident": a word that only points back names nothing of its own.)
      if (e === d + 1 && /^(affair|incident|matter|episode|case|row|issue|remarks|comments|move|decision|dispute|events?)$/.test(tokens[d].lower)) return undefined;
      let target: Mention | undefined;
      for (let q = v + 1; q < k; q++) {
        if (!/^(on|against|with)$/.test(tokens[q].lower)) continue;
        const at = lower(tokens[q + 1]) === 'the' ? q + 2 : q + 1;
        target = ms.find((x) => x.tokenStart === at && (x.kind === 'Country' || x.kind === 'Organization' || x.kind === 'Place') && x.meta?.candidate !== 'yes');
      }
      return { start: j, end: e, predicate: 'opposes', subjectToken: v, ...(target ? { involved: [target.id] } : {}) };
    },
  },
];

const BY_WORD = new Map<string, StancePattern[]>();
for (const p of PATTERNS) for (const w of p.words) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), p]);

/** Adds the concerns that stance patterns name, and their triggers for the relations pass. */
export function findStances(ctx: Ctx): void {
  ctx.triggers ??= [];
  const mentionsIn = mentionsBySentence(ctx);
  const taken = new Set(ctx.triggers.filter((t) => t.objects.length || t.pronoun).map((t) => tokenKey(t.sentence, t.token)));
  // Whether a quotation runs on into the sentence from the one before ('"We must act. … ," he said.').
  // (A stray mark must not quote the rest of the text: a quotation runs on for two sentences at most
  // without a quotation mark of its own.)
  let quoteOpen = false;
  let unmarked = 0;
  for (const s of ctx.sentences) {
    const openAtStart: boolean = quoteOpen && unmarked < 2;
    const marks = quoteMarks(s.tokens);
    quoteOpen = marks ? quoteStateAfter(s.tokens, openAtStart) : openAtStart;
    unmarked = marks ? 0 : unmarked + 1;
    // (One pass over the words, no array per sentence: this loop runs on every sentence.)
    let ms: Mention[] | undefined;
    for (let k = 0; k < s.tokens.length; k++) {
      const patterns = BY_WORD.get(s.tokens[k].lower);
      if (!patterns || (taken.size && taken.has(tokenKey(s.index, k)))) continue;
      ms ??= mentionsIn(s.index);
      // The cheap tests of each pattern run first; the trigger's own checks only for a hit.
      let cover: Mention | undefined | null = null;
      let negated: boolean | undefined;
      for (const p of patterns) {
        const hit = p.match(s.tokens, ms, k);
        if (!hit) continue;
        // (A capitalised trigger the name pass only guessed was a person, "Critics of the plan …", is still a word.)
        if (cover === null) cover = coveringMention(ms, k);
        if (cover && !(cover.kind === 'Person' && cover.meta?.candidate === 'yes')) break;
        // Negation is read in the clause, right before the verb: "did not oppose", "never called for".
        // (A modal stays: "would veto the bill" is a stance.)
        negated ??= negatedBefore(s.tokens, k);
        if (negated && p.id !== 'refuse-support') continue;
        hit.subjectToken ??= sharedSubjectVerb(s.tokens, ms, k);
        const actor = !hit.actorless && (hit.bySpeaker ? quotedAt(s.tokens, k, openAtStart) : !!hit.subjectIds || actorSubject(s.tokens, ms, hit.subjectToken ?? k));
        if (!actor && !hit.entityOnly) continue;
        if (addStance(ctx, s, ms, k, p.id, hit, actor)) break;
      }
    }
  }
}

/** Names the concerns of one hit and leaves its trigger; false when the object names nothing useful. */
function addStance(ctx: Ctx, s: Sentence, ms: Mention[], k: number, rule: string, hit: StanceHit, actor = true): boolean {
  const tokens = s.tokens;
  if (hit.end <= hit.start || (hit.end - hit.start > 16 && !hit.list)) return false;
  // "prevent it by signing the deal": a pronoun object is the whole object.
  if (PRONOUNS.has(lower(tokens[hit.start])) && tokens[hit.start].pos === 'PRON' && hit.end - hit.start > 1) hit = { ...hit, end: hit.start + 1 };
  // "vetoed it", "cannot accept this": the concern or agreement named last.
  if (hit.end - hit.start === 1 && /^(it|this|that)$/.test(lower(tokens[hit.start])) && tokens[hit.start].pos === 'PRON') {
    if (!actor) return false;
  }
  if (hit.end - hit.start === 1 && /^(it|this|that)$/.test(lower(tokens[hit.start])) && tokens[hit.start].pos === 'PRON' && hit.predicate === 'opposes' && rule !== 'call-judgement' && rule !== 'judged-after-speech') {
    ctx.triggers!.push({ sentence: s.index, token: k, predicate: hit.predicate, rule, objects: [], pronoun: true, ownScope: true });
    return true;
  }
  const parts = hit.whole ? [{ start: hit.start, end: hit.end }] : joinBoth(tokens, conjuncts(tokens, hit.start, hit.end, ms).filter((c) => !c.prefix));
  const objects: string[] = [];
  for (const c of parts) {
    // "tackle obscene poverty they need …": a subject pronoun begins the next clause.
    if (c.end - c.start > 1 && /^(he|she|they|we|i)$/.test(tokens[c.end - 1].lower)) c.end--;
    // "the perception of it": a phrase that ends in a pronoun names nothing by itself.
    if (c.end - c.start > 1 && tokens[c.end - 1].pos === 'PRON') continue;
    const from = skipTime(tokens, c.start);
    let span = trimSpan(tokens, from > c.start && OBJECT_PREPS.has(lower(tokens[from])) ? from + 1 : from, c.end);
    // "confronted with a problem", "loss in the north from": no object starts or ends with a preposition.
    while (span && span[1] - span[0] > 1 && tokens[span[1] - 1].pos === 'ADP') span = trimSpan(tokens, span[0], span[1] - 1);
    if (span && tokens[span[0]].pos === 'ADP') continue;
    // "oppose Mr. Wagner for the nomination": a person is opposed, not a concern.
    // (A sentence-initial gerund the name pass only guessed at, "Hiding women away …", is no person.)
    const who = span ? coveringMention(ms, span[0]) : undefined;
    const gerund = who?.meta?.candidate === 'yes' && /ing$/.test(tokens[span![0]].lower) && /^\p{Ll}/u.test(tokens[span![0] + 1]?.text ?? '');
    if (who?.kind === 'Person' && !gerund && !/^['’]s?$/.test(tokens[who.tokenEnd]?.text ?? '')) continue;
    // "the core of what creates terrorists" is cut at its verb: a dangling "of what" names nothing.
    if (span && /^(what|how|why|where|whether|when|who|whose|whom|which)$/.test(tokens[span[1] - 1].lower)) continue;
    // "the officer whose uniform looks …": a relative clause is no part of the name.
    if (span) for (let q = span[0] + 1; q < span[1]; q++) if (/^(who|whose|whom|which)$/.test(tokens[q].lower)) span = trimSpan(tokens, span[0], q) ?? span;
    // "the support for a peaceful settlement": what is supported is the concern.
    if (span && AVOWAL_NOUNS.has(tokens[span[0]].lower) && /^(for|to)$/.test(lower(tokens[span[0] + 1])) && span[1] - span[0] > 2) span = trimSpan(tokens, span[0] + 2, span[1]);
    if (span) span = trimSpan(tokens, span[0], trailingAdjunct(tokens, span[0], span[1]));
    // "support for Ukraine in countering Russia's aggression": what is to be countered is the concern.
    if (span) for (let q = span[0] + 1; q < span[1] - 1; q++) if (CONCERN_VERBS.has(tokens[q].lower) && /ing$/.test(tokens[q].lower) && /^(in|for|on|by)$/.test(tokens[q - 1].lower)) span = trimSpan(tokens, q + 1, span[1]) ?? span;
    if (!span) continue;
    // ("The deal has been challenged by X": "the deal" names the agreement it points back to.)
    const agreement = ms.find((m) => m.kind === 'Agreement' && m.tokenStart === span![0] && m.tokenEnd === span![1]);
    if (agreement) {
      objects.push(agreement.id);
      continue;
    }
    // "argued that the bill is unconstitutional", "attacked the tax bill": the measure named before by that head.
    if (span[1] - span[0] <= 3 && /^(the|this)$/.test(lower(tokens[span[0] - 1]))) {
      const earlier = measureAntecedent(ctx, s.index, span[0], tokens[span[1] - 1].lower, span[1] - span[0] > 1 ? spanText(tokens, span[0], span[1]).toLowerCase() : undefined);
      if (earlier) {
        objects.push(earlier.id);
        continue;
      }
    }
    if (!usefulObject(tokens, ms, span[0], span[1])) continue;
    const named = ms.find((m) => (m.kind === 'Concern' || m.kind === 'Agreement') && m.tokenStart <= span[0] && m.tokenEnd >= span[1] - 1 && m.tokenEnd - m.tokenStart >= (span[1] - span[0]) / 2);
    if (named) {
      objects.push(named.id);
      continue;
    }
    const made = makeConcern(s, span[0], span[1], ms, `stance-${rule}`, hit.requireHead ?? false);
    if (!made) continue;
    const blamed = hit.actorSpan ? ms.find((x) => x.tokenStart >= hit.actorSpan![0] && x.tokenEnd <= hit.actorSpan![1] && /^(Country|Organization)$/.test(x.kind)) : undefined;
    for (const m of made) {
      if (blamed) m.meta = { ...m.meta, entities: [blamed.id, ...((m.meta?.entities as string[] | undefined) ?? [])], actor: blamed.id };
      if (hit.involved) m.meta = { ...m.meta, entities: [...new Set([...((m.meta?.entities as string[] | undefined) ?? []), ...hit.involved])] };
      m.id = `s${m.id.slice(1)}`;
      // (A concern another trigger made at the same words is this one: both triggers are about it.)
      if (ctx.mentions.some((x) => x.id === m.id)) {
        if (!objects.includes(m.id)) objects.push(m.id);
        continue;
      }
      ctx.mentions.push(m);
      objects.push(m.id);
    }
  }
  if (!objects.length) return false;
  if (!actor) return true;
  ctx.triggers!.push({ sentence: s.index, token: k, predicate: hit.predicate, rule, objects, ownScope: true, subjectToken: hit.subjectToken, subjectIds: hit.subjectIds, bySpeaker: hit.bySpeaker });
  return true;
}

/**
 * The measure "the bill" takes up, within the fifteen sentences before: the last one of that very
 * head ("the sales tax bill" … "the bill"), else the first the story named that may go by that word
 * (a story's measure comes first; a law it mentions on the way, "the escheat law", does not take over).
 * When the last concern of that head is no named measure ("Peru's £2bn levy from the Bank"), none: the
 * resolve pass joins a bare "the levy" to it.
 */
function measureAntecedent(ctx: Ctx, sentence: number, k: number, word: string, words?: string): Mention | undefined {
  const families = MEASURE_FAMILIES.filter((f) => f.has(word));
  if (!families.length) return undefined;
  let same: Mention | undefined;
  let first: Mention | undefined;
  let lastOfHead: Mention | undefined;
  const later = (m: Mention, x: Mention | undefined): boolean => !x || m.sentence > x.sentence || (m.sentence === x.sentence && m.tokenStart > x.tokenStart);
  for (const m of ctx.mentions) {
    if ((m.kind !== 'Concern' && m.kind !== 'Agreement') || m.sentence > sentence || m.sentence < sentence - 15 || (m.sentence === sentence && m.tokenEnd > k)) continue;
    const head = m.meta?.measure;
    if (typeof head !== 'string') {
      if (m.name.toLowerCase().split(/\s+(?:of|in|on|from|for|to|by|with|against|over)\s+/)[0].split(' ').includes(word) && later(m, lastOfHead)) lastOfHead = m;
      continue;
    }
    // ("the tax bill" takes up "the sales tax bill" only: words before the head must be the antecedent's.)
    if (words && !m.name.toLowerCase().endsWith(` ${words}`)) continue;
    if (later(m, lastOfHead)) lastOfHead = m;
    if (head === word && later(m, same)) same = m;
    if (families.some((f) => f.has(head)) && (!first || !later(m, first))) first = m;
  }
  if (lastOfHead && typeof lastOfHead.meta?.measure !== 'string') return undefined;
  return same ?? first;
}

/** "openness from both the poorest and richest nations": "both … and" joins, it does not list. */
function joinBoth(tokens: Token[], parts: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const p of parts) {
    const prev = out.at(-1);
    if (prev && tokens.slice(prev.start, prev.end).some((t) => t.lower === 'both') && lower(tokens[p.start - 1]) === 'and') prev.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

const TIME_HEADS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|day|days|week|weekend|month|year|morning|afternoon|evening|night|meeting|summit|conference|talks|session|\d{4})$/;

/** Where a trailing time or venue phrase ("at a meeting on Tuesday", "in 2004") begins, or e. */
function trailingAdjunct(tokens: Token[], a: number, e: number): number {
  for (let q = a + 1; q < e; q++) {
    if (!/^(at|on|in|during|last|this|these|next|earlier|later)$/.test(tokens[q].lower)) continue;
    let h = q + 1;
    while (h < e && /^(DET|ADJ|NUM)$/.test(tokens[h].pos) && !TIME_HEADS.test(tokens[h].lower)) h++;
    if (h < e && TIME_HEADS.test(tokens[h].lower)) return q;
    if (/^(last|this|these|next)$/.test(tokens[q].lower) && TIME_HEADS.test(lower(tokens[q + 1]))) return q;
  }
  return e;
}

const AGENT_NOUNS = new Set([...STRUGGLE_NOUNS, 'attempt', 'attempts', 'bid', 'bids', 'government', 'administration', 'ministry', 'party', 'leaders', 'allies', 'supporters']);
const ACTOR_NOUNS = /^(ministers?|officials?|leaders?|presidents?|premiers?|chiefs?|spokes(man|woman|person)|governments?|chairman|secretary|senators?|governors?|mayors?|representatives|delegates|members|critics|lawmakers|mps|administration|pair|sides|countries|nations)$/;

/**
 * Whether the verb at k has an actor for its subject: the words right before it (past auxiliaries,
 * adverbs and control verbs: "was prepared to veto") end in a name, a pronoun, or a role noun right
 * after a name ("G7 ministers"). "His schedule calls for", "the bloc had fought" have none; the
 * nearest name further back is not their subject.
 */
function actorSubject(tokens: Token[], ms: Mention[], k: number): boolean {
  let q = k - 1;
  // ("has long been opposed": wink tags that "long" an adjective.)
  while (q >= 0 && (tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV' || tokens[q].pos === 'PART' || tokens[q].lower === 'to' || tokens[q].lower === 'long' || (tokens[q].pos === 'VERB' && lower(tokens[q + 1]) === 'to') || QUOTES.test(tokens[q].text))) q--;
  if (q < 0) return false;
  const t = tokens[q];
  const m = coveringMention(ms, q);
  // ("Sen. X of Tupelo attacked …": the place after "of" only says where the actor is from.)
  if (m?.kind === 'Place' && lower(tokens[m.tokenStart - 1]) === 'of') return /^(Person|Organization)$/.test(coveringMention(ms, m.tokenStart - 2)?.kind ?? '');
  if (m) return m.kind === 'Person' || m.kind === 'Country' || m.kind === 'Organization';
  // "X, who has long opposed the dam": the name before the relative pronoun.
  if (/^(who|which)$/.test(t.lower) && tokens[q - 1]?.text === ',') {
    const ante = coveringMention(ms, q - 2);
    return !!ante && ACTOR_KINDS.has(ante.kind) && ante.meta?.candidate !== 'yes';
  }
  // ("the terrorists who threaten Britain": a relative pronoun's antecedent is no name here.)
  // ("there are concerns", "it is feared": an expletive is no actor either.)
  if ((t.pos === 'PRON' && !/^(who|which|that|whom|there|it)$/.test(t.lower)) || /^(leaders|pair|two)$/.test(t.lower)) return true;
  // "his efforts to prevent X", "Chile's campaign against X": the possessor acts (but "his schedule
  // calls for a speech": a schedule does not).
  if (AGENT_NOUNS.has(t.lower) && /^(his|her|their|its)$/.test(lower(tokens[q - 1]))) return true;
  if (AGENT_NOUNS.has(t.lower) && /^['’]s?$/.test(tokens[q - 1]?.text ?? '') && /^(Person|Country|Organization)$/.test(coveringMention(ms, q - 2)?.kind ?? '')) return true;
  if (t.text === ',' || t.text === ')' || (/^[-–—]$/.test(t.text) && t.space !== '')) return true; // "X, who …,", "X (…)", "Critics - including X -": the subject is before (a spaced dash, not the hyphen of "stumbling-block")
  if (ACTOR_NOUNS.test(t.lower)) {
    let p = q - 1;
    if (/^['’]s?$/.test(tokens[p]?.text ?? '')) p--;
    // ("G7 finance ministers": one common noun may stand between the body and its role noun.)
    else if (tokens[p]?.pos === 'NOUN' && !coveringMention(ms, p) && coveringMention(ms, p - 1)) p--;
    const owner = coveringMention(ms, p);
    return !!owner && owner.kind !== 'Concern' && owner.kind !== 'Agreement' || /^(the|two|both)$/.test(lower(tokens[q - 1])) && /^(leaders|sides|countries|nations|pair)$/.test(t.lower);
  }
  return false;
}

/** A negation among the few words before the verb at k, within its clause ("did not oppose", "never really backed"). */
function negatedBefore(tokens: Token[], k: number): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 4); q--) {
    const t = tokens[q];
    if (SPLIT_PUNCT.test(t.text) || t.text === ',' || /^(and|but|or)$/.test(t.lower)) break;
    if (NEGATORS.has(t.lower) && t.lower !== 'longer') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && t.lower !== 'to') break;
  }
  // "Nor does Sen. X discuss …", "Neither X nor Y opposed …": a clause opened by a negation.
  let c = k - 1;
  while (c > 0 && !SPLIT_PUNCT.test(tokens[c - 1].text) && tokens[c - 1].text !== ',') c--;
  return /^(nor|neither)$/.test(lower(tokens[c]));
}

/**
 * "X held talks with Y and discussed Z": a verb right after "and" shares the subject of the verb
 * before it in the clause; returns that verb's index (undefined when the verb has its own subject).
 */
function sharedSubjectVerb(tokens: Token[], ms: Mention[], k: number): number | undefined {
  let q = k - 1;
  // (Past auxiliaries and a control verb: "and wants to prevent it".)
  while (q >= 0 && (tokens[q].pos === 'ADV' || tokens[q].pos === 'AUX' || tokens[q].lower === 'to' || (tokens[q].pos === 'VERB' && lower(tokens[q + 1]) === 'to'))) q--;
  if (lower(tokens[q]) !== 'and') return undefined;
  // The first verb of the clause is its main verb: "Argentina fears that demand could spark a
  // crisis and wants …" shares the subject of "fears", not of "spark".
  let first: number | undefined;
  let start = q;
  for (let p = q - 1; p >= Math.max(0, q - 20); p--) {
    if (SPLIT_PUNCT.test(tokens[p].text) || tokens[p].text === ',') break;
    if (tokens[p].pos === 'VERB') first = p;
    start = p;
  }
  // A clause that opens with a name has it for subject ("Argentina fears that …", where wink tags
  // "fears" a noun): the subject is looked for right after that name.
  const opener = ms.find((m) => m.tokenStart >= start && m.tokenStart <= start + 2 && m.tokenEnd < q && (m.kind === 'Person' || m.kind === 'Country' || m.kind === 'Organization'));
  return opener && (first === undefined || opener.tokenEnd <= first) ? opener.tokenEnd : first;
}

/**
 * Whether [a, e) can name a concern: it has a common noun or an action outside the names in it (a
 * person or a country alone is no concern), is not a pronoun, a time phrase or a bare generic word.
 */
function usefulObject(tokens: Token[], ms: Mention[], a: number, e: number): boolean {
  // "what they objected to is the attempt …": a verb of its own starts no object.
  if (tokens[a].pos === 'AUX') return false;
  // "resist the temptation to …", "seize the chance": idioms, whose object is no concern.
  if (IDIOM_HEADS.has(tokens[a].lower)) return false;
  if (e - a === 1 && (GENERIC_OBJECTS.has(tokens[a].lower) || PRONOUNS.has(tokens[a].lower))) return false;
  if (PRONOUNS.has(tokens[a].lower) && e - a <= 2) return false;
  let content = false;
  for (let q = a; q < e; q++) {
    const m = coveringMention(ms, q);
    if (m && m.kind !== 'Concern' && m.kind !== 'Agreement') {
      q = m.tokenEnd - 1;
      continue;
    }
    const t = tokens[q];
    if ((t.pos === 'NOUN' || (t.pos === 'VERB' && q === a)) && !GENERIC_OBJECTS.has(t.lower)) content = true;
    if (t.pos === 'NOUN' && GENERIC_OBJECTS.has(t.lower) && q > a) content = true; // "a bid to reduce the rebate"
  }
  return content;
}
