// IRI-safe slugs (src/export/rdf/slug.ts): `[a-z0-9-]` whatever the name, one-to-one where it must be.

import { isSlug, slugify, toSafeSlug } from '../../../src/export/rdf/slug';

const HOSTILE: Array<[string, string]> = [
  ['accents', 'Ngāti Porou – Māori'],
  ['quotes', `the "so-called" 'deal'`],
  ['slashes and backslashes', 'AC/DC \\ C:\\temp'],
  ['angle brackets', '<script>alert(1)</script>'],
  ['emoji only', '😀🎉'],
  ['other scripts only', '中华人民共和国'],
  ['control characters', 'a\u0000b\u0007c\u001fd'],
  ['newlines', 'line one\nline two\r\n'],
  ['empty', ''],
  ['10 kB', 'Very Long Name '.repeat(700)],
];

describe('slugify', () => {
  it.each([
    // NFKD folds the accent away
    ['Ngāti Porou', 'ngati-porou'],
    // letters NFKD keeps are transliterated rather than lost
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    // punctuation runs become one hyphen, never at the ends
    ['  --Hello,   World!--  ', 'hello-world'],
  ])('folds %j to %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('cuts long names and adds a hash so that two with the same start stay apart', () => {
    const a = slugify(`${'x'.repeat(100)} a`);
    const b = slugify(`${'x'.repeat(100)} b`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(60 + 7);
  });
});

describe('toSafeSlug', () => {
  it.each(HOSTILE)('gives a valid, short, stable slug for %s', (_what, name) => {
    const slug = toSafeSlug(name);
    expect(isSlug(slug)).toBe(true);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(toSafeSlug(name)).toBe(slug);
  });

  it('keeps a name that already is a slug, such as a node key', () => {
    expect(toSafeSlug('person-jacinda-ardern')).toBe('person-jacinda-ardern');
  });

  it('never gives two different names the same slug', () => {
    const names = ['a.txt', 'A.txt', 'a-txt', 'a txt', 'a_txt', 'a--txt', '-a-txt', 'x'.repeat(81), 'x'.repeat(82), ...HOSTILE.map((h) => h[1])];
    const slugs = names.map((n) => toSafeSlug(n));
    expect(new Set(slugs).size).toBe(names.length);
  });
});
