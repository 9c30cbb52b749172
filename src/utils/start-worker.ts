// Starts a worker thread on one of newsgraph's own modules: the compiled JavaScript next to the
// caller, or, when the caller runs from the TypeScript sources (ts-jest), the .ts file transpiled on
// the fly. Used by extraction (extract/workers.ts) and layout (layout/run-in-worker.ts).

import os from 'node:os';
import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker running `name` (without extension) from the caller's folder. `callerFile` is the caller's
 * `__filename`: a .ts caller means the sources are being run, and the worker must run them too.
 */
export function startWorker(callerFile: string, name: string, options: WorkerOptions = {}): Worker {
  const dir = path.dirname(callerFile);
  if (!callerFile.endsWith('.ts')) return new Worker(path.join(dir, `${name}.js`), options);
  // NOTE: worker threads do not inherit ts-jest's transform: transpile the sources with TypeScript's
  // transpileModule (a devDependency; tests only), cached on disk by content so that each new worker
  // pays only for its own start-up.
  const cacheDir = path.join(os.tmpdir(), 'newsgraph-ts-worker-cache');
  const code = `
    const crypto = require('node:crypto');
    const fs = require('node:fs');
    const path = require('node:path');
    let ts;
    require.extensions['.ts'] = (module, filename) => {
      const source = fs.readFileSync(filename, 'utf8');
      const key = crypto.createHash('sha1').update(filename).update('\\0').update(source).digest('hex');
      const cached = path.join(${JSON.stringify(cacheDir)}, key + '.js');
      let js;
      try {
        js = fs.readFileSync(cached, 'utf8');
      } catch {
        ts ??= require(${JSON.stringify(require.resolve('typescript'))});
        js = ts.transpileModule(source, {
          fileName: filename,
          compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true },
        }).outputText;
        fs.mkdirSync(path.dirname(cached), { recursive: true });
        const temp = cached + '.' + process.pid + '.' + require('node:worker_threads').threadId;
        fs.writeFileSync(temp, js);
        fs.renameSync(temp, cached);
      }
      module._compile(js, filename);
    };
    require(${JSON.stringify(path.join(dir, `${name}.ts`))});`;
  return new Worker(code, { ...options, eval: true });
}

// Workers started ahead of their job (prestartWorker), by caller folder and name: each loads its
// modules while the build's own thread works, on a core that would otherwise wait.
const spares = new Map<string, Worker>();

const spareKey = (callerFile: string, name: string) => `${path.dirname(callerFile)}\0${name}`;

/**
 * Starts the worker runOnce(callerFile, name, …) will use, so that its start-up is done by then. It
 * does not keep the process alive; discardSpareWorkers stops the ones no job took.
 */
export function prestartWorker(callerFile: string, name: string): void {
  const key = spareKey(callerFile, name);
  if (spares.has(key)) return;
  const worker = startWorker(callerFile, name);
  worker.unref();
  spares.set(key, worker);
  // (One that dies before its job is forgotten: the job starts another.)
  const forget = () => {
    if (spares.get(key) === worker) spares.delete(key);
  };
  worker.once('exit', forget);
  worker.once('error', forget);
}

/** Stops the workers started ahead that no job took. */
export function discardSpareWorkers(): void {
  for (const worker of spares.values()) void worker.terminate();
  spares.clear();
}

/** How many workers started ahead wait for a job. */
export function spareWorkerCount(): number {
  return spares.size;
}

function takeSpare(callerFile: string, name: string): Worker | undefined {
  const key = spareKey(callerFile, name);
  const worker = spares.get(key);
  if (!worker) return undefined;
  spares.delete(key);
  worker.ref();
  return worker;
}

/** A worker that failed as a thread (it could not start, died or was stopped), not a job that failed. */
export class WorkerFailure extends Error {}

/**
 * Runs one job on a new worker thread on `name`: posts `message` (moving `transfer`), resolves with
 * the worker's one reply and stops it; `signal` stops it early. `what` names the job in errors.
 */
export function runOnce<T>(callerFile: string, name: string, what: string, message: unknown, transfer: ArrayBuffer[] = [], signal?: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = takeSpare(callerFile, name) ?? startWorker(callerFile, name);
    let settled = false;
    signal?.addEventListener('abort', () => {
      if (settled) return;
      settled = true;
      void worker.terminate().then(() => reject(new WorkerFailure(`${what}: stopped`)));
    });
    worker.once('message', (reply: T) => {
      if (settled) return;
      settled = true;
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(new WorkerFailure(`${what}: the worker failed (${err.message})`));
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new WorkerFailure(`${what}: the worker stopped (exit code ${code}) before it finished`));
    });
    worker.postMessage(message, transfer);
  });
}
