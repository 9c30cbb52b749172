// Benchmark of the viewer on a large generated graph (not a test): builds index.html for N nodes and
// M typed edges (default 10,000 / 30,000), opens it from file:// in headless Chromium and prints the
// load time, the hover response (mouse move onto a node → frame with the node's neighbourhood
// highlighted and the rest dimmed), a search (typing → suggestions; Enter → the entity selected and
// drawn) and a filter change (slider → frame), plus the settings in force.
//   npm run build && node scripts/bench-viewer.mjs [--nodes N] [--edges M] [--hovers K] [--keep DIR]
//     [--page FILE]   a page already built (e.g. the Brown corpus's index.html) instead of a generated one
//     [--hash H]      open with this URL hash, e.g. "mentions=1&isolated=1" to draw every node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { chromium } from 'playwright-core';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : def);
const NODES = Number(opt('nodes', 10_000));
const EDGES = Number(opt('edges', 30_000));
const HOVERS = Number(opt('hovers', 30));
const PAGE = opt('page', null);
const HASH = opt('hash', '');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const pagePath = path.join(root, 'dist', 'viewer', 'page.js');
const bundlePath = path.join(root, 'dist', 'viewer.js');
for (const f of [pagePath, bundlePath]) {
  if (!fs.existsSync(f)) {
    console.error(`bench-viewer: ${path.relative(root, f)} is missing. Run "npm run build" first.`);
    process.exit(1);
  }
}
const { renderViewerPage } = require(pagePath);

// The layout's own seeded generator (Mulberry32), so every run benchmarks the same graph.
const { seededRandom: rng } = require(path.join(root, 'dist', 'layout', 'seed-positions.js'));

/** A graph shaped like a big build: clustered positions, a few hubs, evidence on every edge. */
function generateGraph(nodes, edges) {
  const rand = rng(7);
  const kinds = [['Person', '#0072b2'], ['Country', '#d55e00'], ['Place', '#009e73'], ['Organization', '#cc79a7'], ['Agreement', '#e69f00'], ['Concern', '#56b4e9']];
  const predicates = ['affiliatedWith', 'met', 'visited', 'partyTo', 'concernedAbout', 'opposes', 'involves', 'memberOf', 'locatedIn'];
  const clusters = Array.from({ length: 40 }, () => ({ x: (rand() - 0.5) * 2000, y: (rand() - 0.5) * 2000 }));
  const out = { attributes: { name: 'bench', base: 'https://example.org/' }, options: { type: 'directed', multi: false, allowSelfLoops: false }, nodes: [], edges: [] };
  const degree = new Array(nodes).fill(0);
  const seen = new Set();
  const keyOf = (i) => `entity-${i}`;
  // Preferential attachment-ish: targets drawn from a skewed distribution, as news graphs have hubs.
  const pick = () => Math.floor(nodes * Math.pow(rand(), 2.2));
  while (out.edges.length < edges) {
    const s = Math.floor(rand() * nodes);
    const t = pick();
    if (s === t || seen.has(`${s}|${t}`)) continue;
    seen.add(`${s}|${t}`);
    degree[s]++;
    degree[t]++;
    const predicate = predicates[Math.floor(rand() * predicates.length)];
    out.edges.push({
      key: `${keyOf(s)}|${predicate}|${keyOf(t)}`,
      source: keyOf(s),
      target: keyOf(t),
      attributes: {
        predicate,
        weight: 1,
        confidence: 0.8,
        evidence: [{ doc: `doc-${s % 500}.txt`, sentence: t % 40, start: 0, end: 60, text: `Entity ${s} and Entity ${t} appear together in this sentence.` }],
        size: 1,
        color: '#7a7a7a',
      },
    });
  }
  const maxDegree = Math.max(...degree);
  for (let i = 0; i < nodes; i++) {
    const c = clusters[i % clusters.length];
    const [kind, color] = kinds[i % kinds.length];
    const r = 150 * Math.sqrt(-2 * Math.log(rand() || 1e-9));
    const a = rand() * 2 * Math.PI;
    out.nodes.push({
      key: keyOf(i),
      // Mentions fall off as in a corpus, and follow the links loosely (a hub is named often).
      attributes: { label: `Entity ${i}`, kind, aliases: [`E${i}`], mentions: 1 + degree[i] + Math.floor(rand() * 3), docs: [`doc-${i % 500}.txt`], x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a), size: 4 + 14 * Math.sqrt(degree[i] / maxDegree), color },
    });
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const dir = opt('keep', null) ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-'));
fs.mkdirSync(dir, { recursive: true });
let file;
if (PAGE) {
  file = path.resolve(PAGE);
  console.log(`page: ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`);
} else {
  const graph = generateGraph(NODES, EDGES);
  const html = renderViewerPage(JSON.stringify(graph), fs.readFileSync(bundlePath, 'utf8'), 'bench');
  file = path.join(dir, 'index.html');
  fs.writeFileSync(file, html);
  console.log(`graph: ${NODES} nodes, ${EDGES} edges; page ${(html.length / 1e6).toFixed(1)} MB (${file})`);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href + (HASH ? `#${HASH}` : ''));
  await page.waitForSelector('html[data-ready]', { timeout: 120_000 });
  const wall = Date.now() - t0;
  const load = await page.evaluate(async () => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    // The first frame on screen: two animation frames after the viewer drew it.
    const shown = await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
    const { state, graph } = window.newsgraph;
    return { start: mark('newsgraph:start'), graph: mark('newsgraph:graph'), sigma: mark('newsgraph:sigma'), ready: mark('newsgraph:ready'), shown, order: graph.order, size: graph.size, drawn: state.shownCount, filters: state.filters, cooc: state.showCooccurrence };
  });
  const ms = (x) => `${Math.round(x)} ms`;
  console.log(
    `load: viewer ready ${ms(load.ready)} after navigation start (HTML parsed to script ${ms(load.start)}, graph read ${ms(load.graph - load.start)}, ` +
      `sigma's first render ${ms(load.sigma - load.graph)}); next frame presented at ${ms(load.shown)}; ${wall} ms wall clock for goto → ready`,
  );
  console.log(`view: ${load.drawn} of ${load.order} nodes shown (${load.size} edges in the graph); filters ${JSON.stringify(load.filters)}, co-occurrence ${load.cooc ? 'on' : 'off'}`);

  // Hover response, measured inside the page: from the mousemove event reaching the stage to the end
  // of the frame sigma draws for it (its afterRender event), for enter and for leave.
  await page.evaluate(() => {
    const { renderer } = window.newsgraph;
    window.__bench = { moves: [], renders: [] };
    renderer.getContainer().addEventListener('mousemove', () => window.__bench.moves.push(performance.now()), { capture: true });
    renderer.on('afterRender', () => window.__bench.renders.push(performance.now()));
  });
  const box = await page.locator('#stage').boundingBox();
  const targets = await page.evaluate((count) => {
    const { graph, renderer } = window.newsgraph;
    const { width, height } = renderer.getDimensions();
    const out = [];
    const nodes = graph.nodes();
    // Spread over the graph; only nodes drawn and on screen, away from the toolbars.
    for (let i = 0; out.length < count && i < nodes.length * 4; i++) {
      const n = nodes[(i * 7919) % nodes.length];
      if (renderer.getNodeDisplayData(n)?.hidden) continue;
      const p = renderer.graphToViewport(graph.getNodeAttributes(n));
      if (p.x > 80 && p.y > 60 && p.x < width - 20 && p.y < height - 20) out.push({ node: n, ...p });
    }
    return out;
  }, HOVERS);
  const enter = [];
  const leave = [];
  const shown = [];
  let hits = 0;
  for (const t of targets) {
    for (const [x, y, bucket, expectHover] of /** @type {const} */ ([
      [t.x, t.y, enter, true],
      [8, 8, leave, false],
    ])) {
      await page.evaluate(() => {
        window.__bench.moves = [];
        window.__bench.renders = [];
      });
      await page.mouse.move(box.x + x, box.y + y);
      // Wait for the frame (sync render in the handler, or at most a scheduled one).
      const r = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const done = () => resolve({ move: window.__bench.moves[0], render: window.__bench.renders.at(-1), shown: performance.now(), hovered: window.newsgraph.state.hoveredNode });
            requestAnimationFrame(() => requestAnimationFrame(done));
          }),
      );
      if (expectHover && r.hovered === null) continue; // the node was covered by another one
      if (expectHover) hits++;
      if (r.move !== undefined && r.render !== undefined && r.render >= r.move) {
        bucket.push(r.render - r.move);
        if (expectHover) shown.push(r.shown - r.move);
      }
    }
  }
  const fmt = (xs) => (xs.length ? `median ${median(xs).toFixed(1)} ms, p90 ${pct(xs, 0.9).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (${xs.length} samples)` : 'no samples');
  console.log(`hover enter: ${fmt(enter)}; ${hits}/${targets.length} targets hovered`);
  console.log(`hover leave: ${fmt(leave)}`);
  console.log(`hover enter → second animation frame after it (includes software-GL raster under swiftshader): ${fmt(shown)}`);
  // Search: typing a query → suggestions listed (synchronous handler); Enter → the entity selected,
  // its panel written and the frame drawn.
  await page.mouse.move(box.x + 8, box.y + 8);
  const search = await page.evaluate(async () => {
    const input = document.getElementById('search');
    const { graph } = window.newsgraph;
    const label = graph.getNodeAttribute(graph.nodes()[Math.floor(graph.order / 3)], 'label');
    const query = label.slice(0, Math.max(3, Math.ceil(label.length / 2)));
    input.focus();
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input'));
    const listed = performance.now() - t0;
    const hits = document.querySelectorAll('#suggestions li[data-node]').length;
    const frame = () => new Promise((resolve) => window.newsgraph.renderer.once('afterRender', () => resolve(performance.now())));
    const t1 = performance.now();
    const drawn = frame();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const selected = performance.now() - t1;
    const panel = performance.getEntriesByName('newsgraph:panel', 'measure').at(-1)?.duration ?? NaN;
    const degree = graph.degree(window.newsgraph.state.selectedNode);
    const shown = (await drawn) - t1;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return { query, listed, hits, selected, panel, shown, degree };
  });
  console.log(`search: "${search.query}" → ${search.hits} suggestions in ${search.listed.toFixed(1)} ms; Enter → an entity with ${search.degree} links selected in ${search.selected.toFixed(1)} ms (its panel ${search.panel.toFixed(1)} ms), frame drawn ${search.shown.toFixed(1)} ms after`);

  // Filter: one step of the mentions slider (input event → the frame with the new view), then back.
  const filter = await page.evaluate(async () => {
    const slider = document.getElementById('min-mentions');
    const { renderer, state } = window.newsgraph;
    // The first frame drawn after the filter took effect (the viewer applies it on the next animation frame).
    const step = async (value) => {
      const before = state.filters.minMentions;
      const t0 = performance.now();
      const done = new Promise((resolve) => {
        const check = () => {
          if (state.filters.minMentions === before) return renderer.once('afterRender', check);
          resolve(performance.now());
        };
        renderer.once('afterRender', check);
      });
      slider.value = String(value);
      slider.dispatchEvent(new Event('input'));
      const ms = (await done) - t0;
      return { ms, shown: state.shownCount, refresh: performance.getEntriesByName('newsgraph:refresh', 'measure').at(-1)?.duration ?? NaN };
    };
    const at = Number(slider.value);
    const down = await step(at > 0 ? at - 1 : at + 1);
    const up = await step(at);
    return { down, up };
  });
  console.log(`filter: mentions slider one step (down, or up from the lowest) → ${filter.down.shown} nodes shown, frame in ${filter.down.ms.toFixed(0)} ms (sigma's refresh ${filter.down.refresh.toFixed(0)} ms); back → ${filter.up.shown}, ${filter.up.ms.toFixed(0)} ms (${filter.up.refresh.toFixed(0)} ms)`);

  const settings = await page.evaluate(() => {
    const s = window.newsgraph.renderer.getSettings();
    return { hideEdgesOnMove: s.hideEdgesOnMove, hideLabelsOnMove: s.hideLabelsOnMove, enableEdgeEvents: s.enableEdgeEvents, labelDensity: s.labelDensity, labelGridCellSize: s.labelGridCellSize, labelRenderedSizeThreshold: s.labelRenderedSizeThreshold, labelsDrawn: window.newsgraph.labels().length };
  });
  console.log(`settings: ${JSON.stringify(settings)}`);
  if (errors.length) {
    console.error(`page errors:\n  ${errors.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  if (!args.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
}
