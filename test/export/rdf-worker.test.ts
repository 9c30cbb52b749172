// The RDF files made on a worker thread (export/rdf-in-worker.ts) while the build writes graph.json and
// the viewer page: the same bytes as in the build's own thread, and a write that fails keeps its code.

import fs from 'node:fs';
import path from 'node:path';

import { build } from '../../src/build';
import { RDF_FILES, toRdfGraphData, writeRdfFiles } from '../../src/export';
import { writeRdfInWorker } from '../../src/export/rdf-in-worker';
import { StandInTexts } from '../../src/extract/workers';
import { removeCorpora, tempFolder, writeCorpus } from '../build/_corpus';

afterAll(removeCorpora);

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const read = (dir: string) => Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

describe('RDF on a worker thread', () => {
  it('writes the files the build writes in its own thread, byte for byte', async () => {
    const corpus = writeCorpus(12);
    for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(corpus, f));
    const inThread = tempFolder();
    const onWorker = tempFolder();
    const a = await build([corpus], { iterations: 5, writeTo: inThread, rdfWorker: false, viewerBundle: 'console.log(1)' });
    const b = await build([corpus], { iterations: 5, writeTo: onWorker, rdfWorker: true, viewerBundle: 'console.log(1)' });
    expect(b.triples).toBe(a.triples);
    expect(b.triples).toBeGreaterThan(1000);
    expect(read(onWorker)).toEqual(read(inThread));
    expect(Object.keys(read(onWorker))).toEqual(['graph.json', 'graph.nq', 'graph.nt', 'graph.ttl', 'index.html', 'ontology.ttl']);
  });

  it('leaves the previous files, and no temporary ones, when an RDF file cannot be staged', async () => {
    const corpus = writeCorpus(6);
    const out = tempFolder();
    await build([corpus], { iterations: 5, writeTo: out, rdfWorker: true, viewerBundle: 'console.log(1)' });
    const before = read(out);
    fs.rmSync(path.join(out, 'graph.ttl'));
    fs.mkdirSync(path.join(out, 'graph.ttl'));
    await expect(build([corpus, SEEDS], { iterations: 5, writeTo: out, rdfWorker: true, viewerBundle: 'console.log(1)' })).rejects.toMatchObject({ code: 'E_OUTPUT_UNWRITABLE' });
    const after = fs.readdirSync(out).sort();
    expect(after).toEqual(Object.keys(before).sort());
    for (const f of after.filter((f) => f !== 'graph.ttl')) expect(fs.readFileSync(path.join(out, f), 'utf8')).toBe(before[f]);
  });

  it('rejects with the system error of a write that fails, as a write in the build\'s thread does', async () => {
    const built = await build([SEEDS], { iterations: 5 });
    const missing = path.join(tempFolder(), 'no', 'such', 'folder');
    const files = Object.fromEntries(RDF_FILES.map((name) => [name, path.join(missing, name)]));
    const job = { graph: toRdfGraphData(built.graph), base: 'https://example.org/newsgraph/', codePoints: [] as Array<[string, { length: number; pairs: number[] }]>, files };
    await expect(writeRdfInWorker(job)).rejects.toMatchObject({ code: 'ENOENT' });
    // The same job in this thread fails the same way.
    await expect(writeRdfFiles(built.graph, { base: job.base, docTexts: new StandInTexts(new Map()) }, files)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
