// affiliatedWith: a person and the country or body they act for, from titles, appositions and
// possessives around the name ("Japan's Prime Minister Fumio Kishida", "Robert Patman, from the
// University of Otago", "Antonio Guterres, the UN secretary-general").

import type { Mention } from '../../types';
import { lookupTable } from '../../utils/lookup-table';
import { rolePhraseEnd } from '../02-names';
import { adjacentCountry } from '../04-coreference';
import { COMPANY_SUFFIXES, ORG_HEADS } from '../model/organizations';
import { UK_NATIONS } from '../model/region-names';
import { normaliseRole, OFFICE_WORDS, PORTFOLIO_WORDS, ROLE_NOUNS, TITLES, WORK_NOUNS } from '../model/titles';
import { isPossessive, lower, spanText } from '../tokens-util';
import { affiliationByHomeRoleApposition, affiliationByHomeRoleRef, affiliationByHomeTitle, affiliationByOfficeCountry, affiliationByRoleThenName, membershipByChamberTitle, membershipByMemberList } from './home-country';
import { add, BODY_NOUNS, mentionEndingAt, mentionStartingAt, ownerBeforePossessive, type SentenceContext } from './context';
import { bodyAfterBased, SEATED } from './located-in';
import { affiliationByBodyRoleComma, affiliationByHeadWordRole, affiliationByOpeningRole, affiliationByOpeningTitle } from './opening-role';
import { affiliationByJoining, affiliationByLedBy } from './signed-for';
import { affiliationByPlaceOffice, isPlaceOfficeApposition } from './state-office';

const APPOSITION_STOPS = new Set(['of', 'at', 'from', 'for', 'with', 'in']);
const APPOSITION_LINKS = new Set(['of', 'at', 'for', 'with', 'in']);
// Verbs of a relative clause that give the person a role: ", who retired as president of X".
const ROLE_TAKING_VERBS = new Set(['retired', 'served', 'serves', 'serving', 'works', 'worked', 'became', 'becomes', 'named', 'elected', 'appointed', 'made', 'hired', 'installed', 'reelected', 're-elected']);
// Verbs that tie a person to the body they act for: ", who heads X", ", a lawyer representing X".
const HEAD_VERBS = new Set(['heads', 'headed', 'leads', 'led', 'chairs', 'chaired', 'runs', 'ran', 'directs', 'directed', 'manages', 'managed', 'represents', 'representing', 'founded', 'co-founded', 'owns', 'presides', 'presided', 'oversees', 'oversaw']);
// Lower-case nouns that stand for a body named before: "the company", "the committee".
// The words of the capitalised titles and portfolios, in lower case ("high", "representative", "foreign").
const TITLE_WORDS = new Set([...TITLES.flatMap((t) => t.toLowerCase().split(/[\s-]+/)), ...[...PORTFOLIO_WORDS].map((w) => w.toLowerCase())]);
// Words that may open an apposition before its role: ", now a member of X", ", formerly head of X".
const APPOSITION_ADVERBS = new Set(['now', 'formerly', 'also', 'currently', 'later', 'then', 'once', 'still']);
// Lower-case words of a body's level before its name: "Ana Ruiz, state GOP chairman".
const LEVEL_WORDS = new Set(['state', 'national', 'county', 'city', 'local', 'district', 'regional', 'federal', 'former']);
// "the school" may stand for any place of learning the story named: "Alden College … the school's president".
const SCHOOL_HEADS = /\b(school|college|university|academy|institute|seminary)\b/i;

/**
 * "of the consultancy Acme Research", "at the investment bank Acme": a body after "the" and its
 * lower-case kind; or, as British copy drops the article, "of research firm Acme" when the kind ends
 * in a body's noun.
 */
function bodyAfterKindNoun(sc: SentenceContext, j: number): Mention | undefined {
  const the = lower(sc.tokens[j]) === 'the';
  const first = the ? j + 1 : j;
  let q = first;
  while (q < first + 3 && /^[a-z][a-z-]*$/.test(sc.tokens[q]?.text ?? '')) q++;
  if (q === first || (!the && !BODY_NOUNS.has(sc.tokens[q - 1].lower))) return undefined;
  const o = mentionStartingAt(sc, q);
  return o?.kind === 'Organization' ? o : undefined;
}

/** The affiliations of every person named in the sentence, in the order the persons appear. */
export function findAffiliations(sc: SentenceContext): void {
  for (const p of sc.persons) {
    affiliationByCountryTitle(sc, p);
    affiliationByTitleBody(sc, p);
    affiliationByApposition(sc, p);
    affiliationByRoleBefore(sc, p);
    affiliationByItsRole(sc, p);
    affiliationByBodyNounRole(sc, p);
    affiliationByOpeningRole(sc, p);
    affiliationByOpeningTitle(sc, p);
    affiliationByBodyRoleComma(sc, p);
    affiliationByHeadWordRole(sc, p);
    affiliationByJoining(sc, p);
    affiliationByLedBy(sc, p);
    affiliationByOrgTitle(sc, p);
    affiliationByBodyRole(sc, p);
    affiliationByOrgRole(sc, p);
    affiliationByRolePhrase(sc, p);
    affiliationByHomeTitle(sc, p);
    affiliationByHomeRoleApposition(sc, p);
    affiliationByPlaceOffice(sc, p);
    affiliationByOfficeCountry(sc, p);
    membershipByChamberTitle(sc, p);
    affiliationByInstitutionTitle(sc, p);
    membershipByBodyNounMember(sc, p);
    affiliationByNationalityApposition(sc, p);
  }
  for (const m of sc.ms) if (m.rule === 'person-administration') affiliationByAdministration(sc, m);
  if (sc.persons.length > 1) affiliationByAllOf(sc);
  affiliationByHomeRoleRef(sc);
  membershipByMemberList(sc);
  affiliationByRoleThenName(sc);
}

// Offices of one kind of institution, and the head words of its names: "Supt. Ana Ruiz" heads a school district.
const INSTITUTION_OF_TITLE: Record<string, RegExp> = lookupTable({
  superintendent: /\b(district|schools)$/i,
  principal: /\b(school|academy)$/i,
  dean: /\b(college|university|school)$/i,
  provost: /\b(college|university)$/i,
  judge: /\bcourt$/i,
  commissioner: /\bcommission$/i,
});
// Offices whose one institution may be named anywhere in the story: "The European Commission … .
// Competition Commissioner Ana Ruiz said" (a commission's members are called after it).
const STORY_INSTITUTION_TITLES = new Set(['commissioner']);

/**
 * "Principals of the Alden School District were re-elected upon the recommendation of Supt. Ana Ruiz"
 * (rule title-implied-institution): an office of one kind of institution, and the one institution of
 * that kind the sentence names.
 */
function affiliationByInstitutionTitle(sc: SentenceContext, p: Mention): void {
  // ("Trade Commissioner Ana Ruiz": the office's last word, with its portfolio before it; not a
  // "High Commissioner", who is a diplomat.)
  const role = p.role ? normaliseRole(p.role) : '';
  const office = INSTITUTION_OF_TITLE[role] || role.startsWith('high ') ? role : (role.split(' ').at(-1) ?? '');
  const heads = INSTITUTION_OF_TITLE[office];
  if (!heads) return;
  const bodies = sc.ms.filter((m) => m.kind === 'Organization' && heads.test(m.name));
  if (bodies.length === 1) add(sc, p, 'affiliatedWith', bodies[0], 'title-implied-institution', 0.7, p.role);
  if (bodies.length || !STORY_INSTITUTION_TITLES.has(office)) return;
  const named = sc.doc.ctx.mentions.filter((m) => m.kind === 'Organization' && heads.test(m.name));
  if (named.length && named.every((m) => m.key === named[0].key)) add(sc, p, 'affiliatedWith', named[0], 'title-implied-institution', 0.65, p.role);
}

/** "the Gov. Ana Ruiz administration": the person heads the government named for them. */
function affiliationByAdministration(sc: SentenceContext, org: Mention): void {
  const id = org.meta?.person;
  if (typeof id === 'string') add(sc, sc.doc.byId.get(id), 'affiliatedWith', org, 'person-administration', 0.8, sc.doc.byId.get(id)?.role);
}

/** "Japan's Prime Minister Fumio Kishida", "Japanese counterpart Fumio Kishida", "Ardern of New Zealand". */
function affiliationByCountryTitle(sc: SentenceContext, p: Mention): void {
  // ("Ruritania's Vice Chairman of the Military Commission General Ana Ruiz": the country before the title.)
  const titled = typeof p.meta?.titleStart === 'string' ? { ...p, tokenStart: Number(p.meta.titleStart) } : p;
  const c = adjacentCountry(sc.doc.ctx, titled, sc.doc.byTokenEnd, sc.doc.byTokenStart);
  if (c && (p.role || p.meta?.roleRef || lower(sc.tokens[p.tokenEnd]) === 'of')) add(sc, p, 'affiliatedWith', c, 'country-title-person', 0.9, p.role);
  // "Ruritania's President Ana Ruiz and Prime Minister Luis Vera": a second title coordinated with
  // the first shares its country.
  // "US Sens. Ana Ruiz and Luis Vera": every name of a plural title shares the first one's country.
  const listStart = p.rule === 'plural-title-name' && p.meta?.listStart !== String(p.tokenStart) ? p.meta?.listStart : undefined;
  if (!c && listStart) {
    const first = sc.persons.find((q) => q.meta?.listStart === listStart && String(q.tokenStart) === listStart);
    const c1 = first ? adjacentCountry(sc.doc.ctx, first, sc.doc.byTokenEnd, sc.doc.byTokenStart) : undefined;
    if (c1) add(sc, p, 'affiliatedWith', c1, 'coordinated-title-person', 0.8, p.role);
  }
  if (!c && p.role && p.rule === 'title-name' && lower(sc.tokens[p.tokenStart - 1]) === 'and') {
    const first = mentionEndingAt(sc, p.tokenStart - 1);
    const c1 = first?.kind === 'Person' && first.role ? adjacentCountry(sc.doc.ctx, first, sc.doc.byTokenEnd, sc.doc.byTokenStart) : undefined;
    if (c1 && isPossessive(sc.tokens[c1.tokenEnd])) add(sc, p, 'affiliatedWith', c1, 'coordinated-title-person', 0.8, p.role);
  }
}

/** "Minister of Foreign Affairs of Ruritania Ana Ruiz", "Vice Chairman of the Military Commission General Ana Ruiz". */
function affiliationByTitleBody(sc: SentenceContext, p: Mention): void {
  const id = p.meta?.titleOf;
  if (typeof id === 'string') add(sc, p, 'affiliatedWith', sc.doc.byId.get(id), 'title-of-body', 0.85, p.role);
}

/** Whether a role noun or role phrase starts at token q ("chief executive", "director"). */
function isRoleAt(tokens: SentenceContext['tokens'], q: number): boolean {
  return q < tokens.length && (ROLE_NOUNS.has(lower(tokens[q])) || rolePhraseStarts(tokens, q));
}

/**
 * "Robert Patman, from the University of Otago" / "said Prof Patman, from the University of Otago",
 * "David Capie, Director of Victoria University's Centre for Strategic Studies".
 */
function affiliationByApposition(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let k = p.tokenEnd;
  // "Sen. Ana Ruiz (D., Ohio), chairman of …", "Ana Ruiz (D) of Alden": a party tag in parentheses first.
  if (tokens[k]?.text === '(' && /^(D|R|Dem|Rep|I)\.?$/.test(tokens[k + 1]?.text ?? '')) {
    let q = k + 2;
    while (q < k + 8 && q < tokens.length && tokens[q].text !== ')') q++;
    if (tokens[q]?.text === ')') k = q + 1;
  }
  // "Ana Ruiz, 54, a former banker at X": an age before the apposition.
  if (tokens[k]?.text === ',' && /^\d{1,3}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') k += lower(tokens[k + 3]) === 'of' ? 3 : 2;
  // "Ana Ruiz of Alden, Texas, former chairman of …": a hometown before the apposition is no affiliation.
  while (lower(tokens[k]) === 'of' || (tokens[k]?.text === ',' && k > p.tokenEnd)) {
    const place = mentionStartingAt(sc, k + 1);
    // (A town the gazetteer lacks is one capitalised word between "of" and the comma.)
    const end = place?.kind === 'Place' ? place.tokenEnd : !place && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') ? k + 2 : -1;
    if (end < 0 || tokens[end]?.text !== ',' || lower(tokens[end + 1]) === 'and') break;
    k = end;
  }
  if (tokens[k]?.text === ',') k++;
  // ", now a member of X", ", formerly director of X".
  if (k > p.tokenEnd && APPOSITION_ADVERBS.has(lower(tokens[k]))) k++;
  // "Ana Ruiz has headed X since 1950", ", who had led X,": the perfect of a head verb, as the verb.
  const perfectAt = lower(tokens[k]) === 'who' ? k + 1 : k;
  if (/^(has|had|have)$/.test(lower(tokens[perfectAt])) && HEAD_VERBS.has(lower(tokens[perfectAt + 1]))) k = perfectAt + 1;
  // ", who heads X": the relative clause's verb links the person and the body.
  if (lower(tokens[k]) === 'who' && HEAD_VERBS.has(lower(tokens[k + 1]))) k++;
  // ", who retired as vice president of X", ", who was named chairman of X", ", who serves as counsel
  // to X": a relative clause that gives the person a role, read as the apposition of that role.
  else if (lower(tokens[k]) === 'who') {
    let q = k + 1;
    if (/^(is|was|has|had)$/.test(lower(tokens[q]))) q++;
    if (lower(tokens[q]) === 'been') q++;
    // (", who is also chief executive of X", ", who was a director of X": the copula gives the role itself.)
    const copula = q === k + 2 && (lower(tokens[k + 1]) === 'is' || lower(tokens[k + 1]) === 'was');
    if (copula && APPOSITION_ADVERBS.has(lower(tokens[q]))) q++;
    if (ROLE_TAKING_VERBS.has(lower(tokens[q]))) {
      q++;
      if (lower(tokens[q]) === 'as') q++;
      if (q < tokens.length && (isRoleAt(tokens, q) || /^(a|an|the)$/.test(lower(tokens[q])))) k = q;
    } else if (copula && (isRoleAt(tokens, q) || (/^(a|an|the)$/.test(lower(tokens[q])) && (isRoleAt(tokens, q + 1) || isRoleAt(tokens, q + 2))))) k = q;
  }
  const w = lower(tokens[k]);
  let role: string | undefined;
  let j = -1;
  // ("Putin at the White House", "Ruiz from Lima": without a comma, "at" and "from" say where, not for whom.)
  const comma = k > p.tokenEnd;
  if (w === 'of' || ((w === 'from' || w === 'at') && comma) || HEAD_VERBS.has(w)) j = k + 1;
  // ("presides over X": the preposition belongs to the verb.)
  if (HEAD_VERBS.has(w) && lower(tokens[j]) === 'over') j++;
  else if (/^\p{Lu}/u.test(tokens[k]?.text ?? '') || w === 'the' || w === 'a' || w === 'an' || (ROLE_NOUNS.has(w) || rolePhraseStarts(tokens, k))) {
    // an apposition: ", Director of X", ", a professor at X", ", the country's foreign minister"
    let q = k;
    // (Six words; the parts of a hyphenated word count as one: "a 59-year-old businessman who leads X".)
    let limit = k + 6;
    while (q < tokens.length && q < limit && !APPOSITION_STOPS.has(lower(tokens[q])) && !HEAD_VERBS.has(lower(tokens[q])) && tokens[q].text !== ',' && (mentionStartingAt(sc, q)?.kind ?? 'Place') === 'Place') {
      if (tokens[q].text === '-' && tokens[q].space === '') limit += 2;
      q++;
    }
    // (", a lawyer representing X": a participle links the role and the body as a preposition does.)
    if ((APPOSITION_LINKS.has(lower(tokens[q])) || HEAD_VERBS.has(lower(tokens[q]))) && q > k) {
      role = tokens.slice(k, q).map((t) => t.text).filter((t) => !/^(a|an|the|who)$/i.test(t)).join(' ').replace(/ - /g, '-');
      j = q + 1;
    }
  }
  if (j < 0) return;
  // ", president of the company": the body the story named last with that noun.
  let o = lower(tokens[j]) === 'the' && BODY_NOUNS.has(lower(tokens[j + 1])) && !/^\p{Lu}/u.test(tokens[j + 2]?.text ?? '') && !mentionStartingAt(sc, j + 1) ? bodyNamedBefore(sc, lower(tokens[j + 1]), j) : bodyAfterPlace(sc, mentionStartingAt(sc, lower(tokens[j]) === 'the' ? j + 1 : j), true) ?? bodyAfterKindNoun(sc, j);
  // ", director of planning and design in the Alden Works Department": a lower-case portfolio, then the body.
  if (!o && w !== 'of' && tokens[j - 1]?.lower === 'of') o = bodyAfterPortfolio(sc, j);
  // (", governor of Texas,": a state's or city's office is of that place.)
  if (o?.kind === 'Place' && role && isPlaceOfficeApposition(role, o)) {
    add(sc, p, 'affiliatedWith', o, 'place-office', 0.8, role);
    return;
  }
  if (!o || (o.kind !== 'Organization' && o.kind !== 'Country')) return;
  // "Ana Ruiz, State Councilor of Ruritania, Minister of Trade Luis Vera": the title is Vera's.
  if (sc.persons.some((q) => q !== p && q.meta?.titleOf === o.id)) return;
  add(sc, p, 'affiliatedWith', o, 'person-apposition', 0.85, role || p.role);
  secondApposedRole(sc, p, o.tokenEnd);
  // "Director of Victoria University's Centre for …": the head organisation is the affiliation too.
  if (isPossessive(tokens[o.tokenEnd])) {
    const o2 = mentionStartingAt(sc, o.tokenEnd + 1);
    if (o2?.kind === 'Organization') {
      add(sc, p, 'affiliatedWith', o2, 'person-apposition', 0.85, role || p.role);
      add(sc, o2, 'memberOf', o, 'org-possessive', 0.7);
    }
  }
}

/**
 * "Ana Ruiz, the chair of Acme and the environment minister of Kora," (rule person-apposition-second):
 * a second role, after "and", of a second body or country, closing the apposition.
 */
function secondApposedRole(sc: SentenceContext, p: Mention, k: number): void {
  const { tokens } = sc;
  if (lower(tokens[k]) !== 'and') return;
  let q = /^(a|an|the)$/.test(lower(tokens[k + 1])) ? k + 2 : k + 1;
  const start = q;
  while (q < start + 4 && /^[a-z][a-z-]*$/.test(tokens[q]?.text ?? '') && tokens[q].lower !== 'of') q++;
  const roleWords = tokens.slice(start, q);
  if (q === start || lower(tokens[q]) !== 'of' || !roleWords.some((t) => ROLE_NOUNS.has(t.lower))) return;
  const o = mentionStartingAt(sc, lower(tokens[q + 1]) === 'the' ? q + 2 : q + 1);
  if (o && (o.kind === 'Country' || o.kind === 'Organization') && /^[,.;]$/.test(tokens[o.tokenEnd]?.text ?? '.')) {
    add(sc, p, 'affiliatedWith', o, 'person-apposition-second', 0.8, roleWords.map((t) => t.text).join(' '));
  }
}

/**
 * "Spain's director general for Europe, Jose Maria Pons", "the Japanese prime minister, Fumio
 * Kishida": a country's role, then the name.
 */
function affiliationByRoleBefore(sc: SentenceContext, p: Mention): void {
  const { tokens, ms } = sc;
  if (tokens[p.tokenStart - 1]?.text !== ',') return;
  if (affiliationByDefiniteRole(sc, p)) return;
  for (let q = p.tokenStart - 2; q >= Math.max(0, p.tokenStart - 10); q--) {
    const demonym = mentionEndingAt(sc, q + 1);
    const byDemonym = demonym?.kind === 'Country' && demonym.meta?.demonym === 'yes';
    if (!isPossessive(tokens[q]) && !byDemonym) continue;
    const owner = byDemonym ? demonym : ownerBeforePossessive(sc, q);
    const roleWords = tokens.slice(q + 1, p.tokenStart - 1).map((t) => t.text);
    // No other person may stand between the role and the name ("Chile's envoy Ana Ruiz, Luis Vera").
    const personBetween = ms.some((m) => m.kind === 'Person' && m !== p && m.tokenStart > q && m.tokenEnd < p.tokenStart);
    // ("Zenco's chief executive, Ana Ruiz,": a body's role as well.)
    // ("Scotland's Health Secretary, Ana Ruiz,": a devolved region's minister is the region's.)
    const region = owner?.kind === 'Place' && owner.rule === 'gazetteer-state';
    if ((owner?.kind === 'Country' || owner?.kind === 'Organization' || region) && roleWords.some((w) => ROLE_NOUNS.has(w.toLowerCase())) && !personBetween) {
      add(sc, p, 'affiliatedWith', owner, owner.kind === 'Country' ? 'country-role-apposition' : region ? 'place-office' : 'body-role-apposition', 0.8, roleWords.join(' ').replace(/ for .*$/, ''));
    }
    break;
  }
}

const ROLE_PLACE_PREPOSITIONS = new Set(['to', 'in', 'at', 'for']);
const OF = new Set(['of']);

/** The first token in [from, to) whose lower-case form is in words, or -1 (a bounded scan, not the sentence's). */
function indexBetween(tokens: SentenceContext['tokens'], from: number, to: number, words: Set<string>): number {
  for (let q = from; q < to; q++) if (words.has(tokens[q].lower)) return q;
  return -1;
}

/** The nearest "the" at or before from and not before floor, stopping at punctuation; -1 if none. */
function theBefore(tokens: SentenceContext['tokens'], from: number, floor: number): number {
  for (let d = from; d >= 0 && d >= floor; d--) {
    if (lower(tokens[d]) === 'the') return d;
    if (/^[,.;:"“”]$/.test(tokens[d].text)) return -1;
  }
  return -1;
}

/** "in Kora" or "at Kora" from k, the place ending at end: where a body sits, after its name. */
function seatEndsAt(sc: SentenceContext, k: number, end: number): boolean {
  const w = lower(sc.tokens[k]);
  if (w !== 'in' && w !== 'at') return false;
  const seat = mentionStartingAt(sc, lower(sc.tokens[k + 1]) === 'the' ? k + 2 : k + 1);
  return !!seat && seat.tokenEnd === end && (seat.kind === 'Place' || seat.kind === 'Country');
}

/**
 * "the U.S. ambassador to Qatar, Ana Ruiz", "the UN Secretary-General, Ana Ruiz", "the Emir of Qatar,
 * Ana Ruiz": "the", a country or body, a title (or a title, "of", a country or body), a comma, the name.
 * The body right after "the" is the one served; "of" names it otherwise. Returns whether one was found.
 */
function affiliationByDefiniteRole(sc: SentenceContext, p: Mention): boolean {
  const { tokens, ms } = sc;
  const end = p.tokenStart - 1;
  // (Cheap test first: the word before the comma ends a title or names a body.)
  const last = tokens[end - 1];
  if (!last || !(/^\p{Lu}/u.test(last.text) || ROLE_NOUNS.has(last.lower) || TITLE_WORDS.has(last.lower) || UNIT_NOUNS.has(last.lower))) return false;
  let d = theBefore(tokens, end - 1, end - 9);
  if (d < 0 || end - d < 3) return false;
  if (ms.some((m) => m.kind === 'Person' && m !== p && m.tokenStart > d && m.tokenEnd <= end)) return false;
  let first = mentionStartingAt(sc, d + 1);
  // ("the president of the Kora Court, Ana Ruiz": the "the" found is the body's; the role's comes before "of".)
  if (first && lower(tokens[d - 1]) === 'of') {
    const earlier = theBefore(tokens, d - 2, end - 14);
    if (earlier >= 0 && !ms.some((m) => m.kind === 'Person' && m !== p && m.tokenStart > earlier && m.tokenEnd <= end)) {
      d = earlier;
      first = mentionStartingAt(sc, d + 1);
    }
  }
  let owner: Mention | undefined;
  let roleFrom = d + 1;
  let roleTo = end;
  if (first && (first.kind === 'Country' || first.kind === 'Organization' || (first.kind === 'Place' && (UK_NATIONS.has(first.name) || isPlaceOfficeApposition(spanText(tokens, first.tokenEnd, end), first))))) {
    owner = first;
    roleFrom = first.tokenEnd;
    // ("the U.S. ambassador to Qatar": the country after "to" is where the ambassador serves.)
    const to = indexBetween(tokens, roleFrom, end, ROLE_PLACE_PREPOSITIONS);
    if (to > 0) roleTo = to;
  } else {
    const of = indexBetween(tokens, d + 1, end, OF);
    let body = of > 0 ? mentionStartingAt(sc, lower(tokens[of + 1]) === 'the' ? of + 2 : of + 1) : undefined;
    // ("the chief executive of Finnish technology firm Acme, Ana Ruiz": a nationality and the body's kind before its name.)
    if (of > 0 && body?.tokenEnd !== end) {
      const kindAt = body?.kind === 'Country' && body.rule === 'gazetteer-demonym' ? body.tokenEnd : of + 1;
      const named = bodyAfterKindNoun(sc, kindAt);
      if (named?.tokenEnd === end) body = named;
    }
    // ("the Mayor of Alden, Ana Ruiz,": a state's or city's office is of that place.)
    const placeOffice = body?.kind === 'Place' && isPlaceOfficeApposition(spanText(tokens, d + 1, of), body);
    // ("the head of the EU observer mission, Ana Ruiz", "the chairman of the Acme's pay committee,
    // Ana Ruiz": a unit of the body, in lower case, is the body's.)
    if (!body || !(body.tokenEnd === end || seatEndsAt(sc, body.tokenEnd, end) || (body.kind === 'Organization' && unitEndsAt(tokens, body.tokenEnd, end))) || (body.kind !== 'Country' && body.kind !== 'Organization' && !placeOffice)) return false;
    owner = body;
    roleTo = of;
  }
  const role = tokens.slice(roleFrom, roleTo);
  // ("the Kora President's special envoy": a title's possessive is part of the role.)
  const roleWord = (t: SentenceContext['tokens'][number]) => ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower);
  if (!role.length || !role.every((t, i) => roleWord(t) || /^[-–]$/.test(t.text) || (i > 0 && isPossessive(t) && roleWord(role[i - 1]))) || !role.some((t) => ROLE_NOUNS.has(t.lower) || OFFICE_WORDS.has(t.lower))) return false;
  add(sc, p, 'affiliatedWith', owner, owner.kind === 'Country' ? 'country-role-apposition' : owner.kind === 'Place' ? 'place-office' : 'body-role-apposition', 0.8, role.map((t) => t.text).join(' ').replace(/ - /g, '-'));
  return true;
}

// Nouns of a body's unit after its name: "the EU observer mission", "Acme's pay committee".
const UNIT_NOUNS = new Set([...BODY_NOUNS, 'mission', 'delegation', 'team', 'office', 'panel', 'unit', 'branch', 'division', 'wing', 'secretariat', 'taskforce']);

/** Whether tokens [from, end) are a lower-case unit of the body ending there: ("'s") "junior doctors committee". */
function unitEndsAt(tokens: SentenceContext['tokens'], from: number, end: number): boolean {
  const q = isPossessive(tokens[from]) ? from + 1 : from;
  if (end - q < 1 || end - q > 4 || !UNIT_NOUNS.has(tokens[end - 1].lower)) return false;
  for (let r = q; r < end; r++) if (!/^[a-z][a-z-]*$/.test(tokens[r].text)) return false;
  return true;
}

/**
 * "The central bank … declined to comment. Its governor, Ana Ruiz, has warned …": a sentence that
 * opens "Its <role>, <name>," speaks of the body or country the sentence before is about (its subject,
 * named before its first verb).
 */
function affiliationByItsRole(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  // ("Its leader, the cleric Ana Ruiz,": a lower-case noun of calling between the comma and the name.)
  const comma = tokens.findIndex((t) => t.text === ',');
  const calling = comma > 0 && comma < p.tokenStart - 1 && p.tokenStart - comma <= 4 && tokens.slice(comma + 1, p.tokenStart).every((t) => /^[a-z]+$/.test(t.text)) && /^(the|a|an)$/.test(tokens[comma + 1].text);
  if (lower(tokens[0]) !== 'its' || (tokens[p.tokenStart - 1]?.text !== ',' && !calling) || p.tokenStart > 8) {
    affiliationByInnerItsRole(sc, p);
    return;
  }
  const roleTokens = tokens.slice(1, calling ? comma : p.tokenStart - 1);
  if (!roleTokens.length || !roleTokens.every((t) => /^[a-z][a-z-]*$/.test(t.text)) || !roleTokens.some((t) => ROLE_NOUNS.has(t.lower))) return;
  itsOwnerBefore(sc, p, roleTokens);
}

/** The body "its" stands for at the head of a sentence: the last body the previous sentence names before its verb. */
function itsOwnerBefore(sc: SentenceContext, p: Mention, roleTokens: SentenceContext['tokens']): void {
  const previous = sc.doc.ctx.sentences[sc.s.index - 1];
  if (!previous) return;
  const inPrevious = sc.doc.ctx.mentions.filter((m) => m.sentence === previous.index);
  // (A verb-like word inside a name is no verb: "Kora Watch, which campaigns …, said".)
  const verb = previous.tokens.findIndex((t, k) => (t.pos === 'VERB' || t.pos === 'AUX') && !inPrevious.some((m) => m.tokenStart <= k && k < m.tokenEnd));
  const bodies = inPrevious.filter((m) => m.kind === 'Organization' || m.kind === 'Country');
  const owner = bodies
    .filter((m) => verb < 0 || m.tokenEnd <= verb)
    // (The last before the verb: "The UN children's agency Acmeco said" is about Acmeco.)
    .sort((a, b) => a.tokenStart - b.tokenStart).at(-1)
    // "The decision came as the Acme Union warned …": else the one body of a sentence that names no
    // one (a demonym aside); "Ana Ruiz spoke to Acme" is about her.
    ?? (inPrevious.some((m) => m.kind === 'Person') ? undefined : soleBody(bodies));
  if (owner) add(sc, p, 'affiliatedWith', owner, 'its-role-apposition', 0.7, roleTokens.map((t) => t.text).join(' '));
}

/** The one organisation among these mentions when no country is named by its name beside it. */
function soleBody(ms: Mention[]): Mention | undefined {
  const bodies = ms.filter((m) => m.kind === 'Organization');
  // ("the country's largest business group" describes the body: no country named beside it.)
  if (!bodies.length || bodies.some((m) => m.key !== bodies[0].key) || ms.some((m) => m.kind === 'Country' && m.meta?.demonym !== 'yes' && m.rule !== 'country-description')) return undefined;
  return bodies[0];
}

/**
 * "'No one is above the law,' its chief executive Ana Ruiz said", "Acme said its finance director
 * Ana Ruiz would leave" (rule its-role-apposition): "its", a lower-case role and the name inside the
 * sentence; "its" is the last body named before it in the sentence, or, after a quote, the previous
 * sentence's.
 */
function affiliationByInnerItsRole(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let k = p.tokenStart - 1;
  if (tokens[k]?.text === ',') k--;
  const end = k + 1;
  while (k > p.tokenStart - 5 && /^[a-z][a-z-]*$/.test(tokens[k]?.text ?? '') && lower(tokens[k]) !== 'its') k--;
  if (lower(tokens[k]) !== 'its' || k === 0) return;
  const roleTokens = tokens.slice(k + 1, end);
  if (!roleTokens.length || !roleTokens.some((t) => ROLE_NOUNS.has(t.lower))) return;
  const before = sc.ms.filter((m) => m.tokenEnd <= k && (m.kind === 'Organization' || m.kind === 'Country') && m.meta?.demonym !== 'yes').at(-1);
  if (before) {
    add(sc, p, 'affiliatedWith', before, 'its-role-apposition', 0.7, roleTokens.map((t) => t.text).join(' '));
    return;
  }
  // (After a quote and nothing else: the body of the sentence before speaks.)
  if (/^[,"'”’]$/.test(tokens[k - 1]?.text ?? '') && sc.ms.every((m) => m.tokenStart > k)) itsOwnerBefore(sc, p, roleTokens);
}

/**
 * "a grant to Kora Hospital was given to the hospital administrator, Ana Ruiz" (rule body-noun-role):
 * the noun of a body the story named, a role, then the name in apposition.
 */
function affiliationByBodyNounRole(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  if (tokens[p.tokenStart - 1]?.text !== ',' || !ROLE_NOUNS.has(lower(tokens[p.tokenStart - 2]))) return;
  let q = p.tokenStart - 3;
  while (q > 0 && ROLE_NOUNS.has(lower(tokens[q]))) q--;
  if (!BODY_NOUNS.has(lower(tokens[q])) || lower(tokens[q - 1]) !== 'the') return;
  const body = bodyNamedBefore(sc, lower(tokens[q]), q - 1);
  if (body) add(sc, p, 'affiliatedWith', body, 'body-noun-role', 0.7, tokens.slice(q + 1, p.tokenStart - 1).map((t) => t.text).join(' '));
}

/** "UN Secretary-General Antonio Guterres": an organisation before the title. */
function affiliationByOrgTitle(sc: SentenceContext, p: Mention): void {
  const orgBeforeTitle = mentionEndingAt(sc, p.tokenStart);
  if (p.role && p.rule === 'title-name' && orgBeforeTitle?.kind === 'Organization') add(sc, p, 'affiliatedWith', orgBeforeTitle, 'org-title-person', 0.85, p.role);
  else if (p.role && (p.rule === 'title-name' || p.rule === 'role-name')) {
    const k = p.rule === 'role-name' ? p.tokenStart - 2 : p.tokenStart - 1;
    add(sc, p, 'affiliatedWith', teamBySingular(sc, k) ?? teamOfTown(sc, mentionEndingAt(sc, k + 1)), 'team-singular-person', 0.75, p.role);
  }
  // "Denver's Ana Ruiz", "Ana Ruiz, Kansas City catcher,": a town that names a team of the story, by
  // possessive or before a role in apposition, stands for that team.
  if (isPossessive(sc.tokens[p.tokenStart - 1])) add(sc, p, 'affiliatedWith', teamOfTown(sc, mentionEndingAt(sc, p.tokenStart - 1)), 'team-town-person', 0.7, p.role);
  if (sc.tokens[p.tokenEnd]?.text === ',') {
    const town = mentionStartingAt(sc, p.tokenEnd + 1);
    const role = town ? sc.tokens[town.tokenEnd] : undefined;
    if (role && ROLE_NOUNS.has(role.lower) && /^[,.]$/.test(sc.tokens[town!.tokenEnd + 1]?.text ?? '')) add(sc, p, 'affiliatedWith', teamOfTown(sc, town), 'team-town-person', 0.7, role.lower);
  }
  // "the Kora Museum's Ana Ruiz", "Acme's Ana Ruiz": a body's possessive right before the name (rule org-possessive-person).
  // (Not "the Acme's Talking Point programme": a name before a lower-case noun only qualifies it.)
  const next = sc.tokens[p.tokenEnd];
  if (isPossessive(sc.tokens[p.tokenStart - 1]) && !(next?.pos === 'NOUN' && /^[a-z]/.test(next.text))) {
    const owner = mentionEndingAt(sc, p.tokenStart - 1);
    if (owner?.kind === 'Organization' && owner.meta?.party !== 'yes') add(sc, p, 'affiliatedWith', owner, 'org-possessive-person', 0.75, p.role);
  }
}

// Role nouns of a field of study or reporting: "the Ruritanian expert" studies Ruritania, and may be no Ruritanian.
const CLAUSE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'when', 'where', 'as']);
const ABOUT_ROLES = new Set(['expert', 'analyst', 'specialist', 'scholar', 'historian', 'correspondent', 'reporter', 'commentator', 'economist', 'researcher', 'academic', 'lecturer', 'professor', 'teacher', 'instructor', 'tutor']);

/**
 * "Ana Ruiz, the small, trim Ruritanian, won", "Ana Ruiz, 37, a Ruritanian,", "Ana Ruiz, Ruritanian consul
 * general in Alden,", "Ana Ruiz, assistant Ruritania attorney," (rule nationality-apposition): an
 * apposition whose head is a nationality, or a country before an office, gives the person's country.
 */
function affiliationByNationalityApposition(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let k = p.tokenEnd;
  if (tokens[k]?.text !== ',') return;
  k++;
  // (An age first: "Ana Ruiz, 37, a Ruritanian".)
  if (/^\d+$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ',') k += 2;
  const article = /^(the|a|an)$/.test(lower(tokens[k]));
  if (article) k++;
  // Lower-case words and commas of the description: "small, trim", "swift-striding", "assistant".
  const from = k;
  // (Participles describe, "swift-striding"; a finite verb or a relative pronoun opens a clause.)
  while (k < from + 5 && tokens[k] && (/^[\p{Ll}-]+$/u.test(tokens[k].text) || (tokens[k].text === ',' && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? ''))) && (/^(ADJ|NOUN|ADV|PUNCT)$/.test(tokens[k].pos) || (tokens[k].pos === 'VERB' && /(ing|ed)$/.test(tokens[k].text))) && !CLAUSE_WORDS.has(tokens[k].lower) && !APPOSITION_STOPS.has(tokens[k].lower)) k++;
  if (k > from && tokens[from - 1]?.text === ',' && tokens[from].pos === 'VERB') return;
  const c = mentionStartingAt(sc, k);
  if (c?.kind !== 'Country') return;
  // After the country: a role of up to three lower-case words, then the apposition's end or a
  // preposition or "who"; a nationality may also stand alone.
  let q = c.tokenEnd;
  while (q < c.tokenEnd + 3 && /^\p{Ll}+$/u.test(tokens[q]?.text ?? '') && (tokens[q].pos === 'NOUN' || tokens[q].pos === 'ADJ')) q++;
  const role = q > c.tokenEnd ? roleText(tokens.slice(c.tokenEnd, q)) : undefined;
  const end = tokens[q];
  if (end && !/^[,.;:)]$/.test(end.text) && !/^(in|at|to|of|for|who|from|since)$/.test(end.lower)) return;
  // (A nationality alone needs its article: "Pancho Villa, Japanese in the Pacific" is a list.)
  if (!role && (c.meta?.demonym !== 'yes' || !article)) return;
  if (role && (ABOUT_ROLES.has(lower(tokens[q - 1])) || (c.meta?.demonym !== 'yes' && !ROLE_NOUNS.has(lower(tokens[q - 1]))))) return;
  add(sc, p, 'affiliatedWith', c, 'nationality-apposition', 0.7, role);
}

/** The team the story names by this town and a plural ("the Denver Ravens" for "Denver"), if one. */
function teamOfTown(sc: SentenceContext, town: Mention | undefined): Mention | undefined {
  if (town?.kind !== 'Place') return undefined;
  teamBySingular(sc, -1);
  return sc.doc.teamsByTown!.get(town.name);
}

/**
 * "Ranger shortstop Ana Ruiz", "Alden Ranger Manager Ana Ruiz" (rule team-singular-person): the
 * singular of a team the document names by its town and plural ("the Alden Rangers"), right before
 * the person's role, is that team.
 */
function teamBySingular(sc: SentenceContext, k: number): Mention | undefined {
  const w = sc.tokens[k]?.text ?? '';
  const doc = sc.doc;
  if (!doc.teamsBySingular) {
    doc.teamsBySingular = new Map();
    doc.teamsByTown = new Map();
    for (const m of doc.ctx.mentions) {
      // (Or a team named by its plural alone, "Ana Ruiz of the Ravens", 02-names-teams.ts.)
      if (m.kind !== 'Organization' || (m.rule !== 'place-team' && m.rule !== 'person-team-plural')) continue;
      const words = m.name.split(' ');
      const last = words[words.length - 1];
      if (last.endsWith('s') && !doc.teamsBySingular.has(last.slice(0, -1))) doc.teamsBySingular.set(last.slice(0, -1), m);
      if (m.rule !== 'place-team') continue;
      // (Every opening of the name that may be its town: "Kansas", "Kansas City".)
      for (let n = 1; n < words.length; n++) {
        const town = words.slice(0, n).join(' ');
        const other = doc.teamsByTown.get(town);
        // (Two teams of one town: the town says neither.)
        doc.teamsByTown.set(town, other && other.key !== m.key ? undefined : m);
      }
    }
  }
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
  return doc.teamsBySingular.get(w);
}

/**
 * "Ana Ruiz, Luis Vera and Tom Low, all of Acme Corp." (rule all-of-body): every person of the list
 * works for the body; ", all Democrats": every one is a member of the party.
 */
function affiliationByAllOf(sc: SentenceContext): void {
  const { tokens } = sc;
  for (let k = 1; k < tokens.length - 2; k++) {
    if ((tokens[k].lower !== 'all' && tokens[k].lower !== 'both') || tokens[k - 1].text !== ',') continue;
    // ", all of Acme Corp.", or a party's plural: ", all Democrats", ", both Republicans".
    const of = /^(of|from|with)$/.test(tokens[k + 1].lower);
    const body = mentionStartingAt(sc, of ? (lower(tokens[k + 2]) === 'the' ? k + 3 : k + 2) : k + 1);
    if (body?.kind !== 'Organization' || (!of && body.meta?.party !== 'yes')) continue;
    // The list ends right before the comma: persons joined by commas and "and".
    let q = k - 1;
    for (let i = sc.persons.length - 1; i >= 0; i--) {
      const p = sc.persons[i];
      if (p.tokenEnd !== q) {
        if (p.tokenEnd < q) break;
        continue;
      }
      add(sc, p, body.meta?.party === 'yes' ? 'memberOf' : 'affiliatedWith', body, 'all-of-body', 0.75);
      q = p.tokenStart - 1;
      if (lower(tokens[q]) === 'and') q--;
      if (tokens[q]?.text !== ',' && lower(tokens[q + 1]) !== 'and') break;
      if (tokens[q]?.text !== ',') q++;
    }
  }
}

/**
 * "the Alden County Democratic Committee", "the Alden Democratic leader": a place that opens a body's
 * name (or, unless named, any place right before a body) gives way to that body.
 */
function bodyAfterPlace(sc: SentenceContext, m: Mention | undefined, named: boolean): Mention | undefined {
  // ("an analyst at Oslo-based consultancy Acme": the place only says where the body sits.)
  if ((m?.kind === 'Place' || m?.kind === 'Country') && sc.tokens[m.tokenEnd]?.text === '-' && SEATED.has(lower(sc.tokens[m.tokenEnd + 1]))) {
    const body = bodyAfterBased(sc, m);
    if (body?.kind === 'Organization') return body;
  }
  if (m?.kind !== 'Place') return m;
  const body = mentionStartingAt(sc, m.tokenEnd);
  return body?.kind === 'Organization' && (!named || body.name.startsWith(`${m.name} `)) ? body : m;
}

/** The body after a lower-case portfolio of up to five words from k and "in" or "at" ("planning and design in the X"). */
function bodyAfterPortfolio(sc: SentenceContext, k: number): Mention | undefined {
  const { tokens } = sc;
  for (let q = k; q < k + 6 && q < tokens.length; q++) {
    const t = tokens[q];
    if (q > k && (t.lower === 'in' || t.lower === 'at')) return mentionStartingAt(sc, lower(tokens[q + 1]) === 'the' ? q + 2 : q + 1);
    if (!/^[a-z][a-z-]*$/.test(t.text)) return undefined;
  }
  return undefined;
}

/**
 * "Ana Ruiz, a board member," (rule body-noun-member): a member of the body of that noun the story
 * named last, in the sentence or the few before.
 */
function membershipByBodyNounMember(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  let k = p.tokenEnd;
  // (Past a generation suffix set off by commas: "Mrs. Ana Ruiz, Jr., a board member".)
  if (tokens[k]?.text === ',' && /^(Jr|Sr)\.?$/.test(tokens[k + 1]?.text ?? '')) k += 2;
  if (tokens[k]?.text !== ',' || !/^(a|an|the)$/.test(lower(tokens[k + 1])) || lower(tokens[k + 3]) !== 'member') return;
  const noun = lower(tokens[k + 2]);
  if (!BODY_NOUNS.has(noun)) return;
  const body = bodyNamedBefore(sc, noun, k);
  if (body) add(sc, p, 'memberOf', body, 'body-noun-member', 0.7);
}

/** "Antonio Guterres, the UN secretary-general, said": an apposition with the body and a role. */
function affiliationByBodyRole(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  if (tokens[p.tokenEnd]?.text !== ',') return;
  let q = afterAgeAndHome(sc, p.tokenEnd + 1);
  // ("Ana Ruiz, now an Acme executive", "Ana Ruiz, state Acme chairman": a time adverb, or a
  // lower-case word of the body's level, before it.)
  if (APPOSITION_ADVERBS.has(lower(tokens[q]))) q++;
  if (/^(the|a|an)$/.test(lower(tokens[q]))) q++;
  if (LEVEL_WORDS.has(tokens[q]?.text ?? '')) q++;
  // ("Luis Vera, a former World Bank economist,": a time word before the body; "a senior Acme
  // official": a word of rank, after it or instead.)
  if (/^(former|then|new|acting|interim|longtime|veteran)$/.test(lower(tokens[q]))) q++;
  if (/^(senior|top|leading|junior|prominent)$/.test(lower(tokens[q]))) q++;
  // ("Ana Ruiz, the Alden Democratic leader,": a district the story does not know, before the party.)
  if (/^\p{Lu}/u.test(tokens[q]?.text ?? '') && !mentionStartingAt(sc, q) && mentionStartingAt(sc, q + 1)?.meta?.party === 'yes') q++;
  // ("Ana Ruiz, the company's vice-chair,": the body the story named last with that noun.)
  // ("Ana Ruiz, the league commissioner,": the noun in lower case right before a role noun, too.)
  const ownerNoun = isPossessive(tokens[q + 1]);
  const nounBody = BODY_NOUNS.has(lower(tokens[q])) && (ownerNoun || (ROLE_NOUNS.has(lower(tokens[q + 1])) && tokens[q].text === tokens[q].lower)) && lower(tokens[q - 1]) === 'the' ? bodyNamedBefore(sc, lower(tokens[q]), q) : undefined;
  const body = nounBody ?? bodyAfterPlace(sc, mentionStartingAt(sc, q), false);
  // "Ana Ruiz, Acme's chief operating officer,": the body's possessive before the role.
  let roleStart = nounBody ? (ownerNoun ? q + 2 : q + 1) : body && isPossessive(tokens[body.tokenEnd]) ? body.tokenEnd + 1 : body?.tokenEnd ?? 0;
  // ("Ana Ruiz, Acme's European chief executive,": a region or country may qualify a body's office.)
  const region = body?.kind === 'Organization' && roleStart > body.tokenEnd ? mentionStartingAt(sc, roleStart) : undefined;
  if (region && (region.kind === 'Place' || region.kind === 'Country') && region.tokenEnd === roleStart + 1) roleStart++;
  const roleTokens = body ? tokens.slice(roleStart, roleStart + 10) : [];
  // (A semicolon closes it too, in a list of appositions: "Ana Ruiz, the Alden Courier sports columnist; Luis Vera, …".)
  const roleEnd = roleTokens.findIndex((t) => t.text === ',' || t.text === '.' || t.text === ';');
  const roleWords = roleTokens.slice(0, roleEnd < 0 ? roleTokens.length : roleEnd).map((t) => t.lower);
  // The apposition must close (comma or full stop) with nothing but role words: "Ardern, Japan PM
  // Fumio Kishida" lists a second person instead. A portfolio or a region after "for" or "of" may be
  // capitalised: "Ana Ruiz, WHO regional director for Europe,".
  // ("Ana Ruiz, the Kora Ambassador to India,": the country after "to" is where the envoy serves.)
  const portfolio = roleTokens.findIndex((t) => t.lower === 'for' || t.lower === 'of' || t.lower === 'to');
  // ("Ana Ruiz, Peru's Foreign Minister,", "the bloc's High Representative for Trade,": a capitalised
  // title's words, and its capitalised portfolio, close it as the lower-case role nouns do.)
  // ("the group's Americas director": a region the role covers may stand before it.)
  const closed = roleEnd > 0 && !roleTokens.slice(0, roleEnd).some((t, q) => /^\p{Lu}/u.test(t.text) && !ROLE_NOUNS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !PORTFOLIO_WORDS.has(t.text) && t.lower !== 'pm' && (portfolio < 0 || q < portfolio) && !(q + 1 < roleEnd && isRegionAt(sc, roleStart + q)));
  if (closed && body && (body.kind === 'Organization' || body.kind === 'Country') && roleWords.slice(0, portfolio < 0 ? roleWords.length : portfolio).some((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.split('-')[0]) || OFFICE_WORDS.has(w) || (body.kind === 'Organization' && WORK_NOUNS.has(w)))) {
    add(sc, p, 'affiliatedWith', body, 'apposition-body-role', 0.8, roleTokens.slice(0, roleEnd < 0 ? roleTokens.length : roleEnd).filter((t) => !isPossessive(t)).map((t) => t.text).join(' ').replace(/ - /g, '-'));
  }
}

/**
 * Where an apposition starts after the comma at q - 1, past the age and the home the local press
 * puts first: "Tom Rusk, 23, of 7026 Stewart Av., a Kora Transit bus driver,".
 */
function afterAgeAndHome(sc: SentenceContext, q: number): number {
  const { tokens } = sc;
  if (/^\d+$/.test(tokens[q]?.text ?? '') && tokens[q + 1]?.text === ',') q += 2;
  if (lower(tokens[q]) !== 'of' || !(/^\d/.test(tokens[q + 1]?.text ?? '') || mentionStartingAt(sc, q + 1)?.kind === 'Place')) return q;
  for (let r = q + 2; r < q + 9 && tokens[r]; r++) if (tokens[r].text === ',') return r + 1;
  return q;
}

/** Whether a place (no country: "the Acme Peru director" is Peru's) is named at token k. */
function isRegionAt(sc: SentenceContext, k: number): boolean {
  return sc.ms.some((m) => m.kind === 'Place' && m.tokenStart <= k && k < m.tokenEnd);
}

/** A role's words as the edge's role ("Acme's chairman" → "chairman": the owner is the edge's object). */
function roleText(tokens: SentenceContext['tokens']): string {
  return tokens
    .filter((t) => !isPossessive(t))
    .map((t) => t.text)
    .join(' ');
}

/** "AM host Ryan Bridge", "Tesla chief executive Elon Musk": an organisation before a one- or two-word role. */
function affiliationByOrgRole(sc: SentenceContext, p: Mention): void {
  if (p.rule !== 'role-name') return;
  const one = mentionEndingAt(sc, p.tokenStart - 1);
  const two = one ? undefined : mentionEndingAt(sc, p.tokenStart - 2);
  const org = one ?? two;
  if (org?.kind === 'Organization') add(sc, p, 'affiliatedWith', org, 'org-role-person', 0.75, two ? roleText(sc.tokens.slice(p.tokenStart - 2, p.tokenStart)) : p.role);
}

/**
 * "Ruritanian industry minister Ana Ruiz", "Ruritania's petroleum minister Ana Ruiz", "Acme senior
 * policy adviser Ana Ruiz": a country or body, a lower-case role phrase of two to four words, the name.
 */
function affiliationByRolePhrase(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  for (let q = p.tokenStart - 1; q >= Math.max(1, p.tokenStart - 10); q--) {
    if (rolePhraseEnd(tokens, q) !== p.tokenStart) continue;
    const owner = isPossessive(tokens[q - 1]) ? ownerBeforePossessive(sc, q - 1) : mentionEndingAt(sc, q);
    if (owner && (owner.kind === 'Country' || owner.kind === 'Organization')) {
      add(sc, p, 'affiliatedWith', owner, 'role-phrase-person', 0.8, roleText(tokens.slice(q, p.tokenStart)));
      return;
    }
  }
}

/** ", analyst at Acme", ", senior analyst at Acme": a lower-case role phrase ending in a role noun before a preposition. */
function rolePhraseStarts(tokens: SentenceContext['tokens'], k: number): boolean {
  for (let q = k; q < k + 4 && q < tokens.length; q++) {
    const t = tokens[q];
    if (!/^[a-z][a-z-]*$/.test(t.text)) return false;
    if (ROLE_NOUNS.has(t.lower)) return APPOSITION_LINKS.has(lower(tokens[q + 1]));
  }
  return false;
}

/**
 * "John Doe, president of the company": the organisation the story named last (in this sentence
 * before the phrase, or in the ones before) whose name holds the noun, or for "firm" and "paper"
 * any company or paper.
 */
export function bodyNamedBefore(sc: SentenceContext, noun: string, k: number): Mention | undefined {
  const head = noun === 'firm' ? 'company' : noun === 'paper' || noun === 'newspaper' ? undefined : noun;
  const fits = (m: Mention) => m.kind === 'Organization' && (noun === 'school' ? SCHOOL_HEADS.test(m.name) : head ? m.name.toLowerCase().split(/\s+/).includes(head) : /\b(times|post|herald|journal|tribune|news|gazette|telegraph|guardian|chronicle)\b/i.test(m.name));
  const here = sc.ms.filter((m) => m.tokenEnd <= k && fits(m)).at(-1);
  if (here) return here;
  const before = sc.doc.ctx.mentions.filter((m) => m.sentence < sc.s.index && m.sentence >= sc.s.index - 5 && fits(m));
  return before.sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart).at(-1) ?? (head === 'company' ? firmOpeningSentenceBefore(sc) : undefined);
}

/**
 * "Zenco said it would appeal. Ana Ruiz, the company's president, said …": a firm's bare name ("Zenco",
 * "Zenco Foods", not "the Trade Authority") that opens the sentence before is the company meant.
 */
function firmOpeningSentenceBefore(sc: SentenceContext): Mention | undefined {
  const m = sc.doc.ctx.mentions.find((x) => x.sentence === sc.s.index - 1);
  if (m?.kind !== 'Organization' || m.tokenStart > 1 || m.meta?.party === 'yes') return undefined;
  const last = m.name.split(' ').at(-1) ?? '';
  return !ORG_HEADS.has(last) || COMPANY_SUFFIXES.has(last) ? m : undefined;
}
