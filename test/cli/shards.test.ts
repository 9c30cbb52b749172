// `newsgraph extract --shard I/N` in N separate processes, then `newsgraph merge`: the same bytes as
// `newsgraph build` of the same inputs (src/shards), and clear errors for shards missing, repeated,
// cut short or of another run.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { removeCorpora, tempFolder, writeCorpus } from '../build/_corpus';
import { runCli } from './_run';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
const SEEDS = path.join(ROOT, 'seeds');

afterAll(removeCorpora);

/** Runs the built command in its own process. */
function runProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    proc.on('close', (code) => resolve({ code, err }));
  });
}

const outputs = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );

describe('newsgraph extract --shard and merge', () => {
  let corpus: string;
  let shards: string[];
  beforeAll(async () => {
    corpus = writeCorpus(24);
    for (const f of fs.readdirSync(SEEDS)) fs.copyFileSync(path.join(SEEDS, f), path.join(corpus, f));
    // A file that is skipped and one read with a warning: both must come out of the merge as from the build.
    fs.writeFileSync(path.join(corpus, 'empty.txt'), '');
    fs.writeFileSync(path.join(corpus, 'nul.txt'), 'Penny Wong met Wang Yi in Beijing.\u0000\n');
    const root = tempFolder();
    shards = [1, 2, 3].map((i) => path.join(root, `shard-${i}`));
    // Three processes at once, as three machines would; the third takes its number from the Job's index.
    const runs = await Promise.all([
      runProcess(['extract', corpus, '--shard', '1/3', '--out', shards[0], '--jobs', '1']),
      runProcess(['extract', corpus, '--shard', '2/3', '--out', shards[1], '--jobs', '1']),
      runProcess(['extract', corpus, '--shard', 'auto/3', '--out', shards[2], '--jobs', '1'], { JOB_COMPLETION_INDEX: '2' }),
    ]);
    // The shard that holds empty.txt says it skipped it.
    expect(runs.map((r) => r.code).sort()).toEqual([0, 0, 3]);
  }, 120_000);

  it('merges three shards into the files newsgraph build writes, byte for byte', async () => {
    expect(fs.readdirSync(shards[2])).toEqual(['extractions-3-of-3.jsonl']);
    const merged = path.join(tempFolder(), 'merged');
    const built = path.join(tempFolder(), 'built');
    const m = await runCli(['merge', ...shards, '--out', merged, '--iterations', '10']);
    const b = await runCli(['build', corpus, '--out', built, '--iterations', '10', '--no-cache']);
    expect([m.code, b.code]).toEqual([3, 3]);
    const mergedFiles = outputs(merged);
    expect(Object.keys(mergedFiles).sort()).toEqual(['graph.json', 'graph.nq', 'graph.nt', 'graph.ttl', 'index.html', 'ontology.ttl']);
    for (const [name, content] of Object.entries(outputs(built))) expect({ name, same: mergedFiles[name] === content }).toEqual({ name, same: true });
    // The same report of skipped files and warnings.
    const problems = (err: string) => err.split('\n').filter((l) => !l.startsWith('newsgraph: 3'));
    expect(problems(m.err)).toEqual(problems(b.err));
    expect(m.err).toMatch(/empty\.txt/);
    expect(m.err).toMatch(/nul\.txt/);
  });

  it('refuses shards missing, repeated, cut short, or from a run with another N', async () => {
    const missing = await runCli(['merge', shards[0], shards[2], '--out', path.join(tempFolder(), 'o')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/shard 2 of 3 missing/);

    const twice = tempFolder();
    fs.copyFileSync(path.join(shards[0], 'extractions-1-of-3.jsonl'), path.join(twice, 'extractions-1-of-3.jsonl'));
    expect((await runCli(['merge', ...shards, twice, '--out', path.join(tempFolder(), 'o')])).err).toMatch(/shard 1 of 3 is there twice/);

    const cut = tempFolder();
    const lines = fs.readFileSync(path.join(shards[1], 'extractions-2-of-3.jsonl'), 'utf8').split('\n');
    fs.writeFileSync(path.join(cut, 'extractions-2-of-3.jsonl'), lines.slice(0, 4).join('\n'));
    expect((await runCli(['merge', shards[0], cut, shards[2], '--out', path.join(tempFolder(), 'o')])).err).toMatch(/cut short/);

    const other = path.join(tempFolder(), 'other');
    expect((await runCli(['extract', corpus, '--shard', '2/2', '--out', other, '--quiet'])).code).not.toBe(1);
    expect((await runCli(['merge', shards[0], other, '--out', path.join(tempFolder(), 'o')])).err).toMatch(/different runs/);
  });

  it('rejects a bad --shard, and auto/N without JOB_COMPLETION_INDEX', async () => {
    for (const spec of ['0/3', '4/3', '1', 'a/b']) {
      const r = await runCli(['extract', corpus, '--shard', spec, '--out', path.join(tempFolder(), 'o')]);
      expect([r.code, /--shard/.test(r.err)]).toEqual([2, true]);
    }
    const saved = process.env.JOB_COMPLETION_INDEX;
    delete process.env.JOB_COMPLETION_INDEX;
    try {
      const r = await runCli(['extract', corpus, '--shard', 'auto/3', '--out', path.join(tempFolder(), 'o')]);
      expect([r.code, /JOB_COMPLETION_INDEX/.test(r.err)]).toEqual([2, true]);
    } finally {
      if (saved !== undefined) process.env.JOB_COMPLETION_INDEX = saved;
    }
  });
});
