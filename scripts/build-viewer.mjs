// Bundles the browser-only viewer (src/viewer/app) into dist/viewer.js with esbuild: one minified IIFE
// with sigma, graphology and ForceAtlas2, inlined into index.html by the build. esbuild does not
// type-check, so tsc checks the app first against its own tsconfig (DOM types, no Node types).
//   node scripts/build-viewer.mjs [--outfile FILE] [--no-check] [--size]
// (the browser tests bundle into a temporary file with --no-check, so they always run the current code)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const args = process.argv.slice(2);
const outfile = path.resolve(args.includes('--outfile') ? args[args.indexOf('--outfile') + 1] : 'dist/viewer.js');
// Paths below are the repository's, wherever this is run from.
process.chdir(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));

const require = createRequire(import.meta.url);
const check = args.includes('--no-check') ? null : spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'src/viewer/app/tsconfig.json'], { stdio: 'inherit' });
if (check && check.status !== 0) {
  console.error('build-viewer: the viewer does not type-check (see above).');
  process.exit(1);
}

await build({
  absWorkingDir: process.cwd(),
  entryPoints: ['src/viewer/app/main.ts'],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  outfile,
  logLevel: 'warning',
  legalComments: 'none',
});
if (args.includes('--size')) console.log(`${outfile}: ${statSync(outfile).size} bytes`);
