import { buildSearchIndex, normaliseName, searchEntities } from '../../../src/viewer/app/search-index';
import { addEntity, smallGraph } from '../_graph';

describe('entity search', () => {
  const g = smallGraph();
  addEntity(g, 'person-emile', 'Émile O’Neill', 'Person', { aliases: ['O’Neill'] });
  addEntity(g, 'country-japan-2', 'Japanese Foreign Ministry', 'Country', { mentions: 50 });
  const index = buildSearchIndex(g);
  const first = (q: string) => searchEntities(index, q)[0];

  it.each([
    // A surname finds the person through the alias, which is reported.
    ['Kishida', 'person-kishida', 'Kishida'],
    // Case does not matter; a prefix of the label is enough.
    ['jacinda', 'person-ardern', null],
    // A word inside the label ("Zealand" in New Zealand).
    ['zealand', 'country-new-zealand', null],
    // Accents and curly apostrophes fold: "emile o'neill" finds Émile O’Neill.
    ["emile o'neill", 'person-emile', null],
    // An acronym alias.
    ['NZ', 'country-new-zealand', 'NZ'],
  ])('finds %p', (query, node, alias) => {
    expect(first(query)).toMatchObject({ node, alias });
  });

  it('ranks an exact label above a prefix match with more mentions', () => {
    expect(searchEntities(index, 'Japan').map((h) => h.node)).toEqual(['country-japan', 'country-japan-2']);
  });

  it('returns nothing for a blank query or no match, and at most `limit` hits', () => {
    expect(searchEntities(index, '  ')).toEqual([]);
    expect(searchEntities(index, 'zzzz')).toEqual([]);
    expect(searchEntities(index, 'a', 2)).toHaveLength(2);
  });

  it('normalises names for matching', () => {
    expect(normaliseName('  Émile   O’Neill ')).toBe("emile o'neill");
    expect(normaliseName('Japan–Solomon')).toBe('japan-solomon');
  });
});
