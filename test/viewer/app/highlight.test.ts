import { highlightNames } from '../../../src/viewer/app/highlight';

/** The sentence with marked parts in [brackets]. */
function marked(text: string, names: string[]): string {
  return highlightNames(text, names)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');
}

describe('evidence highlighting', () => {
  it.each([
    // Both entities' names are marked.
    ['Ardern met Kishida in Tokyo.', ['Jacinda Ardern', 'Ardern', 'Fumio Kishida', 'Kishida'], '[Ardern] met [Kishida] in Tokyo.'],
    // The longest name wins over a shorter one inside it.
    ['Prime Minister Jacinda Ardern spoke.', ['Jacinda Ardern', 'Prime Minister Jacinda Ardern', 'Ardern'], '[Prime Minister Jacinda Ardern] spoke.'],
    // Whole words only: "Japan's" is marked, "Japanese" is not.
    ["Japan's envoy and Japanese officials.", ['Japan'], "[Japan]'s envoy and Japanese officials."],
    // Acronyms match in capitals only: "pm" in "3 pm" and in "shipment" is not the PM.
    ['The PM left at 3 pm with the shipment.', ['PM'], 'The [PM] left at 3 pm with the shipment.'],
    // Other names are case-insensitive.
    ['NEW ZEALAND said so.', ['New Zealand'], '[NEW ZEALAND] said so.'],
    // Markup is just text here; nothing is interpreted.
    ['<b>Ardern</b> wrote', ['Ardern'], '<b>[Ardern]</b> wrote'],
  ])('%p', (text, names, expected) => {
    expect(marked(text, names)).toBe(expected);
  });

  it('keeps the text intact when no name occurs', () => {
    expect(highlightNames('Nothing here.', ['Ardern'])).toEqual([{ text: 'Nothing here.', mark: false }]);
    expect(highlightNames('Nothing here.', [])).toEqual([{ text: 'Nothing here.', mark: false }]);
  });
});
