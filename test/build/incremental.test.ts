// Incremental rebuilds (newsgraph build with its cache): a rebuild after adding, changing and removing
// documents extracts only those, writes RDF byte-identical to a clean build of the same inputs and a
// graph.json equal but for positions, and keeps the positions of the nodes the previous graph had.

import fs from 'node:fs';
import path from 'node:path';

import { build } from '../../src/build';
import { cacheKey, openCache } from '../../src/cache';
import { readFileIndex } from '../../src/cache/file-index';
import { extractorVersion } from '../../src/extract/version';
import { extractDocument } from '../../src/extract';
import { extractForBuild } from '../../src/extract/workers';
import { toDocument } from '../../src/ingest';
import { runCli } from '../cli/_run';
import { removeCorpora, tempFolder, writeCorpus } from './_corpus';

afterAll(removeCorpora);

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const RDF = ['graph.nt', 'graph.nq', 'graph.ttl', 'ontology.ttl'];

type GraphJson = { nodes: Array<{ key: string; attributes: Record<string, unknown> }>; edges: unknown[] };
const readGraph = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'graph.json'), 'utf8')) as GraphJson;
const withoutPositions = (g: GraphJson) => ({ ...g, nodes: g.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, x: 0, y: 0 } })) });
const positions = (g: GraphJson) => new Map(g.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));

describe('newsgraph build, incremental', () => {
  it('extracts only the added and changed documents and gives the graph of a clean build', async () => {
    const corpus = tempFolder();
    for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(corpus, f));
    const generated = writeCorpus(6);
    for (const f of fs.readdirSync(generated)) fs.copyFileSync(path.join(generated, f), path.join(corpus, f));
    const out = path.join(tempFolder(), 'out');
    const first = await runCli(['build', corpus, '--out', out, '--iterations', '20', '--jobs', '1']);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/\(11 extracted, 0 from the cache\)/);
    const before = readGraph(out);

    // One article added, one changed, one removed.
    fs.writeFileSync(path.join(corpus, 'zz-added.txt'), 'Jacinda Ardern met Emmanuel Macron in Paris on Friday. Macron visited Noumea.\n');
    fs.appendFileSync(path.join(corpus, 'article-0002.txt'), '\nPenny Wong visited Fiji.\n');
    fs.rmSync(path.join(corpus, 'article-0004.txt'));
    const again = await runCli(['build', corpus, '--out', out, '--iterations', '20', '--jobs', '1']);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/\(2 extracted, 9 from the cache\)/);

    const clean = path.join(tempFolder(), 'clean');
    expect((await runCli(['build', corpus, '--out', clean, '--iterations', '20', '--no-cache'])).code).toBe(0);
    for (const name of RDF) expect(fs.readFileSync(path.join(out, name), 'utf8')).toBe(fs.readFileSync(path.join(clean, name), 'utf8'));
    const after = readGraph(out);
    expect(withoutPositions(after)).toEqual(withoutPositions(readGraph(clean)));

    // Stable positions: every node of the previous graph is where it was; new ones are placed.
    const old = positions(before);
    const now = positions(after);
    const kept = [...now].filter(([key]) => old.has(key));
    expect(kept.length).toBeGreaterThan(40);
    for (const [key, xy] of kept) expect(xy).toEqual(old.get(key));
    const added = after.nodes.filter((n) => !old.has(n.key));
    expect(added.map((n) => n.key)).toEqual(expect.arrayContaining(['person-emmanuel-macron']));
    for (const n of added) expect(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y)).toBe(true);
    // The clean build lays out anew: its positions are not the kept ones.
    expect(positions(readGraph(clean))).not.toEqual(now);

    // The default cache follows the output: the removed and the old version of the changed article are gone.
    const entries = fs
      .readdirSync(path.join(out, '.cache'))
      .filter((d) => /^[0-9a-f]{2}$/.test(d))
      .flatMap((d) => fs.readdirSync(path.join(out, '.cache', d)));
    expect(entries).toHaveLength(11);
  });

  it('uses a cached extraction made by the same extractor, and not one made by another', async () => {
    const corpus = tempFolder();
    const text = 'Jacinda Ardern met Fumio Kishida in Tokyo on Monday.\n';
    fs.writeFileSync(path.join(corpus, 'a.txt'), text);
    const dir = path.join(tempFolder(), 'cache');
    const cache = openCache(dir);
    // A planted entry: the extraction of another text, under this document's key.
    const planted = extractForBuild(toDocument('a.txt', 'a.txt', 'Anthony Albanese visited Honiara.\n'), extractDocument);
    planted.extraction.doc = 'a.txt';
    const doc = toDocument('a.txt', path.join(corpus, 'a.txt'), text);
    cache.put(cacheKey(doc, 'an older extractor'), planted);
    const fresh = await build([corpus], { iterations: 5, cache });
    expect(fresh.extracted).toBe(1);
    expect(fresh.graph.hasNode('person-jacinda-ardern')).toBe(true);

    cache.put(cacheKey(doc, extractorVersion()), planted);
    const hit = await build([corpus], { iterations: 5, cache });
    expect([hit.extracted, hit.cached]).toEqual([0, 1]);
    expect(hit.graph.hasNode('person-anthony-albanese')).toBe(true);
    expect(hit.graph.hasNode('person-jacinda-ardern')).toBe(false);
  });
});

describe('the cache\'s index of files', () => {
  /** The input files a build opens (readDocument opens each file it reads). */
  async function filesOpened(corpus: string, run: () => Promise<unknown>): Promise<string[]> {
    const spy = jest.spyOn(fs, 'openSync');
    try {
      await run();
      return [...new Set(spy.mock.calls.map((c) => String(c[0])).filter((f) => f.startsWith(corpus)))].map((f) => path.basename(f));
    } finally {
      spy.mockRestore();
    }
  }

  it('reads on a rebuild only the files whose size, times or inode changed, and builds what a clean build does', async () => {
    const corpus = tempFolder();
    for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(corpus, f));
    fs.writeFileSync(path.join(corpus, 'notes.txt'), 'Jacinda Ardern met Osric Vandeleur in Tokyo on Monday.\n');
    // Files changed within a file system's clock tick (2 s on FAT) of being indexed are read again
    // next time: these are indexed once they are older than that.
    await new Promise((r) => setTimeout(r, 2100));
    const cache = openCache(path.join(tempFolder(), 'cache'));
    const options = { iterations: 5, cache };
    const first = await filesOpened(corpus, () => build([corpus], options));
    expect(first).toHaveLength(fs.readdirSync(corpus).length);

    const rebuild = await filesOpened(corpus, async () => {
      const r = await build([corpus], options);
      expect([r.extracted, r.cached]).toEqual([0, 6]);
    });
    expect(rebuild).toEqual([]);

    // The same size and modification time, other words: the change time gives it away.
    const file = path.join(corpus, 'notes.txt');
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'Jacinda Ardern met Tamsin Orlebury in Tokyo on Monday.\n');
    fs.utimesSync(file, atime, mtime);
    expect(fs.statSync(file).size).toBe(Buffer.byteLength('Jacinda Ardern met Osric Vandeleur in Tokyo on Monday.\n'));
    let changed: Awaited<ReturnType<typeof build>> | undefined;
    expect(await filesOpened(corpus, async () => void (changed = await build([corpus], options)))).toEqual(['notes.txt']);
    expect([changed!.extracted, changed!.cached]).toEqual([1, 5]);
    const clean = await build([corpus], { iterations: 5 });
    expect(changed!.files.filter((f) => RDF.includes(f.name))).toEqual(clean.files.filter((f) => RDF.includes(f.name)));
    expect(changed!.graph.hasNode('person-tamsin-orlebury')).toBe(true);
    expect(changed!.graph.hasNode('person-osric-vandeleur')).toBe(false);
  });

  it('is not trusted for a file changed within a clock tick of being indexed, nor for another extractor', async () => {
    const corpus = tempFolder();
    fs.writeFileSync(path.join(corpus, 'a.txt'), 'Penny Wong visited Fiji on Tuesday.\n');
    const dir = path.join(tempFolder(), 'cache');
    const cache = openCache(dir);
    await build([corpus], { iterations: 5, cache });
    // Indexed at once after it was written: read again.
    expect(await filesOpened(corpus, () => build([corpus], { iterations: 5, cache }))).toEqual(['a.txt']);
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'files.json'), 'utf8')) as { version: string; files: Record<string, { key: string }> };
    expect(Object.keys(index.files)).toEqual([path.join(corpus, 'a.txt')]);
    expect(index.files[path.join(corpus, 'a.txt')].key).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileIndex(dir, index.version).size).toBe(1);
    expect(readFileIndex(dir, 'another reader').size).toBe(0);
  });
});

describe('positions kept in the cache', () => {
  it('are read on a rebuild instead of graph.json, unless graph.json is not the one they were saved with', async () => {
    const corpus = tempFolder();
    for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(corpus, f));
    const out = path.join(tempFolder(), 'out');
    expect((await runCli(['build', corpus, '--out', out, '--iterations', '5', '--jobs', '1'])).code).toBe(0);
    expect(fs.existsSync(path.join(out, '.cache', 'positions.json'))).toBe(true);
    const graphReads = async () => {
      const spy = jest.spyOn(fs, 'readFileSync');
      try {
        expect((await runCli(['build', corpus, '--out', out, '--iterations', '5', '--jobs', '1'])).code).toBe(0);
        return spy.mock.calls.filter((c) => String(c[0]) === path.join(out, 'graph.json')).length;
      } finally {
        spy.mockRestore();
      }
    };
    expect(await graphReads()).toBe(0);
    const before = readGraph(out);
    // graph.json changed since (here by hand): it is read, and its positions are the ones kept.
    fs.appendFileSync(path.join(out, 'graph.json'), '\n');
    expect(await graphReads()).toBe(1);
    expect(positions(readGraph(out))).toEqual(positions(before));
  });
});

describe('extractorVersion', () => {
  it('is a digest of the extraction code, the same through a process', () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{32}$/);
    expect(extractorVersion()).toBe(extractorVersion());
  });
});
