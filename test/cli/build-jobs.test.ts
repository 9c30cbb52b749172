// `newsgraph build --jobs N` on a generated corpus of a few hundred articles (several shards, so
// worker threads): it builds, and the files are byte for byte the same whatever N.

import fs from 'node:fs';
import path from 'node:path';

import { main } from '../../src/cli';
import type { Io } from '../../src/cli/io';
import { toShards } from '../../src/extract/workers';
import { removeCorpora, tempFolder, writeCorpus } from '../build/_corpus';

// Shards of ~20 kB (the default is 3 MB), so that a few hundred short articles make several.
const SHARD_BYTES = process.env.NEWSGRAPH_SHARD_BYTES;
beforeAll(() => {
  process.env.NEWSGRAPH_SHARD_BYTES = '20000';
});
afterAll(() => {
  if (SHARD_BYTES === undefined) delete process.env.NEWSGRAPH_SHARD_BYTES;
  else process.env.NEWSGRAPH_SHARD_BYTES = SHARD_BYTES;
  removeCorpora();
});

async function build(input: string, ...flags: string[]): Promise<{ code: number; err: string; files: Record<string, Buffer> }> {
  const out = path.join(tempFolder(), 'out');
  const err: string[] = [];
  const io: Io = { out: () => {}, err: (l) => err.push(l), errRaw: (t) => err.push(t), isTTY: false };
  const code = await main(['build', input, '--out', out, ...flags], io);
  // (Files only: the extraction cache is a folder beside them.)
  const names = fs.readdirSync(out).filter((f) => fs.statSync(path.join(out, f)).isFile());
  const files = Object.fromEntries(names.map((f) => [f, fs.readFileSync(path.join(out, f))]));
  return { code, err: err.join('\n'), files };
}

describe('newsgraph build --jobs', () => {
  const count = 300;
  let input: string;
  beforeAll(() => {
    input = writeCorpus(count);
  });

  it('builds a few hundred generated articles, and writes the same bytes with --jobs 1 and --jobs 2', async () => {
    const sizes = fs.readdirSync(input).map((f) => fs.statSync(path.join(input, f)).size);
    expect(toShards(sizes, 20_000).length).toBeGreaterThanOrEqual(3);
    const one = await build(input, '--jobs', '1');
    const two = await build(input, '--jobs', '2');
    expect(one.code).toBe(0);
    expect(one.err).toMatch(new RegExp(`^newsgraph: ${count} documents, \\d+ words → \\d+ entities`));
    expect(Object.keys(one.files).sort()).toEqual(expect.arrayContaining(['graph.json', 'graph.nq', 'graph.nt', 'graph.ttl', 'index.html']));
    expect(two.code).toBe(0);
    expect(Object.keys(two.files).sort()).toEqual(Object.keys(one.files).sort());
    for (const name of Object.keys(one.files)) expect({ name, same: two.files[name].equals(one.files[name]) }).toEqual({ name, same: true });
  });

  it('rejects a --jobs that is not a whole number from 1 to 64', async () => {
    for (const jobs of ['0', '65', 'two']) {
      const err: string[] = [];
      const io: Io = { out: () => {}, err: (l) => err.push(l), errRaw: () => {}, isTTY: false };
      expect(await main(['build', input, '--out', path.join(tempFolder(), 'out'), '--jobs', jobs], io)).toBe(2);
      expect(err.join('\n')).toMatch(/--jobs/);
    }
  });
});
