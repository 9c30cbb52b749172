import { formatHash, hashOf, parseHash, viewOf } from '../../../src/viewer/app/hash';
import { createState, setCooccurrence, setFilters, setKindShown } from '../../../src/viewer/app/state';
import { smallGraph } from '../_graph';

describe('URL hash', () => {
  it.each([['person-fumio-kishida'], ['place-são-paulo'], ['a&b=c#d'], ['<img src=x>']])('round-trips the node key %p', (key) => {
    expect(parseHash(formatHash({ node: key }))).toEqual({ node: key });
  });

  it('reads no selection from an empty, foreign or malformed hash', () => {
    expect(parseHash('')).toEqual({ node: null });
    expect(parseHash('#')).toEqual({ node: null });
    expect(parseHash('#section-2')).toEqual({ node: null });
    expect(parseHash('#node=%E0%A4%A')).toEqual({ node: null });
    expect(formatHash({ node: null })).toBe('');
  });

  it('round-trips the filters, kinds, co-occurrence and size mode', () => {
    const view = { node: 'person-x', minMentions: 3, minDegree: 2, showIsolated: true, showCooccurrence: false, hiddenKinds: ['Place', 'Odd,kind'], sizeMode: 'mentions' as const };
    const hash = formatHash(view);
    expect(hash).toBe('#node=person-x&mentions=3&links=2&isolated=1&cooc=0&hide=Odd%2Ckind,Place&size=mentions');
    expect(parseHash(hash)).toEqual({ ...view, hiddenKinds: ['Odd,kind', 'Place'] });
  });

  it('ignores values it cannot use', () => {
    expect(parseHash('#mentions=-1&links=two&isolated=yes&size=huge&cooc=1')).toEqual({ node: null, showCooccurrence: true });
  });

  it('writes only what differs from the defaults, and reads it back into the same state', () => {
    const g = smallGraph();
    const defaults = createState(g);
    const state = createState(g);
    expect(formatHash(hashOf(state, defaults))).toBe('');
    setFilters(g, state, { minMentions: 4, showIsolated: true });
    setKindShown(g, state, 'Concern', false);
    setCooccurrence(g, state, true);
    const hash = formatHash(hashOf(state, defaults));
    expect(hash).toBe('#mentions=4&isolated=1&cooc=1&hide=Concern');
    const back = createState(g, viewOf(parseHash(hash)));
    expect(back.filters).toEqual(state.filters);
    expect(back.showCooccurrence).toBe(true);
    expect([...back.hiddenKinds]).toEqual(['Concern']);
    expect(back.shownCount).toBe(state.shownCount);
  });
});
