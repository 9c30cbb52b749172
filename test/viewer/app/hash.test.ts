import { formatHash, parseHash } from '../../../src/viewer/app/hash';

describe('URL hash', () => {
  it.each([['person-fumio-kishida'], ['place-são-paulo'], ['a&b=c#d'], ['<img src=x>']])('round-trips the node key %p', (key) => {
    expect(parseHash(formatHash(key))).toEqual({ node: key });
  });

  it('reads no selection from an empty, foreign or malformed hash', () => {
    expect(parseHash('')).toEqual({ node: null });
    expect(parseHash('#')).toEqual({ node: null });
    expect(parseHash('#section-2')).toEqual({ node: null });
    expect(parseHash('#node=%E0%A4%A')).toEqual({ node: null });
    expect(formatHash(null)).toBe('');
  });
});
