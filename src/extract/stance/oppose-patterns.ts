// Stance pattern rows, part 1 of 4 of the one ordered table the engine (../03-stance.ts) concatenates:
// opposition and worry: verbs against an object, critics, passives, stance adjectives and phrasal verbs;
// (rows "oppose-object" to "concern-verb"). The table is split where it is contiguous, not regrouped:
// BY_WORD keeps the rows of a word in table order and the first row that names something wins.

import type { Mention, Token } from '../../types';
import { coveringMention } from '../03-phrases';
import { AGAINST_VERBS, AVOW_VERBS, CONCERN_VERBS, COPULAR_VERBS, CRITIC_NOUNS, OPPOSE_VERBS, STANCE_ADJECTIVES, WORRY_WORDS } from '../model/lexicons/stance';
import { lower } from '../tokens-util';
import { isVerb, phraseEnd, skipFillers, skipTime } from './phrase-helpers';
import type { StancePattern } from './types';
import { ACTOR_KINDS, NEGATORS, OBJECT_PREPS, PHRASAL_BY_VERB, QUOTES, THREATENED_ACTS } from './word-sets';

/** After "what (they) called (as)" at j, the token its object starts at; j when the words are otherwise. */
function afterWhatCalled(tokens: Token[], j: number): number {
  let q = j + 1;
  if (/^(they|he|she|it|we|critics|activists)$/.test(lower(tokens[q]))) q++;
  if (!/^(called|termed|dubbed|described)$/.test(lower(tokens[q]))) return j;
  return lower(tokens[q + 1]) === 'as' ? q + 2 : q + 1;
}

export const OPPOSE_PATTERNS: StancePattern[] = [
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
      // ("condemned what they called a disproportionate use of force": the actor's own words are the object.)
      if (tokens[j]?.lower === 'what') j = afterWhatCalled(tokens, j);
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
];
