// Resolve: the extractions of all documents → one entity per real-world thing and one relation per
// (subject, predicate, object) with all of its evidence. Mentions are grouped by key (see the rules in
// merge-*.ts), then relations are mapped onto the groups and aggregated.

import { LISTED_SENTENCES, type Entity, type Evidence, type Extraction, type Mention, type Relation, type Resolved } from '../types';
import { entityIdFor } from './entity-id';
import { absorbAgreementConcerns, clusterAgreements } from './merge-agreements';
import { bodiesAcrossDocs } from './bodies-across-docs';
import { clusterConcerns } from './merge-concerns';
import { joinBareConcerns } from './join-bare-concerns';
import { clusterNames } from './merge-names';
import { splitPlacesByContainer } from './split-places';
import { qualifyBodiesByCountry } from './qualify-bodies';
import { inferRelations } from './infer-relations';

export interface ResolveOptions {
  /** Add co-occurrence (mentionedWith) edges between entities named in one sentence. */
  cooccurrence: boolean;
}

export interface MentionRef {
  doc: string;
  mention: Mention;
}

/** Resolves mentions into entities and relations across documents. */
export function resolveEntities(extractions: Extraction[], options: ResolveOptions = { cooccurrence: true }): Resolved {
  // 1. Group mentions: each rule family assigns a cluster key to the mentions of its kinds.
  qualifyBodiesByCountry(extractions);
  bodiesAcrossDocs(extractions);
  const refs: MentionRef[] = [];
  for (const x of extractions) for (const m of x.mentions) refs.push({ doc: x.doc, mention: m });
  const clusterOf = new Map<string, string>(); // `${doc}#${mention.id}` → cluster key
  const id = (doc: string, m: Mention) => `${doc}#${m.id}`;
  clusterNames(refs, clusterOf, id);
  splitPlacesByContainer(extractions, clusterOf, id);
  const nameOfCluster = new Map<string, string>();
  for (const r of refs) {
    const key = clusterOf.get(id(r.doc, r.mention));
    if (key && !nameOfCluster.has(key)) nameOfCluster.set(key, r.mention.name);
  }
  clusterAgreements(extractions, clusterOf, id, (key) => nameOfCluster.get(key) ?? key.replace(/^[a-z]+:/, ''));
  clusterConcerns(extractions, clusterOf, id);
  joinBareConcerns(extractions, clusterOf, id);
  absorbAgreementConcerns(extractions, clusterOf, id);

  // 2. Entities from clusters: label, kind, aliases, mentions, docs.
  const groups = new Map<string, MentionRef[]>();
  for (const r of refs) {
    const key = clusterOf.get(id(r.doc, r.mention));
    if (!key) continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(r);
  }
  const entityOfCluster = new Map<string, Entity>();
  const usedIds = new Map<string, string>();
  for (const [key, members] of [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const kind = members[0].mention.kind;
    const label = chooseLabel(members.map((r) => r.mention), kind === 'Concern');
    const entityId = entityIdFor(kind, label, key, usedIds);
    const aliases = new Set<string>();
    for (const r of members) {
      // "the minister", "Japan's PM" stand for the person; they are no name of theirs.
      if (r.mention.meta?.roleRef === 'yes') continue;
      for (let k = 0; k < 2; k++) {
        const clean = oneSpaced(k === 0 ? r.mention.text : r.mention.name);
        if (clean && clean !== label && clean.length <= 200) aliases.add(clean);
      }
    }
    entityOfCluster.set(key, {
      id: entityId,
      label,
      kind,
      aliases: [...aliases],
      mentions: members.length,
      docs: [...new Set(members.map((r) => r.doc))],
      ...listedOccurrences(members),
    });
  }
  const entityOf = (doc: string, mentionId: string): Entity | undefined => {
    const key = clusterOf.get(`${doc}#${mentionId}`);
    return key ? entityOfCluster.get(key) : undefined;
  };

  // 3. Relations: mapped onto entities, aggregated with their evidence.
  const relations = new Map<string, Relation & { confidences: number[]; roles: string[] }>();
  // Each document's sentences by index (a relation's evidence is one of its document's sentences).
  const sentencesOf = new Map<string, Map<number, Extraction['sentences'][number]>>();
  for (const x of extractions) sentencesOf.set(x.doc, new Map(x.sentences.map((s) => [s.index, s])));
  const evidenceOf = (doc: string, sentence: number): Evidence => {
    const s = sentencesOf.get(doc)!.get(sentence)!;
    return { doc, sentence, start: s.start, end: s.end, text: s.text };
  };
  const addRelation = (subject: string, predicate: Relation['predicate'], object: string, ev: Evidence, confidence: number, rule?: string, role?: string) => {
    if (subject === object) return;
    if (predicate === 'met' && subject > object) [subject, object] = [object, subject];
    const k = `${subject}|${predicate}|${object}`;
    let r = relations.get(k);
    if (!r) {
      r = { subject, predicate, object, evidence: [], confidence: 0, rule, confidences: [], roles: [] };
      relations.set(k, r);
    }
    if (!r.evidence.some((e) => e.doc === ev.doc && e.sentence === ev.sentence)) {
      r.evidence.push(ev);
      r.confidences.push(confidence);
    }
    if (role) r.roles.push(role);
  };
  for (const x of extractions) {
    for (const rel of x.relations) {
      const s = entityOf(x.doc, rel.subject);
      const o = entityOf(x.doc, rel.object);
      if (!s || !o) continue;
      addRelation(s.id, rel.predicate, o.id, evidenceOf(x.doc, rel.sentence), rel.confidence, rel.rule, rel.role);
    }
  }
  const entities = [...entityOfCluster.values()];
  for (const inferred of inferRelations(entities, [...relations.values()])) {
    for (const ev of inferred.evidence) addRelation(inferred.subject, inferred.predicate, inferred.object, ev, inferred.confidence, inferred.rule);
  }
  const dropped = dropImplausible([...relations.values()]);
  for (const k of dropped) relations.delete(k);
  // An agreement known only by a common noun ("a substantial agreement", "the deal") that no party,
  // place or stance ties to anything is no fact a reader can use, and most often no agreement at all
  // ("reach agreement", "a better deal"): it gets no node. Named ones ("the Marshall Plan") stay.
  const tied = new Set<string>();
  for (const r of relations.values()) {
    tied.add(r.subject);
    tied.add(r.object);
  }
  const untied = new Set(entities.filter((e) => e.kind === 'Agreement' && !tied.has(e.id) && !/^\p{Lu}/u.test(e.label)).map((e) => e.id));
  if (untied.size) {
    for (const [key, e] of entityOfCluster) if (untied.has(e.id)) entityOfCluster.delete(key);
    entities.splice(0, entities.length, ...entities.filter((e) => !untied.has(e.id)));
  }

  // 4. Co-occurrence: entities named in one sentence, where no typed relation links them.
  if (options.cooccurrence) {
    const linked = new Set<string>();
    for (const r of relations.values()) {
      linked.add(`${r.subject}|${r.object}`);
      linked.add(`${r.object}|${r.subject}`);
    }
    for (const x of extractions) {
      const bySentence = new Map<number, Set<string>>();
      for (const m of x.mentions) {
        const e = entityOf(x.doc, m.id);
        if (!e) continue;
        if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, new Set());
        bySentence.get(m.sentence)!.add(e.id);
      }
      for (const [sentence, ids] of bySentence) {
        const list = [...ids].sort().slice(0, 16);
        for (let a = 0; a < list.length; a++) {
          for (let b = a + 1; b < list.length; b++) {
            if (linked.has(`${list[a]}|${list[b]}`)) continue;
            addRelation(list[a], 'mentionedWith', list[b], evidenceOf(x.doc, sentence), 0.3, 'co-occurrence');
          }
        }
      }
    }
  }

  const out: Relation[] = [];
  for (const r of relations.values()) {
    const { confidences, roles, ...rest } = r;
    // Independent sentences each add support: 1 − Π(1 − cᵢ), rounded for stable output.
    const conf = 1 - confidences.reduce((p, c) => p * (1 - c), 1);
    const relation: Relation = { ...rest, confidence: Math.round(Math.min(0.99, conf) * 100) / 100 };
    relation.evidence.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.sentence - b.sentence));
    const role = mostCommon(roles);
    if (role && r.predicate === 'affiliatedWith') relation.role = role;
    else delete relation.role;
    out.push(relation);
  }
  // Entities only mentioned in dropped candidate phrases have no node.
  return { entities, relations: out };
}

/**
 * The occurrences a viewer can list, and in how many sentences the entity is named. The viewer lists
 * at most LISTED_SENTENCES sentences, taking documents in turn (page-data.ts): only the first that
 * many documents, and that many sentences in each, can be listed, so only those are kept (a corpus of
 * millions of mentions would otherwise hold one object per mention to the end of the build).
 */
function listedOccurrences(members: MentionRef[]): { occurrences: Entity['occurrences']; sentenceCount: number } {
  const all = members
    .map((r) => ({ doc: r.doc, sentence: r.mention.sentence, start: r.mention.start, end: r.mention.end }))
    .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end));
  const occurrences: NonNullable<Entity['occurrences']> = [];
  let sentenceCount = 0;
  let docs = 0;
  let inDoc = 0;
  for (let i = 0; i < all.length; i++) {
    const o = all[i];
    const newDoc = i === 0 || all[i - 1].doc !== o.doc;
    if (newDoc) {
      docs++;
      inDoc = 0;
    }
    // (Occurrences of one document are in text order, so one sentence's stand together.)
    if (newDoc || all[i - 1].sentence !== o.sentence) {
      sentenceCount++;
      inDoc++;
    }
    if (docs <= LISTED_SENTENCES && inDoc <= LISTED_SENTENCES) occurrences.push(o);
  }
  return { occurrences, sentenceCount };
}

function mostCommon(values: string[]): string | undefined {
  // (Most relations have no role, or one.)
  if (values.length <= 1) return values[0];
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/**
 * The label of a group: the most frequent canonical name (for a person, of their full names); on ties the longest name for people and
 * the like (a full name), and for concerns the phrase that came first in the corpus, where a story
 * usually names its issue most plainly.
 */
function chooseLabel(ms: Mention[], firstWins: boolean): string {
  // One name (most entities): it is the label whatever the rules below would weigh.
  if (ms.every((m) => m.name === ms[0].name)) return ms[0].name;
  const counts = new Map<string, { n: number; first: number }>();
  ms.forEach((m, i) => {
    const c = counts.get(m.name);
    if (c) c.n++;
    else counts.set(m.name, { n: 1, first: i });
  });
  // A person is labelled by a full name when they have one, however often the surname stands alone.
  const full = (name: string) => ms[0].kind === 'Person' && /\s/.test(name) && !/^\p{Ll}/u.test(name);
  const anyFull = [...counts.keys()].some(full);
  const tie = (a: [string, { first: number }], b: [string, { first: number }]) => (firstWins ? a[1].first - b[1].first : b[0].length - a[0].length);
  return [...counts.entries()]
    .filter(([name]) => !anyFull || full(name))
    .sort((a, b) => b[1].n - a[1].n || tie(a, b) || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** `s.replace(/\s+/g, ' ').trim()`, without making a new string when that is `s` itself (most names). */
function oneSpaced(s: string): string {
  return /[^\S ]| {2}|^ | $/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Relations that contradict what else the graph says: a person does not "visit" their own country. */
function dropImplausible(relations: Relation[]): string[] {
  const home = new Map<string, Set<string>>();
  for (const r of relations) {
    if (r.predicate === 'affiliatedWith') {
      if (!home.has(r.subject)) home.set(r.subject, new Set());
      home.get(r.subject)!.add(r.object);
    }
  }
  const located = new Map<string, string[]>();
  for (const r of relations) if (r.predicate === 'locatedIn') located.set(r.subject, [...(located.get(r.subject) ?? []), r.object]);
  const out: string[] = [];
  for (const r of relations) {
    if (r.predicate !== 'visited') continue;
    const h = home.get(r.subject);
    if (!h) continue;
    if (h.has(r.object) || (located.get(r.object) ?? []).some((c) => h.has(c))) out.push(`${r.subject}|${r.predicate}|${r.object}`);
  }
  return out;
}
