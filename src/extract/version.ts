// The extractor's version: a hash of the code and data extraction runs on, computed once per process.
// Cached and sharded extractions carry it; one made by other code or data is never reused. It is not
// a number bumped by hand: extraction rules change all day.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What extraction reads, relative to the folder above this one (dist/ or src/): its code, gazetteer data, shared helpers. */
const PARTS = ['extract', 'utils', 'types.js', 'types.ts'];

/** The packages whose code or data decide tokens and tags. */
const PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'];

function filesUnder(p: string): string[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return [];
  }
  if (!st.isDirectory()) return [p];
  return fs
    .readdirSync(p)
    .sort()
    .flatMap((name) => filesUnder(path.join(p, name)));
}

function packageVersion(name: string): string {
  try {
    return `${name}@${(JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`;
  } catch {
    return `${name}@?`;
  }
}

let memo: string | undefined;

/** A hex digest of every file of extract/ (code and gazetteer data), utils/, types, and the wink packages' versions. */
export function extractorVersion(): string {
  if (memo) return memo;
  const root = path.dirname(__dirname);
  const hash = crypto.createHash('sha256');
  for (const part of PARTS) {
    for (const file of filesUnder(path.join(root, part))) {
      // Source maps and declarations say nothing about behaviour, and hold absolute paths.
      if (/\.(map|d\.ts)$/.test(file)) continue;
      hash.update(path.relative(root, file).split(path.sep).join('/')).update('\0').update(fs.readFileSync(file)).update('\0');
    }
  }
  for (const name of PACKAGES) hash.update(packageVersion(name)).update('\0');
  memo = hash.digest('hex').slice(0, 32);
  return memo;
}
