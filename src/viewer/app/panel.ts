// The side panel, derived from the selection: an overview when nothing is selected; for a node its
// label, kind, aliases, mentions, documents and relations grouped by predicate with their evidence
// sentences (entity names marked, document named); for an edge its predicate, confidence and evidence.

import type { EdgeAttributes } from '../../graph/attributes';
import { el } from './dom';
import { highlightNames, type Segment } from './highlight';
import type { MentionList } from './page-data';
import { COOCCURRENCE, type ViewerGraph, type ViewerState } from './state';

export interface PanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  /** The sentences that name a node (the page's mention table, or its relations' sentences). */
  mentionsOf(node: string): MentionList;
}

/** How each predicate reads from its subject (→) and from its object (←); CONTRACT.md's list. */
const PHRASES: Record<string, [string, string]> = {
  affiliatedWith: ['Affiliated with', 'Affiliated people'],
  met: ['Met', 'Met'],
  visited: ['Visited', 'Visited by'],
  partyTo: ['Party to', 'Parties'],
  concernedAbout: ['Concerned about', 'Concern of'],
  opposes: ['Opposes', 'Opposed by'],
  involves: ['Involves', 'Involved in'],
  memberOf: ['Member of', 'Members'],
  locatedIn: ['Located in', 'Contains'],
  [COOCCURRENCE]: ['Mentioned with', 'Mentioned with'],
};
const PREDICATE_ORDER = Object.keys(PHRASES);

/** Evidence sentences shown before a "more" fold. */
const EVIDENCE_SHOWN = 3;
/** Mention sentences shown before a "show more" fold. */
const MENTIONS_SHOWN = 4;
/** Relations listed per group at first, and per "show more": a hub of a large graph can have thousands,
 * and the panel must open quickly (100 rows of a 463-link hub took ~1 s on the bench machine). */
const RELATIONS_SHOWN = 20;
const RELATIONS_PAGE = 100;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function phrase(predicate: string, outgoing: boolean): string {
  const p = PHRASES[predicate];
  return p ? p[outgoing ? 0 : 1] : `${predicate} ${outgoing ? '→' : '←'}`;
}

function names(graph: ViewerGraph, node: string): string[] {
  const a = graph.getNodeAttributes(node);
  return [a.label, ...(a.aliases ?? [])];
}

function nodeLink(graph: ViewerGraph, node: string, actions: PanelActions): HTMLElement {
  const a = graph.getNodeAttributes(node);
  const link = el('button', { type: 'button', class: 'node-link', 'data-node': node, title: `${a.kind}: ${a.label}` }, el('span', { class: 'dot' }), a.label);
  (link.firstChild as HTMLElement).style.background = a.color ?? '#999';
  link.addEventListener('click', () => actions.selectNode(node));
  return link;
}

function quote(segments: Segment[]): HTMLElement {
  return el('q', {}, ...segments.map((s) => (s.mark ? el('mark', {}, s.text) : s.text)));
}

/** Where the entity is named: the first sentences, document by document, the mention marked. */
function mentionSection(list: MentionList): HTMLElement {
  const item = (m: MentionList['sentences'][number]) => el('li', { class: 'evidence mention' }, quote(m.segments), el('cite', {}, `${m.doc}, sentence ${m.sentence + 1}`));
  const heading = list.source === 'mentions' ? `Mentioned in ${plural(list.total, 'sentence')}` : `In the sentences of its relations (${list.total})`;
  const section = el('section', { class: 'mentions', 'data-source': list.source }, el('h3', {}, heading));
  const ul = el('ul', { class: 'evidence-list mention-list' }, ...list.sentences.slice(0, MENTIONS_SHOWN).map(item));
  const rest = list.sentences.slice(MENTIONS_SHOWN);
  if (rest.length) {
    const more = el('details', { class: 'more-mentions' }, el('summary', {}, `Show ${plural(rest.length, 'more sentence', 'more sentences')}`));
    more.append(el('ul', { class: 'evidence-list more-mentions-list' }, ...rest.map(item)));
    ul.append(el('li', { class: 'more' }, more));
  }
  section.append(ul);
  const beyond = list.total - list.sentences.length;
  if (beyond > 0) {
    const why = list.source === 'mentions' ? `the page keeps the first ${list.cap} per entity, a few from each document` : `the first ${list.cap} are listed; the relations below have them all`;
    section.append(el('p', { class: 'hint cap' }, `${plural(beyond, 'more sentence', 'more sentences')} in the corpus: ${why}.`));
  } else if (!list.sentences.length) section.append(el('p', { class: 'hint' }, 'No sentence of this entity was kept.'));
  return section;
}

function evidenceList(graph: ViewerGraph, attrs: EdgeAttributes, ends: [string, string], limit: number): HTMLElement {
  const marked = [...names(graph, ends[0]), ...names(graph, ends[1])];
  const item = (ev: EdgeAttributes['evidence'][number]) =>
    el(
      'li',
      { class: 'evidence' },
      quote(highlightNames(ev.text, marked)),
      el('cite', {}, `${ev.doc}, sentence ${ev.sentence + 1}`),
    );
  const evidence = attrs.evidence ?? [];
  const list = el('ul', { class: 'evidence-list' }, ...evidence.slice(0, limit).map(item));
  if (evidence.length > limit) {
    const more = el('details', {}, el('summary', {}, `${plural(evidence.length - limit, 'more sentence', 'more sentences')}`));
    more.append(el('ul', { class: 'evidence-list' }, ...evidence.slice(limit).map(item)));
    list.append(el('li', { class: 'more' }, more));
  }
  return list;
}

function relationMeta(attrs: EdgeAttributes): string {
  const parts = [plural(attrs.weight, 'sentence'), `confidence ${Math.round(attrs.confidence * 100) / 100}`];
  if (attrs.role) parts.unshift(attrs.role);
  return parts.join(' · ');
}

function renderOverview(panel: HTMLElement, graph: ViewerGraph, actions: PanelActions): void {
  let typed = 0;
  graph.forEachEdge((_e, a) => {
    if (a.predicate !== COOCCURRENCE) typed++;
  });
  panel.append(
    el('p', { class: 'summary' }, `${plural(graph.order, 'entity', 'entities')}, ${plural(typed, 'relation')}, ${plural(graph.size - typed, 'co-occurrence')}.`),
    el('p', { class: 'hint' }, 'Search above or click a node to read its relations and the sentences behind them. Hover to see a neighbourhood.'),
  );
  const top = graph
    .nodes()
    .sort((a, b) => graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions') || (a < b ? -1 : 1))
    .slice(0, 12);
  if (top.length) {
    panel.append(el('h3', {}, 'Most mentioned'), el('ul', { class: 'top' }, ...top.map((n) => el('li', {}, nodeLink(graph, n, actions), ` ${graph.getNodeAttribute(n, 'mentions')}`))));
  }
}

function renderNode(panel: HTMLElement, graph: ViewerGraph, node: string, actions: PanelActions): void {
  const a = graph.getNodeAttributes(node);
  const kind = el('span', { class: 'kind-chip' }, a.kind);
  kind.style.borderColor = a.color ?? '#999';
  const docs = a.docs ?? [];
  panel.append(
    el('h2', { class: 'entity-label' }, a.label),
    el('div', { class: 'meta' }, kind, ` ${plural(a.mentions, 'mention')} in ${plural(docs.length, 'document')}`),
  );
  panel.append(mentionSection(actions.mentionsOf(node)));
  if (a.aliases?.length) panel.append(el('h3', {}, 'Also called'), el('ul', { class: 'aliases' }, ...a.aliases.map((x) => el('li', {}, x))));
  if (docs.length) panel.append(el('h3', {}, 'Documents'), el('ul', { class: 'docs' }, ...docs.map((d) => el('li', {}, d))));

  // Relations grouped by predicate and direction; typed facts first, co-occurrence last and folded.
  const groups = new Map<string, { predicate: string; outgoing: boolean; edges: Array<{ edge: string; other: string }> }>();
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    const outgoing = source === node;
    const key = `${attrs.predicate}|${outgoing ? 'out' : 'in'}`;
    if (!groups.has(key)) groups.set(key, { predicate: attrs.predicate, outgoing, edges: [] });
    groups.get(key)!.edges.push({ edge, other: outgoing ? target : source });
  });
  const order = (p: string) => (PREDICATE_ORDER.includes(p) ? PREDICATE_ORDER.indexOf(p) : PREDICATE_ORDER.length - 1);
  const sorted = [...groups.values()].sort((x, y) => order(x.predicate) - order(y.predicate) || x.predicate.localeCompare(y.predicate) || Number(y.outgoing) - Number(x.outgoing));
  if (!sorted.length) panel.append(el('p', { class: 'hint' }, 'No relations found for this entity.'));
  for (const g of sorted) {
    g.edges.sort((x, y) => graph.getEdgeAttribute(y.edge, 'weight') - graph.getEdgeAttribute(x.edge, 'weight') || graph.getNodeAttribute(x.other, 'label').localeCompare(graph.getNodeAttribute(y.other, 'label')));
    const item = ({ edge, other }: { edge: string; other: string }) => {
      const attrs = graph.getEdgeAttributes(edge);
      const details = el('button', { type: 'button', class: 'edge-link', 'data-edge': edge, title: 'Show this relation' }, relationMeta(attrs));
      details.addEventListener('click', () => actions.selectEdge(edge));
      return el('li', { class: 'relation', 'data-edge': edge }, nodeLink(graph, other, actions), ' ', details, evidenceList(graph, attrs, [node, other], EVIDENCE_SHOWN));
    };
    const section = el(
      'section',
      { class: 'relations', 'data-predicate': g.predicate, 'data-direction': g.outgoing ? 'out' : 'in' },
      el('h3', {}, phrase(g.predicate, g.outgoing), ' ', el('code', {}, g.predicate), ` (${g.edges.length})`),
    );
    const list = el('ul', { class: 'relation-list' });
    // Rows are written a page at a time (a hub has hundreds): the first on opening, the next on request.
    let written = 0;
    const more = el('li', { class: 'more-relations' });
    const writeMore = (count: number) => {
      const next = g.edges.slice(written, written + count);
      written += next.length;
      more.remove();
      list.append(...next.map(item));
      const left = g.edges.length - written;
      if (left > 0) {
        const button = el('button', { type: 'button', class: 'edge-link' }, `Show ${Math.min(left, RELATIONS_PAGE)} more (of ${left})`);
        button.addEventListener('click', () => writeMore(RELATIONS_PAGE));
        more.replaceChildren(button);
        list.append(more);
      }
    };
    if (g.predicate === COOCCURRENCE) {
      // Folded: nothing is written until it is opened.
      const fold = el('details', {}, el('summary', {}, section.firstChild!), list);
      fold.addEventListener('toggle', () => {
        if (fold.open && written === 0) writeMore(RELATIONS_SHOWN);
      });
      section.replaceChildren(fold);
    } else {
      writeMore(RELATIONS_SHOWN);
      section.append(list);
    }
    panel.append(section);
  }
}

function renderEdge(panel: HTMLElement, graph: ViewerGraph, edge: string, actions: PanelActions): void {
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  panel.append(
    el('h2', { class: 'edge-title' }, nodeLink(graph, source, actions), el('span', { class: 'predicate' }, ` ${attrs.predicate} `), nodeLink(graph, target, actions)),
    el('div', { class: 'meta' }, relationMeta(attrs), attrs.rule ? ` · rule ${attrs.rule}` : ''),
    el('h3', {}, 'Evidence'),
    evidenceList(graph, attrs, [source, target], Infinity),
  );
}

/** Re-renders the panel for the state's selection (only call when the selection changed). */
export function renderPanel(panel: HTMLElement, graph: ViewerGraph, state: ViewerState, actions: PanelActions): void {
  panel.replaceChildren();
  panel.scrollTop = 0;
  if (state.selectedNode !== null) renderNode(panel, graph, state.selectedNode, actions);
  else if (state.selectedEdge !== null) renderEdge(panel, graph, state.selectedEdge, actions);
  else renderOverview(panel, graph, actions);
}
