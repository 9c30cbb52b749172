// Who holds a stance: whether the verb at a trigger has an actor for its subject, whether it is
// negated in its clause, and which earlier verb it shares a subject with ("X met Y and discussed Z").
// The engine reads these after a row matches; the relations pass uses sharedSubjectVerb too.

import type { Mention, Token } from '../../types';
import { coveringMention } from '../03-phrases';
import { STRUGGLE_NOUNS } from '../model/lexicons/stance';
import { lower } from '../tokens-util';
import { ACTOR_KINDS, NEGATORS, QUOTES, SPLIT_PUNCT } from './word-sets';

const AGENT_NOUNS = new Set([...STRUGGLE_NOUNS, 'attempt', 'attempts', 'bid', 'bids', 'government', 'administration', 'ministry', 'party', 'leaders', 'allies', 'supporters']);
// Nouns of a body's kind that news puts after its name: "the Acme union".
const BODY_KIND_NOUNS = new Set(['union', 'party', 'group', 'company', 'firm', 'bank', 'council', 'association', 'federation', 'charity', 'agency', 'regulator', 'watchdog', 'board', 'commission', 'committee']);
const ACTOR_NOUNS = /^(ministers?|officials?|leaders?|presidents?|premiers?|chiefs?|spokes(man|woman|person)|governments?|chairman|secretary|senators?|governors?|mayors?|representatives|delegates|members|critics|lawmakers|mps|administration|pair|sides|countries|nations)$/;

/**
 * Whether the verb at k has an actor for its subject: the words right before it (past auxiliaries,
 * adverbs and control verbs: "was prepared to veto") end in a name, a pronoun, or a role noun right
 * after a name ("G7 ministers"). "His schedule calls for", "the bloc had fought" have none; the
 * nearest name further back is not their subject.
 */
export function actorSubject(tokens: Token[], ms: Mention[], k: number): boolean {
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
  // ("The Acme union said", "the Kora party argued": a body's name before the noun of its kind.)
  if (BODY_KIND_NOUNS.has(t.lower) && coveringMention(ms, q - 1)?.kind === 'Organization') return true;
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
export function negatedBefore(tokens: Token[], k: number): boolean {
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
export function sharedSubjectVerb(tokens: Token[], ms: Mention[], k: number): number | undefined {
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

// Nouns of a set of actors that a relative clause may describe: "a group of states that oppose X".
const COLLECTIVE_NOUNS = new Set(['group', 'coalition', 'bloc', 'alliance', 'camp', 'caucus', 'one']);
// Verbs by which a subject leads or belongs to such a set: "X leads a group of states that …".
const MEMBERSHIP_VERBS = /^(leads?|led|leading|heads?|headed|heading|chairs?|chaired|joined|joins?|is|was)$/;

/**
 * "X leads a group of poorer states that oppose deep cuts", "Y is one of the countries that reject
 * the plan": the one who leads or belongs to the set a restrictive relative clause describes holds
 * its stance; returns the index of the verb whose subject that is (undefined when not so).
 */
export function relativeSetVerb(tokens: Token[], k: number): number | undefined {
  let q = k - 1;
  while (q >= 0 && (tokens[q].pos === 'AUX' || tokens[q].pos === 'ADV')) q--;
  if (!/^(that|who)$/.test(lower(tokens[q]))) return undefined;
  // The antecedent: a few words of a plural phrase after "of", or the set's noun itself.
  let p = q - 1;
  if (!COLLECTIVE_NOUNS.has(lower(tokens[p]))) {
    while (p > q - 6 && p > 0 && /^(NOUN|ADJ|PROPN|NUM|DET)$/.test(tokens[p].pos) && lower(tokens[p]) !== 'of') p--;
    if (lower(tokens[p]) !== 'of' || !COLLECTIVE_NOUNS.has(lower(tokens[p - 1]))) return undefined;
    p--;
  }
  // ("a small group", "the one": an article and adjectives before the set's noun.)
  p--;
  while (p > 0 && tokens[p].pos === 'ADJ') p--;
  if (/^(a|an|the)$/.test(lower(tokens[p]))) p--;
  return p >= 0 && MEMBERSHIP_VERBS.test(lower(tokens[p])) ? p : undefined;
}
