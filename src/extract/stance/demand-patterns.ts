// Stance pattern rows, part 3 of 4 of the one ordered table the engine (../03-stance.ts) concatenates:
// demands and support: wanting an end, urging, refusing, campaigns, calls for, priorities;
// (rows "want-end" to "made-priority"). The table is split where it is contiguous, not regrouped:
// BY_WORD keeps the rows of a word in table order and the first row that names something wins.

import { AVOWAL_NOUNS, AVOW_VERBS, CALL_FOR_VERBS, CONCERN_VERBS, ENDING_NOUNS, END_WORDS, OPPOSE_VERBS, PRIORITY_NOUNS, REFUSALS, STRUGGLE_NOUNS, SUPPORT_VERBS, TOPIC_VERBS, URGE_VERBS, WANT_VERBS } from '../model/lexicons/stance';
import { lower } from '../tokens-util';
import { isVerb, phraseEnd, skipFillers } from './phrase-helpers';
import type { StancePattern } from './types';
import { ACTOR_KINDS, DETERMINER_LIKE, ISSUE_STRUGGLES, SPLIT_PUNCT } from './word-sets';

export const DEMAND_PATTERNS: StancePattern[] = [
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
];
