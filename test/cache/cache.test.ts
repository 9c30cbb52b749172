// The extraction cache (src/cache): entries keyed by document and extractor version, read back as
// written, never mistaken for another document's, and pruned to the documents of a build.

import fs from 'node:fs';
import path from 'node:path';

import { cacheKey, openCache } from '../../src/cache';
import { extractForBuild } from '../../src/extract/workers';
import { extractDocument } from '../../src/extract';
import { toDocument } from '../../src/ingest';
import { removeCorpora, tempFolder } from '../build/_corpus';

afterAll(removeCorpora);

const doc = (id: string, text: string) => toDocument(id, id, text);
const ARDERN = doc('ardern.txt', 'Jacinda Ardern met Fumio Kishida in Tokyo 😀 on Monday.');

describe('cacheKey', () => {
  it('changes with the text, the document id and the extractor version, and only with them', () => {
    const key = cacheKey(ARDERN, 'v1');
    expect(cacheKey(doc('ardern.txt', ARDERN.text), 'v1')).toBe(key);
    expect(cacheKey(doc('ardern.txt', `${ARDERN.text} `), 'v1')).not.toBe(key);
    expect(cacheKey(doc('other.txt', ARDERN.text), 'v1')).not.toBe(key);
    expect(cacheKey(ARDERN, 'v2')).not.toBe(key);
  });
});

describe('openCache', () => {
  it('gives back what was put, as the extraction it was (a JSON round trip)', () => {
    const cache = openCache(path.join(tempFolder(), 'cache'));
    expect(cache.isEmpty()).toBe(true);
    const value = extractForBuild(ARDERN, extractDocument);
    const key = cacheKey(ARDERN, 'v1');
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, value);
    expect(cache.isEmpty()).toBe(false);
    expect(cache.get(key)).toEqual(value);
    expect(cache.get(cacheKey(ARDERN, 'v2'))).toBeUndefined();
  });

  it('treats a corrupt entry, or one renamed to another key, as missing', () => {
    const dir = tempFolder();
    const cache = openCache(dir);
    const a = cacheKey(ARDERN, 'v1');
    const b = cacheKey(ARDERN, 'v2');
    cache.put(a, extractForBuild(ARDERN, extractDocument));
    const fileA = path.join(dir, a.slice(0, 2), `${a}.json`);
    fs.mkdirSync(path.join(dir, b.slice(0, 2)), { recursive: true });
    fs.copyFileSync(fileA, path.join(dir, b.slice(0, 2), `${b}.json`));
    expect(cache.get(b)).toBeUndefined();
    fs.writeFileSync(fileA, '{"key":');
    expect(cache.get(a)).toBeUndefined();
  });

  it('prunes the entries a build did not use', () => {
    const cache = openCache(tempFolder());
    const keys = ['v1', 'v2', 'v3'].map((v) => cacheKey(ARDERN, v));
    const value = extractForBuild(ARDERN, extractDocument);
    for (const k of keys) cache.put(k, value);
    expect(cache.prune(new Set([keys[1]]))).toBe(2);
    expect(keys.map((k) => cache.get(k) !== undefined)).toEqual([false, true, false]);
  });

  it('reports a folder it cannot write and goes on', () => {
    const file = path.join(tempFolder(), 'a-file');
    fs.writeFileSync(file, '');
    const cache = openCache(path.join(file, 'cache'));
    cache.put(cacheKey(ARDERN, 'v1'), extractForBuild(ARDERN, extractDocument));
    expect(cache.problem).toMatch(/cannot write/);
  });
});
