// Stance pattern rows, part 4 of 4 of the one ordered table the engine (../03-stance.ts) concatenates:
// problems and acts: what is judged a problem, attacked, safeguarded, dealt with, fought over;
// (rows "problem-judged" to "act-over"). The table is split where it is contiguous, not regrouped:
// BY_WORD keeps the rows of a word in table order and the first row that names something wins.

import type { Mention } from '../../types';
import { CONCERN_HEADS, SPEECH_VERBS } from '../model/lexicon';
import { ATTACK_VERBS, BAD_PROBLEM_NOUNS, BELIEF_VERBS, DEALING_VERBS, DISPUTE_NOUNS, END_WORDS, GENERIC_OBJECTS, GROUNDS_NOUNS, JUDGED_PROBLEM_NOUNS, MARTIAL_HEADS, MEASURE_NOUNS, PLEDGE_VERBS, PROTEST_ACT_VERBS, RISK_NOUNS, SAFEGUARD_VERBS, SEVERITY_WORDS, VALUE_NOUNS } from '../model/lexicons/stance';
import { lower } from '../tokens-util';
import { headNoun, isVerb, phraseBefore, phraseEnd, reporterOf, skipFillers, skipTime, threatened } from './phrase-helpers';
import type { StanceHit, StancePattern } from './types';
import { CLAUSE_OPENERS, COPULA_CHAIN, NEGATORS, POSSESSIVES, PROBLEM_STATES, PRONOUNS, QUOTES, TIME_HEADS } from './word-sets';

export const PROBLEM_PATTERNS: StancePattern[] = [
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
      // (A noun may modify it too: "a public health emergency".)
      while (d >= 0 && (tokens[d].pos === 'ADJ' || tokens[d].pos === 'ADV' || SEVERITY_WORDS.has(tokens[d].lower) || (tokens[d].pos === 'NOUN' && k - d <= 2)) && !NEGATORS.has(tokens[d].lower)) {
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
      // (The judgement may be quoted: "obesity was 'a public health emergency'".)
      if (QUOTES.test(tokens[c]?.text ?? '')) c--;
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
  // problem-state: "warned that a flu pandemic was imminent", "torture was still widespread": a
  // concern noun said to be near or rife is a concern, of the one who reports it.
  {
    id: 'problem-state',
    words: PROBLEM_STATES,
    match(tokens, ms, k) {
      if (tokens[k].pos !== 'ADJ' && tokens[k].pos !== 'VERB') return undefined;
      let c = k - 1;
      let copula = false;
      while (c >= 0 && (COPULA_CHAIN.has(tokens[c].lower) || /^(still|already|now|also|increasingly)$/.test(tokens[c].lower))) {
        if (/^(is|was|are|were|remains|remained|remain|'s)$/.test(tokens[c].lower)) copula = true;
        c--;
      }
      if (!copula || NEGATORS.has(lower(tokens[c]))) return undefined;
      const a = phraseBefore(tokens, ms, c + 1);
      if (a > c || PRONOUNS.has(lower(tokens[a])) || !CONCERN_HEADS.has(headNoun(tokens, a, c + 1) ?? '')) return undefined;
      const v = a - 1 - (lower(tokens[a - 1]) === 'that' ? 1 : 0);
      const reported = SPEECH_VERBS.has(lower(tokens[v])) || BELIEF_VERBS.has(lower(tokens[v]));
      const r = reported ? undefined : reporterOf(tokens, ms);
      return { start: a, end: c + 1, predicate: 'concernedAbout', entityOnly: true, whole: true, ...(reported ? { subjectToken: v } : r ? { subjectIds: [r.id] } : { bySpeaker: true }) };
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
