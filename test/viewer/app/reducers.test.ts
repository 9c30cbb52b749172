import { createEdgeReducer, createNodeReducer, DIM_NODE_COLOR, FOCUS_EDGE_COLOR, MAX_LABEL_LENGTH, shortLabel } from '../../../src/viewer/app/reducers';
import { computeNodeSizes } from '../../../src/viewer/app/sizes';
import { createState, hoverEdge, hoverNode, selectNode, setCooccurrence, setFilters, setKindShown, setSizeMode } from '../../../src/viewer/app/state';
import { smallGraph } from '../_graph';

/** Runs the reducers as sigma does: on a shallow copy of the attributes. */
function drawn(options: { large?: boolean } = {}) {
  const g = smallGraph();
  const state = createState(g);
  const sizes = computeNodeSizes(g);
  const node = createNodeReducer(state, sizes);
  const edge = createEdgeReducer(state, options);
  return {
    g,
    state,
    sizes,
    node: (n: string) => node(n, { ...g.getNodeAttributes(n) }),
    edge: (e: string) => edge(e, { ...g.getEdgeAttributes(e) }),
  };
}

describe('node reducer', () => {
  it('hides the nodes of a hidden kind', () => {
    const v = drawn();
    setKindShown(v.g, v.state, 'Country', false);
    expect(v.node('country-japan').hidden).toBe(true);
    expect(v.node('person-kishida').hidden).toBeFalsy();
  });

  it('dims nodes outside the hovered neighbourhood and labels the neighbourhood', () => {
    const v = drawn();
    hoverNode(v.g, v.state, 'person-kishida');
    expect(v.node('person-kishida')).toMatchObject({ forceLabel: true, color: '#0072b2' });
    expect(v.node('person-ardern')).toMatchObject({ forceLabel: true, color: '#0072b2' });
    expect(v.node('country-new-zealand')).toMatchObject({ color: DIM_NODE_COLOR, label: '' });
    expect(v.node('concern-tensions').color).toBe(DIM_NODE_COLOR);
  });

  it('highlights the selected node and always labels its neighbours', () => {
    const v = drawn();
    selectNode(v.g, v.state, 'person-ardern');
    expect(v.node('person-ardern')).toMatchObject({ highlighted: true, forceLabel: true });
    expect(v.node('concern-tensions')).toMatchObject({ forceLabel: true });
    expect(v.node('country-japan').color).toBe(DIM_NODE_COLOR);
  });

  it('hides isolated nodes until asked, and nodes under the mentions and links thresholds', () => {
    const v = drawn();
    // Spain has no link at all.
    expect(v.node('country-spain').hidden).toBe(true);
    setFilters(v.g, v.state, { showIsolated: true });
    expect(v.node('country-spain').hidden).toBeFalsy();
    // Mentions: Ardern 9, New Zealand 7, Japan 6, Kishida 4, the concern 2, Spain 1.
    setFilters(v.g, v.state, { minMentions: 5 });
    expect(['person-ardern', 'country-new-zealand', 'country-japan', 'person-kishida', 'concern-tensions', 'country-spain'].map((n) => !v.node(n).hidden)).toEqual([true, true, true, false, false, false]);
    // Links without co-occurrence: Ardern 3, Kishida 2, New Zealand, Japan and the concern 1.
    setFilters(v.g, v.state, { minMentions: 1, minDegree: 2 });
    expect(v.g.nodes().filter((n) => !v.node(n).hidden)).toEqual(['person-ardern', 'person-kishida']);
  });

  it('draws the selected node and its neighbours whatever the filters', () => {
    const v = drawn();
    setFilters(v.g, v.state, { minMentions: 8 });
    selectNode(v.g, v.state, 'person-kishida');
    expect(v.g.nodes().filter((n) => !v.node(n).hidden)).toEqual(['person-ardern', 'person-kishida', 'country-japan']);
    selectNode(v.g, v.state, null);
    expect(v.g.nodes().filter((n) => !v.node(n).hidden)).toEqual(['person-ardern']);
  });

  it('sizes nodes by degree (the layout size) or by mentions', () => {
    const v = drawn();
    expect(v.node('person-ardern').size).toBe(14);
    setSizeMode(v.g, v.state, 'mentions');
    expect(v.node('person-ardern').size).toBe(v.sizes.mentions.get('person-ardern'));
    expect(v.node('person-ardern').size).toBeGreaterThan(v.node('concern-tensions').size!);
  });

  it('shortens long labels on the canvas but not for the hovered node', () => {
    const long = 'possible Chinese naval base on the doorstep of Australia';
    expect(shortLabel(long)).toBe('possible Chinese naval base on the…');
    expect(shortLabel(long).length).toBeLessThanOrEqual(MAX_LABEL_LENGTH + 1);
    expect(shortLabel('Japan')).toBe('Japan');
    const v = drawn();
    v.g.setNodeAttribute('concern-tensions', 'label', long);
    expect(v.node('concern-tensions').label).toBe(shortLabel(long));
    hoverNode(v.g, v.state, 'concern-tensions');
    expect(v.node('concern-tensions').label).toBe(long);
  });
});

describe('edge reducer', () => {
  const cooc = 'country-new-zealand|mentionedWith|country-japan';

  it('hides co-occurrence edges until they are turned on', () => {
    const v = drawn();
    expect(v.edge(cooc).hidden).toBe(true);
    setCooccurrence(v.g, v.state, true);
    expect(v.edge(cooc).hidden).toBeFalsy();
  });

  it('draws directed predicates with arrows and symmetric ones as lines', () => {
    const v = drawn();
    expect(v.edge('person-ardern|affiliatedWith|country-new-zealand').type).toBe('arrow');
    expect(v.edge('person-ardern|met|person-kishida').type).toBe('line');
  });

  it('labels the focus edges with their predicate and dims the others', () => {
    const v = drawn();
    hoverNode(v.g, v.state, 'person-kishida');
    expect(v.edge('person-ardern|met|person-kishida')).toMatchObject({ label: 'met', forceLabel: true, color: FOCUS_EDGE_COLOR });
    expect(v.edge('person-ardern|concernedAbout|concern-tensions')).toMatchObject({ label: '' });
    expect(v.edge('person-ardern|concernedAbout|concern-tensions').color).not.toBe(FOCUS_EDGE_COLOR);
  });

  it('leaves co-occurrence edges at the focus unlabelled, unless the edge itself is picked', () => {
    const v = drawn();
    setCooccurrence(v.g, v.state, true);
    hoverNode(v.g, v.state, 'country-japan');
    expect(v.edge(cooc)).toMatchObject({ label: '', color: FOCUS_EDGE_COLOR });
    expect(v.edge('person-kishida|affiliatedWith|country-japan').label).toBe('affiliatedWith');
    hoverEdge(v.g, v.state, cooc);
    expect(v.edge(cooc).label).toBe('mentionedWith');
  });

  it('on large graphs leaves edges outside the focus unchanged by a hover', () => {
    const v = drawn({ large: true });
    const before = v.edge('person-ardern|concernedAbout|concern-tensions');
    hoverNode(v.g, v.state, 'person-kishida');
    expect(v.edge('person-ardern|concernedAbout|concern-tensions')).toEqual(before);
    expect(v.edge('person-ardern|met|person-kishida').label).toBe('met');
  });
});
