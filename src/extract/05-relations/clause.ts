// Clause helpers the relation families share: who the subject of a verb is, what its object is, a
// place after it, who speaks, and whether a negation, a hedge or a quotation mark stands in between.

import type { Mention, Sentence, Token } from '../../types';
import { CALENDAR, NEGATIONS, SPEECH_VERBS } from '../model/lexicon';
import { ROLE_NOUNS } from '../model/titles';
import { lower } from '../tokens-util';
import { wordClass } from '../word-classes';
import { COUNTRY_PLURALS, hasWordOf, SINGULAR_PRONOUNS, type PronounResolver, type SentenceContext } from './context';

export const ACTORS = new Set(['Person', 'Country', 'Organization']);
const PREPOSITIONS = new Set(['by', 'of', 'with', 'in', 'to', 'from', 'between', 'against', 'on', 'for', 'about', 'over', 'at', 'into', 'toward', 'towards', 'among', 'like', 'than', 'under', 'after', 'before', 'near', 'across', 'beyond', 'besides', 'via']);

// Words between a subject and its verb that make the act a possibility or a refusal, not a fact:
// "could join", "refused to sign", "has yet to ratify", "failed to reach".
const HEDGES = /^(could|might|may|would|refused|refuses|declined|declines|denied|denies|failed|fails|yet|reluctant|unwilling|hesitant|threatened|threatens|considering|considers|hopes|hoped|wants|wanted|plans|planned|seeks|sought|aims|aimed|proposed|proposes|urged|urges|called)$/;

/** Whether the words between a subject (ending at `from`) and its verb at k hedge or refuse the act. */
export function hedged(tokens: Token[], from: number, k: number): boolean {
  for (let q = Math.max(from, k - 5); q < k; q++) if (HEDGES.test(tokens[q].lower)) return true;
  return false;
}

/** Whether a negation word stands in tokens [from, to). */
export function negatedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) if (NEGATIONS.has(lower(tokens[k]))) return true;
  return false;
}

/** The actors of the clause before token k: the nearest actor and those coordinated with it ("A and B", "A, B and C"). */
export function subjectGroup(sc: SentenceContext, k: number, resolve: PronounResolver): Mention[] {
  const { tokens, ms } = sc;
  // "The union, which represents 4,000 workers, said it was concerned": "it" after a verb of speech is
  // that verb's subject, found before the verb (and past a relative clause closing right before it).
  k = speechVerbBeforeIt(tokens, k);
  // Pronoun subject right before the verb: "she also expressed concern", "the two leaders agreed".
  for (let q = k - 1; q >= Math.max(0, k - 8); q--) {
    const w = lower(tokens[q]);
    if (/^["“”]$/.test(tokens[q].text)) continue;
    if (/^[,.;:]$/.test(tokens[q].text)) break;
    const m = ms.find((x) => x.tokenStart <= q && q < x.tokenEnd && ACTORS.has(x.kind));
    if (m) break;
    if (SINGULAR_PRONOUNS.has(w) || w === 'they' || w === 'we' || w === 'i' || (w === 'two' && /^(the)$/.test(lower(tokens[q - 1]))) || /^leaders['’]?$/.test(w) || w === 'pair' || (COUNTRY_PLURALS.has(w) && /^(two|both|the)$/.test(lower(tokens[q - 1])))) {
      const r = resolve(sc, q);
      if (r.length) return r;
    }
  }
  // "Ana Ruiz, who flew in with Luis Vera, met …", "A and B, both members of X, met …": the subject
  // stands before a parenthetical clause that closes right before the verb.
  const open = parentheticalBefore(tokens, k);
  const end = open >= 0 ? open : k;
  // (A party's letter after a name, "Ana Ruiz (D., Tex.)", is no subject of its own.)
  const before = ms.filter((m) => ACTORS.has(m.kind) && m.rule !== 'party-tag' && m.tokenEnd <= end && end - m.tokenEnd <= 12 && !inQuoteRegion(tokens, m.tokenStart, k));
  if (!before.length) return [];
  let last = before[before.length - 1];
  // "signed by China and the Solomon Islands also triggered worries": a prepositional object is no subject.
  // ("Leaders of the G7 issued …", "Ministers of the bloc agreed": a body's people act for the body.)
  // ("Officials from Chile and Peru signed": the people of each of several countries.)
  const of = headAt(sc, last);
  const bodyPeople = /^(of|from)$/.test(lower(tokens[of])) && GROUP_PEOPLE.has(lower(tokens[of - 1])) && (of - 1 === 0 || /^(the|,|—|–|-|:)$/.test(lower(tokens[of - 2])));
  if (!bodyPeople && PREPOSITIONS.has(headOf(sc, last)) && !/^(according)$/.test(lower(tokens[last.tokenStart - 2]))) return [];
  // Skip an actor that is only the possessor or the object of a preposition of a nearer one: "Japan's PM".
  const group = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const m = before[i];
    const between = tokens.slice(m.tokenEnd, last.tokenStart).map((t) => lower(t));
    // "UN Secretary-General Guterres", "Japan PM Kishida": a name right before another qualifies it.
    if (between.length === 0) {
      last = m;
      continue;
    }
    // "state party chief Ana Ruiz": a body right before a lower-case role and the name qualifies it.
    if (between.every((w) => ROLE_GAP.has(w))) {
      last = m;
      continue;
    }
    // ("A and state party chief B": a role may open the second of two coordinated names.)
    const roleFrom = between.findIndex((w) => ROLE_GAP.has(w));
    if (roleFrom > 0 && between.slice(roleFrom).every((w) => ROLE_GAP.has(w)) && (between[roleFrom - 1] === 'and' || between[roleFrom - 1] === ',')) between.length = roleFrom;
    if (between.every((w) => w === 'and' || w === ',' || w === 'the' || w === "'s" || w === '’s' || w === 'both' || w === '(' || w === ')')) {
      if (between.includes("'s") || between.includes('’s')) {
        // "Japan's PM" — the possessor belongs to the next mention, not a new subject.
        last = m;
        continue;
      }
      group.unshift(m);
      last = m;
    } else break;
  }
  return group;
}

/** The verb of speech in "said (that) it was (deeply) <k>", or k itself. */
function speechVerbBeforeIt(tokens: Token[], k: number): number {
  let q = k - 1;
  while (q > k - 4 && q > 1 && (tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV')) q--;
  if (q === k - 1 || tokens[q].lower !== 'it') return k;
  const v = tokens[q - 1].lower === 'that' ? q - 2 : q - 1;
  return v > 0 && SPEECH_VERBS.has(tokens[v].lower) ? v : k;
}

// Lower-case words of a role between a body and the name it qualifies: "state party chief", "foreign minister".
const ROLE_GAP = new Set([...ROLE_NOUNS, 'state', 'former', 'deputy', 'senior', 'acting', 'vice', 'foreign', 'prime', 'defence', 'defense', 'finance', 'trade', 'general', 'party']);

// Plural nouns for a body's people: "Leaders of the G7", "members of the bloc".
const GROUP_PEOPLE = new Set(['leaders', 'members', 'ministers', 'representatives', 'officials', 'delegates', 'envoys', 'heads', 'negotiators', 'diplomats', 'delegations', 'governments']);

// Words that open a relative clause or an apposition after a comma: ", who …,", ", both …,", ", a …,".
const PARENTHETICAL_OPENERS = new Set(['who', 'whose', 'which', 'both', 'all', 'each', 'a', 'an', 'the', 'himself', 'herself', 'themselves']);

/**
 * The comma that opens a relative clause or apposition ending with a comma right before the verb at k
 * (an adverb or auxiliary may stand between: ", …, also met"), or -1.
 */
function parentheticalBefore(tokens: Token[], k: number): number {
  let v = k - 1;
  while (v > 0 && (tokens[v].pos === 'ADV' || tokens[v].pos === 'AUX')) v--;
  if (tokens[v]?.text !== ',') return -1;
  for (let q = v - 1; q > 0 && q >= v - 20; q--) {
    const t = tokens[q].text;
    if (t === '.' || t === ';' || t === '"' || t === '“' || t === '”') return -1;
    // (Also a reduced relative: ", led by Ana Ruiz,", ", based in Lima,".)
    if (t === ',') return (PARENTHETICAL_OPENERS.has(lower(tokens[q + 1])) || (/ed$/.test(lower(tokens[q + 1])) && /^(by|in)$/.test(lower(tokens[q + 2])))) && q + 2 < v ? q : -1;
  }
  return -1;
}

/** The word before a coordination "A, B and C" that ends with m: "by" in "signed by China and Fiji". */
function headOf(sc: SentenceContext, m: Mention): string {
  return lower(sc.tokens[headAt(sc, m)]);
}

/** Where the word before m's coordinated group stands ("of" in "Leaders of Chile and Peru"). */
function headAt(sc: SentenceContext, m: Mention): number {
  const { tokens } = sc;
  let q = m.tokenStart - 1;
  while (q >= 0 && /^(the|both)$/.test(lower(tokens[q]))) q--;
  if (!/^(and|or)$/.test(lower(tokens[q]))) return q;
  for (;;) {
    q--;
    while (q >= 0 && /^(the|both)$/.test(lower(tokens[q]))) q--;
    const prev = actorEndingAt(sc.ms, q);
    if (!prev) return q;
    q = prev.tokenStart - 1;
    while (q >= 0 && /^(the|both)$/.test(lower(tokens[q]))) q--;
    if (tokens[q]?.text !== ',') return q;
  }
}

/** The last actor (in token order) whose span ends at token q. */
function actorEndingAt(ms: Mention[], q: number): Mention | undefined {
  for (let i = ms.length - 1; i >= 0; i--) if (ACTORS.has(ms[i].kind) && ms[i].tokenEnd === q + 1) return ms[i];
  return undefined;
}

/** The actors right after token k: "met with X", "met X and Y", "talks with X". */
export function objectGroup(sc: SentenceContext, k: number): Mention[] {
  const { tokens, ms } = sc;
  let q = k + 1;
  while (q < tokens.length && /^(with|between|down|by|the|her|his|their|a|an)$/.test(lower(tokens[q]))) q++;
  const out: Mention[] = [];
  while (q < tokens.length) {
    const m = ms.find((x) => x.tokenStart === q && ACTORS.has(x.kind) || (x.tokenStart === q && (x.kind === 'Organization' || x.kind === 'Agreement')));
    if (m) {
      // Skip the country in "Japan's Prime Minister Fumio Kishida", or the company in "Gazprom
      // chairman Aleksey Miller", in favour of the person its title names.
      const next = ms.find((x) => x.tokenStart > m.tokenStart && x.tokenStart <= m.tokenEnd + 4 && x.kind === 'Person');
      // ("Parliament Speaker Khaled Ali": the title may open the person's own mention.)
      if ((m.kind === 'Country' || (m.kind === 'Organization' && next && (titleBetween(tokens, m.tokenEnd, next.tokenStart) || (next.tokenStart === m.tokenEnd && !!next.role)))) && next) {
        q = next.tokenStart;
        continue;
      }
      // "Pakistan's chairman of the joint chiefs of staff committee Nadeem Raza": a longer role.
      // ("met the UN Secretary-General's special representative, Ana Ruiz,": a title and a role set off
      // by a comma before the name.)
      const far = m.kind === 'Country' || m.kind === 'Organization' ? (/^['’]s?$/.test(tokens[m.tokenEnd]?.text ?? '') ? personAfterRole(sc, m.tokenEnd + 1, 12) : undefined) ?? personAfterRoleComma(sc, m.tokenEnd) : undefined;
      if (far) {
        q = far.tokenStart;
        continue;
      }
      out.push(m);
      q = m.tokenEnd;
      // "Ruhi Dogusoy, Turkcell's chief operating officer, and …": an apposition is no second person.
      if (tokens[q]?.text === ',') q = afterRoleApposition(sc, q);
      if (/^(and|,)$/.test(lower(tokens[q]))) {
        q++;
        continue;
      }
      break;
    }
    // "her Japanese counterpart Fumio Kishida": role words before the name.
    if (/^(japanese|counterpart|prime|minister|president|[a-z]+)$/.test(lower(tokens[q])) && q - k < 6 && !/^[.,;]$/.test(tokens[q].text)) {
      q++;
      continue;
    }
    // "… and chief of army staff General Qamar Bajwa": a role before the next person of the list.
    const after = out.length && /^(and|,)$/.test(lower(tokens[q - 1])) ? personAfterRole(sc, q, 8) : undefined;
    if (after) {
      q = after.tokenStart;
      continue;
    }
    break;
  }
  return out;
}

// Words of a role between a body or a list's "and" and the person holding it: nouns, adjectives,
// capitalised ranks, "of", "for", "the" ("chairman of the joint chiefs of staff committee").
const ROLE_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const ROLE_LINKS = new Set(['of', 'for', 'the']);

/** The person named after a role that starts at a and spans at most `max` words, with nothing else between. */
function personAfterRole(sc: SentenceContext, a: number, max: number): Mention | undefined {
  const { tokens, ms } = sc;
  for (let q = a; q < tokens.length && q - a <= max; q++) {
    const m = ms.find((x) => x.tokenStart === q);
    if (m) return m.kind === 'Person' && q > a ? m : undefined;
    const t = tokens[q];
    if (!(ROLE_POS.has(t.pos) || ROLE_LINKS.has(t.lower)) || !/^\p{L}/u.test(t.text)) return undefined;
  }
  return undefined;
}

/** The person named after a role of title words (with hyphens and possessives) from a and a comma: "Secretary-General's special envoy, Ana Ruiz". */
function personAfterRoleComma(sc: SentenceContext, a: number): Mention | undefined {
  const { tokens } = sc;
  for (let q = a; q < tokens.length && q - a <= 10; q++) {
    const t = tokens[q];
    if (t.text === ',') {
      const m = q > a ? sc.ms.find((x) => x.tokenStart === q + 1) : undefined;
      return m?.kind === 'Person' && (tokens[q - 1].pos === 'NOUN' || ROLE_NOUNS.has(tokens[q - 1].lower)) ? m : undefined;
    }
    if (!(ROLE_POS.has(t.pos) && /^\p{L}/u.test(t.text)) && !/^(-|['’]s)$/.test(t.text)) return undefined;
  }
  return undefined;
}

/** After ", Org's role words," at the comma q: the closing comma; else q. */
function afterRoleApposition(sc: SentenceContext, q: number): number {
  const { tokens, ms } = sc;
  const owner = ms.find((x) => x.tokenStart === q + 1);
  if (!owner || !/^['’]s?$/.test(tokens[owner.tokenEnd]?.text ?? '')) return q;
  let r = owner.tokenEnd + 1;
  while (r < tokens.length && r <= owner.tokenEnd + 5 && /^\p{Ll}/u.test(tokens[r].text) && tokens[r].pos !== 'AUX') r++;
  return r > owner.tokenEnd + 1 && tokens[r]?.text === ',' ? r : q;
}

/** Whether tokens [a, b) are only the words of a title ("chief", "petroleum minister", "'s"), no punctuation or verb. */
function titleBetween(tokens: Token[], a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (!/^(NOUN|PROPN|ADJ|PART)$/.test(tokens[q].pos) || /^[,;:.]$/.test(tokens[q].text)) return false;
  return b > a;
}

/** "… in Tokyo", "… to the Solomon Islands": the place or country introduced within a few words after k. */
const PLACE_NOUNS = new Set(['capital', 'city', 'state', 'province', 'region', 'island', 'islands', 'coast', 'border', 'soil', 'town', 'port', 'village', 'countryside', 'mainland', 'territory', 'enclave', 'resort']);

export function placeAfter(sc: SentenceContext, k: number): Mention | undefined {
  const { tokens, ms } = sc;
  for (let q = k + 1; q < Math.min(tokens.length, k + 10); q++) {
    if (/^[.;]$/.test(tokens[q].text)) break;
    // "held talks on maritime borders in the Aegean": after a topic the place is the topic's.
    // ("on Monday", "on 5 May", "on the sidelines of" say when or where, not what about.)
    // ("flew on to Madrid": "on to" is onward movement, no topic.)
    if (/^(about|over|regarding|concerning)$/.test(lower(tokens[q])) || (lower(tokens[q]) === 'on' && lower(tokens[q + 1]) !== 'to' && !CALENDAR.has(tokens[q + 1]?.text ?? '') && !/^\d/.test(tokens[q + 1]?.text ?? '') && !/^(sidelines|margins|board|way|eve|day|morning|evening|weekend)$/.test(lower(tokens[q + 1]) === 'the' ? lower(tokens[q + 2]) : lower(tokens[q + 1])))) return undefined;
    if (!/^(in|to|at|into)$/.test(lower(tokens[q]))) continue;
    const m = ms.find((x) => x.tokenStart === q + 1 || (x.tokenStart === q + 2 && lower(tokens[q + 1]) === 'the'));
    // "to the English Gardens", "in American Express": an adjective names no place, unless a place
    // noun follows it ("to the Japanese capital", "in the Indian state of Gujarat").
    if (m && (m.kind === 'Place' || m.kind === 'Country') && (m.meta?.demonym !== 'yes' || PLACE_NOUNS.has(lower(tokens[m.tokenEnd])))) return m;
  }
  return undefined;
}

const SPEECH_VERB = wordClass(SPEECH_VERBS);

/** "…, Ardern said.", "said Prof Patman", "she said": who speaks in this sentence. */
export function findSpeaker(sc: SentenceContext, resolve: PronounResolver): Mention | undefined {
  const { tokens, ms } = sc;
  if (hasWordOf(sc, SPEECH_VERB)) for (let k = 0; k < tokens.length; k++) {
    if (!SPEECH_VERBS.has(lower(tokens[k]))) continue;
    const before = ms.find((m) => m.kind === 'Person' && m.tokenEnd === k);
    if (before) return before;
    const after = ms.find((m) => m.kind === 'Person' && m.tokenStart === k + 1);
    if (after) return after;
    if (SINGULAR_PRONOUNS.has(lower(tokens[k - 1]))) return resolve(sc, k - 1)[0];
    // "According to Chief Cabinet Secretary Hirokazu Matsuno, …"
  }
  if (lower(tokens[0]) === 'according' && lower(tokens[1]) === 'to') return ms.find((m) => m.kind === 'Person' && m.tokenStart <= 8);
  return undefined;
}

export function isQuoteContinuation(s: Sentence): boolean {
  return /^["“]/.test(s.text) && !/["”]\s*$/.test(s.text) === false;
}

/** Whether tokens [from, to) cross a quotation mark: a subject outside a quote does not speak inside it. */
function inQuoteRegion(tokens: Token[], from: number, to: number): boolean {
  // A quote mark right before the trigger only quotes the trigger ('the leaders' "grave concerns"').
  for (let q = from; q < to - 1; q++) if (/^["“”]$/.test(tokens[q].text)) return true;
  return false;
}

/** Whether token k stands inside a quotation. */
export function inQuote(tokens: Token[], k: number): boolean {
  let open = false;
  for (let q = 0; q < k; q++) {
    if (/^[“]$/.test(tokens[q].text)) open = true;
    else if (/^[”]$/.test(tokens[q].text)) open = false;
    else if (tokens[q].text === '"') open = !open;
  }
  return open || /^["“]/.test(tokens[0]?.text ?? '');
}
