// Hand-built knowledge graphs for the viewer tests (never a test itself): a small one shaped like a
// build of the seeds, and one whose article text is hostile markup.

import Graph from 'graphology';

import type { EdgeAttributes, NodeAttributes } from '../../src/graph/attributes';
import { seededRandom } from '../../src/layout/seed-positions';
import type { Evidence, Kind, Predicate } from '../../src/types';

export type TestGraph = Graph<NodeAttributes, EdgeAttributes>;

const COLORS: Record<string, string> = { Person: '#0072b2', Country: '#d55e00', Concern: '#56b4e9', Agreement: '#e69f00' };

export function addEntity(g: TestGraph, key: string, label: string, kind: Kind, extra: Partial<NodeAttributes> = {}): void {
  g.addNode(key, { label, kind, aliases: [], mentions: 1, docs: ['a.txt'], x: 0, y: 0, size: 6, color: COLORS[kind] ?? '#999999', ...extra });
}

export function addRelation(g: TestGraph, s: string, predicate: Predicate, t: string, sentences: string[], extra: Partial<EdgeAttributes> = {}): string {
  const key = `${s}|${predicate}|${t}`;
  const evidence: Evidence[] = sentences.map((text, i) => ({ doc: 'a.txt', sentence: i, start: i * 100, end: i * 100 + text.length, text }));
  g.addEdgeWithKey(key, s, t, { predicate, weight: evidence.length, confidence: 0.9, evidence, size: 1, color: predicate === 'mentionedWith' ? '#b8b8b8' : '#7a7a7a', ...extra });
  return key;
}

/**
 * Ardern —met→ Kishida; each affiliated with a country; Ardern concerned about a Concern; New Zealand
 * and Japan only co-occur; Spain stands alone. Positions spread out so each node is easy to hover.
 */
export function smallGraph(): TestGraph {
  const g: TestGraph = new Graph({ type: 'directed' });
  addEntity(g, 'person-ardern', 'Jacinda Ardern', 'Person', { aliases: ['Ardern', 'Prime Minister Jacinda Ardern'], mentions: 9, x: -60, y: 0, size: 14 });
  addEntity(g, 'person-kishida', 'Fumio Kishida', 'Person', { aliases: ['Kishida', 'PM'], mentions: 4, x: 60, y: 0, size: 12 });
  addEntity(g, 'country-new-zealand', 'New Zealand', 'Country', { aliases: ['NZ'], mentions: 7, x: -90, y: 70, size: 10 });
  addEntity(g, 'country-japan', 'Japan', 'Country', { mentions: 6, x: 90, y: 70, size: 10 });
  addEntity(g, 'concern-tensions', 'rising tensions with China', 'Concern', { mentions: 2, x: -60, y: -80, size: 6 });
  addEntity(g, 'country-spain', 'Spain', 'Country', { mentions: 1, x: 100, y: -90, size: 4 });
  // Thick enough to click in the middle (sigma picks edges on a downsized buffer).
  addRelation(g, 'person-ardern', 'met', 'person-kishida', ['Ardern met Kishida in Tokyo.', 'Prime Minister Jacinda Ardern and PM Kishida spoke.'], { size: 4 });
  addRelation(g, 'person-ardern', 'affiliatedWith', 'country-new-zealand', ['New Zealand Prime Minister Jacinda Ardern arrived.'], { role: 'Prime Minister' });
  addRelation(g, 'person-kishida', 'affiliatedWith', 'country-japan', ["Japan's PM Fumio Kishida welcomed her."], { role: 'Prime Minister' });
  addRelation(g, 'person-ardern', 'concernedAbout', 'concern-tensions', ['Ardern voiced concern about rising tensions with China.']);
  addRelation(g, 'country-new-zealand', 'mentionedWith', 'country-japan', ['New Zealand and Japan share values.'], { confidence: 0.3 });
  return g;
}

/** A label, an alias, a document name and an evidence sentence that are markup, or try to end the script. */
export const XSS_LABEL = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT_LABEL = '</script><script>alert(2)</script>';

export function hostileGraph(): TestGraph {
  const g: TestGraph = new Graph({ type: 'directed' });
  addEntity(g, 'person-x', XSS_LABEL, 'Person', { aliases: ['<b onmouseover=alert(3)>bold</b>'], docs: ['<svg onload=alert(4)>.txt'], x: -50, y: 0, size: 12 });
  addEntity(g, 'country-y', XSS_SCRIPT_LABEL, 'Country', { x: 50, y: 0, size: 12 });
  addRelation(g, 'person-x', 'visited', 'country-y', [`${XSS_LABEL} visited <iframe src="javascript:alert(5)"></iframe> ${XSS_SCRIPT_LABEL}.`]);
  return g;
}

/**
 * A graph shaped like a big build (never a test itself): `n` nodes whose mentions fall off as in a
 * corpus (Zipf), a linked core and a fifth of the nodes with no link at all, placed on a ring around
 * it as ForceAtlas2 leaves them. Seeded, so every run draws the same graph.
 */
export function bigGraph(n: number, seed = 7): TestGraph {
  const rand = seededRandom(seed);
  const g: TestGraph = new Graph({ type: 'directed' });
  const linked = Math.floor(n * 0.8);
  const kinds: Kind[] = ['Person', 'Country', 'Concern', 'Agreement'];
  for (let i = 0; i < n; i++) {
    const isolated = i >= linked;
    const r = isolated ? 1000 + 100 * rand() : 600 * Math.sqrt(rand());
    const a = 2 * Math.PI * rand();
    const mentions = isolated ? 1 + (i % 5) : 1 + Math.floor(3000 / (i + 1));
    addEntity(g, `n${i}`, `Entity number ${i}`, kinds[i % kinds.length], { mentions, x: r * Math.cos(a), y: r * Math.sin(a), size: 4 + 10 / Math.sqrt(i + 1) });
  }
  for (let i = 1; i < linked; i++) {
    // Each linked node joins an earlier one, more often a well-mentioned one: hubs, as in news.
    const j = Math.floor(i * rand() * rand());
    addRelation(g, `n${i}`, i % 10 ? 'mentionedWith' : 'memberOf', `n${j}`, [`Entity number ${i} and Entity number ${j}.`]);
  }
  return g;
}
