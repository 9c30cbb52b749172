// affiliatedWith and memberOf from the sentences of a biography, as the press writes them about
// officials, staff and local people: "X attended Alden High school", "X served in the Signal Corps",
// "X, a graduate of Kora College", "a degree from Y", "X, 41, as promotion manager of Y", "named X as
// the school's new president", "served as an instructor at Y".

import type { Mention } from '../../types';
import { lookupTable } from '../../utils/lookup-table';
import { ROLE_NOUNS, WORK_NOUNS } from '../model/titles';
import { isPossessive, lower } from '../tokens-util';
import { bodyNamedBefore } from './affiliated-with';
import { hedged, negatedBetween, subjectGroup } from './clause';
import { add, mentionStartingAt, resolvePronoun, type SentenceContext } from './context';

// Words that open a biography's link, each with the preposition that must follow it (or none).
// "attended Y"; "served in Y"; "a graduate of Y"; "graduated from Y"; "a degree from Y"; "studied at Y";
// "employed by Y"; "worked for Y"; "taught at Y"; "enrolled at Y".
const LINKS: Record<string, { preps: RegExp; predicate: 'affiliatedWith' | 'memberOf'; rule: string }> = lookupTable({
  attended: { preps: /^$/, predicate: 'affiliatedWith', rule: 'attended-school' },
  attends: { preps: /^$/, predicate: 'affiliatedWith', rule: 'attended-school' },
  attending: { preps: /^$/, predicate: 'affiliatedWith', rule: 'attended-school' },
  graduates: { preps: /^(from)$/, predicate: 'affiliatedWith', rule: 'graduate-of' },
  served: { preps: /^(in|with|on)$/, predicate: 'memberOf', rule: 'served-in' },
  serves: { preps: /^(in|with|on)$/, predicate: 'memberOf', rule: 'served-in' },
  serving: { preps: /^(in|with|on)$/, predicate: 'memberOf', rule: 'served-in' },
  enlisted: { preps: /^(in)$/, predicate: 'memberOf', rule: 'served-in' },
  graduate: { preps: /^(of)$/, predicate: 'affiliatedWith', rule: 'graduate-of' },
  graduated: { preps: /^(from)$/, predicate: 'affiliatedWith', rule: 'graduate-of' },
  degree: { preps: /^(from)$/, predicate: 'affiliatedWith', rule: 'graduate-of' },
  studied: { preps: /^(at)$/, predicate: 'affiliatedWith', rule: 'studied-at' },
  enrolled: { preps: /^(at|in)$/, predicate: 'affiliatedWith', rule: 'studied-at' },
  taught: { preps: /^(at)$/, predicate: 'affiliatedWith', rule: 'worked-at' },
  employed: { preps: /^(by|at)$/, predicate: 'affiliatedWith', rule: 'worked-at' },
  worked: { preps: /^(for|at)$/, predicate: 'affiliatedWith', rule: 'worked-at' },
  works: { preps: /^(for|at)$/, predicate: 'affiliatedWith', rule: 'worked-at' },
  // "Election of Ana Ruiz to membership in the Kora Exchange", "her membership of the club".
  membership: { preps: /^(in|of)$/, predicate: 'memberOf', rule: 'membership-in' },
});
// A body's board before "of" and the body: "serves on the board of directors of Y".
const BOARD_NOUNS = new Set(['board', 'boards', 'council', 'committee']);
const BOARD_MEMBERS = new Set(['directors', 'trustees', 'governors', 'regents', 'managers', 'visitors']);
// Verbs after which "as <role> at Y" gives a post: "served as an instructor at Y", "named X as …".
const POST_VERBS = new Set(['served', 'serves', 'serving', 'worked', 'works', 'named', 'appointed', 'elected', 'hired', 'chosen', 'selected', 'employed']);
// "was in the Signal Corps": being "in" a body is membership when the body is a service or a chamber.
const SERVICE_HEADS = /\b(army|navy|corps|force|forces|guard|marines|reserve|legislature|senate|house|congress|assembly|parliament)$/i;
const ROLE_PREPOSITIONS = new Set(['of', 'at', 'with', 'for', 'in']);
const SCHOOL_NAMES = /\b(school|college|university|academy|institute|seminary|conservatory)\b/i;
// Copulas before "a <post> at Y": "Ana Ruiz is a student at Kora College".
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);

/** The biography links of the sentence: by trigger word, then each person's "as <role> of Y". */
export function findBiography(sc: SentenceContext): void {
  const { tokens } = sc;
  if (!sc.ms.some((m) => m.kind === 'Organization')) return;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].lower;
    const link = LINKS[w];
    if (link) addLink(sc, k, link);
    if (POST_VERBS.has(w)) addPosts(sc, k);
    else if ((w === 'was' || w === 'is') && lower(tokens[k + 1]) === 'in') addServiceIn(sc, k);
    else if (COPULAS.has(w) && /^(a|an|the)$/.test(lower(tokens[k + 1]))) addCopularPost(sc, k);
  }
  for (const p of sc.persons) addPersonAsRole(sc, p);
}

/** The person subject of the clause before token k ("Ana Ruiz served", "she attended", "Ana Ruiz, a graduate of"). */
function personSubject(sc: SentenceContext, k: number): Mention | undefined {
  // "… married Ana Ruiz, who has attended Kora College": the relative pronoun's antecedent.
  for (let q = k - 1; q >= Math.max(1, k - 4); q--) {
    if (lower(sc.tokens[q]) !== 'who') continue;
    const p = sc.persons.find((m) => m.tokenEnd === (sc.tokens[q - 1].text === ',' ? q - 1 : q));
    return p && !negatedBetween(sc.tokens, q, k) && !hedged(sc.tokens, q, k) ? p : undefined;
  }
  const subj = subjectGroup(sc, k, resolvePronoun);
  const p = subj.length === 1 && subj[0].kind === 'Person' ? subj[0] : undefined;
  if (!p || negatedBetween(sc.tokens, p.tokenEnd, k) || hedged(sc.tokens, p.tokenEnd, k)) return undefined;
  return p;
}

/** The organisations listed from token q on: "Alden High School, Kora College and Lina College". */
function orgsFrom(sc: SentenceContext, q: number): Mention[] {
  const { tokens } = sc;
  const out: Mention[] = [];
  for (;;) {
    // (A name may take its article into its span: "The Times-Picayune Publishing Company".)
    const m = mentionStartingAt(sc, q) ?? (lower(tokens[q]) === 'the' ? mentionStartingAt(sc, ++q) : undefined);
    if (m?.kind !== 'Organization') break;
    out.push(m);
    q = m.tokenEnd;
    // ("Alden Elementary school, …": a lower-case institution noun the name left out.)
    if (tokens[q]?.pos === 'NOUN' && /^[a-z]+$/.test(tokens[q].text) && /^(,|and)$/.test(lower(tokens[q + 1]))) q++;
    if (tokens[q]?.text === ',') q++;
    if (lower(tokens[q]) === 'and') q++;
  }
  return out;
}

function addLink(sc: SentenceContext, k: number, link: (typeof LINKS)[string]): void {
  const { tokens } = sc;
  let q = k + 1;
  if (link.preps.source !== '^$') {
    if (!link.preps.test(lower(tokens[q]))) return;
    q++;
  }
  // ("attended the Kora Council's session": one attends a school as a pupil, a meeting as a visitor.)
  const orgs = orgsFrom(sc, boardEnd(tokens, q)).filter((o) => link.rule !== 'attended-school' || SCHOOL_NAMES.test(o.name) || SCHOOL_NAMES.test(tokens[o.tokenEnd]?.text ?? ''));
  // ("serves on the board of directors of X and on the board of trustees of Y": each board's body.)
  for (let o = orgs[orgs.length - 1]; link.rule === 'served-in' && o && lower(tokens[o.tokenEnd]) === 'and' && lower(tokens[o.tokenEnd + 1]) === 'on'; ) {
    const more = orgsFrom(sc, boardEnd(tokens, o.tokenEnd + 2));
    if (!more.length || boardEnd(tokens, o.tokenEnd + 2) === o.tokenEnd + 2) break;
    orgs.push(...more);
    o = more[more.length - 1];
  }
  if (!orgs.length) return;
  // ("Election of Ana Ruiz to membership in Y", "admitted Ana Ruiz to membership of Y": the person before "to".)
  const before = lower(tokens[k - 1]) === 'to' ? sc.persons.find((m) => m.tokenEnd === k - 1) : undefined;
  const p = before ?? personSubject(sc, k);
  // ("a degree from Y", "a graduate of Y": the noun's owner is the clause's subject or the apposition's head.)
  for (const o of orgs) add(sc, p, link.predicate, o, link.rule, 0.75);
}

/** After "the board (of directors) of" at q, where the body's name starts; q when there is no such board. */
function boardEnd(tokens: SentenceContext['tokens'], q: number): number {
  if (lower(tokens[q]) !== 'the' || !BOARD_NOUNS.has(lower(tokens[q + 1]))) return q;
  let r = q + 2;
  if (lower(tokens[r]) === 'of' && BOARD_MEMBERS.has(lower(tokens[r + 1]))) r += 2;
  return lower(tokens[r]) === 'of' ? r + 1 : q;
}

/** "was in the Signal Corps of the Army": membership of a service or a chamber. */
function addServiceIn(sc: SentenceContext, k: number): void {
  const o = orgsFrom(sc, k + 2)[0];
  if (!o || !SERVICE_HEADS.test(o.name)) return;
  add(sc, personSubject(sc, k), 'memberOf', o, 'served-in', 0.7);
  // "the Signal Corps of the U.S. Army": the unit's parent body too.
  if (lower(sc.tokens[o.tokenEnd]) === 'of') {
    const parent = orgsFrom(sc, o.tokenEnd + 1)[0];
    if (parent) add(sc, o, 'memberOf', parent, 'unit-of-body', 0.7);
  }
}

/**
 * "as promotion manager of Y", "as an instructor at Y", "as the school's new president": the role
 * and the body after "as" at token k, or undefined.
 */
function roleAfterAs(sc: SentenceContext, k: number): { role: string; body: Mention } | undefined {
  const { tokens } = sc;
  let q = k + 1;
  if (/^(a|an|the)$/.test(lower(tokens[q]))) q++;
  // "as the school's new president", "as Acme's chief engineer": a body's possessive, then the role.
  const owner = mentionStartingAt(sc, q);
  const ownerEnd = owner ? owner.tokenEnd : lower(tokens[q - 1]) === 'the' && /^[a-z]+$/.test(tokens[q]?.text ?? '') ? q + 1 : -1;
  if (ownerEnd > 0 && isPossessive(tokens[ownerEnd])) {
    const words = roleWords(tokens, ownerEnd + 1);
    const body = owner ?? bodyNamedBefore(sc, lower(tokens[q]), q);
    if (words && body?.kind === 'Organization') return { role: words.text, body };
    return undefined;
  }
  const words = roleWords(tokens, q);
  if (!words || !ROLE_PREPOSITIONS.has(lower(tokens[words.end]))) return undefined;
  // ("associate professor of education at Y": a lower-case field after "of" belongs to the role.)
  let at = words.end;
  if (lower(tokens[at]) === 'of' && /^[a-z]+$/.test(tokens[at + 1]?.text ?? '') && ROLE_PREPOSITIONS.has(lower(tokens[at + 2]))) at += 2;
  const body = orgsFrom(sc, at + 1)[0];
  return body ? { role: words.text, body } : undefined;
}

/** Lower-case role words from q ending in a role noun ("new president", "promotion manager"), at most five. */
function roleWords(tokens: SentenceContext['tokens'], q: number): { text: string; end: number } | undefined {
  let last = -1;
  for (let r = q; r < q + 5 && r < tokens.length; r++) {
    if (!/^[a-z][a-z-]*$/.test(tokens[r].text)) break;
    if (ROLE_NOUNS.has(tokens[r].lower) || WORK_NOUNS.has(tokens[r].lower)) last = r;
  }
  return last < 0 ? undefined : { text: tokens.slice(q, last + 1).map((t) => t.text).join(' '), end: last + 1 };
}

/** "Ana Ruiz has served as teacher at X, as an instructor at Y": each "as" of the clause after the verb. */
function addPosts(sc: SentenceContext, k: number): void {
  const { tokens } = sc;
  let p: Mention | undefined;
  let looked = false;
  for (let q = k + 1; q < tokens.length && !/^[.;:]$/.test(tokens[q].text); q++) {
    if (lower(tokens[q]) !== 'as') continue;
    const post = roleAfterAs(sc, q);
    if (!post) continue;
    if (!looked) {
      // "named Ana Ruiz as the school's president": the person is the verb's object, else its subject.
      const object = mentionStartingAt(sc, k + 1);
      p = object?.kind === 'Person' ? object : /^(named|appointed|elected|hired|chosen|selected)$/.test(tokens[k].lower) ? undefined : personSubject(sc, k);
      looked = true;
    }
    add(sc, p, 'affiliatedWith', post.body, 'served-as-role', 0.75, post.role);
  }
}

/** "Ana Ruiz is a student at Kora College", "she became the director of Acme" (rule copular-post). */
function addCopularPost(sc: SentenceContext, k: number): void {
  const { tokens } = sc;
  let p: Mention | undefined;
  let looked = false;
  // "was a teacher in Alden and a member of the Kora League": each post the copula coordinates.
  for (let q = k + 2, posts = 0; posts < 3; posts++) {
    const words = roleWords(tokens, q);
    if (!words || !ROLE_PREPOSITIONS.has(lower(tokens[words.end]))) return;
    const body = orgsFrom(sc, words.end + 1)[0];
    if (body) {
      if (!looked) (p = personSubject(sc, k)), (looked = true);
      add(sc, p, 'affiliatedWith', body, 'copular-post', 0.75, words.text);
    }
    // The next post: "and a|an <role>" after the place or body, within a few words.
    const next = body ? body.tokenEnd : (mentionStartingAt(sc, words.end + 1)?.tokenEnd ?? -1);
    if (next < 0 || lower(tokens[next]) !== 'and' || !/^(a|an)$/.test(lower(tokens[next + 1]))) return;
    q = next + 2;
  }
}

/** "Appointment of Ana Ruiz, 41, as promotion manager of Y", "Ana Ruiz, as the titular head of Y". */
function addPersonAsRole(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let q = p.tokenEnd;
  if (tokens[q]?.text === ',') q++;
  if (/^\d+$/.test(tokens[q]?.text ?? '') && tokens[q + 1]?.text === ',') q += 2;
  if (lower(tokens[q]) !== 'as') return;
  const post = roleAfterAs(sc, q);
  if (post) add(sc, p, 'affiliatedWith', post.body, 'person-as-role', 0.75, post.role);
}
