// The page around the canvas: toolbar (layout, size mode, exports), zoom buttons, search box with
// suggestions, legend whose entries toggle kinds, co-occurrence toggle, and the panel's container.
// Controls only call the actions they are given; `sync` then mirrors the state back into them.

import { el } from './dom';
import { kindsOf } from './kinds';
import { buildSearchIndex, searchEntities, type SearchHit } from './search-index';
import { SIZE_MODES, type Filters, type SizeMode, type ViewerGraph, type ViewerState } from './state';
import { CSS } from './style';

export interface ChromeActions {
  chooseNode(node: string): void;
  clearSelection(): void;
  setKindShown(kind: string, shown: boolean): void;
  setCooccurrence(shown: boolean): void;
  setFilters(change: Partial<Filters>): void;
  setSizeMode(mode: SizeMode): void;
  toggleLayout(): void;
  zoomIn(): void;
  zoomOut(): void;
  resetCamera(): void;
  toggleFullscreen(): void;
  exportPng(): void;
  exportGexf(): void;
}

export interface Chrome {
  /** The sigma container. */
  stage: HTMLElement;
  panel: HTMLElement;
  /** Mirrors the state into the controls (pressed legend entries, checkboxes, button labels). */
  sync(state: ViewerState): void;
}

function bindSearch(input: HTMLInputElement, list: HTMLUListElement, graph: ViewerGraph, choose: (node: string) => void, clear: () => void): void {
  const index = buildSearchIndex(graph);
  const colors = new Map(kindsOf(graph).map((k) => [k.kind, k.color]));
  // The suggestion list is the search box's own transient state (what is typed, which row is active);
  // nothing else reads it, so it stays here rather than in the viewer state.
  let hits: SearchHit[] = [];
  let active = -1;
  let open = false;
  const render = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const dot = el('span', { class: 'dot' });
        dot.style.background = colors.get(h.kind) ?? '#999';
        const li = el(
          'li',
          { role: 'option', id: `suggestion-${i}`, 'data-node': h.node, 'aria-selected': String(i === active) },
          dot,
          el('span', { class: 'label' }, h.label),
          h.alias !== null ? el('span', { class: 'alias' }, `(${h.alias})`) : null,
          el('span', { class: 'kind' }, h.kind),
        );
        // mousedown, not click: it fires before the input's blur closes the list.
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(i);
        });
        li.addEventListener('mousemove', () => {
          if (active !== i) {
            active = i;
            render();
          }
        });
        return li;
      }),
    );
    if (open && !hits.length) list.append(el('li', { class: 'empty' }, 'No entity matches.'));
    list.hidden = list.childElementCount === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `suggestion-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    hits = [];
    active = -1;
    open = false;
    render();
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    choose(hit.node);
  };
  const update = () => {
    hits = searchEntities(index, input.value, 12);
    open = input.value.trim() !== '';
    active = hits.length ? 0 : -1;
    render();
  };
  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    if (input.value.trim()) update();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!open) update();
      else if (hits.length) active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      if (!hits.length) update();
      pick(Math.max(0, active));
    } else if (ev.key === 'Escape') {
      // First Escape closes the list; the next clears the box and the selection.
      if (open) close();
      else {
        input.value = '';
        clear();
        input.blur();
      }
    } else return;
    ev.preventDefault();
  });
}

/** The distinct values of a count, ascending: a slider's steps, so that every step changes what is shown. */
export function sliderSteps(values: Iterable<number>, floor: number): number[] {
  return [...new Set([floor, ...[...values].filter((v) => v >= floor)])].sort((a, b) => a - b);
}

/** The step at or below a value (a threshold from the URL may fall between two steps). */
export function stepIndex(steps: number[], value: number): number {
  let i = 0;
  while (i + 1 < steps.length && steps[i + 1] <= value) i++;
  return i;
}

const formatCount = (n: number) => n.toLocaleString('en');

interface Slider {
  row: HTMLElement;
  sync(value: number, steps?: number[]): void;
}

/** A range input over the given steps, with its value beside it; `onInput` gets the step's value. */
function slider(id: string, label: string, title: string, onInput: (value: number) => void): Slider {
  let steps = [0];
  const input = el('input', { type: 'range', id, min: '0', max: '0', step: '1', value: '0', 'aria-label': label });
  const out = el('output', { for: id, id: `${id}-value` });
  input.addEventListener('input', () => {
    const v = steps[Number(input.value)] ?? steps[0];
    out.textContent = `≥ ${formatCount(v)}`;
    onInput(v);
  });
  return {
    row: el('label', { class: 'filter', title }, el('span', { class: 'name' }, label), input, out),
    sync(value, newSteps) {
      if (newSteps) {
        steps = newSteps;
        input.max = String(steps.length - 1);
      }
      input.value = String(stepIndex(steps, value));
      out.textContent = `≥ ${formatCount(value)}`;
    },
  };
}

/** Stroke icons (20×20) for the zoom buttons: font glyphs such as ⛶ are missing from many systems. */
const ICONS: Record<string, string> = {
  plus: 'M4 10h12M10 4v12',
  minus: 'M4 10h12',
  fit: 'M10 3a7 7 0 1 0 0.01 0M10 8a2 2 0 1 0 0.01 0',
  fullscreen: 'M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5',
};

function icon(name: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.8');
  path.setAttribute('stroke-linecap', 'round');
  svg.append(path);
  return svg;
}

function button(label: string | Node, title: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', title, 'aria-label': title, ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Builds the page's controls into `root` and wires them to the actions. */
export function buildChrome(root: HTMLElement, graph: ViewerGraph, title: string, actions: ChromeActions): Chrome {
  const style = el('style');
  style.textContent = CSS;
  document.head.append(style);

  const stage = el('div', { id: 'stage' });
  const layoutButton = button('Run layout', 'Run or stop ForceAtlas2 in the background', actions.toggleLayout, { id: 'layout-toggle', 'aria-pressed': 'false' });
  const sizeSelect = el('select', { id: 'size-mode', 'aria-label': 'Node size' }, ...SIZE_MODES.map((m) => el('option', { value: m }, m)));
  sizeSelect.addEventListener('change', () => actions.setSizeMode(sizeSelect.value as SizeMode));
  const toolbar = el(
    'div',
    { class: 'toolbar', role: 'toolbar', 'aria-label': 'View' },
    layoutButton,
    el('label', {}, 'Size by', sizeSelect),
    button('PNG', 'Save the current view as a PNG image', actions.exportPng, { id: 'export-png' }),
    button('GEXF', 'Save the graph as GEXF for Gephi', actions.exportGexf, { id: 'export-gexf' }),
  );
  const zoom = el(
    'div',
    { class: 'zoom' },
    button(icon('plus'), 'Zoom in', actions.zoomIn, { id: 'zoom-in' }),
    button(icon('minus'), 'Zoom out', actions.zoomOut, { id: 'zoom-out' }),
    button(icon('fit'), 'Show the whole graph', actions.resetCamera, { id: 'zoom-reset' }),
    button(icon('fullscreen'), 'Full screen', actions.toggleFullscreen, { id: 'fullscreen' }),
  );

  const search = el('input', {
    id: 'search',
    type: 'search',
    placeholder: 'Search entities and aliases…',
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-label': 'Search entities',
    'aria-autocomplete': 'list',
    'aria-controls': 'suggestions',
    'aria-expanded': 'false',
  });
  const suggestions = el('ul', { id: 'suggestions', role: 'listbox', hidden: '' });
  bindSearch(search, suggestions, graph, actions.chooseNode, actions.clearSelection);

  const kinds = kindsOf(graph);
  const legendButtons = kinds.map(({ kind, color, count }) => {
    const dot = el('span', { class: 'dot' });
    dot.style.background = color;
    const b = el('button', { type: 'button', 'data-kind': kind, 'aria-pressed': 'true', title: `Show or hide ${kind} nodes` }, dot, kind, el('span', { class: 'count' }, String(count)));
    b.addEventListener('click', () => actions.setKindShown(kind, b.getAttribute('aria-pressed') !== 'true'));
    return b;
  });
  const cooc = el('input', { type: 'checkbox', id: 'cooccurrence' });
  cooc.addEventListener('change', () => actions.setCooccurrence(cooc.checked));
  const legend = el('section', { id: 'legend', 'aria-label': 'Kinds' }, ...legendButtons, el('label', { class: 'cooc', for: 'cooccurrence' }, cooc, 'Show co-occurrence links (mentioned in the same sentence)'));

  // Filters, as Gephi Lite and Retina have them: thresholds on mentions and links, isolated nodes.
  const mentionSteps = sliderSteps(
    graph.mapNodes((_n, a) => a.mentions || 0),
    1,
  );
  const mentions = slider('min-mentions', 'Mentions', 'Hide entities mentioned fewer times', (v) => actions.setFilters({ minMentions: v }));
  const links = slider('min-degree', 'Links', 'Hide entities with fewer links shown', (v) => actions.setFilters({ minDegree: v }));
  const isolated = el('input', { type: 'checkbox', id: 'show-isolated' });
  isolated.addEventListener('change', () => actions.setFilters({ showIsolated: isolated.checked }));
  const isolatedLabel = el('span', {});
  const shownLine = el('p', { id: 'shown-count', 'aria-live': 'polite' });
  const filters = el(
    'section',
    { id: 'filters', 'aria-label': 'Filters' },
    mentions.row,
    links.row,
    el('label', { class: 'isolated', for: 'show-isolated' }, isolated, isolatedLabel),
    shownLine,
  );
  let degreeOf: Map<string, number> | null = null;

  const panel = el('section', { id: 'panel', 'aria-live': 'polite' });
  const keys = el('div', { class: 'keys' }, el('kbd', {}, '/'), ' search · ', el('kbd', {}, '↑'), el('kbd', {}, '↓'), el('kbd', {}, 'Enter'), ' choose · ', el('kbd', {}, 'Esc'), ' clear');
  const side = el('aside', { id: 'side' }, el('header', {}, el('h1', {}, title), search, suggestions), legend, filters, panel, keys);
  root.append(el('main', { id: 'stage-wrap' }, stage, toolbar, zoom), side);

  // Global keys: "/" jumps to the search box; Escape outside it clears the selection.
  document.addEventListener('keydown', (ev) => {
    const typing = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement;
    if (ev.key === '/' && !typing) {
      ev.preventDefault();
      search.focus();
    } else if (ev.key === 'Escape' && !typing) actions.clearSelection();
  });

  return {
    stage,
    panel,
    sync(state) {
      for (const b of legendButtons) b.setAttribute('aria-pressed', String(!state.hiddenKinds.has(b.dataset.kind!)));
      cooc.checked = state.showCooccurrence;
      mentions.sync(state.filters.minMentions, degreeOf === null ? mentionSteps : undefined);
      // The links slider's steps follow the degrees, which change with the co-occurrence toggle.
      links.sync(state.filters.minDegree, degreeOf !== state.degree ? sliderSteps(state.degree.values(), 0) : undefined);
      degreeOf = state.degree;
      isolated.checked = state.filters.showIsolated;
      isolatedLabel.textContent = `Show isolated entities (${formatCount(state.isolatedCount)}, no link shown)`;
      shownLine.textContent = `Showing ${formatCount(state.shownCount)} of ${formatCount(graph.order)} entities`;
      sizeSelect.value = state.sizeMode;
      layoutButton.textContent = state.layoutRunning ? 'Stop layout' : 'Run layout';
      layoutButton.setAttribute('aria-pressed', String(state.layoutRunning));
      stage.classList.toggle('pointer', state.hoveredNode !== null || state.hoveredEdge !== null);
    },
  };
}
