// Clusters named mentions (people, countries, places, organisations) across documents.
// Countries, places and known bodies already carry gazetteer keys. People: a surname alone joins the
// one person named in full with that surname; "George W. Bush" joins "George Bush"; a name one edit
// from another with the same first name ("Jacinda Ardenr") joins it. Organisations: an acronym joins
// the long name it abbreviates ("ONGC", "MFAT").

import type { Mention } from '../types';
import { editDistance } from '../extract/edit-distance';
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

export function clusterNames(refs: MentionRef[], clusterOf: Map<string, string>, id: (doc: string, m: Mention) => string): void {
  const named = refs.filter((r) => r.mention.kind === 'Person' || r.mention.kind === 'Country' || r.mention.kind === 'Place' || r.mention.kind === 'Organization');
  // People
  const personKeys = new Map<string, string>(); // key → canonical key
  const people = named.filter((r) => r.mention.kind === 'Person');
  const full = new Map<string, { first: string; last: string; key: string; count: number }>();
  for (const r of people) {
    const w = words(r.mention.name);
    // "von der Leyen" is a surname with its particles, not a first and last name.
    if (w.length < 2 || /^\p{Ll}/u.test(r.mention.name)) continue;
    const f = full.get(r.mention.key) ?? { first: w[0].toLowerCase(), last: w[w.length - 1].toLowerCase(), key: r.mention.key, count: 0 };
    f.count++;
    full.set(r.mention.key, f);
  }
  const fulls = [...full.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  // Only people with the same first name can be one person named two ways: compare within those groups.
  const byFirst = new Map<string, typeof fulls>();
  for (const f of fulls) {
    if (!byFirst.has(f.first)) byFirst.set(f.first, []);
    byFirst.get(f.first)!.push(f);
  }
  for (const f of fulls) {
    // "George W. Bush" → "George Bush"; "Jacinda Ardenr" → "Jacinda Ardern": same first name, surname one edit away.
    const same = byFirst.get(f.first)!.find((g) => g !== f && (g.last === f.last || (f.last.length >= 5 && editDistance(g.last, f.last, 1) <= 1)) && (g.count > f.count || (g.count === f.count && g.key < f.key)));
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
      const owners = new Set((byLast.get(last) ?? []).map((f) => personKeys.get(f.key) ?? f.key));
      if (owners.size === 1) key = [...owners][0];
    }
    clusterOf.set(id(r.doc, m), key);
  }
  // Organisations: acronyms written in parentheses, or the initials of a long name.
  const orgs = named.filter((r) => r.mention.kind === 'Organization');
  const longByAcronym = new Map<string, string>();
  for (const r of orgs) {
    const a = r.mention.meta?.acronym;
    if (typeof a === 'string') longByAcronym.set(a.toLowerCase(), r.mention.key);
  }
  const longNames = new Map<string, string>();
  for (const r of orgs) if (words(r.mention.name).length >= 3) longNames.set(initials(r.mention.name), r.mention.key);
  for (const r of orgs) {
    const m = r.mention;
    let key = m.key;
    if (/^[\p{Lu}\d&.-]+$/u.test(m.name) && words(m.name).length === 1) {
      const acr = m.name.replace(/[.&-]/g, '').toLowerCase();
      key = longByAcronym.get(acr) ?? longNames.get(acr) ?? key;
    }
    clusterOf.set(id(r.doc, m), key);
  }
  for (const r of named) if (r.mention.kind === 'Country' || r.mention.kind === 'Place') clusterOf.set(id(r.doc, r.mention), r.mention.key);
}
