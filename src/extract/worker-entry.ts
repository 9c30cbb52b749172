// Worker thread body for the pool in workers.ts: loads the extraction model once, says it is ready,
// then turns each document it is sent into its compact extraction (or the reason it failed).

import { parentPort } from 'node:worker_threads';

import { extractDocument } from './index';
import { extractForBuild, warmUp, type FromWorker, type ToWorker } from './workers';

const port = parentPort;
if (!port) throw new Error('worker-entry: not running in a worker thread');

const send = (msg: FromWorker) => port.postMessage(msg);

port.on('message', ({ i, doc }: ToWorker) => {
  let result;
  try {
    result = extractForBuild(doc, extractDocument);
  } catch (err) {
    send({ i, error: err instanceof Error ? err.message.split('\n')[0] : String(err) });
    return;
  }
  send({ i, result });
});
warmUp(extractDocument);
send({ ready: true });
