import Graph from 'graphology';

import {
  applyView,
  createState,
  defaultCooccurrence,
  defaultMinMentions,
  hoverNode,
  isEdgeShown,
  isNodeShown,
  selectNode,
  setCooccurrence,
  setFilters,
  setKindShown,
  shownDegrees,
} from '../../../src/viewer/app/state';
import { addEntity, addRelation, smallGraph, type TestGraph } from '../_graph';

describe('viewer state', () => {
  it('hides co-occurrence edges by default when typed edges exist', () => {
    const g = smallGraph();
    const state = createState(g);
    expect(state.showCooccurrence).toBe(false);
    expect(isEdgeShown(g, state, 'country-new-zealand|mentionedWith|country-japan')).toBe(false);
    expect(isEdgeShown(g, state, 'person-ardern|met|person-kishida')).toBe(true);
  });

  it('shows co-occurrence edges by default when they are all there is', () => {
    const g: TestGraph = new Graph({ type: 'directed' });
    addEntity(g, 'a', 'A', 'Country');
    addEntity(g, 'b', 'B', 'Country');
    addRelation(g, 'a', 'mentionedWith', 'b', ['A and B.']);
    expect(createState(g).showCooccurrence).toBe(true);
  });

  it('selects the node named in the initial hash and ignores unknown keys', () => {
    const g = smallGraph();
    expect(createState(g, { selectedNode: 'person-kishida' }).selectedNode).toBe('person-kishida');
    expect(createState(g, { selectedNode: 'person-nobody' }).selectedNode).toBeNull();
  });

  it('focuses the hovered node and its neighbours through shown edges only', () => {
    const g = smallGraph();
    const state = createState(g);
    hoverNode(g, state, 'country-new-zealand');
    expect(state.focus).toBe('country-new-zealand');
    // Japan is only a co-occurrence neighbour: hidden edge, so not in the focus.
    expect([...state.focusNodes].sort()).toEqual(['country-new-zealand', 'person-ardern']);
    setCooccurrence(g, state, true);
    expect([...state.focusNodes].sort()).toEqual(['country-japan', 'country-new-zealand', 'person-ardern']);
    expect(state.focusEdges.has('country-new-zealand|mentionedWith|country-japan')).toBe(true);
  });

  it('lets a hover take the focus from the selection, whose neighbours stay labelled', () => {
    const g = smallGraph();
    const state = createState(g);
    selectNode(g, state, 'person-kishida');
    expect(state.focus).toBe('person-kishida');
    hoverNode(g, state, 'concern-tensions');
    expect(state.focus).toBe('concern-tensions');
    expect([...state.labelled].sort()).toEqual(['country-japan', 'person-ardern', 'person-kishida']);
    hoverNode(g, state, null);
    expect(state.focus).toBe('person-kishida');
  });

  it('drops a selection whose kind is hidden, and leaves hidden nodes out of the focus', () => {
    const g = smallGraph();
    const state = createState(g);
    selectNode(g, state, 'country-japan');
    setKindShown(g, state, 'Country', false);
    expect(state.selectedNode).toBeNull();
    selectNode(g, state, 'person-ardern');
    setKindShown(g, state, 'Country', false);
    expect(state.focusNodes.has('country-new-zealand')).toBe(false);
    expect(isEdgeShown(g, state, 'person-ardern|affiliatedWith|country-new-zealand')).toBe(false);
  });

  it('shows a hidden kind again when one of its nodes is chosen', () => {
    const g = smallGraph();
    const state = createState(g);
    setKindShown(g, state, 'Country', false);
    selectNode(g, state, 'country-spain');
    expect(state.hiddenKinds.has('Country')).toBe(false);
    expect(state.selectedNode).toBe('country-spain');
  });

  it('shows co-occurrence by default when typed relations link under a quarter of the nodes', () => {
    const g: TestGraph = new Graph({ type: 'directed' });
    for (const k of 'abcdefghij') addEntity(g, k, k.toUpperCase(), 'Person');
    addRelation(g, 'a', 'met', 'b', ['A met B.']);
    for (const k of 'cdefghij') addRelation(g, 'a', 'mentionedWith', k, [`A and ${k}.`]);
    // a and b are 2 of 10 nodes.
    expect(defaultCooccurrence(g)).toBe(true);
    addRelation(g, 'c', 'met', 'd', ['C met D.']);
    expect(defaultCooccurrence(g)).toBe(false);
  });

  it('counts links through the edges shown, with or without co-occurrence', () => {
    const g = smallGraph();
    expect(Object.fromEntries(shownDegrees(g, false))).toEqual({ 'person-ardern': 3, 'person-kishida': 2, 'country-new-zealand': 1, 'country-japan': 1, 'concern-tensions': 1, 'country-spain': 0 });
    expect(shownDegrees(g, true).get('country-japan')).toBe(2);
  });

  it('opens big graphs on the most-mentioned linked nodes, about the node budget', () => {
    const g: TestGraph = new Graph({ type: 'directed' });
    // 100 linked nodes mentioned 1..100 times, and 50 isolated ones mentioned 500 times (not counted).
    for (let i = 1; i <= 100; i++) addEntity(g, `n${i}`, `N${i}`, 'Person', { mentions: i });
    for (let i = 1; i < 100; i++) addRelation(g, `n${i}`, 'met', `n${i + 1}`, ['x']);
    for (let i = 0; i < 50; i++) addEntity(g, `iso${i}`, `I${i}`, 'Person', { mentions: 500 });
    const degree = shownDegrees(g, false);
    // 20 fit: mentions ≥ 81 gives 20 nodes; a quarter over the budget (25) would allow ≥ 76.
    expect(defaultMinMentions(g, degree, 20)).toBe(76);
    expect(defaultMinMentions(g, degree, 100)).toBe(1);
    expect(defaultMinMentions(g, degree, 1000)).toBe(1);
  });

  it('counts what the filters show and the isolated nodes', () => {
    const g = smallGraph();
    const state = createState(g);
    expect([state.shownCount, state.isolatedCount]).toEqual([5, 1]);
    setFilters(g, state, { showIsolated: true });
    expect(state.shownCount).toBe(6);
    // Ardern 9, New Zealand 7, Japan 6.
    setFilters(g, state, { minMentions: 5 });
    expect(state.shownCount).toBe(3);
    setFilters(g, state, { minDegree: 2, minMentions: 1 });
    expect(state.shownCount).toBe(2);
    // New Zealand and Japan gain a link with co-occurrence; Spain stays isolated.
    setCooccurrence(g, state, true);
    expect([state.shownCount, state.isolatedCount]).toEqual([4, 1]);
  });

  it('drops a hover and an edge selection that a filter hides, and keeps the selected node drawn', () => {
    const g = smallGraph();
    const state = createState(g);
    selectNode(g, state, 'country-japan');
    hoverNode(g, state, 'concern-tensions');
    setFilters(g, state, { minMentions: 3 });
    expect(state.hoveredNode).toBeNull();
    expect(state.selectedNode).toBe('country-japan');
    expect(isNodeShown(g, state, 'country-japan')).toBe(true);
    // Kishida, its neighbour, is drawn too (4 mentions ≥ 3 anyway); Ardern passes on her own.
    expect(state.focusNodes).toEqual(new Set(['country-japan', 'person-kishida']));
  });

  it('takes the view of a URL, and goes back to the defaults for what a URL leaves out', () => {
    const g = smallGraph();
    const defaults = createState(g);
    const state = createState(g, { selectedNode: 'person-kishida', filters: { minMentions: 5, showIsolated: true }, hiddenKinds: ['Concern'], showCooccurrence: true, sizeMode: 'mentions' });
    expect(state).toMatchObject({ selectedNode: 'person-kishida', filters: { minMentions: 5, minDegree: 0, showIsolated: true }, showCooccurrence: true, sizeMode: 'mentions' });
    expect([...state.hiddenKinds]).toEqual(['Concern']);
    // The same with the page's defaults handed over (main.ts does, to skip recomputing them).
    const view = { selectedNode: 'person-kishida', filters: { minDegree: 1 }, showCooccurrence: true };
    expect(createState(g, view, defaults)).toEqual(createState(g, view));
    applyView(g, state, { selectedNode: null, filters: { minDegree: 2 } }, defaults);
    expect(state).toMatchObject({ selectedNode: null, filters: { minMentions: 1, minDegree: 2, showIsolated: false }, showCooccurrence: false, sizeMode: 'degree', shownCount: 2 });
    expect(state.hiddenKinds.size).toBe(0);
    expect(state.degree.get('country-japan')).toBe(1);
  });
});
