import Graph from 'graphology';

import { createState, hoverNode, isEdgeShown, selectNode, setCooccurrence, setKindShown } from '../../../src/viewer/app/state';
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
});
