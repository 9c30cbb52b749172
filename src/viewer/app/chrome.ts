// The page around the canvas: legend with kind toggles, co-occurrence toggle, search box, side panel.
// Built with DOM calls and textContent only, so labels from articles can never become markup.

import type Graph from 'graphology';

import type { EdgeAttributes, NodeAttributes } from '../../graph/attributes';

const KIND_ORDER = ['Person', 'Country', 'Place', 'Organization', 'Agreement', 'Concern'];

const CSS = `
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#222}
#app{display:flex;height:100vh}
#canvas{flex:1;position:relative;min-width:0}
#side{width:360px;border-left:1px solid #ddd;display:flex;flex-direction:column;overflow:hidden;background:#fafafa}
#side header{padding:10px;border-bottom:1px solid #ddd}
#search{width:100%;box-sizing:border-box;padding:6px 8px;font-size:14px}
#suggestions{list-style:none;margin:0;padding:0;max-height:200px;overflow:auto;background:#fff;border:1px solid #ddd;display:none}
#suggestions li{padding:4px 8px;cursor:pointer}
#suggestions li.active,#suggestions li:hover{background:#e8f0fe}
#legend{padding:6px 10px;border-bottom:1px solid #ddd;display:flex;flex-wrap:wrap;gap:6px}
#legend label{display:flex;align-items:center;gap:4px;cursor:pointer;font-size:13px}
#legend .dot{width:10px;height:10px;border-radius:50%;display:inline-block}
#panel{padding:10px;overflow:auto;flex:1}
#panel h2{margin:0 0 4px;font-size:18px}
#panel h3{margin:12px 0 4px;font-size:14px;text-transform:none}
#panel .kind{font-size:12px;color:#666}
#panel ul{padding-left:18px;margin:4px 0}
#panel .ev{font-size:12px;color:#444;margin:2px 0 6px;border-left:3px solid #ddd;padding-left:6px}
#panel .ev mark{background:#fff3b0}
#panel a{color:#0b57d0;cursor:pointer;text-decoration:underline}
`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface Chrome {
  canvas: HTMLElement;
  panel: HTMLElement;
  search: HTMLInputElement;
  suggestions: HTMLUListElement;
  onToggleKind(cb: (kind: string, visible: boolean) => void): void;
  onToggleCooccurrence(cb: (on: boolean) => void): void;
}

export function buildChrome(root: HTMLElement, graph: Graph<NodeAttributes, EdgeAttributes>): Chrome {
  const style = el('style');
  style.textContent = CSS;
  document.head.appendChild(style);
  const canvas = el('div', { id: 'canvas' });
  const side = el('div', { id: 'side' });
  const header = el('header');
  const search = el('input', { id: 'search', type: 'search', placeholder: 'Search entities…', autocomplete: 'off', 'aria-label': 'Search entities' });
  const suggestions = el('ul', { id: 'suggestions', role: 'listbox' });
  header.append(search, suggestions);
  const legend = el('div', { id: 'legend' });
  const colors = new Map<string, string>();
  graph.forEachNode((_n, a) => {
    if (a.color && !colors.has(a.kind)) colors.set(a.kind, a.color);
  });
  const kindCbs: Array<(kind: string, visible: boolean) => void> = [];
  for (const kind of KIND_ORDER.filter((k) => colors.has(k)).concat([...colors.keys()].filter((k) => !KIND_ORDER.includes(k)))) {
    const label = el('label', { 'data-kind': kind });
    const box = el('input', { type: 'checkbox' });
    box.checked = true;
    box.addEventListener('change', () => kindCbs.forEach((cb) => cb(kind, box.checked)));
    const dot = el('span', { class: 'dot' });
    dot.style.background = colors.get(kind) ?? '#999';
    label.append(box, dot, document.createTextNode(kind));
    legend.append(label);
  }
  const coLabel = el('label', { 'data-toggle': 'cooccurrence' });
  const coBox = el('input', { type: 'checkbox' });
  const coCbs: Array<(on: boolean) => void> = [];
  coBox.addEventListener('change', () => coCbs.forEach((cb) => cb(coBox.checked)));
  coLabel.append(coBox, document.createTextNode('co-occurrence'));
  legend.append(coLabel);
  const panel = el('div', { id: 'panel' });
  panel.append(el('p', {}, `${graph.order} entities, ${graph.size} relations. Search or click a node.`));
  side.append(header, legend, panel);
  root.append(canvas, side);
  return {
    canvas,
    panel,
    search,
    suggestions,
    onToggleKind: (cb) => kindCbs.push(cb),
    onToggleCooccurrence: (cb) => {
      coCbs.push(cb);
      let typed = false;
      graph.forEachEdge((_e, a) => {
        if (a.predicate !== 'mentionedWith') typed = true;
      });
      coBox.checked = !typed;
    },
  };
}

export { el };
