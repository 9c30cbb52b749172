// Streamed output (export/sink.ts and the writers on it): files written piece by piece to the disk are
// byte for byte the strings the library returns, graph.json's writer is JSON.stringify(…, null, 1),
// and a graph too large for a browser page gives a page of its most-mentioned part.

import fs from 'node:fs';
import path from 'node:path';

import { build } from '../../src/build';
import { toViewerPart, writeCompactJson, writeJson, collect, writeOutputStreams } from '../../src/export';
import { removeCorpora, tempFolder, writeCorpus } from '../build/_corpus';

afterAll(removeCorpora);

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const BUNDLE = 'console.log("viewer")';

describe('writeJson', () => {
  it.each([
    ['an empty object', {}],
    ['empty arrays and objects', { nodes: [], edges: [], attributes: {} }],
    ['nested values and undefined ones', { options: { type: 'mixed', multi: false }, attributes: { name: 'x', skip: undefined }, nodes: [{ key: 'a', attributes: { aliases: ['A', 'a\nb'], x: 1.5, gone: undefined } }, undefined], edges: [{ key: 'e', source: 'a', target: 'a', attributes: { evidence: [{ text: '"quoted" </script>', start: 0 }] } }] }],
    ['a long array', { nodes: Array.from({ length: 50 }, (_, i) => ({ key: `n${i}`, attributes: { mentions: i, docs: [`d${i}.txt`] } })) }],
    // (Items are written in batches: several batches, the last one short, under a key that needs escaping.)
    [
      'large arrays and objects inside objects',
      {
        format: 'x/1',
        graph: { options: { multi: false }, nodes: Array.from({ length: 1100 }, (_, i) => ({ key: `n${i}`, a: { b: [i] } })), edges: [], nested: { deeper: { list: Array.from({ length: 600 }, (_, i) => i) } } },
        mentions: Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`k${i}`, i % 5 ? [i, i + 1] : undefined])),
        none: { gone: undefined },
        ['__proto__']: { x: 1 },
      },
    ],
    ['arrays of several batches', { 'a "key"\n': Array.from({ length: 1300 }, (_, i) => (i % 7 === 0 ? undefined : { key: `n${i}`, x: [i, { y: 'é' }] })), edges: [[1, [2]], 'x'] }],
  ])('writes %s as JSON.stringify(value, null, 1) does', (_what, value) => {
    const pieces: string[] = [];
    writeJson(value as Record<string, unknown>, (p) => pieces.push(p));
    expect(pieces.join('')).toBe(`${JSON.stringify(value, null, 1)}\n`);
    expect(pieces.length).toBeGreaterThan(Object.keys(value).length > 0 ? 2 : 0);
  });
});

describe('writeCompactJson', () => {
  it.each([
    ['an empty object', {}],
    ['nested values, undefined ones and several batches', { format: 'x/1', graph: { nodes: Array.from({ length: 1100 }, (_, i) => (i % 9 ? { key: `n${i}`, a: [i, { b: 'é</script>' }], gone: undefined } : undefined)), edges: [] }, mentions: Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`k${i}`, i % 5 ? [i] : undefined])), ['__proto__']: { x: 1 } }],
  ])('writes %s as JSON.stringify(value) does', (_what, value) => {
    const pieces: string[] = [];
    writeCompactJson(value as Record<string, unknown>, (p) => pieces.push(p));
    expect(pieces.join('')).toBe(JSON.stringify(value));
  });
});

describe('writeOutputStreams', () => {
  it('writes a file of many pieces, larger than one write, whole', () => {
    const dir = tempFolder();
    const piece = 'x'.repeat(1000) + '\n';
    writeOutputStreams(dir, [{ name: 'big.txt', write: (sink) => Array.from({ length: 3000 }, () => sink(piece)) }]);
    expect(fs.readFileSync(path.join(dir, 'big.txt'), 'utf8')).toBe(piece.repeat(3000));
    expect(fs.readdirSync(dir)).toEqual(['big.txt']);
  });

  it('leaves the previous files when a writer fails part-way, and removes its temporary files', () => {
    const dir = tempFolder();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'old');
    expect(() =>
      writeOutputStreams(dir, [
        { name: 'a.txt', write: (sink) => sink('new') },
        {
          name: 'b.txt',
          write: (sink) => {
            sink('half');
            throw new Error('boom');
          },
        },
      ]),
    ).toThrow('boom');
    expect(fs.readdirSync(dir)).toEqual(['a.txt']);
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old');
  });
});

describe('build with writeTo', () => {
  it.each([
    ['the seeds', () => SEEDS],
    // Generated articles with emoji, quotes and apostrophes, and an article of hostile text.
    [
      'a generated corpus',
      () => {
        const dir = writeCorpus(40, 7);
        fs.writeFileSync(path.join(dir, 'hostile.txt'), 'Jacinda Ardern said "</script><!--" \u2028 and \u0007 to Fumio Kishida 😀 in Tokyo.\n');
        return dir;
      },
    ],
  ])('writes %s to disk, piece by piece, byte for byte as the strings of the library API', async (_what, corpus) => {
    const input = corpus();
    const strings = await build([input], { iterations: 10, viewerBundle: BUNDLE });
    const out = path.join(tempFolder(), 'out');
    const streamed = await build([input], { iterations: 10, viewerBundle: BUNDLE, writeTo: out });
    expect(streamed.files).toEqual([]);
    expect(strings.files.map((f) => f.name).sort()).toEqual(fs.readdirSync(out).sort());
    for (const f of strings.files) expect({ name: f.name, same: fs.readFileSync(path.join(out, f.name), 'utf8') === f.content }).toEqual({ name: f.name, same: true });
    expect(streamed.triples).toBe(strings.triples);
    expect(streamed.viewer).toEqual({ shown: streamed.graph.order, total: streamed.graph.order });
  });
});

describe('toViewerPart', () => {
  it('keeps a graph that fits whole, and cuts one that does not to its most-mentioned nodes and the edges among them', async () => {
    const { graph } = await build([SEEDS], { iterations: 5 });
    const exported = graph.export();
    expect(toViewerPart(exported).graph).toBe(exported);
    const whole = Buffer.byteLength(collect((s) => writeJson(exported, s)));
    const part = toViewerPart(exported, Math.floor(whole / 4));
    expect(part.total).toBe(graph.order);
    expect(part.shown).toBe(part.graph.nodes.length);
    expect(part.shown).toBeGreaterThan(0);
    expect(part.shown).toBeLessThan(part.total);
    expect(Buffer.byteLength(collect((s) => writeJson(part.graph, s)))).toBeLessThanOrEqual(Math.floor(whole / 4) + 200);
    // The most-mentioned nodes are in; none left out has more mentions than one kept.
    const mentions = (key: string) => graph.getNodeAttribute(key, 'mentions');
    const kept = new Set(part.graph.nodes.map((n) => n.key));
    const minKept = Math.min(...[...kept].map(mentions));
    const left = graph.nodes().filter((k) => !kept.has(k));
    expect(Math.max(...left.map(mentions))).toBeLessThanOrEqual(minKept);
    // Every edge among kept nodes is kept, and no other.
    const expected = graph.edges().filter((e) => kept.has(graph.source(e)) && kept.has(graph.target(e)));
    expect(part.graph.edges.map((e) => e.key)).toEqual(expected);
  });
});

describe('build, a graph too large for one page', () => {
  it('gives a viewer page of its most-mentioned part that says so, and keeps everything in graph.json and the RDF', async () => {
    const whole = await build([SEEDS], { iterations: 5, viewerBundle: BUNDLE });
    const cut = await build([SEEDS], { iterations: 5, viewerBundle: BUNDLE, viewerMaxBytes: 20_000 });
    expect(cut.viewer!.total).toBe(whole.graph.order);
    expect(cut.viewer!.shown).toBeLessThan(cut.viewer!.total);
    const page = cut.files.find((f) => f.name === 'index.html')!.content;
    expect(page).toContain(`shows the ${cut.viewer!.shown} most-mentioned of the ${cut.viewer!.total} nodes of this graph`);
    const data = JSON.parse(/<script id="graph-data" type="application\/json">([^]*?)<\/script>/.exec(page)![1]) as { graph: { nodes: Array<{ key: string }> }; mentions: Record<string, unknown> };
    expect(data.graph.nodes).toHaveLength(cut.viewer!.shown);
    // The mention sentences of the nodes shown, and of no other.
    expect(Object.keys(data.mentions).every((k) => data.graph.nodes.some((n) => n.key === k))).toBe(true);
    for (const name of ['graph.json', 'graph.nt', 'graph.nq', 'graph.ttl']) expect(cut.files.find((f) => f.name === name)!.content).toBe(whole.files.find((f) => f.name === name)!.content);
    expect(whole.files.find((f) => f.name === 'index.html')!.content).not.toContain('most-mentioned');
  });
});
