// Pass 3b: stance at actions and policies. The phrases pass finds concerns that a trigger noun or verb
// introduces ("expressed concern about the crackdown"); this pass reads the clause shapes by which an
// actor opposes or worries about an action, a policy or a measure that need not be a concern noun:
// "opposes easing the embargo", "called the levy unjustified", "wants the quota to end", "urged the
// council not to close the clinic", "cannot support the plan's fund", "the campaign against graft";
// also what a speaker says will do harm ("said the levy would undermine …"), judgements before their
// speaker ("X is a backward policy, Y said"), critics, relative clauses, passives with an agent,
// adjectives of stance and phrasal verbs (their words in model/lexicons/stance.ts).
// Each pattern is one row (id, trigger words, example) in the stance/*-patterns.ts tables, which this
// engine joins in order; a row names a Concern after its object phrase and leaves a trigger for the
// relations pass, which finds the actor (the clause subject, or the subjects the row names itself
// when they stand elsewhere). Helpers the rows share are in stance/; this file runs the rows.

import type { Mention, Sentence } from '../types';
import { mentionsBySentence, tokenKey } from './context';
import { conjuncts, coveringMention, makeConcern, trimSpan } from './03-phrases';
import { AVOWAL_NOUNS, CONCERN_VERBS } from './model/lexicons/stance';
import { lower, spanText } from './tokens-util';
import { sentenceHas, wordClass } from './word-classes';
import { DEMAND_PATTERNS } from './stance/demand-patterns';
import { JUDGEMENT_PATTERNS } from './stance/judgement-patterns';
import { joinBoth, measureAntecedent, trailingAdjunct, usefulObject } from './stance/objects';
import { OPPOSE_PATTERNS } from './stance/oppose-patterns';
import { quoteMarks, quoteStateAfter, quotedAt, skipTime } from './stance/phrase-helpers';
import { PROBLEM_PATTERNS } from './stance/problem-patterns';
import { actorSubject, negatedBefore, relativeSetVerb, sharedSubjectVerb } from './stance/subjects';
import type { Ctx, StanceHit, StancePattern } from './stance/types';
import { OBJECT_PREPS, PRONOUNS } from './stance/word-sets';

export { sharedSubjectVerb } from './stance/subjects';

// The rows in table order (BY_WORD keeps it per word, and the first row that names something wins).
const PATTERNS: StancePattern[] = [...OPPOSE_PATTERNS, ...JUDGEMENT_PATTERNS, ...DEMAND_PATTERNS, ...PROBLEM_PATTERNS];

const BY_WORD = new Map<string, StancePattern[]>();
for (const p of PATTERNS) for (const w of p.words) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), p]);
const STANCE_WORD = wordClass(BY_WORD.keys());

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
    if (!sentenceHas(s, STANCE_WORD)) continue;
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
        hit.subjectToken ??= sharedSubjectVerb(s.tokens, ms, k) ?? relativeSetVerb(s.tokens, k);
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
