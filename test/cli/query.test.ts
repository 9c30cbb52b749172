// `newsgraph query` (src/cli/commands/query.ts): the command in process with captured output, and
// once as a real process, to see the exit code and stderr a user sees.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { REPO } from '../export/_rdf';
import { runCli, seedsOnDisk } from './_run';

const run = runCli;

describe('newsgraph query', () => {
  const seeds = seedsOnDisk();

  it('prints a table of the results', async () => {
    const r = await run(['query', '--data', seeds.data, 'SELECT ?name WHERE { ?c a schema:Country ; rdfs:label ?name } ORDER BY ?name']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^name\s*$/);
    expect(lines).toContain('New Zealand');
    expect(lines).toContain('Japan');
    expect(lines[lines.length - 1]).toMatch(/^\(\d+ rows\)$/);
  });

  it('prints SPARQL JSON and CSV with --format', async () => {
    const q = 'SELECT ?name WHERE { ?o a schema:Organization ; rdfs:label ?name } ORDER BY ?name';
    const json = await run(['query', '--data', seeds.data, '--format', 'json', q]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(parsed.head.vars).toEqual(['name']);
    expect(parsed.results.bindings.map((b: { name: { value: string } }) => b.name.value)).toContain('Five Eyes');
    const csv = await run(['query', '--data', seeds.data, '--format=csv', q]);
    expect(csv.out.split('\r\n')[0]).toBe('name');
    expect(csv.out.split('\r\n')).toContain('Five Eyes');
  });

  it('loads ontology.ttl from beside the data, unless --no-ontology', async () => {
    const q = 'ASK { ng:memberOf rdfs:subPropertyOf schema:memberOf }';
    expect((await run(['query', '--data', seeds.data, q])).out).toBe('true');
    expect((await run(['query', '--data', seeds.data, '--no-ontology', q])).out).toBe('false');
  });

  it('reads the query from --file', async () => {
    const file = path.join(seeds.dir, 'q.rq');
    fs.writeFileSync(file, 'ASK { ?s ng:memberOf ?o }');
    expect(await run(['query', '--data', seeds.data, '--file', file])).toMatchObject({ code: 0, out: 'true' });
  });

  it('reports a syntax error on stderr with the parser message and exit 1, without a stack', async () => {
    const r = await run(['query', '--data', seeds.data, 'SELECT ?x WHERE { ?x ng:memberOf ']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^newsgraph: query: SPARQL syntax error at line 1, column \d+: expected one of/);
    expect(r.err).not.toMatch(/internal error|\n\s+at /);
  });

  it.each([
    // no query
    [['query'], 2],
    // unknown format
    [['query', '--format', 'xml', 'ASK {}'], 2],
    // data file that is not there
    [['query', '--data', '/nonexistent/graph.nq', 'ASK {}'], 1],
    // data file of a syntax it cannot tell
    [['query', '--data', 'graph.json', 'ASK {}'], 2],
  ])('fails on %j with exit %i and one line of advice', async (argv, code) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(/^newsgraph: /);
    expect(r.err).not.toMatch(/internal error/);
  });

  describe('as a process', () => {
    // A private compile of src/, so the test needs no `npm run build` and never runs a stale dist/.
    const outDir = path.join(REPO, 'node_modules', '.cache', `newsgraph-query-test-${process.pid}`);
    beforeAll(() => {
      const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(REPO, 'tsconfig.json'), '--outDir', outDir], { encoding: 'utf8' });
      if (!fs.existsSync(path.join(outDir, 'cli', 'index.js'))) throw new Error(`tsc did not compile the CLI: ${tsc.stdout}${tsc.stderr}`);
    }, 60_000);
    afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

    it('exits non-zero with the parser message on stderr and no stack trace', () => {
      const r = spawnSync(process.execPath, [path.join(outDir, 'cli', 'index.js'), 'query', '--data', seeds.data, 'SELECT ?x WHERE { ?x ?y }'], { encoding: 'utf8', cwd: os.tmpdir() });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^newsgraph: query: SPARQL syntax error at line 1, column \d+/);
      expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    });

    it('prints results on stdout and exits 0', () => {
      const r = spawnSync(process.execPath, [path.join(outDir, 'cli', 'index.js'), 'query', '--data', seeds.data, '--format', 'csv', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ng:memberOf ?o }'], { encoding: 'utf8', cwd: os.tmpdir() });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^n\r\n[1-9]\d*\n$/);
    });
  });
});
