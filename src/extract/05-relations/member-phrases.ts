// memberOf from phrases that list or presuppose members: "the G8, which comprises the G7 and Russia",
// "a bloc made up of Chile, Peru and Bolivia", "Chile and fellow Mercosur members", "NATO members
// Norway and Denmark". (Copular and apposition forms, "X is a member of Y", live in member-of.ts.)

import type { Mention } from '../../types';
import { lower } from '../tokens-util';
import { negatedBetween, subjectGroup } from './clause';
import { add, mentionStartingAt, resolvePronoun, type SentenceContext } from './context';

// Verbs by which a body names its members: "which comprises", "made up of", "that groups".
const COMPRISE = /^(comprises|comprise|comprised|comprising|includes|include|included|including|groups|grouping|unites|uniting)$/;
const MEMBER_KINDS = new Set(['Country', 'Organization']);

/** Every memberOf of the sentence from a listing or a "fellow members" phrase. */
export function findMemberPhrases(sc: SentenceContext): void {
  const bodies = sc.ms.filter((m) => m.kind === 'Organization');
  if (!bodies.length) return;
  for (const body of bodies) {
    addComprises(sc, body);
    addMembersNamed(sc, body);
  }
}

/** The members listed from token q on: "the G7 and Russia", "Chile, Peru and Bolivia". */
function listAt(sc: SentenceContext, q: number): Mention[] {
  const { tokens } = sc;
  const out: Mention[] = [];
  for (;;) {
    while (/^(the|both)$/.test(lower(tokens[q]))) q++;
    const m = mentionStartingAt(sc, q);
    if (!m || !MEMBER_KINDS.has(m.kind)) break;
    out.push(m);
    q = m.tokenEnd;
    if (!/^(and|,)$/.test(lower(tokens[q]))) break;
    q++;
    if (lower(tokens[q]) === 'and') q++;
  }
  return out;
}

/**
 * "the Group of Eight (G8), which comprises the G7 and Russia", "a bloc made up of Chile and Peru":
 * the listed countries and bodies are members of the body before the verb.
 */
function addComprises(sc: SentenceContext, body: Mention): void {
  const { tokens } = sc;
  let q = body.tokenEnd;
  // An acronym in brackets after the name: "Group of Eight (G8)".
  if (tokens[q]?.text === '(' && tokens[q + 2]?.text === ')') q += 3;
  if (/^[,(]$/.test(tokens[q]?.text ?? '')) q++;
  if (/^(which|that)$/.test(lower(tokens[q]))) q++;
  if (/^(is|was|are|were)$/.test(lower(tokens[q]))) q++;
  if (lower(tokens[q]) === 'made' && lower(tokens[q + 1]) === 'up' && lower(tokens[q + 2]) === 'of') q += 2;
  else if (lower(tokens[q]) === 'consists' && lower(tokens[q + 1]) === 'of') q += 1;
  else if (!COMPRISE.test(lower(tokens[q]))) return;
  if (negatedBetween(tokens, body.tokenEnd, q + 1)) return;
  const members = listAt(sc, q + 1);
  // One member alone is an example, not a listing: "the EU, including France".
  if (members.length < 2 && /^includ/.test(lower(tokens[q]))) return;
  for (const m of members) add(sc, m, 'memberOf', body, 'comprises-members', 0.8);
}

/**
 * "NATO members Norway and Denmark", "fellow NATO member Norway", "Chile and fellow Mercosur
 * members": the countries named with the body's members, and the one called their fellow.
 */
function addMembersNamed(sc: SentenceContext, body: Mention): void {
  const { tokens } = sc;
  let q = body.tokenEnd;
  if (/^(member|members)$/.test(lower(tokens[q])) && /^(states|countries|nations)$/.test(lower(tokens[q + 1]))) q++;
  else if (!/^(member|members|allies|ally)$/.test(lower(tokens[q]))) return;
  const fellow = lower(tokens[body.tokenStart - 1]) === 'fellow';
  for (const m of listAt(sc, q + 1)) add(sc, m, 'memberOf', body, 'members-named', 0.8);
  if (!fellow) return;
  // "Chile and fellow Mercosur members", "Chile, like its fellow Mercosur members, …": Chile too.
  const before = subjectGroup(sc, body.tokenStart - 1, resolvePronoun).filter((m) => MEMBER_KINDS.has(m.kind));
  for (const m of before) add(sc, m, 'memberOf', body, 'fellow-members', 0.7);
}
