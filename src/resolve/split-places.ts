// Places that share a name: "Springfield, Illinois" and "Springfield, Massachusetts" are two towns,
// while "Dallas" and "Dallas, Texas" are one. A place named with two different containers ("town,
// state") across the corpus is split by container; a bare mention goes with its document's one.

import type { Extraction, Mention } from '../types';
import { loadGazetteer } from '../extract/model/gazetteer';

/** The rule of extract/05-relations/located-in.ts for "town, state" and "town in state". */
const QUALIFYING_RULE = 'place-comma-country';

// Gazetteer places that are states, regions or countries themselves (gazetteer.ts: `gazetteer-${type}`).
const REGION_RULES = new Set(['gazetteer-state', 'gazetteer-region', 'gazetteer-region-adjective', 'gazetteer-country']);

function isStateOrCountry(m: Mention): boolean {
  return m.kind === 'Country' ? m.meta?.demonym !== 'yes' : m.rule === 'gazetteer-state';
}

interface Qualified {
  doc: string;
  mention: Mention;
  container: Mention;
}

/** The country a container lies in (its own key for a country). */
function countryOf(m: Mention): string | undefined {
  if (m.kind === 'Country') return m.key;
  const code = m.meta?.country;
  return typeof code === 'string' ? loadGazetteer().countryByCode.get(code)?.key : undefined;
}

export function splitPlacesByContainer(extractions: Extraction[], clusterOf: Map<string, string>, id: (doc: string, m: Mention) => string): void {
  // 1. Every "town, state" in the corpus, by the town's cluster.
  const byKey = new Map<string, Qualified[]>();
  for (const x of extractions) {
    let byId: Map<string, Mention> | undefined;
    for (const r of x.relations) {
      if (r.rule !== QUALIFYING_RULE || r.predicate !== 'locatedIn') continue;
      byId ??= new Map(x.mentions.map((m) => [m.id, m]));
      const m = byId.get(r.subject);
      const container = byId.get(r.object);
      // Only a town or county qualified by a state or a country says which one it is: "Boston, Plymouth"
      // is a list, "England, Canada" no town.
      if (m?.kind !== 'Place' || !container || REGION_RULES.has(m.rule) || !isStateOrCountry(container)) continue;
      const key = clusterOf.get(id(x.doc, m));
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      list.push({ doc: x.doc, mention: m, container });
      byKey.set(key, list);
    }
  }
  // 2. The senses of each name: its state or region containers; a country container is the sense of
  // the one state named in that country ("Dallas, U.S." and "Dallas, Texas" are one Dallas).
  const senseOf = new Map<Qualified, string>();
  const nameOfSense = new Map<string, string>();
  for (const [key, list] of byKey) {
    const regions = new Map<string, Mention>();
    for (const q of list) if (q.container.kind === 'Place') regions.set(clusterOf.get(id(q.doc, q.container)) ?? q.container.key, q.container);
    for (const q of list) {
      let sense: string | undefined;
      if (q.container.kind === 'Place') sense = clusterOf.get(id(q.doc, q.container)) ?? q.container.key;
      else {
        const inCountry = [...regions].filter(([, c]) => countryOf(c) === q.container.key);
        sense = inCountry.length === 1 ? inCountry[0][0] : q.container.key;
      }
      senseOf.set(q, `${key}|${sense}`);
      if (!nameOfSense.has(`${key}|${sense}`)) nameOfSense.set(`${key}|${sense}`, `${q.mention.name}, ${regions.get(sense)?.name ?? q.container.name}`);
    }
  }
  // 3. Names with two senses or more are split; bare mentions take their document's one sense. The one
  // sense in the gazetteer's country for the name keeps the name ("Paris, France" is Paris; "Paris,
  // Texas" another town), so bare mentions elsewhere stay with it.
  const docSenses = new Map<string, Set<string>>(); // `${doc}|${key}` → senses
  for (const [key, list] of byKey) {
    const senses = new Set(list.map((q) => senseOf.get(q)!));
    if (senses.size < 2) {
      byKey.delete(key);
      continue;
    }
    const home = countryOf(list[0].mention);
    const atHome = home ? [...senses].filter((sense) => list.some((q) => senseOf.get(q) === sense && countryOf(q.container) === home)) : [];
    if (atHome.length === 1) {
      for (const q of list) if (senseOf.get(q) === atHome[0]) senseOf.set(q, key);
    }
    for (const q of list) {
      const k = `${q.doc}|${key}`;
      if (!docSenses.has(k)) docSenses.set(k, new Set());
      docSenses.get(k)!.add(senseOf.get(q)!);
    }
  }
  if (!byKey.size) return;
  const own = new Map<string, string>(); // a qualified mention → its sense
  for (const list of byKey.values()) for (const q of list) own.set(id(q.doc, q.mention), senseOf.get(q)!);
  for (const x of extractions) {
    for (const m of x.mentions) {
      if (m.kind !== 'Place') continue;
      const mid = id(x.doc, m);
      const key = clusterOf.get(mid);
      if (!key || !byKey.has(key)) continue;
      const senses = docSenses.get(`${x.doc}|${key}`);
      const sense = own.get(mid) ?? (senses?.size === 1 ? [...senses][0] : undefined);
      if (!sense) continue;
      if (sense === key) continue;
      clusterOf.set(mid, sense);
      // (The mention's text stays an alias; the name says which one.)
      m.name = nameOfSense.get(sense)!;
    }
  }
}
