// `newsgraph load` into a real triple store end to end: Debian's Virtuoso 7.2, started by this test
// on free loopback ports from a private copy of its ini (TRAPS.md), loaded over the Graph Store
// Protocol, queried over HTTP, and compared with the embedded store. Always stopped by its PID.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runSparql, type QueryResult, type RdfSource } from '../../src/query';
import { buildSeeds, TEST_BASE, writeTemp } from '../export/_rdf';
import { needs } from '../_system';
import { runCli, freePort } from './_run';

const SYSTEM_INI = '/etc/virtuoso-opensource-7/virtuoso.ini';
const GRAPH = 'https://example.org/newsgraph/graph';
const PREFIXES = 'PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>';


/** The system ini with every database file in `dir` and the two ports changed (TRAPS.md recipe). */
function privateIni(dir: string, sqlPort: number, httpPort: number): string {
  const ini = fs.readFileSync(SYSTEM_INI, 'utf8');
  // Every file of the default database folder (db, log, lock, transaction files) goes to `dir`, so
  // that the test never touches, nor collides with, a system or concurrent instance.
  const dbDir = /^DatabaseFile\s*=\s*(.*\/)[^/]+$/m.exec(ini)![1];
  return ini
    .split(dbDir)
    .join(`${dir}/`)
    .replace(/^(ServerPort\s*=\s*)1111\b/m, `$1${sqlPort}`)
    .replace(/^(ServerPort\s*=\s*)8890\b/m, `$1${httpPort}`)
    .replace(/^(DefaultHost\s*=\s*)localhost:8890/m, `$1localhost:${httpPort}`);
}

async function waitForHttp(url: string, child: ChildProcess, log: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`virtuoso-t exited with ${child.exitCode}:\n${fs.readFileSync(log, 'utf8')}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Virtuoso did not answer on ${url} within ${ms / 1000} s:\n${fs.readFileSync(log, 'utf8')}`);
}

const run = runCli;

// Skipped where Virtuoso is not installed; fails then under NEWSGRAPH_SYSTEM_TESTS=required (test/_system.ts).
needs('virtuoso').describe('newsgraph load into Virtuoso', () => {
  let tmp: string;
  let child: ChildProcess | undefined;
  let httpPort: number;
  let sqlPort: number;
  let out: string;
  let sources: RdfSource[];

  /** SELECT over HTTP; rows as plain strings. */
  async function virtuoso(query: string): Promise<Array<Record<string, string>>> {
    const res = await fetch(`http://127.0.0.1:${httpPort}/sparql?query=${encodeURIComponent(`${PREFIXES} ${query}`)}`, { headers: { accept: 'application/sparql-results+json' } });
    if (!res.ok) throw new Error(`Virtuoso answered ${res.status}: ${await res.text()}`);
    const json = (await res.json()) as { results: { bindings: Array<Record<string, { value: string }>> } };
    return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  }
  function embedded(query: string): Array<Record<string, string>> {
    const r: QueryResult = runSparql(sources, `${PREFIXES} ${query}`);
    if (r.kind !== 'bindings') throw new Error('not a SELECT');
    return r.rows.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  }

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-virtuoso-'));
    [sqlPort, httpPort] = [await freePort(), await freePort()];
    const ini = path.join(tmp, 'virtuoso.ini');
    fs.writeFileSync(ini, privateIni(tmp, sqlPort, httpPort));
    const log = path.join(tmp, 'stdout.log');
    const logFd = fs.openSync(log, 'w');
    child = spawn('virtuoso-t', ['+configfile', ini, '+foreground'], { cwd: tmp, stdio: ['ignore', logFd, logFd] });
    fs.closeSync(logFd);
    // Belt and braces: should jest exit without running afterAll, the server still goes with it.
    const pid = child.pid!;
    process.once('exit', () => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already stopped
      }
    });
    // The build runs while Virtuoso starts (it needs a few seconds).
    const built = buildSeeds();
    await waitForHttp(`http://127.0.0.1:${httpPort}/sparql?query=ASK%7B%7D`, child, log, 40_000);
    // Unauthenticated Graph Store writes, for this private instance only (TRAPS.md).
    const grant = spawnSync('isql-vt', [String(sqlPort), 'dba', 'dba', 'exec=grant SPARQL_UPDATE to "SPARQL";'], { encoding: 'utf8', timeout: 20_000 });
    if (grant.status !== 0) throw new Error(`isql-vt grant failed: ${grant.stdout}${grant.stderr}`);
    out = writeTemp((await built).files);
    sources = [
      { name: 'graph.nq', text: fs.readFileSync(path.join(out, 'graph.nq'), 'utf8') },
      { name: 'ontology.ttl', text: fs.readFileSync(path.join(out, 'ontology.ttl'), 'utf8') },
    ];
  }, 55_000);

  afterAll(async () => {
    if (child?.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => child!.exitCode === null && process.kill(child!.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it('loads the build with the Graph Store Protocol in batches', async () => {
    const r = await run(['load', '--endpoint', `http://127.0.0.1:${httpPort}/sparql-graph-crud`, '--graph', GRAPH, '--data', path.join(out, 'graph.nq'), '--batch', '1000']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/loaded \d+ triples into \d+ graphs/);
  });

  it('holds as many triples in the target graph as the embedded store’s default graph', async () => {
    const [v] = await virtuoso(`SELECT (COUNT(*) AS ?n) FROM <${GRAPH}> WHERE { ?s ?p ?o }`);
    const [e] = embedded('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(Number(v.n)).toBeGreaterThan(1000);
    expect(Number(v.n)).toBe(Number(e.n));
  });

  it('holds the same document graphs with the same number of facts', async () => {
    const q = `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${TEST_BASE}document/")) } GROUP BY ?g ORDER BY ?g`;
    const v = await virtuoso(q);
    expect(v.length).toBeGreaterThanOrEqual(4);
    expect(v).toEqual(embedded(q));
  });

  it('gives the same answers as the embedded store, non-ASCII labels and sentences included', async () => {
    // Entity labels only (the ontology's are language-tagged), sorted here: the stores collate differently.
    const labels = `SELECT ?label (COUNT(?x) AS ?n) FROM <${GRAPH}> WHERE { ?x rdfs:label ?label FILTER(STRSTARTS(STR(?x), "${TEST_BASE}entity/")) } GROUP BY ?label`;
    const sorted = (rows: Array<Record<string, string>>) => rows.map((row) => JSON.stringify(row)).sort();
    const v = await virtuoso(labels);
    expect(sorted(v)).toEqual(sorted(embedded(labels.replace(`FROM <${GRAPH}> `, ''))));
    expect(v.some((row) => /[^\x00-\x7f]/.test(row.label))).toBe(true);
    const support = `SELECT ?text FROM <${GRAPH}> WHERE {
      ?st rdf:subject ?s ; rdf:predicate ng:memberOf ; rdf:object ?o ; prov:wasDerivedFrom ?ev .
      ?s rdfs:label "New Zealand" . ?o rdfs:label "Five Eyes" . ?ev nif:anchorOf ?text } ORDER BY ?text`;
    const sentences = await virtuoso(support);
    expect(sentences.length).toBeGreaterThan(0);
    expect(sorted(sentences)).toEqual(sorted(embedded(support.replace(`FROM <${GRAPH}> `, ''))));
  });

  it('replaces rather than duplicates with --replace', async () => {
    const r = await run(['load', '--endpoint', `http://127.0.0.1:${httpPort}/sparql-graph-crud`, '--graph', GRAPH, '--data', path.join(out, 'graph.nq'), '--replace']);
    expect(r.code).toBe(0);
    const [v] = await virtuoso(`SELECT (COUNT(*) AS ?n) FROM <${GRAPH}> WHERE { ?s ?p ?o }`);
    expect(Number(v.n)).toBe(Number(embedded('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')[0].n));
  });
});
