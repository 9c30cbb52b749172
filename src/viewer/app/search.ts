// Search box with suggestions over labels and aliases; arrows, Enter and Escape work.

import type Graph from 'graphology';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';
import { el } from './chrome';

export function setupSearch(input: HTMLInputElement, list: HTMLUListElement, graph: Graph<NodeAttributes, EdgeAttributes>, choose: (node: string) => void): void {
  const entries: Array<{ node: string; label: string; names: string[] }> = [];
  graph.forEachNode((node, a) => entries.push({ node, label: a.label, names: [a.label, ...(a.aliases || [])].map((s) => s.toLowerCase()) }));
  let active = -1;
  let shown: typeof entries = [];
  const render = () => {
    list.replaceChildren();
    shown.forEach((e, i) => {
      const li = el('li', { role: 'option', 'data-node': e.node }, `${e.label} · ${graph.getNodeAttribute(e.node, 'kind')}`);
      if (i === active) li.className = 'active';
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(i);
      });
      list.append(li);
    });
    list.style.display = shown.length ? 'block' : 'none';
  };
  const pick = (i: number) => {
    const e = shown[i];
    if (!e) return;
    input.value = e.label;
    shown = [];
    render();
    choose(e.node);
  };
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    active = -1;
    shown = q
      ? entries
          .map((e) => ({ e, score: Math.min(...e.names.map((n) => (n.startsWith(q) ? 0 : n.includes(q) ? 1 : 9))) }))
          .filter((x) => x.score < 9)
          .sort((a, b) => a.score - b.score || a.e.label.localeCompare(b.e.label))
          .slice(0, 12)
          .map((x) => x.e)
      : [];
    if (shown.length) active = 0;
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') active = Math.min(shown.length - 1, active + 1);
    else if (ev.key === 'ArrowUp') active = Math.max(0, active - 1);
    else if (ev.key === 'Enter') return pick(Math.max(0, active));
    else if (ev.key === 'Escape') {
      shown = [];
      input.blur();
    } else return;
    ev.preventDefault();
    render();
  });
}
