// Ministries and departments named with their country outside the name: "Norway's Ministry of
// Fisheries", "the Ministry of Fisheries of Peru". Every country has one of each, so the country is
// put into the name ("Norwegian Ministry of Fisheries") before names are clustered, or two countries'
// ministries would be one node.

import type { Extraction, Mention } from '../types';
import { loadGazetteer } from '../extract/model/gazetteer';

// A ministry or department, either way round: "Ministry of Fisheries", "Fisheries Ministry".
const BODY = /^(?:Ministry|Department) of \S|\s(?:Ministry|Department)$/;

function demonymOf(countryKey: string): string | undefined {
  return loadGazetteer().countryInfo.get(countryKey)?.demonym;
}

function qualify(m: Mention, demonym: string): void {
  m.name = `${demonym} ${m.name}`;
  m.key = `org:${m.name.toLowerCase()}`;
}

/** Puts the owning country into the names of ministries and departments whose country stands outside the name. */
export function qualifyBodiesByCountry(extractions: Extraction[]): void {
  for (const x of extractions) {
    let byId: Map<string, Mention> | undefined;
    for (const r of x.relations) {
      // (possessive-place: extract/05-relations/located-in.ts, "Norway's Ministry of Fisheries".)
      if (r.rule !== 'possessive-place' || r.predicate !== 'locatedIn') continue;
      byId ??= new Map(x.mentions.map((m) => [m.id, m]));
      const m = byId.get(r.subject);
      const country = byId.get(r.object);
      if (m?.kind !== 'Organization' || country?.kind !== 'Country' || !BODY.test(m.name)) continue;
      // (A name that starts with a country already says whose: "Chilean Ministry of Defence".)
      if (loadGazetteer().lookup(m.name.split(' ')[0])?.kind === 'Country') continue;
      const demonym = demonymOf(country.key);
      if (demonym) qualify(m, demonym);
    }
    for (const m of x.mentions) {
      // "the Ministry of Fisheries of Peru"
      // (Only "Ministry of X of Y": longer chains, "… of the Government of India", are left as they are.)
      if (m.kind !== 'Organization' || !/^(?:Ministry|Department) of (?:(?! of ).)+ of (?:(?! of ).)+$/.test(m.name)) continue;
      const at = m.name.lastIndexOf(' of ');
      const owner = loadGazetteer().lookup(m.name.slice(at + 4).replace(/^the /, ''));
      const demonym = owner?.kind === 'Country' ? demonymOf(owner.key) : undefined;
      if (!demonym) continue;
      m.name = m.name.slice(0, at);
      qualify(m, demonym);
    }
  }
}
