// Worker thread body for extractInWorkers: receives a document, sends back its extraction.

import { parentPort } from 'node:worker_threads';

import { extractDocument } from './index';

parentPort?.on('message', (msg: { i: number; doc: Parameters<typeof extractDocument>[0] }) => {
  try {
    parentPort!.postMessage({ i: msg.i, extraction: extractDocument(msg.doc) });
  } catch (err) {
    parentPort!.postMessage({ i: msg.i, error: (err as Error).stack ?? String(err) });
  }
});
