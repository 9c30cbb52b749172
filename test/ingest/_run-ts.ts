// For tests that need a fresh Node process (memory peaks, SIGKILL): a preamble that lets the child
// require the TypeScript sources directly, so it runs the code under test and not a dist/ that another
// build may be rewriting. Never a test itself.

import fs from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

export const ROOT = path.join(__dirname, '..', '..');

/** JavaScript to put before a child script: after it, `require('./src/…')` (from ROOT) loads .ts files. */
export const REQUIRE_TS = `
  const __ts = require('typescript');
  require.extensions['.ts'] = (module, file) => {
    const source = require('fs').readFileSync(file, 'utf8');
    const { outputText } = __ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: __ts.ModuleKind.CommonJS, target: __ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
    });
    module._compile(outputText, file);
  };
`;

/**
 * Transpiles source files (paths below src/) into dir, keeping their relative places, for children that
 * start many times: plain JavaScript loads in milliseconds, TypeScript's compiler does not.
 */
export function transpileSources(dir: string, files: string[]): void {
  for (const file of files) {
    const source = fs.readFileSync(path.join(ROOT, 'src', file), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    const out = path.join(dir, file.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, outputText);
  }
}
