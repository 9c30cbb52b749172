// Bundles the browser-only viewer (src/viewer/app) into dist/viewer.js with esbuild: one IIFE with
// sigma, graphology and ForceAtlas2, inlined into index.html by the build.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/viewer/app/main.ts'],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2020',
  outfile: 'dist/viewer.js',
  logLevel: 'warning',
  legalComments: 'none',
});
