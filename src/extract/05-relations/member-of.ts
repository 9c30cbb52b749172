// memberOf (and partyTo for "a party to"): "New Zealand is part of X", "Finland joined NATO",
// "Turkey's membership of NATO", "Norway, a NATO member", "its Five Eyes partners".

import type { Mention } from '../../types';
import { isPossessive, lower } from '../tokens-util';
import { hedged, negatedBetween, objectGroup, subjectGroup } from './clause';
import { wordClass } from '../word-classes';
import { add, hasWordOf, mentionEndingAt, mentionStartingAt, resolvePronoun, type SentenceContext } from './context';

// Words that may stand between a member and "member of": a copula, an article, an adverb, a comma,
// a relative pronoun ("Alden Town, who are members of the League").
// (With ordinals: "Finland became the 31st member of NATO", "the newest member".)
const COPULA_GAP = /^(who|which|is|are|was|were|be|been|being|become|becomes|became|remain|remains|remained|has|have|had|a|an|the|one|founding|full|permanent|longtime|long-standing|key|leading|not|no|longer|also|still|now|already|,|both|all|its|their|\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|newest|latest|youngest|oldest)$/;
// ("Velora, a subsidiary of Kessler Holdings": a firm's units are part of it.)
const MEMBER_NOUNS = new Set(['part', 'member', 'members', 'party', 'signatory', 'subsidiary', 'affiliate', 'division', 'unit']);
const JOIN_VERBS = new Set(['joined', 'joins', 'join']);
// States that found a body are its members: "Mali and Niger formed the Alliance of Sahel States".
const FOUND_VERBS = new Set(['formed', 'founded', 'created', 'established', 'launched']);
const SEAT_NOUNS = new Set(['membership', 'chairmanship', 'presidency', 'seat', 'accession']);
const SEAT_PREPOSITIONS = new Set(['of', 'in', 'on', 'to']);
const APPOSITION_MARKS = new Set(['-', '–', '—', ',', '(']);
const MEMBER_ROLES = new Set(['member', 'members', 'producer', 'exporter', 'founder', 'partner', 'signatory', 'state']);
const PARTNER_NOUNS = new Set(['partners', 'allies', 'members', 'partner', 'ally', 'member']);
const MEMBER_NOUN = wordClass(MEMBER_NOUNS);
const JOIN_VERB = wordClass(JOIN_VERBS);
const SEAT_NOUN = wordClass(SEAT_NOUNS);
const FOUND_VERB = wordClass(FOUND_VERBS);
const OWNERSHIP_WORD = wordClass(['which', 'owned']);

/** Every memberOf of the sentence, rule by rule; each needs an organisation or agreement named in it. */
export function findMemberships(sc: SentenceContext): void {
  for (const p of sc.persons) addShadowParty(sc, p);
  if (!sc.ms.some((m) => m.kind === 'Organization' || m.kind === 'Agreement')) return;
  for (const p of sc.persons) addPartyLabel(sc, p);
  const { tokens } = sc;
  if (hasWordOf(sc, MEMBER_NOUN)) for (let k = 0; k < tokens.length; k++) if (MEMBER_NOUNS.has(lower(tokens[k]))) addPartOf(sc, k);
  if (hasWordOf(sc, JOIN_VERB)) for (let k = 0; k < tokens.length; k++) if (JOIN_VERBS.has(tokens[k].lower) && tokens[k].pos === 'VERB') addJoined(sc, k);
  if (hasWordOf(sc, FOUND_VERB)) for (let k = 0; k < tokens.length; k++) if (FOUND_VERBS.has(tokens[k].lower) && tokens[k].pos === 'VERB') addFounded(sc, k);
  if (hasWordOf(sc, SEAT_NOUN)) for (let k = 0; k < tokens.length; k++) if (SEAT_NOUNS.has(lower(tokens[k])) && SEAT_PREPOSITIONS.has(lower(tokens[k + 1]))) addSeat(sc, k);
  for (const c of sc.ms.filter((m) => m.kind === 'Country' || m.kind === 'Organization')) addMemberApposition(sc, c);
  for (const o of sc.ms.filter((m) => m.kind === 'Organization')) addPossessivePartners(sc, o);
  if (hasWordOf(sc, OWNERSHIP_WORD)) {
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].lower === 'which' && tokens[k - 1].text === ',') addOwnedBody(sc, k);
      else if (tokens[k].lower === 'owned' && tokens[k + 1]?.lower === 'by' && /^(is|was)$/.test(tokens[k - 1].lower)) addOwnedBySubject(sc, k);
    }
  }
}

/** The body from q, after an article and a description: "the US investment firm Kora Partners". */
function bodyAfterDescription(sc: SentenceContext, q: number): Mention | undefined {
  for (let gap = 0; gap < 6 && q < sc.tokens.length; gap++) {
    const m = mentionStartingAt(sc, q);
    if (m?.kind === 'Organization') return m;
    if (m) q = m.tokenEnd;
    else if (/^[a-z][a-z-]*$/.test(sc.tokens[q].text)) q++;
    else return undefined;
  }
  return undefined;
}

/**
 * "Kora Telecom, which owns Zentel" (Zentel is Kora Telecom's), "Zentel, which is owned by the
 * investment firm Kora Partners" (rule owned-body): a body a firm owns is part of that firm.
 */
function addOwnedBody(sc: SentenceContext, k: number): void {
  const { tokens } = sc;
  const x = mentionEndingAt(sc, k - 1);
  if (x?.kind !== 'Organization') return;
  let q = k + 1;
  const passive = /^(is|was)$/.test(lower(tokens[q])) && lower(tokens[q + 1]) === 'owned' && lower(tokens[q + 2]) === 'by';
  if (passive) q += 3;
  else if (/^(owns|bought|acquired)$/.test(lower(tokens[q]))) q++;
  else return;
  const y = bodyAfterDescription(sc, q);
  if (!y) return;
  if (passive) add(sc, x, 'memberOf', y, 'owned-body', 0.75);
  else add(sc, y, 'memberOf', x, 'owned-body', 0.75);
}

/**
 * "Velk Records is owned by Kora Media", "The channel, which is based in Leeds, is owned by Kora
 * Media" (rule owned-by-subject): the body that opens the sentence, or stands right before "is", is
 * part of the owner.
 */
function addOwnedBySubject(sc: SentenceContext, k: number): void {
  const { tokens } = sc;
  const x = mentionEndingAt(sc, k - 1) ?? (tokens[k - 2]?.text === ',' ? sc.ms.find((m) => m.tokenStart <= 1) : undefined);
  if (x?.kind !== 'Organization') return;
  const y = bodyAfterDescription(sc, k + 2);
  if (y && y.key !== x.key) add(sc, x, 'memberOf', y, 'owned-by-subject', 0.75);
}

/** "New Zealand is part of X", "X is a party to Y" (negated forms produce nothing). */
function addPartOf(sc: SentenceContext, k: number): void {
  const { tokens, ms } = sc;
  if (!/^(of|to)$/.test(lower(tokens[k + 1])) && k + 1 < tokens.length) return;
  const subj = subjectGroup(sc, k, resolvePronoun).filter((m) => m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Person');
  // The subject must *be* the member: "X is a member of", "X, a founding member of" — not
  // "X will entertain the members of her book club".
  // ("Kenya is one of the founding members of X": "of" after "one".)
  if (subj.length && !tokens.slice(subj.at(-1)!.tokenEnd, k).every((t, i, gap) => COPULA_GAP.test(t.lower) || (t.lower === 'of' && gap[i - 1]?.lower === 'one'))) {
    addMemberAs(sc, k);
    return;
  }
  let obj = objectGroup(sc, k + 1).find((m) => m.kind === 'Organization' || m.kind === 'Agreement');
  // "the Five Eyes intelligence network that New Zealand is a member of": the object comes first.
  if (!obj && (k + 1 >= tokens.length || /^[.,;]$/.test(tokens[k + 2]?.text ?? '.') || lower(tokens[k + 1]) === 'of')) {
    const rel = tokens.slice(0, k).map((t) => lower(t)).lastIndexOf('that');
    const rel2 = tokens.slice(0, k).map((t) => lower(t)).lastIndexOf('which');
    const r = Math.max(rel, rel2);
    if (r > 0) obj = [...ms].reverse().find((m) => (m.kind === 'Organization' || m.kind === 'Agreement') && m.tokenEnd <= r);
    if (obj && subj.length) {
      const near = subj.filter((m) => m.tokenStart > r);
      if (!near.length || negatedBetween(tokens, r, k + 1)) return;
      for (const x of near) add(sc, x, obj.kind === 'Agreement' ? 'partyTo' : 'memberOf', obj, 'member-relative', 0.85);
      return;
    }
  }
  if (!obj || !subj.length || negatedBetween(tokens, subj[0].tokenStart, obj.tokenStart)) return;
  for (const x of subj) add(sc, x, obj.kind === 'Agreement' ? 'partyTo' : 'memberOf', obj, 'member-of', 0.85);
}

/** "welcomed Bolivia as a full member of the bloc" (rule member-as): the name before "as" is the member. */
function addMemberAs(sc: SentenceContext, k: number): void {
  const { tokens } = sc;
  let q = k - 1;
  while (q > 0 && lower(tokens[q]) !== 'as' && COPULA_GAP.test(lower(tokens[q]))) q--;
  if (lower(tokens[q]) !== 'as' || lower(tokens[k + 1]) !== 'of') return;
  const x = mentionEndingAt(sc, q);
  const obj = objectGroup(sc, k + 1).find((m) => m.kind === 'Organization');
  if (!x || !obj || !(x.kind === 'Country' || x.kind === 'Organization') || negatedBetween(tokens, Math.max(0, x.tokenStart - 4), k)) return;
  add(sc, x, 'memberOf', obj, 'member-as', 0.75);
}

/** "Finland joined NATO", "Sweden has joined the alliance": joining a body makes a member. */
function addJoined(sc: SentenceContext, k: number): void {
  const { tokens, ms } = sc;
  const q = lower(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
  const org = ms.find((m) => m.tokenStart === q && m.kind === 'Organization');
  const subj = org ? subjectGroup(sc, k, resolvePronoun).filter((m) => m.kind === 'Country' || m.kind === 'Organization' || m.kind === 'Person') : [];
  if (!org || !subj.length || negatedBetween(tokens, subj[0].tokenStart - 2, k)) return;
  if (hedged(tokens, subj.at(-1)!.tokenEnd, k) || tokens.slice(Math.max(0, k - 2), k).some((t) => /^(will|to)$/.test(t.lower))) return;
  for (const x of subj) add(sc, x, 'memberOf', org, 'join-verb', 0.8);
}

/**
 * "Mali and Niger have since formed the Alliance of Sahel States" (rule founded-body): states that form
 * a body are its members (only states: a person who founds a party is its founder, another relation).
 */
function addFounded(sc: SentenceContext, k: number): void {
  const { tokens, ms } = sc;
  const q = lower(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
  const org = ms.find((m) => m.tokenStart === q && m.kind === 'Organization');
  let subj = org ? subjectGroup(sc, k, resolvePronoun) : [];
  // ("Mali, Chad and Niger said they were leaving the bloc and have since formed …": a verb after
  // "and" shares the subject of the sentence, named before its first verb.)
  // (Then the group found before "and" is the first verb's object: "leaving ECOWAS".)
  const and = tokens.slice(Math.max(0, k - 4), k).findIndex((t) => t.lower === 'and') + Math.max(0, k - 4);
  if (org && and >= Math.max(0, k - 4) && (!subj.length || subj.at(-1)!.tokenEnd <= and)) {
    const firstVerb = tokens.findIndex((t) => t.pos === 'VERB');
    subj = firstVerb < k ? sc.ms.filter((m) => m.tokenEnd <= firstVerb) : [];
  }
  if (!org || subj.length < 2 || !subj.every((m) => m.kind === 'Country') || negatedBetween(tokens, subj[0].tokenStart - 2, k)) return;
  if (hedged(tokens, subj.at(-1)!.tokenEnd, k) || tokens.slice(Math.max(0, k - 2), k).some((t) => /^(will|to)$/.test(t.lower))) return;
  for (const x of subj) add(sc, x, 'memberOf', org, 'founded-body', 0.75);
}

/** "its chairmanship of the G8", "Turkey's membership of NATO": holding a seat in a body is membership. */
function addSeat(sc: SentenceContext, k: number): void {
  const { tokens, ms } = sc;
  const q = lower(tokens[k + 2]) === 'the' ? k + 3 : k + 2;
  const org = ms.find((m) => m.tokenStart === q && m.kind === 'Organization');
  if (!org) return;
  let owner: Mention | undefined;
  if (isPossessive(tokens[k - 1])) owner = mentionEndingAt(sc, k - 1);
  else if (/^(its|their)$/.test(lower(tokens[k - 1]))) owner = [...ms].reverse().find((m) => (m.kind === 'Country' || m.kind === 'Organization') && m.tokenEnd <= k - 1);
  if (owner && !negatedBetween(tokens, owner.tokenStart - 2, k)) add(sc, owner, 'memberOf', org, 'membership-noun', 0.75);
}

/**
 * "Iran - Opec's second-biggest oil producer", "Norway, a NATO member": an apposition that names
 * the country a member of the body.
 */
function addMemberApposition(sc: SentenceContext, c: Mention): void {
  const { tokens, ms } = sc;
  if (!APPOSITION_MARKS.has(tokens[c.tokenEnd]?.text ?? '')) return;
  let q = c.tokenEnd + 1;
  if (/^(a|an|the)$/.test(lower(tokens[q]))) q++;
  const org = ms.find((m) => m.tokenStart === q && m.kind === 'Organization' && m !== c);
  if (!org) return;
  const rest = tokens.slice(org.tokenEnd, org.tokenEnd + 8).map((t) => lower(t));
  const noun = rest.findIndex((w) => MEMBER_ROLES.has(w));
  if (noun >= 0 && !rest.slice(0, noun).some((w) => /^[,.;]$/.test(w))) add(sc, c, 'memberOf', org, 'member-apposition', 0.7);
}

/** "its Five Eyes partners", "New Zealand's Five Eyes allies": the possessor is a member. */
function addPossessivePartners(sc: SentenceContext, o: Mention): void {
  const { tokens } = sc;
  if (!PARTNER_NOUNS.has(lower(tokens[o.tokenEnd]))) return;
  const prev = tokens[o.tokenStart - 1];
  let owner: Mention | undefined;
  if (isPossessive(prev)) owner = mentionEndingAt(sc, o.tokenStart - 1);
  else if (/^(its|their|our)$/.test(lower(prev))) owner = subjectGroup(sc, o.tokenStart - 1, resolvePronoun).find((m) => m.kind === 'Country' || m.kind === 'Organization');
  if (owner) add(sc, owner, 'memberOf', o, 'possessive-partners', 0.7);
}

// Nouns of a party's members that no office list holds.
const PARTY_MEMBER_NOUNS = new Set(['backbencher', 'backbenchers', 'peer', 'veteran', 'rebel', 'grandee', 'loyalist', 'donor', 'stalwart', 'hardliner', 'moderate', 'firebrand']);

/** "Conservative Ana Ruiz", "Republican Senator Ana Ruiz", "Labour's Ana Ruiz": the person is a member of the party. */
function addPartyLabel(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  // ("Tory backbencher Ana Ruiz", "Labour peer Lord Ruiz": a word for a member between.)
  let q = p.tokenStart;
  // (Not an office, "Conservative leader Ana Ruiz": the affiliation rules read that one.)
  while (q > p.tokenStart - 2 && PARTY_MEMBER_NOUNS.has(tokens[q - 1]?.text ?? '')) q--;
  const before = isPossessive(tokens[q - 1]) ? mentionEndingAt(sc, q - 1) : mentionEndingAt(sc, q);
  if (before?.kind === 'Organization' && before.meta?.party === 'yes') add(sc, p, 'memberOf', before, 'party-label-person', 0.8);
  // "Sen. Ana Ruiz (D., Texas)": the party letter after the name (rule party-tag-person).
  const tag = sc.ms.find((m) => m.rule === 'party-tag' && (m.tokenStart === p.tokenEnd + 1 || m.tokenStart === p.tokenEnd));
  if (tag) add(sc, p, 'memberOf', tag, 'party-tag-person', 0.8);
  // … and the state after it, which the person represents (rule party-tag-state).
  const state = tag && /^[,-]$/.test(tokens[tag.tokenEnd]?.text ?? '') ? mentionStartingAt(sc, tag.tokenEnd + 1) : undefined;
  if (state?.kind === 'Place' && state.meta?.country === 'US') add(sc, p, 'affiliatedWith', state, 'party-tag-state', 0.8);
  // "Sen. Ana Ruiz, Democrat of Texas", "Ana Ruiz, a Republican," (rule party-apposition).
  if (tokens[p.tokenEnd]?.text === ',') {
    let q = p.tokenEnd + 1;
    if (/^(a|an)$/.test(lower(tokens[q]))) q++;
    // ("a conservative Democrat", "a lifelong Republican": one lower-case word may qualify it.)
    if (/^[a-z]+$/.test(tokens[q]?.text ?? '') && tokens[q].pos === 'ADJ') q++;
    const party = mentionStartingAt(sc, q);
    if (party?.kind === 'Organization' && party.meta?.party === 'yes' && /^(,|\.|of|from|and|who|;)$/.test(lower(tokens[party.tokenEnd]) || '.')) {
      add(sc, p, 'memberOf', party, 'party-apposition', 0.8);
      // ("a Democrat from Texas", "Democrat of Oklahoma": the state they sit for, rule party-tag-state.)
      const state = /^(of|from)$/.test(lower(tokens[party.tokenEnd])) ? mentionStartingAt(sc, party.tokenEnd + 1) : undefined;
      if (state?.kind === 'Place' && state.rule === 'gazetteer-state') add(sc, p, 'affiliatedWith', state, 'party-tag-state', 0.8);
    }
  }
  // "Odinga's Orange Democratic Movement", "Ruiz's Labour Party", "Ruiz, whose Labour Party …": the person's party.
  const whose = tokens[p.tokenEnd]?.text === ',' && lower(tokens[p.tokenEnd + 1]) === 'whose';
  const owned = isPossessive(tokens[p.tokenEnd]) ? mentionStartingAt(sc, p.tokenEnd + 1) : whose ? mentionStartingAt(sc, p.tokenEnd + 2) : undefined;
  if (owned?.kind === 'Organization' && (owned.meta?.party === 'yes' || PARTY_HEADS.has(owned.name.split(' ').at(-1) ?? ''))) add(sc, p, 'memberOf', owned, 'possessive-party', 0.7);
}

/**
 * "Shadow chancellor Ana Ruiz said the Tories …", "The Conservatives said … . Shadow chancellor Ana
 * Ruiz said …" (rule shadow-party): an opposition front-bencher sits for the one party the sentence,
 * or else the sentence before, names.
 */
function addShadowParty(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let k = p.tokenStart - 1;
  while (k >= 0 && k >= p.tokenStart - 5 && tokens[k].lower !== 'shadow' && /^[a-z-]+$/.test(tokens[k].text)) k--;
  if (tokens[k]?.lower !== 'shadow') return;
  for (const s of [sc.s.index, sc.s.index - 1]) {
    const parties = new Map(sc.doc.ctx.mentions.filter((m) => m.sentence === s && m.kind === 'Organization' && m.meta?.party === 'yes').map((m) => [m.key, m]));
    if (parties.size === 1) add(sc, p, 'memberOf', [...parties.values()][0], 'shadow-party', 0.7);
    if (parties.size) return;
  }
}

// Last words of a party's or a movement's name.
const PARTY_HEADS = new Set(['Party', 'Movement', 'Front', 'Alliance', 'League', 'Coalition']);
