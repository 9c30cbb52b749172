// Pass 5: typed relations from sentence structure. Each pattern family is its own file in
// 05-relations/ naming the sentence shape it reads; a relation whose span holds a negation ("is not part
// of", "would not be") is dropped. Pronouns ("she", "the two leaders", "it") take their antecedents from
// earlier sentences.
//
// NOTE: the families were one function with closures until V8 spent ~0.5 s per compile on it, several
// times per worker (deopt, reopt); small module-level functions compile once and cheaply. This entry
// stays a file beside the folder (not 05-relations/index.ts) so that a dist/ built before the split
// cannot shadow it with a stale 05-relations.js.

import { mentionsBySentence, mentionsByTokens } from './context';
import type { ConcernTrigger } from './03-phrases';
import { findAffiliations } from './05-relations/affiliated-with';
import { findBiography } from './05-relations/biography';
import { findSpeaker, isQuoteContinuation } from './05-relations/clause';
import { findConcerns } from './05-relations/concerns';
import { findCopulaRoles } from './05-relations/copula-role';
import { resolvePronoun, type DocRelations, type RelationsInput, type SentenceContext } from './05-relations/context';
import { findLocations } from './05-relations/located-in';
import { findMeetings } from './05-relations/met';
import { findMemberships } from './05-relations/member-of';
import { findMemberPhrases } from './05-relations/member-phrases';
import { findParties } from './05-relations/party-to';
import { findVisits } from './05-relations/visited';
import { dropVisitorsHomeTitles } from './05-relations/home-country';

export { hedged, negatedBetween } from './05-relations/clause';

/** The families in the order their relations are pushed (the output order is part of determinism). */
export const FAMILIES: Array<(sc: SentenceContext) => void> = [
  findAffiliations,
  findBiography,
  findMeetings,
  findVisits,
  findParties,
  findMemberships,
  findMemberPhrases,
  findLocations,
  findConcerns,
  findCopulaRoles,
];

// Pronouns reach back a few sentences at most; older antecedents only cost time.
const MEMORY = 12;

/** Finds the relations of every sentence of the document and appends them to ctx.relations. */
export function findRelations(ctx: RelationsInput): void {
  const doc = toDocRelations(ctx);
  const mentionsIn = mentionsBySentence(ctx);
  for (const s of ctx.sentences) {
    const ms = mentionsIn(s.index);
    const sc: SentenceContext = { doc, s, tokens: s.tokens, ms, persons: ms.filter((m) => m.kind === 'Person'), speaker: undefined };
    sc.speaker = findSpeaker(sc, resolvePronoun) ?? (isQuoteContinuation(s) ? doc.lastSpeaker : undefined);
    for (const family of FAMILIES) family(sc);
    remember(doc, sc);
  }
  dropVisitorsHomeTitles(doc);
  ctx.relations.push(...doc.out);
}

function toDocRelations(ctx: RelationsInput): DocRelations {
  const { byTokenEnd, byTokenStart } = mentionsByTokens(ctx.mentions);
  const triggersIn = new Map<number, ConcernTrigger[]>();
  for (const t of ctx.triggers ?? []) {
    if (!triggersIn.has(t.sentence)) triggersIn.set(t.sentence, []);
    triggersIn.get(t.sentence)!.push(t);
  }
  return {
    ctx,
    out: [],
    byId: new Map(ctx.mentions.map((m) => [m.id, m])),
    byTokenEnd,
    byTokenStart,
    triggersIn,
    recentPersons: [],
    recentCountries: [],
    countryCounts: new Map(),
    lastAgreement: undefined,
    lastConcern: undefined,
    lastSpeaker: undefined,
  };
}

/** What later sentences may refer back to: persons, countries, the last concern and speaker. */
function remember(doc: DocRelations, sc: SentenceContext): void {
  for (const p of sc.persons) doc.recentPersons.push(p);
  if (doc.recentPersons.length > MEMORY) doc.recentPersons.splice(0, doc.recentPersons.length - MEMORY);
  if (doc.recentCountries.length > MEMORY) doc.recentCountries.splice(0, doc.recentCountries.length - MEMORY);
  for (const c of sc.ms) {
    if (c.kind !== 'Country') continue;
    doc.recentCountries.push(c);
    doc.countryCounts.set(c.key, (doc.countryCounts.get(c.key) ?? 0) + 1);
  }
  const concerns = sc.ms.filter((m) => m.kind === 'Concern');
  if (concerns.length) doc.lastConcern = concerns.at(-1);
  if (sc.speaker) doc.lastSpeaker = sc.speaker;
}
