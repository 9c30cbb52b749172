// Parallel extraction over worker threads. Documents are independent: each worker extracts the ones
// it is sent and returns plain data; results are put back in input order, so the build's output is
// the same whatever the number of workers.

import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { Extraction, SourceDocument } from '../types';

/** Extracts documents on `jobs` worker threads; onDone reports how many are finished. */
export async function extractInWorkers(docs: SourceDocument[], jobs: number, onDone: (n: number) => void = () => {}): Promise<Extraction[]> {
  const n = Math.max(1, Math.min(jobs, docs.length, os.cpus().length * 2));
  const results: Extraction[] = new Array(docs.length);
  let next = 0;
  let done = 0;
  const script = path.join(__dirname, 'worker-entry.js');
  const workers = Array.from({ length: n }, () => new Worker(script));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= docs.length) return resolve();
              const i = next++;
              w.postMessage({ i, doc: docs[i] });
            };
            w.on('message', (msg: { i: number; extraction?: Extraction; error?: string }) => {
              if (msg.error) return reject(new Error(`extract: ${docs[msg.i].id}: ${msg.error}`));
              results[msg.i] = msg.extraction!;
              onDone(++done);
              send();
            });
            w.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
