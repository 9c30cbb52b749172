// Clusters named mentions (people, countries, places, organisations) across documents.
// Countries, places and known bodies already carry gazetteer keys. People: a surname alone joins the
// one person named in full with that surname; "George W. Bush" joins "George Bush"; a name one edit
// from another with the same first name ("Jacinda Ardenr") joins it. Organisations: an acronym joins
// the long name it abbreviates ("ONGC", "MFAT").

import type { Mention } from '../types';
import { editDistance } from '../extract/edit-distance';
import { loadGazetteer } from '../extract/model/gazetteer';
import { KNOWN_ORGANIZATIONS, SERVICE_WORDS } from '../extract/model/organizations';
import { normaliseRole } from '../extract/model/titles';
import type { MentionRef } from './index';

const words = (name: string) => name.split(/\s+/);
// A firm's initials joined by "&": "C & O", "B & O".
const LETTERS_NAME = /^\p{Lu}\.?( & \p{Lu}\.?)+$/u;
// The kind of firm a name may end in and its initials leave out: "Baltimore and Ohio Railroad" is "B. & O.".
const FIRM_KIND_WORDS = new Set(['Railroad', 'Railway', 'Company', 'Co.', 'Corporation', 'Corp.']);
const GENERATIONS = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** Initials of an organisation's capitalised words: "Ministry of Foreign Affairs and Trade" → "mfat". */
export function initials(name: string): string {
  return words(name)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

/**
 * Two given names of one person: the same, one letter added or left out ("Frederic", "Frederick"), or a
 * short form and the name it shortens ("Fred", "Freddie" and "Frederick" share their first four
 * letters). A changed letter ("Marta", "Maria") or a longer form ("Daniel", "Danielle") is another name.
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= 5 && b.length >= 5 && Math.abs(a.length - b.length) === 1 && editDistance(a, b, 1) <= 1) return true;
  const short = (n: string) => n.length === 4 || /(?:ie|y)$/.test(n);
  return a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4) && (short(a) || short(b)) && !/\./.test(a + b);
}

/**
 * Two surnames of one person: the same, or one slip apart when long enough to tell: a letter added or
 * left out ("Forsyth", "Forsythe"), two letters swapped ("Brandt", "Brnadt"). Across documents nothing
 * else vouches for the likeness, and a changed letter often makes another name ("Bucer" and "Buber",
 * "Hansen" and "Hanson"; "Hooper" and "Cooper"): a change is taken only in long names, never the first letter.
 */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a[0] !== b[0] || editDistance(a, b, 1) > 1) return false;
  return a.length !== b.length || isSwap(a, b) || a.length >= 8;
}

/** Whether b is a with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

let modifierForms: Map<string, string> | undefined;

/**
 * How a country or union is written before a body's name, mapped to one form: "UK Government" and
 * "British Government", "EU Commission" and "European Commission" name one body.
 */
function modifierForm(word: string): string | undefined {
  if (!modifierForms) {
    modifierForms = new Map();
    const g = loadGazetteer();
    for (const [key, info] of g.countryInfo) if (info.demonym) modifierForms.set(`country:${key}`, info.demonym.toLowerCase());
    // A union's adjective is the first word of its name: "European Union" → "European".
    for (const o of KNOWN_ORGANIZATIONS) {
      const m = /^(\p{Lu}\p{L}+(?:an|ean|ic))\s+(?:Union|Community)$/u.exec(o.name);
      if (m) for (const a of [o.name, ...o.aliases]) modifierForms.set(`org:${a.toLowerCase()}`, m[1].toLowerCase());
    }
  }
  const e = loadGazetteer().lookup(word);
  if (e?.kind === 'Country') return modifierForms.get(`country:${e.key}`);
  return modifierForms.get(`org:${word.toLowerCase()}`);
}

// Heads of government bodies whose name turns about "of": "Defence Ministry" is the "Ministry of Defence",
// "State Department" the "Department of State".
const OF_FORM_HEADS = new Set(['ministry', 'department']);

/** "defence ministry" → "ministry of defence"; other names as they are. */
function ofForm(lowerWords: string[]): string[] {
  const head = lowerWords[lowerWords.length - 1];
  if (lowerWords.length < 2 || !OF_FORM_HEADS.has(head) || lowerWords.includes('of')) return lowerWords;
  return [head, 'of', ...lowerWords.slice(0, -1)];
}

/**
 * An organisation's key with the country or union before its name in one form ("org:british government")
 * and a ministry or department in its "of" form ("org:chilean ministry of defence").
 */
export function organisationKey(name: string, key: string): string {
  const w = words(name);
  if (w.length < 2) return key;
  const form = modifierForm(w[0]);
  const rest = form ? w.slice(1) : w;
  const turned = ofForm(rest.map((x) => x.toLowerCase()));
  // (A body the gazetteer knows keeps its key unless a country form changes it.)
  if (!form && (turned.length === rest.length || key !== `org:${name.toLowerCase()}`)) return key;
  return `org:${[...(form ? [form] : []), ...turned].join(' ')}`;
}

/**
 * "State Department" in a story that names the United States, or no country, is the "U.S. State
 * Department" when the corpus names no other country's: a ministry or department named without its
 * country joins the one named with it in its document, or else the corpus's only one.
 */
function countryQualifiedBody(name: string): { country: string; rest: string } | undefined {
  const w = words(name);
  // (The cheap test first: most bodies are no ministry or department.)
  if (w.length < 3 || !/^(?:Ministry|Department)$/.test(w[1]) && !/^(?:Ministry|Department)$/.test(w[w.length - 1])) return undefined;
  const e = loadGazetteer().lookup(w[0]);
  if (e?.kind !== 'Country' || !modifierForm(w[0])) return undefined;
  const rest = ofForm(w.slice(1).map((x) => x.toLowerCase()));
  return OF_FORM_HEADS.has(rest[0]) ? { country: e.key, rest: `org:${rest.join(' ')}` } : undefined;
}

interface FullName {
  first: string;
  last: string;
  key: string;
  count: number;
  /** The titles the person is named with ("president"), normalised. */
  roles: Set<string>;
  /** The first letters of the given names ("wj" for "Walter J. Pruett" and for "W.J. Pruett"). */
  givenInitials: string;
  /** Set when every given name is an initial ("W.J. Pruett"): the same letters. */
  initials?: string;
}

/** The initials of the given names of a name's words, and whether the given names are all initials. */
function givenInitials(w: string[]): { givenInitials: string; initials?: string } {
  const given = w.slice(0, -1).flatMap((x) => x.split('.').filter(Boolean));
  const letters = given.map((x) => x[0].toLowerCase()).join('');
  // (A one-letter given name without its full stop, "J Smith", is an initial too.)
  const allInitials = given.length > 0 && given.every((x) => x.length === 1) && /\p{Lu}/u.test(w[0][0]);
  return allInitials ? { givenInitials: letters, initials: letters } : { givenInitials: letters };
}

/** Whether two names' middle initials can be one person's: either has none, or one's start the other's. */
function middlesAgree(a: FullName, b: FullName): boolean {
  const x = a.givenInitials.slice(1);
  const y = b.givenInitials.slice(1);
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * `${initials} ${surname}` → the one person named in full whose given names start with those letters
 * ("wj pruett" for "Walter J. Pruett", also when named "Walter Pruett" elsewhere). Two people with the
 * same initials and surname leave the initials alone.
 */
function initialsOwners(fulls: FullName[], personKeys: Map<string, string>): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const f of fulls) {
    if (f.initials) continue;
    const k = `${f.givenInitials} ${f.last}`;
    const set = owners.get(k) ?? new Set<string>();
    set.add(personKeys.get(f.key) ?? f.key);
    owners.set(k, set);
  }
  const out = new Map<string, string>();
  for (const [k, set] of owners) if (set.size === 1) out.set(k, [...set][0]);
  return out;
}

export function clusterNames(refs: MentionRef[], clusterOf: Map<string, string>, id: (doc: string, m: Mention) => string): void {
  const named = refs.filter((r) => r.mention.kind === 'Person' || r.mention.kind === 'Country' || r.mention.kind === 'Place' || r.mention.kind === 'Organization');
  // People
  const personKeys = new Map<string, string>(); // key → canonical key
  const people = named.filter((r) => r.mention.kind === 'Person');
  const full = new Map<string, FullName>();
  for (const r of people) {
    const w = words(r.mention.name);
    // "John Notte Jr.": the surname is the word before the generation's ("Jr." is no one's surname).
    if (w.length > 2 && GENERATIONS.has(w[w.length - 1].replace(/,$/, ''))) w.pop();
    // "von der Leyen" is a surname with its particles, not a first and last name.
    if (w.length < 2 || /^\p{Ll}/u.test(r.mention.name)) continue;
    const f = full.get(r.mention.key) ?? { first: w[0].toLowerCase(), last: w[w.length - 1].replace(/,$/, '').toLowerCase(), key: r.mention.key, count: 0, roles: new Set<string>(), ...givenInitials(w) };
    f.count++;
    if (r.mention.role) f.roles.add(normaliseRole(r.mention.role));
    full.set(r.mention.key, f);
  }
  const fulls = [...full.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  // Only people whose given names agree can be one person named two ways: compare within groups by
  // the given name's first four letters (a letter's difference there is rare and left alone).
  const byFirst = new Map<string, typeof fulls>();
  for (const f of fulls) {
    const k = f.first.slice(0, 4);
    if (!byFirst.has(k)) byFirst.set(k, []);
    byFirst.get(k)!.push(f);
  }
  for (const f of fulls) {
    // "George W. Bush" → "George Bush"; "Jacinda Ardenr" → "Jacinda Ardern"; "Frederic Forsythe" →
    // "Frederick Forsyth": given names agree, surnames the same or one edit away. The most named wins.
    // ("John F. Kennedy" and "John P. Kennedy" are two people: middle names that differ keep them apart,
    // also from the one a bare "John Kennedy" was joined to.)
    const same = byFirst.get(f.first.slice(0, 4))!.find(
      (g) =>
        g !== f &&
        sameGivenName(g.first, f.first) &&
        sameSurname(g.last, f.last) &&
        (g.count > f.count || (g.count === f.count && g.key < f.key)) &&
        middlesAgree(f, g) &&
        middlesAgree(f, full.get(personKeys.get(g.key) ?? g.key) ?? g),
    );
    personKeys.set(f.key, same ? personKeys.get(same.key) ?? same.key : f.key);
  }
  const byLast = new Map<string, typeof fulls>();
  for (const f of fulls) {
    if (!byLast.has(f.last)) byLast.set(f.last, []);
    byLast.get(f.last)!.push(f);
  }
  const byInitials = initialsOwners(fulls, personKeys);
  for (const r of people) {
    const m = r.mention;
    let key = personKeys.get(m.key) ?? m.key;
    const f = full.get(m.key);
    // "W.J. Pruett", "J. F. Kennedy": the one person whose given names have those initials.
    if (f?.initials && f.initials === f.givenInitials) key = byInitials.get(`${f.initials} ${f.last}`) ?? key;
    if (words(m.name).length === 1 || /^\p{Ll}/u.test(m.name)) {
      const last = words(m.name).at(-1)!.toLowerCase();
      key = surnameOwner(byLast.get(last) ?? [], personKeys, m.role ? normaliseRole(m.role) : undefined) ?? key;
    }
    clusterOf.set(id(r.doc, m), key);
  }
  // Organisations: acronyms written in parentheses, or the initials of a long name; the country or
  // union before a body's name in one form.
  const orgs = named.filter((r) => r.mention.kind === 'Organization');
  const orgKey = new Map(orgs.map((r) => [r, organisationKey(r.mention.name, r.mention.key)]));
  const longByAcronym = new Map<string, string>();
  for (const r of orgs) {
    const a = r.mention.meta?.acronym;
    if (typeof a === 'string') longByAcronym.set(a.toLowerCase(), orgKey.get(r)!);
  }
  const longNames = new Map<string, string>();
  // (A firm's "&" is no word: "Chesapeake & Ohio" is a two-word name, "C & O" its initials.)
  const nameWords = (name: string) => (LETTERS_NAME.test(name) ? 0 : words(name).filter((w) => w !== '&').length);
  for (const r of orgs) if (nameWords(r.mention.name) >= 3) longNames.set(initials(r.mention.name), orgKey.get(r)!);
  // ("British Airways … BA's chief executive": a two-word name's initials, only in the document that
  // names it, where two letters are not spread thin over a corpus.)
  const pairNames = new Map<string, string>();
  for (const r of orgs) if (nameWords(r.mention.name) === 2) pairNames.set(`${r.doc}\u0000${initials(r.mention.name)}`, orgKey.get(r)!);
  for (const r of orgs) {
    const w = words(r.mention.name).filter((x) => /^\p{Lu}/u.test(x));
    if (w.length === 3 && FIRM_KIND_WORDS.has(w[2])) pairNames.set(`${r.doc}\u0000${initials(w.slice(0, 2).join(' '))}`, orgKey.get(r)!);
  }
  const orgByName = new Map<string, { key: string; name: string }>();
  for (const r of orgs) orgByName.set(r.mention.name.toLowerCase(), { key: orgKey.get(r)!, name: r.mention.name });
  const qualified = qualifiedBodies(orgs, orgKey);
  const countriesOf = documentCountries(named);
  for (const r of orgs) {
    const m = r.mention;
    let key = orgKey.get(r)!;
    if ((/^[\p{Lu}\d&.-]+$/u.test(m.name) && words(m.name).length === 1) || LETTERS_NAME.test(m.name)) {
      const acr = m.name.replace(/[\s.&-]/g, '').toLowerCase();
      key = longByAcronym.get(acr) ?? longNames.get(acr) ?? (acr.length === 2 ? pairNames.get(`${r.doc}\u0000${acr}`) : undefined) ?? key;
    }
    const withCountry = qualified.get(key);
    if (withCountry) {
      const inDoc = withCountry.filter((q) => q.docs.has(r.doc));
      const countries = countriesOf.get(r.doc);
      if (inDoc.length === 1) key = inDoc[0].key;
      else if (!inDoc.length && withCountry.length === 1 && (!countries?.size || countries.has(withCountry[0].country))) key = withCountry[0].key;
    }
    const owner = serviceOwner(m.name, orgByName);
    // (The service's own words stay an alias, in the mention's text.)
    if (owner) m.name = owner.name;
    clusterOf.set(id(r.doc, m), owner?.key ?? key);
  }
  for (const r of named) if (r.mention.kind === 'Country' || r.mention.kind === 'Place') clusterOf.set(id(r.doc, r.mention), r.mention.key);
}

/**
 * "BBC Radio", "BBC News Online": a body named elsewhere in the corpus, then words for one of its
 * services (and a channel's number), is that body.
 */
function serviceOwner(name: string, orgByName: Map<string, { key: string; name: string }>): { key: string; name: string } | undefined {
  const w = words(name);
  const at = w.findIndex((x, i) => i > 0 && SERVICE_WORDS.has(x));
  if (at < 1 || !w.slice(at).every((x) => SERVICE_WORDS.has(x) || /^(\d+|One|Two|Three|Four|Five)$/.test(x))) return undefined;
  return orgByName.get(w.slice(0, at).join(' ').toLowerCase());
}

/**
 * The person a surname alone stands for across the corpus: the one person named in full with it, the
 * one of them named with the same title, or the one named at least twice as often as all the others together ("Kennedy" in a corpus of a president and two
 * of his relatives named now and then).
 */
function surnameOwner(fulls: FullName[], personKeys: Map<string, string>, role: string | undefined): string | undefined {
  // "President Kennedy": the one of them named with that title.
  const titled = role ? new Set(fulls.filter((f) => f.roles.has(role)).map((f) => personKeys.get(f.key) ?? f.key)) : undefined;
  if (titled?.size === 1) return [...titled][0];
  // "Minister Dorsey": the one of them whose title ends in that word ("Defence Minister Ellen Dorsey").
  if (role && !titled?.size && !/\s/.test(role)) {
    const headed = new Set(fulls.filter((f) => [...f.roles].some((x) => x.endsWith(` ${role}`))).map((f) => personKeys.get(f.key) ?? f.key));
    if (headed.size === 1) return [...headed][0];
  }
  const counts = new Map<string, number>();
  for (const f of fulls) {
    const k = personKeys.get(f.key) ?? f.key;
    counts.set(k, (counts.get(k) ?? 0) + f.count);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length === 1) return ranked[0][0];
  const others = ranked.slice(1).reduce((n, [, c]) => n + c, 0);
  return ranked.length && ranked[0][1] >= 2 * others ? ranked[0][0] : undefined;
}

interface QualifiedBody {
  key: string;
  country: string;
  docs: Set<string>;
}

/** The ministries and departments named with a country, by the key of their name without it. */
function qualifiedBodies(orgs: MentionRef[], orgKey: Map<MentionRef, string>): Map<string, QualifiedBody[]> {
  const out = new Map<string, QualifiedBody[]>();
  for (const r of orgs) {
    // (Only names that start with a capital can start with a country; most bodies are passed over here.)
    const q = countryQualifiedBody(r.mention.name);
    if (!q) continue;
    const key = orgKey.get(r)!;
    const list = out.get(q.rest) ?? [];
    let body = list.find((b) => b.key === key);
    if (!body) list.push((body = { key, country: q.country, docs: new Set() }));
    body.docs.add(r.doc);
    out.set(q.rest, list);
  }
  return out;
}

/** The countries each document names, directly or by a place in them ("Washington" names the United States). */
function documentCountries(named: MentionRef[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const byCode = loadGazetteer().countryByCode;
  for (const r of named) {
    const m = r.mention;
    const code = m.kind === 'Place' ? m.meta?.country : undefined;
    const key = m.kind === 'Country' ? m.key : typeof code === 'string' ? byCode.get(code)?.key : undefined;
    if (!key) continue;
    const set = out.get(r.doc) ?? new Set<string>();
    set.add(key);
    out.set(r.doc, set);
  }
  return out;
}
