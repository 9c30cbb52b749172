// Workers started ahead of their job (utils/start-worker.ts): the build starts the layout and RDF
// workers while it resolves, so that they have loaded their modules when their jobs come.

import path from 'node:path';

import { runPeeledLayout } from '../../src/layout/peel-leaves';
import { inferSettings } from '../../src/layout/forceatlas2';
import { prestartLayoutWorker, runInWorker, type LayoutJob } from '../../src/layout/run-in-worker';
import { discardSpareWorkers, prestartWorker, spareWorkerCount } from '../../src/utils/start-worker';

/** A ring of `n` nodes with seeded positions. */
function ringJob(n: number): LayoutJob {
  const x = Float64Array.from({ length: n }, (_, i) => Math.cos(i) * 10);
  const y = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 1.3) * 10);
  const source = Int32Array.from({ length: n }, (_, i) => i);
  const target = Int32Array.from({ length: n }, (_, i) => (i + 1) % n);
  return { arrays: { x, y, source, target, weight: new Float64Array(n).fill(1) }, settings: inferSettings(n), iterations: 20 };
}

afterEach(discardSpareWorkers);

describe('workers started ahead', () => {
  it('are taken by the job they were started for, which gives what it gives on a fresh worker', async () => {
    const inThread = ringJob(600);
    runPeeledLayout(inThread.arrays, inThread.settings, inThread.iterations);
    prestartLayoutWorker();
    prestartLayoutWorker();
    expect(spareWorkerCount()).toBe(1);
    const ahead = await runInWorker(ringJob(600));
    expect(spareWorkerCount()).toBe(0);
    expect([...ahead.x]).toEqual([...inThread.arrays.x]);
    expect([...ahead.y]).toEqual([...inThread.arrays.y]);
  });

  it('are stopped when no job took them', async () => {
    prestartLayoutWorker();
    expect(spareWorkerCount()).toBe(1);
    discardSpareWorkers();
    expect(spareWorkerCount()).toBe(0);
  });

  it('are forgotten when they die before their job, so that the job starts another', async () => {
    const caller = path.join(__dirname, '..', '..', 'src', 'layout', 'run-in-worker.ts');
    prestartWorker(caller, 'no-such-worker');
    expect(spareWorkerCount()).toBe(1);
    for (let i = 0; i < 200 && spareWorkerCount() > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(spareWorkerCount()).toBe(0);
  });
});
