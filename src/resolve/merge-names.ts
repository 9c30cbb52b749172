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

/** Two surnames of one person: the same, or one letter apart when long enough to tell ("Forsyth", "Forsythe"). */
function sameSurname(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1);
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

/** An organisation's key with the country or union before its name in one form ("org:british government"). */
export function organisationKey(name: string, key: string): string {
  const w = words(name);
  if (w.length < 2) return key;
  const form = modifierForm(w[0]);
  return form ? `org:${[form, ...w.slice(1)].join(' ').toLowerCase()}` : key;
}

interface FullName {
  first: string;
  last: string;
  key: string;
  count: number;
  /** The titles the person is named with ("president"), normalised. */
  roles: Set<string>;
}

export function clusterNames(refs: MentionRef[], clusterOf: Map<string, string>, id: (doc: string, m: Mention) => string): void {
  const named = refs.filter((r) => r.mention.kind === 'Person' || r.mention.kind === 'Country' || r.mention.kind === 'Place' || r.mention.kind === 'Organization');
  // People
  const personKeys = new Map<string, string>(); // key → canonical key
  const people = named.filter((r) => r.mention.kind === 'Person');
  const full = new Map<string, FullName>();
  for (const r of people) {
    const w = words(r.mention.name);
    // "von der Leyen" is a surname with its particles, not a first and last name.
    if (w.length < 2 || /^\p{Ll}/u.test(r.mention.name)) continue;
    const f = full.get(r.mention.key) ?? { first: w[0].toLowerCase(), last: w[w.length - 1].toLowerCase(), key: r.mention.key, count: 0, roles: new Set<string>() };
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
    const same = byFirst.get(f.first.slice(0, 4))!.find((g) => g !== f && sameGivenName(g.first, f.first) && sameSurname(g.last, f.last) && (g.count > f.count || (g.count === f.count && g.key < f.key)));
    personKeys.set(f.key, same ? personKeys.get(same.key) ?? same.key : f.key);
  }
  const byLast = new Map<string, typeof fulls>();
  for (const f of fulls) {
    if (!byLast.has(f.last)) byLast.set(f.last, []);
    byLast.get(f.last)!.push(f);
  }
  for (const r of people) {
    const m = r.mention;
    let key = personKeys.get(m.key) ?? m.key;
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
  for (const r of orgs) if (words(r.mention.name).length >= 3) longNames.set(initials(r.mention.name), orgKey.get(r)!);
  // ("British Airways … BA's chief executive": a two-word name's initials, only in the document that
  // names it, where two letters are not spread thin over a corpus.)
  const pairNames = new Map<string, string>();
  for (const r of orgs) if (words(r.mention.name).length === 2) pairNames.set(`${r.doc}\u0000${initials(r.mention.name)}`, orgKey.get(r)!);
  const orgByName = new Map<string, { key: string; name: string }>();
  for (const r of orgs) orgByName.set(r.mention.name.toLowerCase(), { key: orgKey.get(r)!, name: r.mention.name });
  for (const r of orgs) {
    const m = r.mention;
    let key = orgKey.get(r)!;
    if (/^[\p{Lu}\d&.-]+$/u.test(m.name) && words(m.name).length === 1) {
      const acr = m.name.replace(/[.&-]/g, '').toLowerCase();
      key = longByAcronym.get(acr) ?? longNames.get(acr) ?? (acr.length === 2 ? pairNames.get(`${r.doc}\u0000${acr}`) : undefined) ?? key;
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
