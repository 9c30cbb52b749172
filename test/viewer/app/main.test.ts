// The viewer in a real browser: Debian's Chromium (headless, SwiftShader WebGL) through playwright-core,
// on pages built here from the current source — the seeds (through the CLI) and hand-built graphs.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';

import { buildFromDocuments } from '../../../src/build';
import { toDocument } from '../../../src/ingest';
import { DIM_NODE_COLOR } from '../../../src/viewer/app/reducers';
import { NODE_BUDGET } from '../../../src/viewer/app/state';
import {
  buildSeedsGraphJson,
  bundleViewer,
  colorAt,
  countColor,
  countInk,
  launchChromium,
  makeTempDir,
  openViewer,
  stagePixels,
  writePage,
  type OpenedViewer,
} from '../_browser';
import { needs } from '../../_system';
import { bigGraph, hostileGraph, smallGraph, XSS_LABEL, XSS_SCRIPT_LABEL } from '../_graph';

/** What the viewer exposes on `window.newsgraph` (a sigma renderer, a graphology graph, the state). */
type Viewer = {
  graph: {
    nodes(): string[];
    edges(): string[];
    getNodeAttributes(n: string): { x: number; y: number; kind: string; label: string };
    neighbors(n: string): string[];
    extremities(e: string): [string, string];
  };
  renderer: {
    getNodeDisplayData(n: string): { x: number; y: number; color: string; hidden: boolean; size: number; forceLabel: boolean } | undefined;
    getEdgeDisplayData(e: string): { hidden: boolean; label: string | null } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getCamera(): { getState(): { x: number; y: number; ratio: number } };
  };
  state: {
    hoveredNode: string | null;
    selectedNode: string | null;
    selectedEdge: string | null;
    layoutRunning: boolean;
    filters: { minMentions: number; minDegree: number; showIsolated: boolean };
    shownCount: number;
    isolatedCount: number;
    showCooccurrence: boolean;
  };
  labels(): Array<{ x: number; y: number; w: number; h: number }>;
};

/** Runs `fn(window.newsgraph, arg)` in the page (as source text, like playwright does with functions). */
function inViewer<R, A = null>(page: Page, fn: (v: Viewer, arg: A) => R, arg?: A): Promise<R> {
  return page.evaluate(`(${fn.toString()})(globalThis.newsgraph, ${JSON.stringify(arg ?? null)})`) as Promise<R>;
}

/** Waits until `fn(window.newsgraph, arg)` is true (polling from here: the page's CSP forbids the eval
 * that page.waitForFunction polls with). */
async function waitForViewer<A = null>(page: Page, fn: (v: Viewer, arg: A) => boolean, arg?: A, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await inViewer(page, fn, arg))) {
    if (Date.now() > until) throw new Error(`waitForViewer: still false after ${timeout} ms: ${fn.toString()}`);
    await page.waitForTimeout(50);
  }
}

const COUNTRY = '#d55e00';

/** Canada named alone in six sentences of two articles (no relation, no co-occurrence), and Japan once beside it. */
const MENTION_DOCS = [
  toDocument(
    'a.txt',
    'a.txt',
    'Snow fell on Canada. Tourists left Canada early. Canada was quiet in March. Prices in Canada rose. Canada and Japan signed a fisheries deal.',
  ),
  toDocument('b.txt', 'b.txt', 'Nobody expected it. Canada won the final.'),
];

/** Where a node is drawn, in page pixels (the stage is the page's top-left corner). */
function nodePoint(page: Page, node: string): Promise<{ x: number; y: number }> {
  return inViewer(page, ({ renderer }, n) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!), node);
}

/** The nodes sigma draws (not hidden by a kind, a filter or the isolated toggle). */
function drawnNodes(page: Page): Promise<string[]> {
  return inViewer(page, ({ graph, renderer }) => graph.nodes().filter((n) => !renderer.getNodeDisplayData(n)!.hidden));
}

/** Requests other than the page's own file: none are allowed. */
function otherRequests(v: OpenedViewer, url: string): string[] {
  return v.requests.filter((r) => r !== url);
}

needs('chromium').describe('viewer in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let seedsUrl: string;
  let seedsGraph: { nodes: Array<{ key: string; attributes: { label: string; kind: string } }> };
  let smallUrl: string;
  let hostileUrl: string;
  let bigUrl: string;
  let mentionsUrl: string;
  let kishida: string;

  beforeAll(async () => {
    dir = makeTempDir();
    const [launched, bundle, seedsJson] = await Promise.all([launchChromium(), bundleViewer(dir), buildSeedsGraphJson(dir)]);
    browser = launched;
    seedsGraph = JSON.parse(seedsJson);
    seedsUrl = writePage(dir, 'seeds', seedsJson, bundle);
    smallUrl = writePage(dir, 'small', JSON.stringify(smallGraph().export()), bundle, 'small graph');
    hostileUrl = writePage(dir, 'hostile', JSON.stringify(hostileGraph().export()), bundle, XSS_LABEL);
    bigUrl = writePage(dir, 'big', JSON.stringify(bigGraph(4_000).export()), bundle, 'big graph');
    // A page as the build writes it (packed, with the mention table), around an entity named alone.
    const built = await buildFromDocuments(MENTION_DOCS, { viewerBundle: bundle, jobs: 1 });
    mentionsUrl = pathToFileURL(path.join(dir, 'mentions.html')).href;
    fs.writeFileSync(path.join(dir, 'mentions.html'), built.files.find((f) => f.name === 'index.html')!.content);
    const found = seedsGraph.nodes.find((n) => n.attributes.kind === 'Person' && n.attributes.label.includes('Kishida'));
    if (!found) throw new Error('viewer tests: the seeds build has no Kishida node');
    kishida = found.key;
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('on the seeds', () => {
    let v: OpenedViewer;
    beforeAll(async () => {
      v = await openViewer(browser, seedsUrl);
    });
    afterAll(() => v.page.close());

    it('loads from file:// with no console error and no other request', () => {
      expect(v.errors).toEqual([]);
      expect(otherRequests(v, seedsUrl)).toEqual([]);
    });

    it('draws the graph on the canvas', async () => {
      const png = await stagePixels(v.page);
      // Far more than the toolbar's few hundred grey pixels: nodes, edges and labels.
      expect(countInk(png)).toBeGreaterThan(20_000);
      expect(countColor(png, COUNTRY)).toBeGreaterThan(300);
    });

    it('finds Kishida by search and opens his relations with evidence', async () => {
      const { page } = v;
      const before = await inViewer(page, ({ renderer }) => renderer.getCamera().getState());
      await page.click('#search');
      await page.keyboard.type('Kishida');
      const suggestion = page.locator('#suggestions li[data-node]').first();
      await expect(suggestion.getAttribute('data-node')).resolves.toBe(kishida);
      await expect(suggestion.getAttribute('aria-selected')).resolves.toBe('true');
      await page.keyboard.press('Enter');

      await expect(page.locator('#panel h2').textContent()).resolves.toContain('Kishida');
      const typed = page.locator('#panel section.relations:not([data-predicate=mentionedWith])');
      expect(await typed.count()).toBeGreaterThan(0);
      const evidence = typed.locator('li.evidence');
      expect(await evidence.count()).toBeGreaterThan(0);
      expect(await evidence.first().locator('mark').count()).toBeGreaterThan(0);
      await expect(evidence.first().locator('cite').textContent()).resolves.toMatch(/\.txt, sentence \d+/);
      expect(new URL(page.url()).hash).toBe(`#node=${encodeURIComponent(kishida)}`);
      expect(await inViewer(page, ({ state }) => state.selectedNode)).toBe(kishida);
      // The camera moves to him (animated).
      await waitForViewer(
        page,
        ({ renderer }, b) => {
          const c = renderer.getCamera().getState();
          return c.ratio < b.ratio && (c.x !== b.x || c.y !== b.y);
        },
        before,
      );
    });

    it('moves to a neighbour from the panel, and Escape clears the selection', async () => {
      const { page } = v;
      const link = page.locator('#panel .relation .node-link').first();
      const target = (await link.getAttribute('data-node'))!;
      await link.click();
      expect(await inViewer(page, ({ state }) => state.selectedNode)).toBe(target);
      await expect(page.locator('#panel h2').textContent()).resolves.toBe(seedsGraph.nodes.find((n) => n.key === target)!.attributes.label);
      await page.keyboard.press('Escape');
      expect(await inViewer(page, ({ state }) => state.selectedNode)).toBeNull();
      expect(new URL(page.url()).hash).toBe('');
    });

    it('hides the nodes of a kind when its legend entry is toggled', async () => {
      const { page } = v;
      await page.click('#zoom-reset');
      await page.waitForTimeout(400);
      const countries = seedsGraph.nodes.filter((n) => n.attributes.kind === 'Country').map((n) => n.key);
      const before = countColor(await stagePixels(page), COUNTRY);
      await page.click('#legend button[data-kind=Country]');
      await expect(page.locator('#legend button[data-kind=Country]').getAttribute('aria-pressed')).resolves.toBe('false');
      const hidden = await inViewer(page, ({ renderer }, keys) => keys.map((k) => renderer.getNodeDisplayData(k)!.hidden), countries);
      expect(hidden.every(Boolean)).toBe(true);
      const after = countColor(await stagePixels(page), COUNTRY);
      expect(before).toBeGreaterThan(300);
      expect(after).toBeLessThan(before * 0.05);
      await page.click('#legend button[data-kind=Country]');
      expect(countColor(await stagePixels(page), COUNTRY)).toBeGreaterThan(before * 0.9);
      expect(v.errors).toEqual([]);
    });
  });

  describe('on a small hand-built graph', () => {
    let v: OpenedViewer;
    beforeAll(async () => {
      v = await openViewer(browser, smallUrl);
    });
    afterAll(() => v.page.close());

    it('dims non-neighbours on hover and keeps the neighbourhood in colour', async () => {
      const { page } = v;
      const nz = await nodePoint(page, 'country-new-zealand');
      expect(colorAt(await stagePixels(page), nz.x, nz.y)).toBe(COUNTRY);
      const k = await nodePoint(page, 'person-kishida');
      await page.mouse.move(k.x, k.y);
      await waitForViewer(page, ({ state }) => state.hoveredNode === 'person-kishida');
      const colors = await inViewer(page, ({ graph, renderer }) => Object.fromEntries(graph.nodes().map((n) => [n, renderer.getNodeDisplayData(n)!.color])));
      expect(colors).toMatchObject({ 'person-kishida': '#0072b2', 'person-ardern': '#0072b2', 'country-japan': COUNTRY });
      for (const n of ['country-new-zealand', 'concern-tensions']) expect(colors[n]).toBe(DIM_NODE_COLOR);
      // And on screen: New Zealand's centre is now the dim grey.
      expect(colorAt(await stagePixels(page), nz.x, nz.y)).toBe(DIM_NODE_COLOR);
      await page.mouse.move(5, 400);
      await waitForViewer(page, ({ state }) => state.hoveredNode === null);
    });

    it('shows an edge’s predicate, confidence and evidence when it is clicked', async () => {
      const { page } = v;
      const a = await nodePoint(page, 'person-ardern');
      const k = await nodePoint(page, 'person-kishida');
      await page.mouse.click((a.x + k.x) / 2, (a.y + k.y) / 2);
      expect(await inViewer(page, ({ state }) => state.selectedEdge)).toBe('person-ardern|met|person-kishida');
      await expect(page.locator('#panel .edge-title').textContent()).resolves.toBe('Jacinda Ardern met Fumio Kishida');
      await expect(page.locator('#panel .meta').textContent()).resolves.toContain('confidence 0.9');
      await expect(page.locator('#panel li.evidence q').allTextContents()).resolves.toEqual(['Ardern met Kishida in Tokyo.', 'Prime Minister Jacinda Ardern and PM Kishida spoke.']);
      // Past sigma's double-click window, so that the next click is a click of its own.
      await page.waitForTimeout(400);
      await page.mouse.click(5, 400);
      expect(await inViewer(page, ({ state }) => state.selectedEdge)).toBeNull();
    });

    it('shows co-occurrence edges only when asked, and sizes nodes by mentions on request', async () => {
      const { page } = v;
      const cooc = 'country-new-zealand|mentionedWith|country-japan';
      const hiddenNow = () => inViewer(page, ({ renderer }, e) => renderer.getEdgeDisplayData(e)!.hidden, cooc);
      await expect(page.locator('#cooccurrence').isChecked()).resolves.toBe(false);
      expect(await hiddenNow()).toBe(true);
      await page.check('#cooccurrence');
      expect(await hiddenNow()).toBe(false);
      await page.uncheck('#cooccurrence');
      expect(await hiddenNow()).toBe(true);

      const sizeOf = (n: string) => inViewer(page, ({ renderer }, k) => renderer.getNodeDisplayData(k)!.size, n);
      // By degree Kishida (size 12) is bigger than New Zealand (10); by mentions (4 vs 7) smaller.
      expect(await sizeOf('person-kishida')).toBeGreaterThan(await sizeOf('country-new-zealand'));
      await page.selectOption('#size-mode', 'mentions');
      expect(await sizeOf('person-kishida')).toBeLessThan(await sizeOf('country-new-zealand'));
      await page.selectOption('#size-mode', 'degree');
    });

    it('runs ForceAtlas2 in a web worker and stops it', async () => {
      const { page } = v;
      const positions = () => inViewer(page, ({ graph }) => graph.nodes().map((n) => [graph.getNodeAttributes(n).x, graph.getNodeAttributes(n).y]));
      const start = await positions();
      await page.click('#layout-toggle');
      await expect(page.locator('#layout-toggle').textContent()).resolves.toBe('Stop layout');
      await waitForViewer(page, ({ graph }, s) => graph.nodes().some((n, i) => graph.getNodeAttributes(n).x !== s[i][0]), start);
      await page.click('#layout-toggle');
      await expect(page.locator('#layout-toggle').textContent()).resolves.toBe('Run layout');
      const stopped = await positions();
      await page.waitForTimeout(300);
      expect(await positions()).toEqual(stopped);
      expect(v.errors).toEqual([]);
    });

    it('saves the view as PNG and the graph as GEXF', async () => {
      const { page } = v;
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      expect(png.suggestedFilename()).toBe('small-graph.png');
      const image = PNG.sync.read(fs.readFileSync((await png.path())!));
      expect(image.width).toBeGreaterThan(500);
      expect(countInk(image)).toBeGreaterThan(2_000);
      expect(countColor(image, COUNTRY)).toBeGreaterThan(100);

      const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
      expect(gexf.suggestedFilename()).toBe('small-graph.gexf');
      const back = parseGexf(Graph, fs.readFileSync((await gexf.path())!, 'utf8'));
      const g = smallGraph();
      expect(back.order).toBe(g.order);
      expect(back.size).toBe(g.size);
      expect(JSON.parse(back.getEdgeAttribute('person-ardern|met|person-kishida', 'evidence'))).toHaveLength(2);
    });

    it('moves through suggestions with the arrow keys and closes them with Escape', async () => {
      const { page } = v;
      await page.click('#search');
      await page.keyboard.type('an');
      const options = page.locator('#suggestions li[data-node]');
      // "an": Japan, Jacinda Ardern, Spain…
      expect(await options.count()).toBeGreaterThan(1);
      const selected = () => page.locator('#suggestions li[aria-selected=true]').getAttribute('data-node');
      const first = await options.nth(0).getAttribute('data-node');
      const second = await options.nth(1).getAttribute('data-node');
      expect(await selected()).toBe(first);
      await page.keyboard.press('ArrowDown');
      expect(await selected()).toBe(second);
      await page.keyboard.press('ArrowUp');
      expect(await selected()).toBe(first);
      await page.keyboard.press('Escape');
      await expect(page.locator('#suggestions').isHidden()).resolves.toBe(true);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await inViewer(page, ({ state }) => state.selectedNode)).toBe(second);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      expect(await inViewer(page, ({ state }) => state.selectedNode)).toBeNull();
      await expect(page.locator('#search').inputValue()).resolves.toBe('');
    });

    it('zooms in, out and back, and goes full screen', async () => {
      const { page } = v;
      const ratio = () => inViewer(page, ({ renderer }) => renderer.getCamera().getState().ratio);
      // "Show the whole graph" frames what is shown (Spain, isolated, is not): closer than ratio 1.
      await page.click('#zoom-reset');
      await page.waitForTimeout(450);
      const fitted = { ratio: await ratio() };
      expect(fitted.ratio).toBeLessThan(1);
      await page.click('#zoom-in');
      await waitForViewer(page, ({ renderer }, o) => renderer.getCamera().getState().ratio < o.ratio * 0.9, fitted);
      // Each click animates from where the camera is: a second click during the first animation would
      // aim at the same ratio, so wait for the first to land.
      await page.click('#zoom-out');
      await waitForViewer(page, ({ renderer }, o) => renderer.getCamera().getState().ratio > o.ratio * 0.95, fitted);
      await page.click('#zoom-out');
      await waitForViewer(page, ({ renderer }, o) => renderer.getCamera().getState().ratio > o.ratio * 1.1, fitted);
      await page.click('#zoom-reset');
      await waitForViewer(page, ({ renderer }, o) => Math.abs(renderer.getCamera().getState().ratio - o.ratio) < 1e-6, fitted);
      await page.click('#fullscreen');
      await expect(page.evaluate('document.fullscreenElement && document.fullscreenElement.id')).resolves.toBe('app');
      await page.click('#fullscreen');
      await expect(page.evaluate('document.fullscreenElement')).resolves.toBeNull();
    });

    it('hides the isolated node until asked, filters by mentions and links, and keeps it all in the URL', async () => {
      const { page } = v;
      const hidden = async () => {
        const drawn = new Set(await drawnNodes(page));
        return ['person-ardern', 'person-kishida', 'country-new-zealand', 'country-japan', 'concern-tensions', 'country-spain'].filter((n) => !drawn.has(n));
      };
      expect(await hidden()).toEqual(['country-spain']);
      await expect(page.locator('#filters .isolated').textContent()).resolves.toContain('(1, no link shown)');
      await expect(page.locator('#shown-count').textContent()).resolves.toBe('Showing 5 of 6 entities');
      await page.check('#show-isolated');
      await waitForViewer(page, ({ state }) => state.filters.showIsolated);
      expect(await hidden()).toEqual([]);
      expect(new URL(page.url()).hash).toBe('#isolated=1');

      // Mentions: 9, 4, 7, 6, 2, 1. The slider steps through the values there are: 1, 2, 4, 6, 7, 9.
      await page.focus('#min-mentions');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await waitForViewer(page, ({ state }) => state.filters.minMentions === 6);
      expect(await hidden()).toEqual(['person-kishida', 'concern-tensions', 'country-spain']);
      await expect(page.locator('#min-mentions-value').textContent()).resolves.toBe('≥ 6');
      await expect(page.locator('#shown-count').textContent()).resolves.toBe('Showing 3 of 6 entities');
      expect(new URL(page.url()).hash).toBe('#mentions=6&isolated=1');

      // Links (no co-occurrence): Ardern 3, Kishida 2, the others 1 or 0. Steps 0, 1, 2, 3.
      await page.focus('#min-degree');
      for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
      await waitForViewer(page, ({ state }) => state.filters.minDegree === 2);
      expect(await drawnNodes(page)).toEqual(['person-ardern']);
      const hash = new URL(page.url()).hash;
      expect(hash).toBe('#mentions=6&links=2&isolated=1');

      // The same URL opens the same view, sliders and all.
      const again = await openViewer(browser, `${smallUrl}${hash}`);
      try {
        expect(await inViewer(again.page, ({ state }) => state.filters)).toEqual({ minMentions: 6, minDegree: 2, showIsolated: true });
        await expect(again.page.locator('#min-mentions').inputValue()).resolves.toBe('3');
        await expect(again.page.locator('#show-isolated').isChecked()).resolves.toBe(true);
        await expect(again.page.locator('#shown-count').textContent()).resolves.toBe('Showing 1 of 6 entities');
        // A selection under the thresholds is drawn anyway, with its neighbours, and Back undoes it.
        await again.page.click('#search');
        await again.page.keyboard.type('Kishida');
        await again.page.keyboard.press('Enter');
        expect((await drawnNodes(again.page)).sort()).toEqual(['country-japan', 'person-ardern', 'person-kishida']);
        expect(new URL(again.page.url()).hash).toBe('#node=person-kishida&mentions=6&links=2&isolated=1');
        await again.page.goBack();
        await waitForViewer(again.page, ({ state }) => state.selectedNode === null);
        expect(await inViewer(again.page, ({ state }) => state.filters.minMentions)).toBe(6);
        expect(again.errors).toEqual([]);
      } finally {
        await again.page.close();
      }

      // Back to the defaults: the URL is clean again.
      await page.focus('#min-mentions');
      await page.keyboard.press('Home');
      await page.focus('#min-degree');
      await page.keyboard.press('Home');
      await page.uncheck('#show-isolated');
      await waitForViewer(page, ({ state }) => state.filters.minMentions === 1 && state.filters.minDegree === 0 && !state.filters.showIsolated);
      expect(new URL(page.url()).hash).toBe('');
    });

    it('opens on the node named in the URL hash', async () => {
      const h = await openViewer(browser, `${smallUrl}#node=person-kishida`);
      try {
        await expect(h.page.locator('#panel h2').textContent()).resolves.toBe('Fumio Kishida');
        await expect(h.page.locator('#panel section[data-predicate=met] .node-link').textContent()).resolves.toBe('Jacinda Ardern');
        expect(h.errors).toEqual([]);
      } finally {
        await h.page.close();
      }
    });
  });

  it('lists the sentences that name an entity, the mention marked, and folds the rest under "show more"', async () => {
    const v = await openViewer(browser, mentionsUrl);
    const { page } = v;
    try {
      await page.click('#search');
      await page.keyboard.type('Canada');
      await page.keyboard.press('Enter');
      await expect(page.locator('#panel h2').textContent()).resolves.toBe('Canada');
      const section = page.locator('#panel section.mentions');
      await expect(section.getAttribute('data-source')).resolves.toBe('mentions');
      await expect(section.locator('h3').textContent()).resolves.toBe('Mentioned in 6 sentences');
      // The first four open, document by document; the mention is marked in each.
      const open = section.locator('ul.mention-list > li.mention');
      await expect(open.locator('q').allTextContents()).resolves.toEqual(['Snow fell on Canada.', 'Tourists left Canada early.', 'Canada was quiet in March.', 'Prices in Canada rose.']);
      await expect(open.locator('mark').allTextContents()).resolves.toEqual(['Canada', 'Canada', 'Canada', 'Canada']);
      await expect(open.first().locator('cite').textContent()).resolves.toBe('a.txt, sentence 1');
      const more = section.locator('details.more-mentions');
      await expect(more.locator('summary').textContent()).resolves.toBe('Show 2 more sentences');
      await expect(more.locator('li.mention q').first().isVisible()).resolves.toBe(false);
      await more.locator('summary').click();
      await expect(more.locator('li.mention q').allTextContents()).resolves.toEqual(['Canada and Japan signed a fisheries deal.', 'Canada won the final.']);
      await expect(more.locator('li.mention cite').last().textContent()).resolves.toBe('b.txt, sentence 2');
      // The mentions come before the relations in the panel.
      const order = await page.locator('#panel > section').evaluateAll((els) => els.map((e) => e.className));
      expect(order[0]).toBe('mentions');
      expect(v.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  describe('on a big graph (4,000 nodes, a fifth isolated)', () => {
    let v: OpenedViewer;
    beforeAll(async () => {
      v = await openViewer(browser, bigUrl);
    });
    afterAll(() => v.page.close());

    it('opens on the most-mentioned linked nodes, about the node budget, isolated nodes hidden', async () => {
      const s = await inViewer(v.page, ({ state }) => ({ filters: state.filters, shown: state.shownCount, isolated: state.isolatedCount, cooc: state.showCooccurrence }));
      expect(s.cooc).toBe(true);
      expect(s.isolated).toBe(800);
      expect(s.filters.showIsolated).toBe(false);
      expect(s.filters.minMentions).toBeGreaterThan(1);
      expect(s.shown).toBeLessThanOrEqual(NODE_BUDGET * 1.25);
      expect(s.shown).toBeGreaterThan(NODE_BUDGET / 2);
      expect((await drawnNodes(v.page)).length).toBe(s.shown);
      await expect(v.page.locator('#shown-count').textContent()).resolves.toBe(`Showing ${s.shown.toLocaleString('en')} of 4,000 entities`);
      await expect(v.page.locator('#filters .isolated').textContent()).resolves.toContain('(800, no link shown)');
      // The default threshold is the page's own: the URL stays clean.
      expect(new URL(v.page.url()).hash).toBe('');
      expect(v.errors).toEqual([]);
    });

    it('draws labels that do not overlap', async () => {
      const boxes = await inViewer(v.page, ({ labels }) => labels());
      expect(boxes.length).toBeGreaterThan(10);
      const overlap = (a: (typeof boxes)[number], b: (typeof boxes)[number]) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      const pairs = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)));
      expect(pairs).toEqual([]);
      // And on screen: label text is drawn (dark pixels beyond the nodes' colours).
      expect(countColor(await stagePixels(v.page), '#1f1f1f', 60)).toBeGreaterThan(200);
    });

    it('draws a chosen entity under the threshold and its neighbours, and hides them again when it is let go', async () => {
      const { page } = v;
      // n3000: one mention, below the default threshold; linked to one earlier node.
      const neighbours = await inViewer(page, ({ graph }) => graph.neighbors('n3000'));
      expect(neighbours.length).toBeGreaterThan(0);
      const drawnNow = async () => new Set(await drawnNodes(page));
      expect((await drawnNow()).has('n3000')).toBe(false);
      await page.click('#search');
      await page.keyboard.type('Entity number 3000');
      await page.keyboard.press('Enter');
      expect(await inViewer(page, ({ state }) => state.selectedNode)).toBe('n3000');
      const during = await drawnNow();
      expect(['n3000', ...neighbours].every((n) => during.has(n))).toBe(true);
      // The mention list is there too (from its relations: the page is a plain graph.json).
      await expect(page.locator('#panel section.mentions').getAttribute('data-source')).resolves.toBe('relations');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      expect(await inViewer(page, ({ state }) => state.selectedNode)).toBeNull();
      expect((await drawnNow()).has('n3000')).toBe(false);
      expect(await inViewer(page, ({ state }) => state.shownCount)).toBe((await drawnNodes(page)).length);
    });

    it('shows the isolated nodes on request, and more nodes as the mentions threshold goes down', async () => {
      const { page } = v;
      const before = await inViewer(page, ({ state }) => state.shownCount);
      await page.check('#show-isolated');
      await waitForViewer(page, ({ state }) => state.filters.showIsolated);
      const withIsolated = await inViewer(page, ({ state }) => state.shownCount);
      expect(withIsolated).toBeGreaterThan(before);
      await page.focus('#min-mentions');
      await page.keyboard.press('Home');
      await waitForViewer(page, ({ state }) => state.filters.minMentions === 1);
      expect(await inViewer(page, ({ state }) => state.shownCount)).toBe(4_000);
      expect(new URL(page.url()).hash).toBe('#mentions=1&isolated=1');
      expect(v.errors).toEqual([]);
    });
  });

  it('shows labels and evidence from articles as text and runs none of them', async () => {
    const v = await openViewer(browser, hostileUrl);
    const { page } = v;
    try {
      await page.click('#search');
      await page.keyboard.type('<img');
      await expect(page.locator('#suggestions li[data-node] .label').first().textContent()).resolves.toBe(XSS_LABEL);
      await page.keyboard.press('Enter');
      await expect(page.locator('#panel h2').textContent()).resolves.toBe(XSS_LABEL);
      await expect(page.locator('#panel .aliases li').textContent()).resolves.toBe('<b onmouseover=alert(3)>bold</b>');
      await expect(page.locator('#panel .docs li').textContent()).resolves.toBe('<svg onload=alert(4)>.txt');
      await expect(page.locator('#panel .node-link[data-node=country-y]').textContent()).resolves.toBe(XSS_SCRIPT_LABEL);
      await expect(page.locator('#panel .relation li.evidence q').textContent()).resolves.toContain('<iframe src="javascript:alert(5)"></iframe>');
      // Hover draws the label on the canvas (text too).
      const p = await nodePoint(page, 'person-x');
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(300);
      expect(await page.locator('img, iframe, #panel b, #panel svg, #side script, #stage-wrap script').count()).toBe(0);
      expect(await page.title()).toBe(XSS_LABEL);
      expect(v.dialogs).toEqual([]);
      expect(v.errors).toEqual([]);
      expect(otherRequests(v, hostileUrl)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
