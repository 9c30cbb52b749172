// concernedAbout / opposes / involves: the entities a concern phrase is about, and who voices a
// concern or opposition at each trigger found by the phrases pass ("Ardern expressed concern over X").

import type { Mention } from '../../types';
import type { ConcernTrigger } from '../03-phrases';
import { sharedSubjectVerb } from '../03-stance';
import { lower } from '../tokens-util';
import { SPEECH_VERBS } from '../model/lexicon';
import { ACTORS, inQuote, negatedBetween, subjectGroup } from './clause';
import { add, antecedentOf, resolvePronoun, type SentenceContext } from './context';

const MODALS = new Set(['would', 'could', 'might', 'may']);

/** The concern relations of the sentence: phrases first, then each trigger in order. */
export function findConcerns(sc: SentenceContext): void {
  for (const c of sc.ms) if (c.kind === 'Concern') addInvolved(sc, c);
  const triggers = sc.doc.triggersIn.get(sc.s.index);
  if (!triggers) return;
  // "the leaders' grave concerns with X and serious concerns about Y": a coordinated trigger shares its subject.
  let triggerSubjects: Mention[] = [];
  for (const t of triggers) triggerSubjects = addTrigger(sc, t, triggerSubjects);
}

function addInvolved(sc: SentenceContext, c: Mention): void {
  for (const eid of (c.meta?.entities as string[] | undefined) ?? []) add(sc, c, 'involves', sc.doc.byId.get(eid), 'concern-phrase', 0.8);
}

/** The relations of one trigger; returns the subjects the next coordinated trigger inherits. */
function addTrigger(sc: SentenceContext, t: ConcernTrigger, triggerSubjects: Mention[]): Mention[] {
  const { tokens, speaker } = sc;
  const objects = triggerObjects(sc, t);
  if (!objects.length) return triggerSubjects;
  let subjects = t.subjectIds
    ? t.subjectIds.map((id) => sc.doc.byId.get(id)).filter((m): m is Mention => !!m && ACTORS.has(m.kind))
    : subjectGroup(sc, t.subjectToken ?? t.token, resolvePronoun).filter((m) => ACTORS.has(m.kind));
  // "X thanked Y for looking after Z and condemned the attack": a verb after "and" has the subject of
  // the clause's first verb, however long the object between them.
  if (!subjects.length && !t.subjectIds && t.subjectToken === undefined) {
    const shared = sharedSubjectVerb(tokens, sc.ms, t.token);
    if (shared !== undefined) subjects = subjectGroup(sc, shared, resolvePronoun).filter((m) => ACTORS.has(m.kind));
  }
  if (!subjects.length && speaker && inQuote(tokens, t.token)) subjects = [speaker];
  // ("… and also the issue of X." in a quotation run on from "…," he said: its speaker is the last one.)
  if (t.bySpeaker) subjects = speaker ? [speaker] : sc.doc.lastSpeaker ? [sc.doc.lastSpeaker] : [];
  // "X insists that the plans … strike a balance between protecting the public against the threat of
  // terrorism": a trigger with no actor of its own in the clause a speaker reports is the speaker's.
  let from = subjects.length ? -1 : reportedBy(sc, t.token);
  if (from >= 0 && speaker && !triggerSubjects.length) subjects = [speaker];
  else from = -1;
  if (!subjects.length) subjects = triggerSubjects;
  else triggerSubjects = subjects;
  // "saw no reason Brazil would be concerned": negation just before the subject counts too, and a
  // modal before the trigger makes it a hypothesis.
  if (!subjects.length) return triggerSubjects;
  // (For the speaker of a reported clause, negation counts from the last clause boundary: "do not
  // equate to a police state and strike a balance …".)
  if (!t.ownScope && negatedBetween(tokens, from >= 0 ? clauseStart(tokens, from, t.token) : Math.min(...subjects.map((x) => x.tokenStart)) - 3, t.token + 1)) return triggerSubjects;
  if (!t.ownScope && tokens.slice(Math.max(0, t.token - 3), t.token).some((x) => MODALS.has(lower(x)))) return triggerSubjects;
  for (const subj of subjects) for (const o of objects) add(sc, subj, t.predicate, o, t.rule, subj.meta?.roleRef ? 0.6 : 0.75);
  for (const o of objects) if (o.meta?.candidate) o.meta = { ...o.meta, candidate: undefined };
  return triggerSubjects;
}

/** What the trigger is about: its objects, or for "denounced it" the concern or agreement named last. */
function triggerObjects(sc: SentenceContext, t: ConcernTrigger): Mention[] {
  const { ms, doc } = sc;
  let objects = t.objects.map((id) => doc.byId.get(id)).filter((m): m is Mention => !!m).map((m) => antecedentOf(doc, m));
  if (t.pronoun || (!objects.length && t.rule.endsWith('-back'))) {
    // "denounced it", "watching the development with concern": the concern or agreement named last.
    // (A bare one-word candidate, "another crisis", stands for the one named in full before it.)
    const earlier = ms.filter((m) => (m.kind === 'Concern' || m.kind === 'Agreement') && m.tokenEnd <= t.token && !(m.meta?.candidate && !m.name.includes(' ') && doc.lastConcern));
    const ref = earlier.at(-1) ?? (t.pronoun ? doc.lastConcern ?? doc.lastAgreement : undefined);
    const resolved = ref?.meta?.antecedent ? doc.byId.get(String(ref.meta.antecedent)) : ref;
    if (resolved) objects = [...objects, resolved];
  }
  return objects;
}

/** The index after "X says that" when token k stands in that reported clause, with no other verb of speech between; else -1. */
function reportedBy(sc: SentenceContext, k: number): number {
  const { tokens, speaker } = sc;
  if (!speaker || speaker.tokenEnd >= k) return -1;
  const v = speaker.tokenEnd;
  if (!SPEECH_VERBS.has(lower(tokens[v])) || lower(tokens[v + 1]) !== 'that') return -1;
  for (let q = v + 2; q < k; q++) if (/^[.;:!?"“”]$/.test(tokens[q].text) || SPEECH_VERBS.has(lower(tokens[q]))) return -1;
  return v + 2;
}

/** Where the clause of token k begins, at or after `from`: after the last "and", "but", comma or semicolon. */
function clauseStart(tokens: SentenceContext['tokens'], from: number, k: number): number {
  for (let q = k - 1; q > from; q--) if (/^(and|but|,|;)$/.test(lower(tokens[q]))) return q + 1;
  return from;
}
