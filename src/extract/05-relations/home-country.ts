// Document-level inference of a story's home country, and the affiliations it implies: "Foreign
// Secretary Ana Ruiz said" in a story about Ruritania, "the foreign secretary told MPs" after Ana Ruiz
// was named. One sense per discourse (Gale, Church & Yarowsky 1992): a title that implies a national
// government means the home country's unless another country qualifies it. Lower confidence than the
// explicit patterns, own rule ids.

import { lookupTable } from '../../utils/lookup-table';
import type { Mention } from '../../types';
import { adjacentCountry } from '../04-coreference';
import { tokenKey } from '../context';
import { loadGazetteer } from '../model/gazetteer';
import { SPEECH_VERBS } from '../model/lexicon';
import { CHAMBER_OF_TITLE, COUNCIL_NAMES, INSTITUTION_COUNTRY } from '../model/organizations';
import { isStateName } from '../model/places';
import { HOME_OFFICES, normaliseRole, OFFICE_COUNTRY, ROLE_NOUNS } from '../model/titles';
import { isPossessive, lower } from '../tokens-util';
import { wordClass } from '../word-classes';
import { add, hasWordOf, type DocRelations, type SentenceContext } from './context';

/** What the home-country rules need of a document, computed once. */
interface HomeCountry {
  /** A mention of the home country, or undefined when no country leads the story clearly. */
  home: Mention | undefined;
  /** Person keys whose country the story states outright (those never take the home country). */
  stated: Set<string>;
  /** Each person's offices in the story (normalised), and the persons holding each office. */
  roles: Map<string, Set<string>>;
  holders: Map<string, Set<string>>;
  /** The unnamed home country's government, when the story names its institutions but not it (02-names-government.ts). */
  government: Mention | undefined;
  /** Countries (keys) that qualify a national office in the story: "Ruritania's foreign minister, Ana Ruiz". */
  abroad: Set<string>;
}

const HOME = new WeakMap<DocRelations, HomeCountry>();

// Sentences at the top of a story (headline, dateline, lead) weigh more: what a story is about comes first.
const LEAD_SENTENCES = 3;
const LEAD_WEIGHT = 3;

/** The story's home country: the country named most, its lead mentions counted thrice; none on a tie. */
export function homeCountryOf(doc: DocRelations): HomeCountry {
  const known = HOME.get(doc);
  if (known) return known;
  const score = new Map<string, { m: Mention; n: number; mentions: number }>();
  const stated = new Set<string>();
  const roles = new Map<string, Set<string>>();
  const holders = new Map<string, Set<string>>();
  // Each country's own institutions the story names (distinct names).
  const institutions = new Map<string, Set<string>>();
  // Countries that qualify someone's title ("Chinese Premier Ana Ruiz", "Ruritania's President"):
  // the home country's own officials need no such word, so these do not count towards home, and an
  // office the home country qualifies shows a story written from abroad (see writtenFromAbroad).
  const qualifiers = new Set<string>();
  const abroad = new Set<string>();
  const countryOf = new Map<Mention, Mention | undefined>();
  for (const m of doc.ctx.mentions) {
    if (m.kind !== 'Person') continue;
    const country = adjacentCountry(doc.ctx, m, doc.byTokenEnd, doc.byTokenStart);
    countryOf.set(m, country);
    if (!country || !m.role) continue;
    qualifiers.add(country.id);
    if (isHomeOffice(m.role)) abroad.add(country.key);
  }
  let first = true;
  let datelineCode: string | undefined;
  for (const m of doc.ctx.mentions) {
    if (m.kind === 'Person') {
      // ("US Sens. Ana Ruiz and Luis Vera": the country before the list qualifies every name in it.)
      const list = typeof m.meta?.listStart === 'string' ? doc.byTokenEnd.get(tokenKey(m.sentence, Number(m.meta.listStart))) : undefined;
      if (countryOf.get(m) || m.meta?.titleOf || qualified(doc, m) || list?.kind === 'Country') stated.add(m.key);
      const role = m.role ? normaliseRole(m.role) : '';
      if (role) {
        if (!roles.has(m.key)) roles.set(m.key, new Set());
        roles.get(m.key)!.add(role);
        if (!holders.has(role)) holders.set(role, new Set());
        holders.get(role)!.add(m.key);
      }
      continue;
    }
    if (m.kind !== 'Country') {
      // ("NEW DELHI: India and the UAE signed …": the dateline's country is the story's home, all else equal.)
      if (m.rule === 'dateline' && typeof m.meta?.country === 'string') datelineCode = m.meta.country;
      const country = INSTITUTION_COUNTRY[m.name];
      if (country) (institutions.get(country) ?? institutions.set(country, new Set()).get(country)!).add(m.name);
      continue;
    }
    if (qualifiers.has(m.id)) continue;
    const s = score.get(m.key) ?? { m, n: 0, mentions: 0 };
    // (The story's first country, when not one of a pair, is most often its subject: "Ruritania is to …".)
    const next = doc.ctx.sentences[m.sentence].tokens[m.tokenEnd]?.text ?? '';
    // (A nationality adjective, "Chinese firms", "the French energy giant", describes something of that
    // country; the country's noun, "the UK's first plant", makes it a participant: half weight.)
    const weight = m.rule === 'gazetteer-demonym' ? 0.5 : 1;
    s.n += weight * ((m.sentence < LEAD_SENTENCES ? LEAD_WEIGHT : 1) + (first && !/^(and|,|-|–|&)$/.test(next) ? LEAD_WEIGHT : 0));
    first = false;
    s.mentions++;
    score.set(m.key, s);
  }
  const dateline = datelineCode ? score.get(loadGazetteer().countryByCode.get(datelineCode)?.key ?? '') : undefined;
  if (dateline) dateline.n += LEAD_WEIGHT;
  const ranked = [...score.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  // (A country first named in the story's second half is a comparison — "similar taxes in Ruritania"
  // — not where the story is set.)
  const early = top && top.m.sentence <= doc.ctx.sentences.length / 2;
  const clear = top && early && top.mentions >= 2 && (!ranked[1] || top.n > ranked[1].n);
  const government = doc.ctx.mentions.find((m) => m.rule === 'home-government');
  const result = { home: byInstitutions(institutions, ranked, clear ? top.m : undefined, clear && dateline === top), stated, roles, holders, government, abroad };
  HOME.set(doc, result);
  return result;
}

/**
 * The home country as a country's own institutions imply it (rule home-country-institutions): "MPs
 * voted … in the Commons … Downing Street said" is a UK story even when the US is named more. Two
 * institutions of one country make it home when the story names it; one of another country than the
 * home by counts leaves the story with no home, rather than give its ministers the wrong country.
 */
function byInstitutions(institutions: Map<string, Set<string>>, ranked: Array<{ m: Mention; n: number }>, home: Mention | undefined, datelined: boolean): Mention | undefined {
  if (!institutions.size) return home;
  const [implied] = [...institutions].sort((a, b) => b[1].size - a[1].size)[0];
  if (home?.name === implied) return home;
  const named = ranked.find((r) => r.m.name === implied)?.m;
  // (One institution is enough when the story names its country: "Tory leader X" and "the UK" in a
  // story set abroad.)
  if (named) return named;
  // (A story datelined in the home country that never names the institution's country is set at
  // home: "BUENOS AIRES - … marched to Congress" is no US story.)
  return datelined ? home : undefined;
}

/** Whether a role names an office of a national government ("Foreign Secretary", "PM"). */
function isHomeOffice(role: string | undefined): boolean {
  if (!role) return false;
  const r = normaliseRole(role);
  if (HOME_OFFICES.has(r)) return true;
  // "Climate Change and Energy Minister": a list of portfolios before a cabinet office, the last of
  // which ("energy minister") is one.
  const and = r.lastIndexOf(' and ');
  return and > 0 && HOME_OFFICES.has(r.slice(and + 5));
}

/** "Acme president Ana Ruiz", "the Commission's president Ana Ruiz": a body or place right before the title or role. */
function qualified(doc: DocRelations, p: Mention): boolean {
  const tokens = doc.ctx.sentences[p.sentence].tokens;
  const at = (k: number) => doc.byTokenEnd.get(tokenKey(p.sentence, k));
  const start = p.rule === 'role-name' ? p.tokenStart - 1 : p.tokenStart;
  // "the commission president Ana Ruiz": a noun before a lower-case role names its body.
  if (p.rule === 'role-name' && /^(NOUN|PROPN|ADJ)$/.test(tokens[start - 1]?.pos ?? '')) return true;
  return !!(at(start) ?? (isPossessive(tokens[start - 1]) ? at(start - 1) : undefined));
}

// Verbs before a country that make it a destination: "visited Ruritania" (not "to": "of benefit to Ruritania").
const DESTINATION_WORDS = new Set(['visited', 'visiting', 'visit', 'visits', 'toured', 'touring', 'tour', 'tours']);

/**
 * Whether the sentence names a country other than the home country, or names the home country as
 * someone else's ("her Ruritanian counterpart", "the Ruritanian president"): then the title may be
 * another country's.
 */
function otherCountryIn(sc: SentenceContext, home: Mention, p?: Mention): boolean {
  const { tokens } = sc;
  return sc.ms.some((m) => {
    if (m.kind !== 'Country') return false;
    // ("Chancellor Ana Ruiz has visited Ruritania's capital": where someone goes qualifies no title.)
    // ("Prime Minister Ana Ruiz and the Ruritanian president, Luis Vera, met": the country is the second person's title's.)
    // ("India and the UAE signed … between Prime Minister Ana Ruiz and …": a country coordinated with the home country is a party, not a title's.)
    // ("Chancellor Ana Ruiz has encouraged Ruritanian investment": a nationality before a lower-case
    // noun that is no office describes a thing, not anyone's title.)
    if (m.key !== home.key) return !DESTINATION_WORDS.has(lower(tokens[m.tokenStart - 1])) && !(p && coordinatedAfter(sc, p, m) && qualifiesNextPerson(sc, m)) && !withHome(sc, m, home) && !(m.meta?.demonym === 'yes' && /^\p{Ll}/u.test(tokens[m.tokenEnd]?.text ?? '') && !roleAfter(sc, m.tokenEnd));
    const k = isPossessive(tokens[m.tokenEnd]) ? m.tokenEnd + 1 : m.tokenEnd;
    return roleAfter(sc, k);
  });
}

/** Whether a role or a national office is spelt at k or right after it ("foreign minister", "the envoy"). */
function roleAfter(sc: SentenceContext, k: number): boolean {
  const { tokens } = sc;
  return ROLE_NOUNS.has(lower(tokens[k])) || ROLE_NOUNS.has(lower(tokens[k + 1])) || !!officeAt(sc, k);
}

/** Whether the country is coordinated with a mention of the home country: "India and the UAE", "the UAE and India". */
function withHome(sc: SentenceContext, m: Mention, home: Mention): boolean {
  const { tokens } = sc;
  const a = lower(tokens[m.tokenStart - 1]) === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
  const b = lower(tokens[m.tokenEnd]) === 'and' ? m.tokenEnd + 1 : -1;
  return sc.ms.some((x) => x.kind === 'Country' && x.key === home.key && ((lower(tokens[a]) === 'and' && x.tokenEnd === a) || (b >= 0 && (x.tokenStart === b || (x.tokenStart === b + 1 && lower(tokens[b]) === 'the')))));
}

/** Whether the country comes right after "<person> and (the)": the second of two coordinated people. */
function coordinatedAfter(sc: SentenceContext, p: Mention, m: Mention): boolean {
  if (lower(sc.tokens[p.tokenEnd]) !== 'and') return false;
  return m.tokenStart === p.tokenEnd + 1 || (m.tokenStart === p.tokenEnd + 2 && lower(sc.tokens[p.tokenEnd + 1]) === 'the');
}

/** Whether the country opens the title of the person named right after it ("the Ruritanian president, Luis Vera"). */
function qualifiesNextPerson(sc: SentenceContext, m: Mention): boolean {
  const { tokens } = sc;
  let k = m.tokenEnd;
  if (isPossessive(tokens[k])) k++;
  const titleStart = k;
  // ("the UAE's Minister of State for Foreign Trade, Thani Al Zeyoudi": a portfolio after "of" or "for".)
  while (k < titleStart + 8 && tokens[k] && (ROLE_NOUNS.has(tokens[k].lower) || OFFICE_FIRST_WORDS.has(tokens[k].lower) || /^\p{Lu}[\p{Ll}-]+$/u.test(tokens[k].text) || (k > titleStart && /^(of|for)$/.test(tokens[k].text)))) k++;
  if (k === titleStart) return false;
  if (tokens[k]?.text === ',') k++;
  return sc.persons.some((q) => q.tokenStart === k || (q.tokenStart > m.tokenEnd && q.tokenStart <= k && q.tokenEnd > k));
}

/**
 * "Home Secretary Ana Ruiz said" in a story about Ruritania (rule home-country-title): a national
 * office with no country of its own is the home country's, unless the sentence names another country
 * or the story gives the person a country elsewhere.
 */
export function affiliationByHomeTitle(sc: SentenceContext, p: Mention): void {
  // (An office only one country has is that country's: rule office-of-one-country.)
  if (!isHomeOffice(p.role)) return;
  const { home, stated, government } = homeCountryOf(sc.doc);
  // ("Home Secretary Ana Ruiz" in a story of MPs and Downing Street that never names the UK: the
  // government the story speaks of, rule home-government-title.)
  if (!home && government && !stated.has(p.key) && !sc.ms.some((m) => m.kind === 'Country')) add(sc, p, 'affiliatedWith', government, 'home-government-title', 0.55, p.role);
  // (An office only one country has is that country's, whatever the story's home: office-of-one-country.)
  const oneCountry = OFFICE_COUNTRY[normaliseRole(p.role!)];
  if (!oneCountry && !stated.has(p.key) && (!home || otherCountryIn(sc, home, p))) soleCountryTitle(sc, p);
  if (!home || oneCountry || stated.has(p.key) || otherCountryIn(sc, home, p)) return;
  // ("Ruritania's foreign minister, Ana Ruiz, … Foreign Secretary Luis Vera": a story that names the
  // home country's officials by it is written from abroad, and an office it leaves bare is another
  // country's.)
  if (homeCountryOf(sc.doc).abroad.has(home.key)) return;
  add(sc, p, 'affiliatedWith', home, 'home-country-title', 0.6, p.role);
}

/**
 * "The interim president, Ana Ruiz, welcomed …" in a story about Ruritania (rule home-role-apposition):
 * "the", a national office in lower case with no country of its own, a comma and the name, is the
 * home country's office, on the terms of home-country-title.
 */
export function affiliationByHomeRoleApposition(sc: SentenceContext, p: Mention): void {
  const { tokens } = sc;
  const end = p.tokenStart - 1;
  // (Cheap test first: a comma right before the name, after a lower-case word.)
  if (tokens[end]?.text !== ',' || !/^[a-z]/.test(tokens[end - 1]?.text ?? '')) return;
  let d = end - 1;
  while (d > end - 5 && d > 0 && /^[a-z][a-z-]*$/.test(tokens[d].text) && tokens[d].lower !== 'the') d--;
  if (tokens[d]?.lower !== 'the' || d === end - 1) return;
  const role = tokens.slice(d + 1, end).map((t) => t.text).join(' ').replace(/^(interim|acting|new|incoming) /, '');
  if (!isHomeOffice(role) || OFFICE_COUNTRY[normaliseRole(role)]) return;
  const { home, stated, abroad } = homeCountryOf(sc.doc);
  if (!home || stated.has(p.key) || abroad.has(home.key) || otherCountryIn(sc, home, p)) return;
  add(sc, p, 'affiliatedWith', home, 'home-role-apposition', 0.6, role);
}

/**
 * "The Ruritanian government's plea was made by Foreign Minister Ana Ruiz" (rule sentence-country-title):
 * a national office with no country of its own, in a sentence that names one country before it and no
 * one else, is that country's. (Not a country where someone goes, nor one that qualifies a role: "met the
 * Ruritanian envoy".)
 */
function soleCountryTitle(sc: SentenceContext, p: Mention): void {
  // (Only a title spelt before the name: "the chancellor" that takes up someone named earlier may
  // stand in a sentence about another country's plan.)
  if (sc.persons.length !== 1 || p.rule !== 'title-name') return;
  const { tokens } = sc;
  let country: Mention | undefined;
  for (const m of sc.ms) {
    if (m.kind !== 'Country') continue;
    // (The country comes before the name: one after it may be what the person speaks of, "said Ruritania agreed".)
    if ((country && country.key !== m.key) || m.tokenStart > p.tokenStart) return;
    const k = isPossessive(tokens[m.tokenEnd]) ? m.tokenEnd + 1 : m.tokenEnd;
    // (Nor a country after a preposition: "flew to Ruritania", "arms to Ruritania", "a policy toward Ruritania".)
    const before = lower(tokens[m.tokenStart - 1]) === 'the' ? m.tokenStart - 2 : m.tokenStart - 1;
    if (DESTINATION_WORDS.has(lower(tokens[m.tokenStart - 1])) || tokens[before]?.pos === 'ADP' || roleAfter(sc, k)) return;
    country = m;
  }
  if (country) add(sc, p, 'affiliatedWith', country, 'sentence-country-title', 0.6, p.role);
}

/**
 * "Congressman Ana Ruiz" (rule office-of-one-country): an office only one country has affiliates its
 * holder with that country, when the story names it.
 */
export function affiliationByOfficeCountry(sc: SentenceContext, p: Mention): void {
  const name = p.role ? OFFICE_COUNTRY[normaliseRole(p.role)] : undefined;
  if (!name || homeCountryOf(sc.doc).stated.has(p.key)) return;
  const country = sc.doc.ctx.mentions.find((m) => m.kind === 'Country' && m.name === name);
  if (country) add(sc, p, 'affiliatedWith', country, 'office-of-one-country', 0.7, p.role);
}

/**
 * "Ana Ruiz said. The foreign secretary told MPs …" (rule home-country-role-ref): a definite national
 * office with no name takes the person named last, within two sentences, and the home country.
 */
export function affiliationByHomeRoleRef(sc: SentenceContext): void {
  const { tokens } = sc;
  if (!hasWordOf(sc, OFFICE_FIRST_WORD)) return;
  for (let k = 1; k < tokens.length; k++) {
    if (lower(tokens[k - 1]) !== 'the') continue;
    const role = officeAt(sc, k);
    if (!role) continue;
    const { home, stated } = homeCountryOf(sc.doc);
    if (!home || otherCountryIn(sc, home)) return;
    const { roles, holders } = homeCountryOf(sc.doc);
    // ("The BBC's editor, Ana Ruiz, who travelled with the prime minister": an office after a
    // preposition or verb, with a person named before it in the sentence, is someone else's.)
    if (/^(with|by|to|for|from|and|met|meets|told|joined|accompanied)$/.test(lower(tokens[k - 2])) && sc.persons.some((m) => m.tokenEnd <= k - 1)) return;
    const before = [...sc.doc.recentPersons, ...sc.persons.filter((m) => m.tokenEnd <= k - 1)];
    // The one person the story gives that office, or else the person named last (within two
    // sentences) when the story gives them no office at all.
    const office = holders.get(normaliseRole(role));
    const last = office ? (office.size === 1 ? [...before].reverse().find((m) => office.has(m.key)) : undefined) : before.filter((m) => m.sentence >= sc.s.index - 2).at(-1);
    if (!last || stated.has(last.key) || (!office && roles.has(last.key))) return;
    add(sc, last, 'affiliatedWith', home, 'home-country-role-ref', 0.55, role);
    return;
  }
}

/** The national office spelt at token k with no name after it ("the foreign secretary told"), if any. */
const OFFICE_FIRST_WORDS = new Set([...HOME_OFFICES].map((o) => o.split(' ')[0]));
const OFFICE_FIRST_WORD = wordClass(OFFICE_FIRST_WORDS);

function officeAt(sc: SentenceContext, k: number): string | undefined {
  const { tokens } = sc;
  if (!OFFICE_FIRST_WORDS.has(tokens[k]?.lower ?? '')) return undefined;
  for (const len of [4, 3, 2, 1]) {
    if (k + len > tokens.length) continue;
    const words = tokens.slice(k, k + len).map((t) => t.lower).join(' ');
    if (!HOME_OFFICES.has(words)) continue;
    // A name after the office is a titled name, which the title rules read.
    if (/^\p{Lu}/u.test(tokens[k + len]?.text ?? '') || tokens[k + len]?.text === "'s" || tokens[k + len]?.text === '’s') return undefined;
    return tokens.slice(k, k + len).map((t) => t.text).join(' ');
  }
  return undefined;
}

/**
 * "Rep. Ana Ruiz", "Sen. Ana Ruiz" in a story that names the House or the Senate (rule
 * title-implied-chamber): a legislator's title makes the person a member of the chamber the story names.
 */
export function membershipByChamberTitle(sc: SentenceContext, p: Mention): void {
  const chambers = CHAMBER_OF_TITLE[p.role ? normaliseRole(p.role) : ''];
  // ("US Sens. Ana Ruiz": a title qualified by a country may be another chamber than the story's;
  // "Alden County Rep. Ana Ruiz": one qualified by a county or town is the story's.)
  if (!chambers || (homeCountryOf(sc.doc).stated.has(p.key) && !localQualifier(sc, p))) return;
  const named = chambersOf(sc.doc);
  const chamber = chambers.map((c) => named.get(c)).find((m) => m);
  if (chamber) add(sc, p, 'memberOf', chamber, 'title-implied-chamber', 0.6);
}

/** Whether a county or town (no state, no country) stands right before a titled person. */
function localQualifier(sc: SentenceContext, p: Mention): boolean {
  const q = sc.doc.byTokenEnd.get(tokenKey(p.sentence, p.tokenStart));
  return q?.kind === 'Place' && !isStateName(q.name) && q.meta?.demonym !== 'yes';
}

const CHAMBERS_NAMED = new WeakMap<DocRelations, Map<string, Mention>>();

/** The chambers the story names, by name, each at its first mention. */
function chambersOf(doc: DocRelations): Map<string, Mention> {
  let named = CHAMBERS_NAMED.get(doc);
  if (named) return named;
  named = new Map();
  // ("Texas Senate" is found as "Senate": meta.chamberOf keeps the generic name.)
  for (const m of doc.ctx.mentions) {
    const generic = typeof m.meta?.chamberOf === 'string' ? m.meta.chamberOf : m.name;
    if (m.kind === 'Organization' && (m.meta?.chamber === 'yes' || m.name === 'Congress') && !named.has(generic)) named.set(generic, m);
    // ("the City Council": a council titles' chamber, by any of its names.)
    if (m.kind === 'Organization' && COUNCIL_NAMES.has(m.name) && !named.has('Council')) named.set('Council', m);
  }
  CHAMBERS_NAMED.set(doc, named);
  return named;
}

// What opens such a list: "legislators like", "including", "such as".
const LIST_OPENER = wordClass(['like', 'including', 'such']);

// Plural members of a chamber, and the chambers they may sit in, first found first.
const CHAMBER_MEMBERS: Record<string, string[]> = lookupTable({
  legislators: ['Legislature', 'House', 'Senate', 'Parliament', 'Congress'],
  lawmakers: ['Legislature', 'House', 'Senate', 'Parliament', 'Congress'],
  senators: ['Senate', 'Legislature'],
  representatives: ['House', 'House of Representatives', 'Legislature'],
  congressmen: ['House', 'House of Representatives', 'Congress'],
  mps: ['House of Commons', 'Parliament'],
});

/**
 * "small-town legislators like Ana Ruiz of Alden, Luis Vera of Kora and Tom Low" (rule
 * group-list-chamber): the persons listed after a plural member noun sit in the chamber the story names.
 */
export function membershipByMemberList(sc: SentenceContext): void {
  const { tokens } = sc;
  if (!hasWordOf(sc, LIST_OPENER)) return;
  for (let k = 0; k < tokens.length - 1; k++) {
    const next = tokens[k + 1].lower;
    if (next !== 'like' && next !== 'including' && next !== 'such') continue;
    const chambers = CHAMBER_MEMBERS[tokens[k].lower];
    if (!chambers) continue;
    const start = tokens[k + 1].lower === 'like' || tokens[k + 1].lower === 'including' ? k + 2 : tokens[k + 1].lower === 'such' && tokens[k + 2]?.lower === 'as' ? k + 3 : -1;
    if (start < 0) continue;
    const chamber = chambers.map((c) => chambersOf(sc.doc).get(c)).find((m) => m);
    if (!chamber) return;
    // The list: persons, each perhaps with "of <town>", joined by commas and "and".
    let q = start;
    for (const p of sc.persons.filter((m) => m.tokenStart >= start)) {
      if (p.tokenStart !== q) break;
      add(sc, p, 'memberOf', chamber, 'group-list-chamber', 0.6);
      q = p.tokenEnd;
      if (lower(tokens[q]) === 'of') q = (mentionAt(sc, q + 1)?.tokenEnd ?? q + 2);
      if (tokens[q]?.text === ',') q++;
      if (lower(tokens[q]) === 'and') q++;
    }
    return;
  }
}

function mentionAt(sc: SentenceContext, k: number): Mention | undefined {
  return sc.doc.byTokenStart.get(tokenKey(sc.s.index, k));
}

/**
 * "Ruritania's High Commissioner to Freedonia said … . Dr Ana Ruiz said …" (rule role-then-name): a
 * country's office as the subject of one sentence, with no name, and a person opening the next with
 * no country of their own: that person holds the office.
 */
export function affiliationByRoleThenName(sc: SentenceContext): void {
  const p = sc.persons[0];
  if (!p || p.tokenStart > 1 || sc.s.index === 0) return;
  const { stated } = homeCountryOf(sc.doc);
  if (stated.has(p.key) || (p.role && isHomeOffice(p.role))) return;
  const prev = sc.doc.ctx.sentences[sc.s.index - 1].tokens;
  // "The Lord Chancellor has defended the plans. Lord Ana Ruiz insists …" (rule home-role-then-name):
  // a national office with no name opening one sentence, a person opening the next.
  if (lower(prev[0]) === 'the') {
    const role = officeAt({ ...sc, tokens: prev }, 1);
    const { home } = homeCountryOf(sc.doc);
    if (role && home && !sc.doc.ctx.mentions.some((m) => m.sentence === sc.s.index - 1 && m.kind === 'Person')) add(sc, p, 'affiliatedWith', home, 'home-role-then-name', 0.55, role);
  }
  for (const r of roleRefsOf(sc.doc).get(sc.s.index - 1) ?? []) {
    if (!isPossessive(prev[r.tokenStart - 1])) continue;
    const country = sc.doc.byTokenEnd.get(tokenKey(r.sentence, r.tokenStart - 1));
    if (country?.kind !== 'Country') continue;
    // The office speaks: "… High Commissioner (to Freedonia) said".
    let k = r.tokenEnd;
    if (lower(prev[k]) === 'to' && sc.doc.byTokenStart.get(tokenKey(r.sentence, k + 1))) k = sc.doc.byTokenStart.get(tokenKey(r.sentence, k + 1))!.tokenEnd;
    if (!SPEECH_VERBS.has(lower(prev[k]))) continue;
    if (sc.doc.ctx.mentions.some((m) => m.sentence === r.sentence && m.kind === 'Person')) return;
    add(sc, p, 'affiliatedWith', country, 'role-then-name', 0.55, r.role);
    return;
  }
}

const ROLE_REFS = new WeakMap<DocRelations, Map<number, DocRelations['ctx']['roleRefs']>>();

/** The document's role references by sentence, computed once. */
function roleRefsOf(doc: DocRelations): Map<number, DocRelations['ctx']['roleRefs']> {
  let bySentence = ROLE_REFS.get(doc);
  if (bySentence) return bySentence;
  bySentence = new Map();
  for (const r of doc.ctx.roleRefs) {
    const list = bySentence.get(r.sentence);
    if (list) list.push(r);
    else bySentence.set(r.sentence, [r]);
  }
  ROLE_REFS.set(doc, bySentence);
  return bySentence;
}

/**
 * "Prime Minister Ana Ruiz arrived in Tokyo … her trip to Japan": a story about a visit names the host
 * most, and so makes it home, but the visitor is no official of the country they visited. Drops the
 * home-country titles of anyone the story has visit the home country or one of its places.
 */
export function dropVisitorsHomeTitles(doc: DocRelations): void {
  const gazetteer = loadGazetteer();
  const countryOfVisit = (o: Mention | undefined): string | undefined => {
    if (o?.kind === 'Country') return o.key;
    const code = o?.kind === 'Place' ? gazetteer.lookup(o.name)?.country : undefined;
    return code ? gazetteer.countryByCode.get(code)?.key : undefined;
  };
  const visits = new Set<string>();
  for (const r of doc.out) {
    if (r.predicate !== 'visited') continue;
    const country = countryOfVisit(doc.byId.get(r.object));
    const who = doc.byId.get(r.subject);
    if (country && who) visits.add(`${who.key} ${country}`);
  }
  if (!visits.size) return;
  doc.out = doc.out.filter((r) => r.rule !== 'home-country-title' || !visits.has(`${doc.byId.get(r.subject)?.key} ${doc.byId.get(r.object)?.key}`));
}

