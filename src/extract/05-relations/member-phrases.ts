// memberOf from phrases that list or presuppose members: "the G8, which comprises the G7 and Russia",
// "a bloc made up of Chile, Peru and Bolivia", "Chile and fellow Mercosur members", "NATO members
// Norway and Denmark". (Copular and apposition forms, "X is a member of Y", live in member-of.ts.)

import type { Mention } from '../../types';
import { lower } from '../tokens-util';
import { negatedBetween, subjectGroup } from './clause';
import { add, mentionEndingAt, mentionStartingAt, resolvePronoun, type SentenceContext } from './context';

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
    addOtherMembers(sc, body);
    addOfWhichMember(sc, body);
  }
}

/** "Saudi Arabia and other members of OPEC", "Chile, Peru and other OPEC members": the countries before "and other". */
function addOtherMembers(sc: SentenceContext, body: Mention): void {
  const { tokens } = sc;
  let q: number;
  const before = lower(tokens[body.tokenStart - 1]) === 'the' ? body.tokenStart - 1 : body.tokenStart;
  if (lower(tokens[before - 1]) === 'of' && /^(members|member)$/.test(lower(tokens[before - 2]))) q = before - 3;
  else if (/^(members|states|countries|nations)$/.test(lower(tokens[body.tokenEnd]))) q = body.tokenStart - 1;
  else return;
  if (lower(tokens[q]) === 'the') q--;
  if (!/^(other|fellow)$/.test(lower(tokens[q])) || lower(tokens[q - 1]) !== 'and') return;
  // The list that ends right before "and other": "Chile, Peru and other …".
  let m = mentionEndingAt(sc, q - 1);
  while (m && MEMBER_KINDS.has(m.kind)) {
    add(sc, m, 'memberOf', body, 'other-members', 0.75);
    if (tokens[m.tokenStart - 1]?.text !== ',') break;
    m = mentionEndingAt(sc, m.tokenStart - 1);
  }
}

/** "the Andean Pact, a military alliance of which Chile is a member": the subject of "of which … is a member". */
function addOfWhichMember(sc: SentenceContext, body: Mention): void {
  const { tokens } = sc;
  // The body, then its apposition (up to a few words), then "of which X is/are a member/members".
  for (let q = body.tokenEnd; q < Math.min(tokens.length - 3, body.tokenEnd + 10); q++) {
    if (/^[.;]$/.test(tokens[q].text)) return;
    if (lower(tokens[q]) !== 'of' || lower(tokens[q + 1]) !== 'which') continue;
    const members = listAt(sc, q + 2);
    const v = members.length ? members.at(-1)!.tokenEnd : -1;
    if (v < 0 || !/^(is|are|was|were|has been|have been)$/.test(lower(tokens[v]))) return;
    const a = /^(a|an|the)$/.test(lower(tokens[v + 1])) ? v + 2 : v + 1;
    if (!/^(member|members|founding|part)$/.test(lower(tokens[a]))) return;
    for (const m of members) add(sc, m, 'memberOf', body, 'of-which-member', 0.8);
    return;
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
