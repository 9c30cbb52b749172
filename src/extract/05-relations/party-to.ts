// partyTo (and involves for agreements): the parties an agreement phrase names, headline parties
// ("India and Iran in gas export deal"), places a deal is about, and "X signed the deal".

import type { Mention } from '../../types';
import { AGREE_VERBS, IMPOSE_VERBS, SANCTION_HEADS } from '../model/lexicon';
import { lower } from '../tokens-util';
import { ACTORS, hedged, negatedBetween, subjectGroup } from './clause';
import { wordClass } from '../word-classes';
import { add, antecedentOf, hasWordOf, mentionEndingAt, mentionStartingAt, noPronouns, resolvePronoun, type SentenceContext } from './context';

const GAP_STOPS = new Set(['.', ';', ',', ':', '"', '“', '”']);
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'at', 'for', 'over', 'on']);

/** Every partyTo of the sentence, and remembers the agreement named last (for "denounced it"). */
export function findParties(sc: SentenceContext): void {
  const agreements = sc.ms.filter((m) => m.kind === 'Agreement');
  if (!agreements.length) {
    // "after Brazil signed up to it": the agreement named before is the one signed.
    if (sc.doc.lastAgreement && hasWordOf(sc, AGREE_OR_REFUSE)) for (let k = 0; k < sc.tokens.length; k++) {
      const w = lower(sc.tokens[k]);
      if (AGREE_VERBS.has(w)) addAgreeVerbPronoun(sc, k, sc.doc.lastAgreement);
      else if (REFUSALS_TO.has(w)) addRefusal(sc, k, sc.doc.lastAgreement);
    }
    return; // each rule below reads an agreement of this sentence
  }
  for (const a of agreements) addNamedParties(sc, a);
  for (const a of agreements) addPassiveParties(sc, a);
  for (const a of agreements) {
    if (a.meta?.antecedent) continue;
    addAgreementPlaces(sc, a);
    addSanctionTargets(sc, a);
    addHeadlineParties(sc, a);
  }
  const { tokens } = sc;
  if (!hasWordOf(sc, AGREE_OR_HAVE)) return;
  for (let k = 0; k < tokens.length; k++) if (AGREE_VERBS.has(lower(tokens[k])) || (HAVE_VERBS.has(lower(tokens[k])) && hasAgreementObject(sc, k))) addAgreeVerb(sc, k);
}

// Passive forms of making an agreement: "was signed by", "were drawn up by", "has been brokered by".
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been']);
const MADE_PARTICIPLES = new Set(['signed', 'agreed', 'negotiated', 'drawn', 'drafted', 'brokered', 'reached', 'sealed', 'concluded', 'ratified', 'struck', 'hammered', 'thrashed', 'forged', 'endorsed']);
const LIST_JOINERS = new Set([',', 'and', 'the']);

/**
 * "The Kora Accord was drawn up by Norway, Chile and Peru" (rule agree-passive): an agreement made
 * by the list after "by" has those as its parties.
 */
function addPassiveParties(sc: SentenceContext, a: Mention): void {
  const { tokens } = sc;
  let q = a.tokenEnd;
  if (!PASSIVE_AUX.has(lower(tokens[q]))) return;
  q++;
  if (lower(tokens[q]) === 'been') q++;
  if (!MADE_PARTICIPLES.has(lower(tokens[q]))) return;
  q++;
  if (/^(up|out|through)$/.test(lower(tokens[q]))) q++;
  if (lower(tokens[q]) !== 'by') return;
  const target = antecedentOf(sc.doc, a);
  q++;
  for (;;) {
    while (LIST_JOINERS.has(lower(tokens[q]))) q++;
    const m = mentionStartingAt(sc, q);
    if (!m || !ACTORS.has(m.kind) || m.meta?.demonym === 'yes') return;
    add(sc, m, 'partyTo', target, 'agree-passive', 0.8);
    q = m.tokenEnd;
  }
}

// "The US, which has a defence treaty with Manila": who has an agreement is a party to it.
const HAVE_VERBS = new Set(['has', 'have', 'had']);
const OBJECT_OPENERS = new Set(['a', 'an', 'its', 'their', 'the', 'longstanding', 'long-standing', 'existing', 'separate']);

/** Whether an agreement is the direct object of the verb at k: only an article or an owner between. */
function hasAgreementObject(sc: SentenceContext, k: number): boolean {
  const a = sc.ms.find((m) => m.kind === 'Agreement' && m.tokenStart > k && m.tokenStart - k <= 3);
  if (!a) return false;
  for (let q = k + 1; q < a.tokenStart; q++) if (!OBJECT_OPENERS.has(lower(sc.tokens[q]))) return false;
  return true;
}

/** The parties the agreement phrase itself names ("the China–Solomon Islands pact"). */
function addNamedParties(sc: SentenceContext, a: Mention): void {
  const { doc } = sc;
  const target = antecedentOf(doc, a);
  if (a.meta?.negated === 'yes') return; // "no deal between X and Y"
  for (const pid of (a.meta?.parties as string[] | undefined) ?? []) add(sc, doc.byId.get(pid), 'partyTo', target, 'agreement-parties', 0.9);
  if (target !== a) doc.lastAgreement = target;
  else if (a.meta?.anaphor !== 'yes') doc.lastAgreement = a;
}

/**
 * "a deal … to take part in the development of the Yadavaran and Jufeyr oilfields": places the
 * agreement is about, in the same clause and introduced by a preposition.
 */
function addAgreementPlaces(sc: SentenceContext, a: Mention): void {
  const { tokens, ms } = sc;
  for (const p of ms.filter((m) => m.kind === 'Place' && m.tokenStart >= a.tokenEnd && m.tokenStart - a.tokenEnd <= 20)) {
    const gap = tokens.slice(a.tokenEnd, p.tokenStart).map((t) => lower(t));
    if (gap.some((w) => GAP_STOPS.has(w))) continue;
    if (!gap.some((w) => PLACE_PREPOSITIONS.has(w))) continue;
    add(sc, a, 'involves', p, 'agreement-place', 0.5);
  }
  // "a $3bn deal to build a network in Iran": the country where the agreed work is done, named by
  // "in" in the agreement's own purpose phrase, is involved (not a party, and not where it was signed).
  if (lower(tokens[a.tokenEnd]) !== 'to' || tokens[a.tokenEnd + 1]?.pos !== 'VERB') return;
  const parties = new Set((a.meta?.parties as string[] | undefined) ?? []);
  for (let q = a.tokenEnd + 2; q < Math.min(tokens.length, a.tokenEnd + 10); q++) {
    if (GAP_STOPS.has(lower(tokens[q])) || (tokens[q].pos === 'VERB' && q > a.tokenEnd + 1) || tokens[q].pos === 'AUX') break;
    if (lower(tokens[q]) !== 'in') continue;
    const c = mentionStartingAt(sc, /^(the)$/.test(lower(tokens[q + 1])) ? q + 2 : q + 1);
    if (c?.kind === 'Country' && !parties.has(c.id) && c.meta?.demonym !== 'yes') add(sc, a, 'involves', c, 'agreement-purpose-place', 0.5);
    break;
  }
}

/**
 * "sanctions on Russia", "the embargo imposed against Cuba on Friday", "sanctions against Russian
 * businessmen": the side a measure targets is involved in it.
 */
function addSanctionTargets(sc: SentenceContext, a: Mention): void {
  if (!SANCTION_HEADS.has(String(a.meta?.head ?? ''))) return;
  const { tokens } = sc;
  let q = a.tokenEnd;
  for (let guard = 0; guard < 6 && q < tokens.length; guard++) {
    const w = lower(tokens[q]);
    if (/^(on|against|targeting)$/.test(w)) {
      const at = /^(the|a|an)$/.test(lower(tokens[q + 1])) ? q + 2 : q + 1;
      const m = mentionStartingAt(sc, at);
      if (m && (m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Place')) {
        add(sc, a, 'involves', m, 'sanction-target', 0.7);
        return;
      }
    }
    // "imposed on Friday against …": the participle and a time phrase may stand between.
    if (!(IMPOSE_VERBS.has(w) || tokens[q].pos === 'PROPN' || tokens[q].pos === 'NUM' || /^(by|last|this|on|against|targeting)$/.test(w))) return;
    q++;
  }
}

/** "India and Iran in gas export deal", "Argentina, Venezuela in oil deal": headline parties. */
function addHeadlineParties(sc: SentenceContext, a: Mention): void {
  const { tokens } = sc;
  if (lower(tokens[a.tokenStart - 1]) !== 'in' && lower(tokens[a.tokenStart - 2]) !== 'in') return;
  const at = lower(tokens[a.tokenStart - 1]) === 'in' ? a.tokenStart - 1 : a.tokenStart - 2;
  const group = subjectGroup(sc, at, noPronouns).filter((m) => m.kind === 'Country' || m.kind === 'Organization');
  if (group.length >= 2 && group[0].tokenStart === 0) for (const g of group) add(sc, g, 'partyTo', antecedentOf(sc.doc, a), 'headline-in', 0.7);
}

/** "Brazil signed up to it", "Chile has since joined it": an agreeing verb whose object is "it". */
function addAgreeVerbPronoun(sc: SentenceContext, k: number, target: Mention): void {
  const { tokens } = sc;
  let q = k + 1;
  if (/^(up|on)$/.test(lower(tokens[q]))) q++;
  if (/^(to|onto)$/.test(lower(tokens[q]))) q++;
  if (lower(tokens[q]) !== 'it' || tokens[q].pos !== 'PRON') return;
  // The name right before the verb ("after Brazil signed up to it"), else the clause subject.
  let v = k - 1;
  while (v >= 0 && (tokens[v].pos === 'AUX' || tokens[v].pos === 'ADV')) v--;
  const adjacent = mentionEndingAt(sc, v + 1);
  const subjects = (adjacent ? [adjacent] : subjectGroup(sc, k, resolvePronoun)).filter((m) => m.kind === 'Country' || m.kind === 'Organization');
  if (!subjects.length || negatedBetween(tokens, subjects[0].tokenStart, q) || hedged(tokens, subjects.at(-1)!.tokenEnd, k)) return;
  for (const p of subjects) add(sc, p, 'partyTo', target, 'agree-verb-it', 0.7);
}

// Verbs of refusing a step, and the steps that join an agreement: "refused to sign up".
const REFUSALS_TO = new Set(['refused', 'refuses', 'refuse', 'declined', 'declines', 'decline']);
// The words the scans above start from.
const AGREE_OR_REFUSE = wordClass([...AGREE_VERBS, ...REFUSALS_TO]);
const AGREE_OR_HAVE = wordClass([...AGREE_VERBS, ...HAVE_VERBS]);
const JOINING_STEPS = new Set(['sign', 'join', 'back', 'accept', 'endorse', 'ratify', 'support']);

/**
 * "Several countries, including Chile and Peru, refused to sign up." (rule refuse-agreement): a
 * refusal to join, with no object, opposes the agreement the story spoke of last.
 */
function addRefusal(sc: SentenceContext, k: number, target: Mention): void {
  const { tokens } = sc;
  if (lower(tokens[k + 1]) !== 'to' || !JOINING_STEPS.has(lower(tokens[k + 2]))) return;
  let q = k + 3;
  if (/^(up|on)$/.test(lower(tokens[q]))) q++;
  if (!/^[.,;]$/.test(tokens[q]?.text ?? '')) return;
  let subjects = subjectGroup(sc, k, resolvePronoun);
  // ("Several countries, including Chile and Peru, refused": the named members of the subject.)
  if (!subjects.some((m) => ACTORS.has(m.kind))) {
    const including = tokens.findIndex((t, i) => i < k && (t.lower === 'including' || t.lower === 'notably'));
    subjects = including < 0 ? [] : sc.ms.filter((m) => m.tokenStart > including && m.tokenEnd <= k);
  }
  for (const p of subjects) if (ACTORS.has(p.kind) && p.meta?.demonym !== 'yes') add(sc, p, 'opposes', target, 'refuse-agreement', 0.7);
}

/** "Egypt and Israel signed the deal": the subjects of an agreeing verb before an agreement. */
function addAgreeVerb(sc: SentenceContext, k: number): void {
  const { tokens, ms } = sc;
  const agreement = ms.find((m) => m.kind === 'Agreement' && m.tokenStart > k && m.tokenStart - k <= 12 && !tokens.slice(k + 1, m.tokenStart).some((t) => /^[.;]$/.test(t.text)));
  const target = agreement?.meta?.antecedent ? sc.doc.byId.get(String(agreement.meta.antecedent)) : agreement;
  if (!target) return;
  // "Rattled by a pact between India and Japan, China signed a deal": the parties another agreement
  // phrase of the sentence names are its parties, not the verb's subjects.
  const elsewhere = new Set(ms.flatMap((m) => (m.kind === 'Agreement' && m !== agreement ? ((m.meta?.parties as string[] | undefined) ?? []) : [])));
  const subjects = subjectGroup(sc, k, resolvePronoun).filter((m) => ACTORS.has(m.kind) && !elsewhere.has(m.id));
  if (!subjects.length || negatedBetween(tokens, subjects[0].tokenStart, agreement!.tokenStart)) return;
  // "Petrobras could join the deal": a possibility is not a fact.
  if (hedged(tokens, subjects.at(-1)!.tokenEnd, k)) return;
  for (const p of subjects) add(sc, p, 'partyTo', target, 'agree-verb', 0.8);
  // "Brazil agreed to buy gas from Bolivia under a new deal": the other side of the trade is a party.
  if (!/^agree/.test(lower(tokens[k])) || lower(tokens[k + 1]) !== 'to' || !TRADE_VERBS.test(lower(tokens[k + 2]))) return;
  for (let q = k + 3; q < agreement!.tokenStart; q++) {
    if (!/^(from|to|with)$/.test(lower(tokens[q]))) continue;
    const other = mentionStartingAt(sc, lower(tokens[q + 1]) === 'the' ? q + 2 : q + 1);
    if (other && (other.kind === 'Country' || other.kind === 'Organization') && other.meta?.demonym !== 'yes') add(sc, other, 'partyTo', target, 'agree-trade', 0.7);
    break;
  }
}

// Verbs of a trade whose other side "from"/"to"/"with" names: "agreed to buy gas from Bolivia".
const TRADE_VERBS = /^(buy|sell|supply|import|export|purchase|provide|deliver|lease|ship|trade|share)$/;
