// Side panel for the selected node: label, kind, aliases, mentions, documents, and its relations
// grouped by predicate, each with its evidence sentences (text only, mentions highlighted).

import type Graph from 'graphology';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';
import { el } from './chrome';

function highlighted(text: string, names: string[]): HTMLElement {
  const p = el('div', { class: 'ev' });
  const needles = names.filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  let i = 0;
  const lowerText = text.toLowerCase();
  while (i < text.length) {
    let hit = -1;
    let len = 0;
    for (const n of needles) {
      const at = lowerText.indexOf(n.toLowerCase(), i);
      if (at >= 0 && (hit < 0 || at < hit)) {
        hit = at;
        len = n.length;
      }
    }
    if (hit < 0) {
      p.append(document.createTextNode(text.slice(i)));
      break;
    }
    p.append(document.createTextNode(text.slice(i, hit)), el('mark', {}, text.slice(hit, hit + len)));
    i = hit + len;
  }
  return p;
}

export function renderPanel(panel: HTMLElement, graph: Graph<NodeAttributes, EdgeAttributes>, node: string | null, go: (node: string) => void): void {
  panel.replaceChildren();
  if (!node || !graph.hasNode(node)) {
    panel.append(el('p', {}, `${graph.order} entities, ${graph.size} relations. Search or click a node.`));
    return;
  }
  const a = graph.getNodeAttributes(node);
  panel.append(el('h2', {}, a.label), el('div', { class: 'kind' }, `${a.kind} · ${a.mentions} mentions · ${a.docs.length} documents`));
  if (a.aliases.length) panel.append(el('h3', {}, 'Also called'), el('div', {}, a.aliases.join(' · ')));
  panel.append(el('h3', {}, 'Documents'), el('div', {}, a.docs.join(', ')));
  const groups = new Map<string, Array<{ other: string; edge: string; out: boolean }>>();
  graph.forEachEdge(node, (edge, attr, s, t) => {
    const key = attr.predicate;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({ other: s === node ? t : s, edge, out: s === node });
  });
  const names = (n: string) => {
    const x = graph.getNodeAttributes(n);
    return [x.label, ...x.aliases];
  };
  for (const [predicate, rels] of [...groups.entries()].sort((x, y) => (x[0] === 'mentionedWith' ? 1 : y[0] === 'mentionedWith' ? -1 : x[0].localeCompare(y[0])))) {
    const section = el('section', { 'data-predicate': predicate });
    section.append(el('h3', {}, predicate));
    const ul = el('ul');
    for (const r of rels) {
      const ea = graph.getEdgeAttributes(r.edge);
      const li = el('li', { class: 'relation' });
      const link = el('a', { 'data-node': r.other }, graph.getNodeAttribute(r.other, 'label'));
      link.addEventListener('click', () => go(r.other));
      li.append(document.createTextNode(r.out ? '→ ' : '← '), link, document.createTextNode(` (${ea.weight}× · confidence ${ea.confidence}${ea.role ? ` · ${ea.role}` : ''})`));
      for (const ev of ea.evidence.slice(0, 5)) {
        const box = highlighted(ev.text, [...names(node), ...names(r.other)]);
        box.append(el('div', { class: 'kind' }, `${ev.doc}, sentence ${ev.sentence + 1}`));
        li.append(box);
      }
      ul.append(li);
    }
    section.append(ul);
    panel.append(section);
  }
}
