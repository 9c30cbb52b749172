// `newsgraph load` (src/cli/commands/load.ts) against a Graph Store stand-in on loopback: the
// requests it makes, and its errors when the server is down, refuses or the options are wrong.
// load-virtuoso.test.ts runs it against a real store.

import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { Parser, type Quad } from 'n3';

import { parse } from '../export/_rdf';
import { freePort, runCli, seedsOnDisk } from './_run';

const run = runCli;

interface Received {
  method: string;
  url: URL;
  contentType: string;
  body: string;
}

/** A loopback HTTP server that records requests and answers with `status`. */
async function startServer(answer: (r: Received) => [number, string] = () => [201, '']): Promise<{ url: string; requests: Received[]; close: () => Promise<void> }> {
  const requests: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const r = { method: req.method!, url: new URL(req.url!, 'http://x'), contentType: String(req.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') };
      requests.push(r);
      const [status, body] = answer(r);
      res.writeHead(status, { 'content-type': 'text/html' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/ds/data`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('newsgraph load', () => {
  const seeds = seedsOnDisk();

  it('POSTs N-Triples in batches: the default graph and ontology to --graph, each document graph to its IRI', async () => {
    const server = await startServer();
    try {
      const r = await run(['load', '--endpoint', server.url, '--graph', 'https://example.org/g', '--data', seeds.data, '--batch', '500']);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toMatch(/^newsgraph: loaded \d+ triples into \d+ graphs at http:\/\/127\.0\.0\.1:\d+\/ds\/data in \d+ requests, [\d.]+ s \(\d+ triples\/s\)$/);
      for (const q of server.requests) {
        expect(q.method).toBe('POST');
        expect(q.url.pathname).toBe('/ds/data');
        expect(q.contentType).toBe('application/n-triples');
      }
      // What arrived, graph by graph, is graph.nq plus ontology.ttl (whose blank nodes get new labels).
      const named = (t: Quad) => t.subject.termType !== 'BlankNode' && t.object.termType !== 'BlankNode';
      const arrived = server.requests.flatMap((q) => new Parser({ format: 'N-Triples' }).parse(q.body).map((t) => ({ q, t })));
      const got = arrived.filter(({ t }) => named(t)).map(({ q, t }) => `${q.url.searchParams.get('graph')} ${t.subject.value} ${t.predicate.value} ${t.object.value}`);
      const ontologyQuads = parse(fs.readFileSync(path.join(seeds.dir, 'ontology.ttl'), 'utf8'), 'Turtle');
      expect(arrived.length - got.length).toBe(ontologyQuads.filter((t) => !named(t)).length);
      const nq = parse(fs.readFileSync(seeds.data, 'utf8'), 'N-Quads').map((t) => `${t.graph.termType === 'DefaultGraph' ? 'https://example.org/g' : t.graph.value} ${t.subject.value} ${t.predicate.value} ${t.object.value}`);
      const ontology = ontologyQuads.filter(named).map((t) => `https://example.org/g ${t.subject.value} ${t.predicate.value} ${t.object.value}`);
      expect(got.sort()).toEqual([...nq, ...ontology].sort());
      // Batches hold at most --batch triples, except the one that keeps the ontology's blank nodes together.
      const sizes = server.requests.filter((q) => !q.body.includes('_:')).map((q) => q.body.split('\n').filter(Boolean).length);
      expect(Math.max(...sizes)).toBe(500);
      expect(new Set(server.requests.map((q) => q.url.searchParams.get('graph'))).size).toBeGreaterThan(2);
    } finally {
      await server.close();
    }
  });

  it('sends the default graph to ?default without --graph, and PUTs the first batch of each graph with --replace', async () => {
    const server = await startServer();
    try {
      const r = await run(['load', '--endpoint', server.url, '--data', path.join(seeds.dir, 'graph.nt'), '--no-ontology', '--batch', '1000', '--replace']);
      expect(r.code).toBe(0);
      expect(server.requests.map((q) => q.url.search)).toEqual(server.requests.map(() => '?default'));
      expect(server.requests.map((q) => q.method)).toEqual(server.requests.map((_, i) => (i === 0 ? 'PUT' : 'POST')));
      const sent = server.requests.reduce((n, q) => n + q.body.split('\n').filter(Boolean).length, 0);
      expect(sent).toBe(parse(fs.readFileSync(path.join(seeds.dir, 'graph.nt'), 'utf8'), 'N-Triples').length);
    } finally {
      await server.close();
    }
  });

  it('streams a large N-Quads file: the same triples in the same graphs, batches of at most --batch, one PUT per graph', async () => {
    const arrivedAt = async (env: string | undefined) => {
      const server = await startServer();
      const saved = process.env.NEWSGRAPH_LOAD_STREAM_BYTES;
      if (env === undefined) delete process.env.NEWSGRAPH_LOAD_STREAM_BYTES;
      else process.env.NEWSGRAPH_LOAD_STREAM_BYTES = env;
      try {
        const r = await run(['load', '--endpoint', server.url, '--graph', 'https://example.org/g', '--data', seeds.data, '--batch', '300', '--replace']);
        expect(r.code).toBe(0);
        const triples = server.requests.flatMap((q) => new Parser({ format: 'N-Triples' }).parse(q.body).filter((t) => t.subject.termType !== 'BlankNode' && t.object.termType !== 'BlankNode').map((t) => `${q.url.searchParams.get('graph')} ${t.subject.value} ${t.predicate.value} ${t.object.value}`));
        return { triples: triples.sort(), requests: server.requests };
      } finally {
        if (saved === undefined) delete process.env.NEWSGRAPH_LOAD_STREAM_BYTES;
        else process.env.NEWSGRAPH_LOAD_STREAM_BYTES = saved;
        await server.close();
      }
    };
    const whole = await arrivedAt(undefined);
    const streamed = await arrivedAt('0');
    expect(streamed.triples).toEqual(whole.triples);
    // Streamed, the data file goes first and the ontology (parsed whole) after it; parsed whole, the
    // ontology travels with the default graph, before the document graphs.
    expect(streamed.requests.at(-1)!.body).toMatch(/owl#/);
    expect(whole.requests.at(-1)!.body).not.toMatch(/owl#/);
    const sizes = streamed.requests.filter((q) => !q.body.includes('_:')).map((q) => q.body.split('\n').filter(Boolean).length);
    expect(Math.max(...sizes)).toBe(300);
    const puts = streamed.requests.filter((q) => q.method === 'PUT').map((q) => q.url.searchParams.get('graph'));
    expect(puts.sort()).toEqual([...new Set(streamed.requests.map((q) => q.url.searchParams.get('graph')))].sort());
  });

  it('names the lines of a streamed file that do not parse', async () => {
    const server = await startServer();
    const saved = process.env.NEWSGRAPH_LOAD_STREAM_BYTES;
    process.env.NEWSGRAPH_LOAD_STREAM_BYTES = '0';
    try {
      const bad = path.join(seeds.dir, 'bad.nq');
      fs.writeFileSync(bad, '<https://e.org/a> <https://e.org/p> <https://e.org/b> .\n<https://e.org/a> oops .\n');
      const r = await run(['load', '--endpoint', server.url, '--data', bad, '--no-ontology']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/cannot parse ".*bad\.nq" as N-Quads in lines 1–2/);
    } finally {
      if (saved === undefined) delete process.env.NEWSGRAPH_LOAD_STREAM_BYTES;
      else process.env.NEWSGRAPH_LOAD_STREAM_BYTES = saved;
      await server.close();
    }
  });

  it('says the server is down when nothing listens on the port, with exit 1 and no stack', async () => {
    const port = await freePort();
    const r = await run(['load', '--endpoint', `http://127.0.0.1:${port}/ds/data`, '--data', seeds.data]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^newsgraph: load: cannot reach http:\/\/127\.0\.0\.1:\d+\/ds\/data \(ECONNREFUSED\) after 0 triples\. Is the SPARQL server running/);
    expect(r.err).not.toMatch(/internal error|\n\s+at /);
  });

  it.each([
    [403, 'SECURITY: No permission', /answered 403.*grant SPARQL_UPDATE/],
    [404, 'Not found', /answered 404.*Graph Store endpoint/],
    [500, 'contains "default" param but the endpoint is not configured to have default graph', /answered 500.*pass --graph IRI/],
  ])('reports HTTP %i with the server’s words and what to try', async (status, body, message) => {
    const server = await startServer(() => [status as number, `<html><body><h3>Error</h3><p>${body}</p></body></html>`]);
    try {
      const r = await run(['load', '--endpoint', server.url, '--data', path.join(seeds.dir, 'graph.nt')]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err).toContain(body);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it.each([
    // no endpoint
    [['load']],
    // not a URL
    [['load', '--endpoint', 'localhost 3030']],
    // not http
    [['load', '--endpoint', 'ftp://localhost/x']],
    // graph that is not an IRI
    [['load', '--endpoint', 'http://127.0.0.1:1/', '--graph', 'my graph']],
    // batch that is not a whole number
    [['load', '--endpoint', 'http://127.0.0.1:1/', '--batch', 'lots']],
  ])('refuses %j as a usage error (exit 2) before sending anything', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^newsgraph: usage: /);
  });

  it('says to build first when the data file is missing', async () => {
    const r = await run(['load', '--endpoint', 'http://127.0.0.1:1/', '--data', path.join(seeds.dir, 'nothing.nq')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read .*nothing\.nq.*newsgraph build/);
  });
});
