// Browser-test helpers (never a test itself): Debian's Chromium through playwright-core, viewer pages
// built into a temporary folder from the current source, and pixel counts on screenshots.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { chromium, type Browser, type ConsoleMessage, type Page, type Request } from 'playwright-core';
import { PNG } from 'pngjs';

import { renderViewerPage } from '../../src/viewer/page';
import { findSystemProgram } from '../_system';

const ROOT = path.join(__dirname, '..', '..');
/** Chromium as test/_system.ts finds it: $CHROMIUM, else `chromium` on PATH (Debian's /usr/bin/chromium). */
export const CHROMIUM = findSystemProgram('chromium');
/** DEVELOPERS.md's flags: no sandbox as root, software WebGL (SwiftShader), no background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
export const VIEWPORT = { width: 1200, height: 760 };

export async function launchChromium(): Promise<Browser> {
  // (Tests that launch it are registered with needs('chromium'), which skips or fails them without it.)
  if (!CHROMIUM) throw new Error('viewer tests: no Chromium. Install it (apt-get install -y chromium) or set CHROMIUM.');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-viewer-test-'));
}

const run = promisify(execFile);

/** Bundles the viewer from the current source (scripts/build-viewer.mjs, type-check skipped for speed). */
export async function bundleViewer(dir: string): Promise<string> {
  const out = path.join(dir, 'viewer.js');
  await run(process.execPath, [path.join(ROOT, 'scripts', 'build-viewer.mjs'), '--no-check', '--outfile', out]).catch((err) => {
    throw new Error(`viewer tests: bundling failed:\n${err.stderr ?? err}`);
  });
  return fs.readFileSync(out, 'utf8');
}

/** graph.json of the seeds, built by the CLI (dist/, which `npm test` builds first). */
export async function buildSeedsGraphJson(dir: string): Promise<string> {
  const cli = path.join(ROOT, 'dist', 'cli', 'index.js');
  if (!fs.existsSync(cli)) throw new Error('viewer tests: dist/cli/index.js is missing. Run "npm run build" first.');
  const out = path.join(dir, 'seeds-out');
  await run(process.execPath, [cli, 'build', path.join(ROOT, 'seeds'), '--out', out, '--quiet'], { cwd: ROOT }).catch((err) => {
    throw new Error(`viewer tests: building the seeds failed (exit ${err.code}):\n${err.stderr ?? err}`);
  });
  return fs.readFileSync(path.join(out, 'graph.json'), 'utf8');
}

/** Writes a viewer page and returns its file:// URL. */
export function writePage(dir: string, name: string, graphJson: string, bundle: string, title = 'newsgraph'): string {
  const file = path.join(dir, `${name}.html`);
  fs.writeFileSync(file, renderViewerPage(graphJson, bundle, title));
  return pathToFileURL(file).href;
}

export interface OpenedViewer {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request the page made, its own file included. */
  requests: string[];
  /** Messages of alert/confirm/prompt dialogs (dismissed). */
  dialogs: string[];
}

/** Opens a viewer page and waits for its first frame; listeners are set before navigation. */
export async function openViewer(browser: Browser, url: string): Promise<OpenedViewer> {
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  const opened: OpenedViewer = { page, errors: [], requests: [], dialogs: [] };
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') opened.errors.push(m.text());
  });
  page.on('pageerror', (e) => opened.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r: Request) => opened.requests.push(r.url()));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { timeout: 20_000 });
  return opened;
}

/** The stage (sigma's container) as decoded pixels. */
export async function stagePixels(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('#stage').screenshot());
}

/** Pixels within `tolerance` (Euclidean, RGB) of a colour such as "#d55e00". */
export function countColor(png: PNG, hex: string, tolerance = 30): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d = Math.hypot(png.data[i] - r, png.data[i + 1] - g, png.data[i + 2] - b);
    if (d <= tolerance) n++;
  }
  return n;
}

/** Pixels that are not (near) white. */
export function countInk(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 720) n++;
  return n;
}

/** The RGB colour at a point of the picture, as "#rrggbb". */
export function colorAt(png: PNG, x: number, y: number): string {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return `#${[0, 1, 2].map((k) => png.data[i + k].toString(16).padStart(2, '0')).join('')}`;
}
