// Stance pattern rows, part 2 of 4 of the one ordered table the engine (../03-stance.ts) concatenates:
// judgements and reported speech: what a speaker calls unjust, says will harm or must be remedied;
// (rows "call-judgement" to "said-risk"). The table is split where it is contiguous, not regrouped:
// BY_WORD keeps the rows of a word in table order and the first row that names something wins.

import { coveringMention } from '../03-phrases';
import { SPEECH_VERBS } from '../model/lexicon';
import { BACKING_VERBS, BELIEF_VERBS, CALL_VERBS, END_WORDS, HARM_PAST, HARM_VERBS, JUDGING_VERBS, NEGATIVE_JUDGEMENTS, OPPOSE_VERBS, PLAN_NOUNS, POSITIVE_JUDGEMENTS, PROBLEM_NOUNS, RELIEF_VERBS, REMEDY_PARTICIPLES, RISK_NOUNS, SEVERITY_WORDS, UNDO_PARTICIPLES, type StancePredicate } from '../model/lexicons/stance';
import { lower } from '../tokens-util';
import { harmful, harmfulPose, isVerb, phraseEnd, reportedStart, skipFillers, threatened } from './phrase-helpers';
import type { Mention, Token } from '../../types';
import type { StancePattern } from './types';
import { ACTOR_KINDS, COPULA_CHAIN, EXCESS_ADJECTIVES, FRONTED_VERBS, NEGATORS, POOR_QUALITY, QUOTES, SPLIT_PUNCT } from './word-sets';

/**
 * '"…," Ana Ruiz, the minister for aid, said': the person who ends just before the comma that opens
 * an apposition closed by the comma at c (no verb inside it), after the judgement's verb at p.
 */
function speakerBeforeApposition(tokens: Token[], ms: Mention[], p: number, c: number): Mention | undefined {
  let c1 = c - 1;
  while (c1 > p && c1 >= c - 12 && tokens[c1].text !== ',' && tokens[c1].pos !== 'VERB' && tokens[c1].pos !== 'AUX') c1--;
  if (tokens[c1]?.text !== ',' || c1 <= p) return undefined;
  return ms.find((m) => m.tokenEnd === c1 && m.tokenStart > p && m.kind === 'Person' && m.meta?.candidate !== 'yes');
}

export const JUDGEMENT_PATTERNS: StancePattern[] = [
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
      // ("… was a bad bargain": an adjective of poor quality judges any noun after it.)
      let poor = false;
      if (/^(a|an)$/.test(lower(tokens[q]))) {
        q++;
        while (q < tokens.length && tokens[q].pos === 'ADJ' && !NEGATIVE_JUDGEMENTS.has(tokens[q].lower)) {
          if (POOR_QUALITY.has(tokens[q].lower)) poor = true;
          q++;
        }
      }
      const w = lower(tokens[q]);
      if (!copula || e <= j) return undefined;
      // "should be rejected", "must be scrapped": the speaker wants it undone; "is too high": too much of it.
      const undone = ought && !negated && (UNDO_PARTICIPLES.has(w) || END_WORDS.has(w));
      const excessive = too && !negated && EXCESS_ADJECTIVES.has(w);
      const bad = undone || excessive || (negated ? POSITIVE_JUDGEMENTS.has(w) : NEGATIVE_JUDGEMENTS.has(w) || (poor && tokens[q]?.pos === 'NOUN'));
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
        let article = false;
        // (wink tags some judgements adverbs: "a backward view".)
        // ("is a serious setback": adjectives after the article qualify the judging noun.)
        while (q < c && !NEGATIVE_JUDGEMENTS.has(tokens[q].lower) && (/^(a|an)$/.test(tokens[q].lower) || tokens[q].pos === 'ADV' || NEGATORS.has(tokens[q].lower) || QUOTES.test(tokens[q].text) || (article && tokens[q].pos === 'ADJ'))) {
          if (NEGATORS.has(tokens[q].lower)) negated = true;
          if (/^(a|an)$/.test(tokens[q].lower)) article = true;
          q++;
        }
        const w = lower(tokens[q]);
        if (!(negated ? POSITIVE_JUDGEMENTS.has(w) : NEGATIVE_JUDGEMENTS.has(w))) return undefined;
      }
      // The speaker between the comma and the verb, or right after it (", said Olaf Berg").
      const actors = ms.filter((m) => ((m.tokenStart > c && m.tokenEnd <= k) || m.tokenStart === k + 1) && ACTOR_KINDS.has(m.kind) && m.meta?.candidate !== 'yes');
      const speaker = actors.find((m) => m.kind === 'Person') ?? actors[0] ?? speakerBeforeApposition(tokens, ms, p, c);
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
];
