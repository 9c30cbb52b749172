import { decodeText } from '../../src/ingest';
import { fixture } from './_files';

const ARDERN = 'Jacinda Ardern met Fumio Kishida in Tōkyō on Thursday.\nSão Paulo and München were mentioned too 🌏.\n';

/** Decodes and expects text. */
function shouldDecode(bytes: Uint8Array, text: string | RegExp, encoding?: string) {
  const d = decodeText(bytes);
  if (!d.ok) throw new Error(`expected text, got: ${d.reason}`);
  if (typeof text === 'string') expect(d.text).toBe(text);
  else expect(d.text).toMatch(text);
  if (encoding) expect(d.encoding).toBe(encoding);
  return d;
}

/** Decodes and expects a refusal whose reason mentions `what`. */
function shouldRefuse(bytes: Uint8Array, what: RegExp) {
  const d = decodeText(bytes);
  expect(d.ok).toBe(false);
  if (!d.ok) expect(d.reason).toMatch(what);
}

describe('decodeText', () => {
  it('reads UTF-8 as it is, and drops a UTF-8 BOM', () => {
    shouldDecode(Buffer.from(ARDERN, 'utf8'), ARDERN, 'utf-8');
    shouldDecode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARDERN, 'utf8')]), ARDERN, 'utf-8');
  });

  it('reads Windows-1252 (and so Latin-1): accents, the euro sign and curly quotes', () => {
    const d = shouldDecode(
      fixture('latin1.txt'),
      /The café owner in Köln said “the crème brûlée costs 5 €”\./,
      'windows-1252',
    );
    expect(d.notes).toEqual([]);
  });

  it.each([
    ['utf16le-bom.txt', 'utf-16le'], // FF FE
    ['utf16be-bom.txt', 'utf-16be'], // FE FF
    ['utf16le-no-bom.txt', 'utf-16le'], // no BOM: every other byte is NUL
  ])('reads UTF-16 from %s, surrogate pairs included', (name, encoding) => {
    shouldDecode(fixture(name), ARDERN, encoding);
  });

  it('blanks NUL bytes one for one and says so, keeping trailing NUL padding from counting as binary', () => {
    const bytes = fixture('nul-bytes.txt');
    const d = shouldDecode(bytes, /^Jacinda Ardern  visited Japan\.   Fumio Kishida met her in Tokyo\.\n +$/);
    expect(d.ok && d.text.length).toBe(bytes.length);
    expect(d.ok && d.notes.join()).toMatch(/4099 NUL or control characters read as spaces/);
  });

  it('keeps UTF-8 with a few broken bytes as UTF-8, replacing only the broken bytes', () => {
    const d = shouldDecode(
      fixture('invalid-utf8.txt'),
      /^Fumio Kishida visited München and São Paulo\. \uFFFD broken \uFFFD bytes\.\n$/,
      'utf-8',
    );
    expect(d.ok && d.notes.join()).toMatch(/2 invalid UTF-8 sequences replaced/);
  });

  it('blanks C0 and C1 controls, and turns a lone CR (old Mac line ends) into a newline', () => {
    shouldDecode(
      Buffer.from('Ardern\x07 met\x1b[31m Kishida.\rNext line\r\nlast\u0085', 'utf8'),
      'Ardern  met [31m Kishida.\nNext line\r\nlast ',
    );
  });

  it.each([
    ['png-named-as.txt', /PNG image/],
    ['pdf-named-as.txt', /PDF/],
    ['zip-named-as.txt', /ZIP/],
    ['photo.png', /PNG image/],
  ])('refuses the binary file %s by its magic number', (name, what) => {
    shouldRefuse(fixture(name), what);
  });

  it('refuses bytes full of control characters, and UTF-32', () => {
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 256;
    shouldRefuse(noise, /binary file/);
    shouldRefuse(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /UTF-32/);
    shouldRefuse(
      Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00]),
      /binary file \(not valid UTF-16LE\)/,
    );
  });

  it('does not take prose starting like a magic number for a binary file', () => {
    shouldDecode(Buffer.from('ID3 tags are metadata. BZh, said Ardern.'), 'ID3 tags are metadata. BZh, said Ardern.');
  });
});
