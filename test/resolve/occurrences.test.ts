// Resolution keeps only the occurrences a viewer page can list (src/resolve/index.ts), and counts them all.

import { LISTED_SENTENCES } from '../../src/types';
import { resolveTexts } from '../_helpers';

describe('occurrences kept for the viewer', () => {
  it('keeps the first documents and sentences a page can list, and counts every sentence', () => {
    const texts = Array.from({ length: LISTED_SENTENCES + 5 }, () => Array.from({ length: LISTED_SENTENCES + 3 }, (_, i) => `Norway sold ${i + 2} ships.`).join(' '));
    const norway = resolveTexts(texts).entities.find((e) => e.label === 'Norway')!;
    expect(norway.sentenceCount).toBe((LISTED_SENTENCES + 5) * (LISTED_SENTENCES + 3));
    const docs = new Set(norway.occurrences!.map((o) => o.doc));
    expect(docs.size).toBe(LISTED_SENTENCES);
    for (const d of docs) expect(new Set(norway.occurrences!.filter((o) => o.doc === d).map((o) => o.sentence)).size).toBe(LISTED_SENTENCES);
  });
});
