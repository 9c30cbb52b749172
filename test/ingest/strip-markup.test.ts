import { maskFurniture, maskHtml, maskLongRuns, maskMarkdown, MAX_WORD } from '../../src/ingest';
import { fixture } from './_files';

/** The words left after masking, in order. */
const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

describe('maskHtml', () => {
  const html = fixture('article.html').toString('utf8');
  const text = maskHtml(html);

  it('keeps the length and line breaks of the page, so offsets point into the file', () => {
    expect(text.length).toBe(html.length);
    for (let i = 0; i < html.length; i++) if (html[i] === '\n') expect(text[i]).toBe('\n');
  });

  it('keeps only the article text: no script, style, nav, header, footer, aside or comment', () => {
    expect(words(text)).toBe(
      'Ardern meets Kishida in Tokyo Ardern meets Kishida in Tokyo ' +
        'New Zealand Prime Minister Jacinda Ardern met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. ' +
        'The two leaders discussed the “security” of the Pacific & trade with China.',
    );
  });

  it.each([
    ['an unclosed script swallows the rest, as in a browser', 'A <script>var x = "Putin";\nB', 'A'],
    ['an unclosed comment swallows the rest', 'A <!-- Putin\nB', 'A'],
    ['nested navigation is dropped whole', '<nav>A<nav>B</nav>C</nav>D', 'D'],
    ['an unclosed nav drops only its tag', '<nav>Ardern met Kishida.', 'Ardern met Kishida.'],
    ['a comparison is not a tag', 'if a < b and c > d', 'if a < b and c > d'],
    ['a script string holding a closing-tag look-alike', '<script>x = "<nav>"; y = "</nav>";</script>Ardern', 'Ardern'],
    [
      'character references decode in place',
      'Caf&eacute; &amp; Bar &#8212; &#x1F30F; &ndash;',
      'Caf&eacute; & Bar — 🌏 –',
    ],
    ['a reference sticks to the word it touches', 'the &ldquo;security&rdquo; of', 'the “security” of'],
    ['references to controls and surrogates stay as written', 'A&#1;B&#xD800;C&#0;', 'A&#1;B&#xD800;C&#0;'],
  ])('%s', (_what, input, expected) => {
    const out = maskHtml(input);
    expect(out.length).toBe(input.length);
    expect(words(out)).toBe(expected);
  });
});

describe('maskMarkdown', () => {
  const md = fixture('article.md').toString('utf8');
  const text = maskMarkdown(md);

  it('keeps the prose: no front matter, link targets, images, code blocks or reference definitions', () => {
    expect(text.length).toBe(md.length);
    expect(words(text)).toBe(
      'Ardern meets Kishida in Tokyo New Zealand Prime Minister Jacinda Ardern met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. ' +
        'The two leaders discussed the security of the Pacific.',
    );
  });

  it.each([
    ['an unclosed fence runs to the end', 'Ardern.\n```\nPutin\n', 'Ardern.'],
    ['a longer fence is closed only by one as long', '````\n```\nPutin\n````\nArdern', 'Ardern'],
    ['inline HTML and autolinks', 'Ardern <span>met</span> <https://example.org/x> Kishida', 'Ardern met Kishida'],
    [
      'embedded HTML script, navigation and comments',
      'Ardern <!-- x -->\n<script>\nPutin()\n</script>\n<nav>Biden</nav> Kishida',
      'Ardern Kishida',
    ],
    ['a thematic break', 'Ardern\n\n- - -\n\nKishida', 'Ardern Kishida'],
  ])('%s', (_what, input, expected) => {
    const out = maskMarkdown(input);
    expect(out.length).toBe(input.length);
    expect(words(out)).toBe(expected);
  });
});

describe('maskFurniture', () => {
  it('blanks calls to action and lists of links after READ MORE, also with CRLF line ends', () => {
    const input =
      'Ardern met Kishida.\r\nREAD MORE:\r\n* Putin visits Paris\r\n* Biden in Berlin\r\nSign up to our newsletter\r\nKishida left.\r\n';
    expect(words(maskFurniture(input))).toBe('Ardern met Kishida. Kishida left.');
  });
});

describe('maskLongRuns', () => {
  it(`blanks runs of more than ${MAX_WORD} characters without a space, keeping CJK prose`, () => {
    const data = 'QUJD'.repeat(100);
    const cjk = '岸田文雄首相は東京でアーダーン首相と会談した'.repeat(20);
    const url = `https://example.org/${'a'.repeat(200)}`;
    const { text, count } = maskLongRuns(`Ardern ${data} met ${cjk} ${url} Kishida`);
    expect(count).toBe(1);
    expect(words(text)).toBe(`Ardern met ${cjk} ${url} Kishida`);
  });
});

// Each input is 1 MB of what makes a careless pattern backtrack; all maskers must stay linear.
describe('masking hostile input', () => {
  const MB = 1 << 20;
  const HOSTILE: Array<[string, string]> = [
    ['"<" with no ">"', '<a '.repeat(MB / 3)],
    ['unclosed furniture tags', '<nav '.repeat(MB / 5)],
    ['unclosed furniture elements', '<nav>'.repeat(MB / 5)],
    ['unclosed comments', '<!--'.repeat(MB / 4)],
    ['"&" with no ";"', '&amp'.repeat(MB / 4)],
    ['"[" with no "]"', '[a'.repeat(MB / 2)],
    ['link openings with no ")"', '[a](x '.repeat(MB / 6)],
    ['link titles with no closing quote', '[a](x "t '.repeat(MB / 9)],
    ['fence openings with an info string', '```js\n'.repeat(MB / 6)],
    ['a furniture line of spaces', `Watch here${' '.repeat(MB)}x`],
    ['a blank-line run before text', `${'\n'.repeat(MB)}x`],
    ['thematic-break look-alikes', `${'- '.repeat(MB / 2)}x`],
    ['long runs just under the limit', `${'a'.repeat(MAX_WORD)} `.repeat(MB / (MAX_WORD + 1))],
  ];

  // Linear passes take 0.1–2 s here even on a loaded machine; a quadratic one would take minutes and
  // meet the test's timeout (a guard against a hang: speed itself is the bench's to measure).
  it.each(HOSTILE)('masks %s, keeping every offset', (_what, input) => {
    for (const mask of [maskHtml, maskMarkdown, maskFurniture, (s: string) => maskLongRuns(s).text]) {
      expect(mask(input).length).toBe(input.length);
    }
  }, 120_000);
});
