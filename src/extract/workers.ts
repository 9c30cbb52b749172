// The per-document "map" step of a build and where it runs: in this thread, or on worker threads
// (`--jobs N`). Only plain, compact data comes back from a document; the build puts results back in
// document order.
//
// Extraction is a pure function of one document (wink-nlp's memory of unknown words is cleared between
// documents, nlp-model.ts), so any grouping of documents gives the same extractions: they are cached
// per document (src/cache) and sharded across machines (newsgraph extract --shard). Here each worker
// takes the next document of the input as soon as it has room, and is replaced after about SHARD_BYTES
// of text (its memory of wink's lexemes grows with what it reads).

import type { Worker } from 'node:worker_threads';

import type { Extraction, SourceDocument } from '../types';
import { startWorker } from '../utils/start-worker';

/** What the build keeps of one document once its text is released. */
export interface ExtractedDocument {
  extraction: Extraction;
  words: number;
  /** UTF-8 bytes of the decoded text. */
  bytes: number;
  /** Enough to turn a string index into a Unicode code-point offset (NIF) without the text. */
  codePoints: CodePointIndex;
}

/** A text's length and the indices where a surrogate pair (an astral character) starts: none in most texts. */
export interface CodePointIndex {
  length: number;
  pairs: number[];
}

/** One document could not be extracted (a bug, or a worker out of memory); the others go on. */
export class ExtractionError extends Error {
  constructor(
    readonly doc: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}

/** A worker that could not even start: no document can be extracted, so the build stops. */
export class WorkerStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WorkerStartError';
  }
}

/**
 * Text per shard, in bytes: about 3 s of extraction on one core. A fresh worker costs ~0.5 s to start
 * (model, gazetteers) and as much again while V8 compiles the extraction code anew in it, so a shard
 * must be a few times that; an input of fewer shards than workers gets no more workers than shards
 * (the Brown benchmark, 6 MB, makes two). Measured there with two workers: 1.5 MB shards 6.9 s, 3 MB
 * shards 5.7 s of extraction.
 * NEWSGRAPH_SHARD_BYTES overrides it (tests use small shards).
 */
export const SHARD_BYTES = 3_000_000;

function shardBytes(): number {
  const fromEnv = Number(process.env.NEWSGRAPH_SHARD_BYTES);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : SHARD_BYTES;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** How many words `text.match(WORD)` finds, without building the array of them (~200,000 strings per shard). */
function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  // (A failed test leaves lastIndex at 0 again.)
  while (WORD.test(text)) n++;
  return n;
}

const HIGH_SURROGATE = /[\ud800-\udbff]/;

/** Indices where a surrogate pair starts (the same reading as export's code-point conversion). */
export function toCodePointIndex(text: string): CodePointIndex {
  const pairs: number[] = [];
  // Most texts have no astral character: the regular expression engine finds that out ~20 times
  // faster than a loop of charCodeAt calls, which V8 does not inline under the command's
  // --no-turbo-inlining (12% of an extraction worker's time on the Brown benchmark).
  const first = text.search(HIGH_SURROGATE);
  if (first < 0) return { length: text.length, pairs };
  for (let i = first; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  return { length: text.length, pairs };
}

/** A stand-in text with a document's length and surrogate pairs: it converts offsets as the text would. */
export function toStandInText(cp: CodePointIndex): string {
  if (cp.pairs.length === 0) return '';
  const parts: string[] = [];
  let at = 0;
  for (const p of cp.pairs) {
    parts.push(' '.repeat(p - at), '\u{1F600}');
    at = p + 2;
  }
  parts.push(' '.repeat(Math.max(0, cp.length - at)));
  return parts.join('');
}

/**
 * Document texts as export reads them (id → text, for code-point offsets), built from code-point
 * indices alone: every document is listed, and a stand-in text is made only when read, for the few
 * documents with astral characters; the others read as "" (offsets unchanged).
 */
export class StandInTexts extends Map<string, string> {
  constructor(private readonly indices: ReadonlyMap<string, CodePointIndex>) {
    super();
    for (const id of indices.keys()) super.set(id, '');
  }

  override get(id: string): string | undefined {
    const cp = this.indices.get(id);
    return cp ? toStandInText(cp) : undefined;
  }

  override *entries(): MapIterator<[string, string]> {
    for (const id of this.keys()) yield [id, this.get(id)!];
  }

  override *values(): MapIterator<string> {
    for (const id of this.keys()) yield this.get(id)!;
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  override forEach(fn: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    for (const [id, text] of this.entries()) fn.call(thisArg, text, id, this);
  }
}

/**
 * Keeps only the sentences that later stages read: the evidence of a relation, and every sentence
 * that names something (co-occurrence evidence, and the viewer's list of where each entity is
 * mentioned). The others would keep the whole text alive until the end.
 */
export function pruneSentences(x: Extraction): Extraction {
  const needed = new Set<number>();
  for (const r of x.relations) needed.add(r.sentence);
  for (const m of x.mentions) needed.add(m.sentence);
  return { ...x, sentences: x.sentences.filter((s) => needed.has(s.index)) };
}

/** The map step for one document: extract, count, note code points, and drop everything else of the text. */
export function extractForBuild(doc: SourceDocument, extract: (doc: SourceDocument) => Extraction): ExtractedDocument {
  const extraction = pruneSentences(extract(doc));
  return {
    extraction,
    words: countWords(doc.text),
    bytes: Buffer.byteLength(doc.text),
    codePoints: toCodePointIndex(doc.text),
  };
}

/** Loads the model and gazetteers now, so that a broken install fails at start, not on a document. */
export function warmUp(extract: (doc: SourceDocument) => Extraction): void {
  // Common words only: unknown words would enter wink's cache and change later tokenisation.
  extract({ id: 'warm-up.txt', path: 'warm-up.txt', text: 'The minister met the president in the capital.', format: 'text' });
}

/**
 * Consecutive [start, end) ranges of documents with about `bytes` of text each (as many shards as
 * that takes, cut where the running total passes each share): a function of the sizes alone.
 */
export function toShards(sizes: readonly number[], bytes = SHARD_BYTES): Array<[number, number]> {
  const total = sizes.reduce((a, b) => a + b, 0);
  const n = Math.max(1, Math.min(sizes.length, Math.ceil(total / bytes)));
  const shards: Array<[number, number]> = [];
  let start = 0;
  let running = 0;
  // Never cut after the last document: no shard is empty.
  for (let i = 0; i < sizes.length - 1 && shards.length < n - 1; i++) {
    running += sizes[i];
    if (running >= ((shards.length + 1) * total) / n) {
      shards.push([start, i + 1]);
      start = i + 1;
    }
  }
  shards.push([start, sizes.length]);
  return shards;
}

/** Extracts documents one at a time, in the order given, in one extraction context. */
export interface Extractor {
  /** Settles with the document's extraction; rejects with ExtractionError when that document failed. */
  extract(doc: SourceDocument): Promise<ExtractedDocument>;
  close(): Promise<void>;
}

/** Extraction in this thread (a single-shard build: no worker start-up to pay). */
export async function createInProcessExtractor(): Promise<Extractor> {
  // Loaded here, not at the top: with workers the main thread never needs the model and gazetteers.
  const { extractDocument } = await import('./index');
  warmUp(extractDocument);
  return {
    async extract(doc) {
      let result: ExtractedDocument;
      try {
        result = extractForBuild(doc, extractDocument);
      } catch (err) {
        throw new ExtractionError(doc.id, describe(err));
      }
      // NOTE: a copy, as a worker's result is: kept strings would otherwise be slices that pin the
      // whole document text in memory (V8 sliced strings).
      return structuredClone(result);
    },
    async close() {},
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}

/** Messages between WorkerExtractor and worker-entry.ts. */
export type ToWorker = { i: number; doc: SourceDocument };
export type FromWorker = { ready: true } | { i: number; result: ExtractedDocument } | { i: number; error: string };

// A worker is capped so that one runaway document fails alone instead of taking the process down.
const WORKER_HEAP_MB = 2048;

/** A worker on worker-entry.ts (or another entry, for tests), capped so that one runaway document fails alone. */
function startExtractionWorker(entry: string): Worker {
  return startWorker(__filename, entry, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

interface Job {
  i: number;
  doc: SourceDocument;
  resolve: (x: ExtractedDocument) => void;
  reject: (err: Error) => void;
}

/**
 * One worker thread, a fresh extraction context. Documents are queued to it in order; if it dies on a
 * document, that document fails alone and a new worker takes the ones queued after it.
 */
export class WorkerExtractor implements Extractor {
  private worker!: Worker;
  private ready = false;
  private closed = false;
  private fatal?: Error;
  private readonly jobs: Job[] = [];
  private next = 0;

  constructor(private readonly entry = 'worker-entry') {
    this.spawn();
  }

  extract(doc: SourceDocument): Promise<ExtractedDocument> {
    return new Promise((resolve, reject) => {
      if (this.fatal || this.closed) return reject(this.fatal ?? new Error('extract: the worker is closed'));
      const job: Job = { i: this.next++, doc, resolve, reject };
      this.jobs.push(job);
      this.post(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }

  private post(job: Job): void {
    const msg: ToWorker = { i: job.i, doc: job.doc };
    this.worker.postMessage(msg);
  }

  private spawn(): void {
    const worker = startExtractionWorker(this.entry);
    this.worker = worker;
    this.ready = false;
    worker.on('message', (msg: FromWorker) => {
      if ('ready' in msg) {
        this.ready = true;
        return;
      }
      const job = this.jobs[0];
      if (!job || job.i !== msg.i) return;
      this.jobs.shift();
      if ('error' in msg) job.reject(new ExtractionError(job.doc.id, msg.error));
      else job.resolve(msg.result);
    });
    let dead = false;
    const onDeath = (err: Error) => {
      if (dead || this.closed || worker !== this.worker) return;
      dead = true;
      this.onDeath(err);
    };
    worker.on('error', onDeath);
    worker.on('exit', (code) => onDeath(new Error(`worker stopped (exit code ${code})`)));
  }

  /** The worker died: the document it was on fails; the rest go to a fresh worker, unless none can start. */
  private onDeath(err: Error): void {
    if (!this.ready) {
      this.fatal = new WorkerStartError(`extract: a worker thread could not start (${describe(err)}). Run "npm install" again; if that does not help, this is a bug in newsgraph, please report it.`, { cause: err });
      for (const job of this.jobs.splice(0)) job.reject(this.fatal);
      return;
    }
    const failed = this.jobs.shift();
    failed?.reject(new ExtractionError(failed.doc.id, describe(err)));
    this.spawn();
    for (const job of this.jobs) this.post(job);
  }
}

/** What happened to document i. */
export type Outcome = { i: number; result: ExtractedDocument } | { i: number; error: ExtractionError };

/**
 * Extracts documents 0…n−1, given their sizes in bytes, at most `jobs` workers at a time: `read(i)` is
 * called in document order, just before the document is needed, and gives undefined for a file that
 * was skipped; `settle` hears every extracted or failed document. An input of a single shard (see
 * toShards) runs in this thread. Otherwise each lane keeps a worker and takes the next document of
 * the whole input as soon as its worker has room, so the lanes finish within a document of each other
 * (fixed shards of equal bytes took unequal times: on the Brown benchmark one core waited ~0.4 s for
 * the other). A lane's worker is replaced by a fresh one once it has been sent a shard's worth of
 * text, unless no more than that is left (a new worker's start-up would cost more than it saves):
 * its memory of wink's lexemes grows with what it reads.
 * @throws WorkerStartError when no worker can start
 */
export async function extractDocuments(
  sizes: readonly number[],
  jobs: number,
  read: (i: number) => SourceDocument | undefined,
  settle: (outcome: Outcome) => void,
  bytesPerShard = shardBytes(),
): Promise<void> {
  const shards = toShards(sizes, bytesPerShard);
  let fatal: Error | undefined;
  // Two documents queued per worker: it never waits while the next text is read, and no more are held.
  const AHEAD = 2;
  let next = 0;
  let left = sizes.reduce((a, b) => a + b, 0);

  /** Feeds the extractor documents from the shared queue until it has had `budget` bytes (while more than that is left). */
  const runExtractor = async (extractor: Extractor, budget: number) => {
    const inFlight = new Set<Promise<void>>();
    let sent = 0;
    try {
      while (next < sizes.length && !fatal && (sent < budget || left <= budget)) {
        const i = next++;
        sent += sizes[i];
        left -= sizes[i];
        const doc = read(i);
        if (!doc) continue;
        const job: Promise<void> = extractor
          .extract(doc)
          .then(
            (result) => settle({ i, result }),
            (err: Error) => {
              if (err instanceof ExtractionError) settle({ i, error: err });
              else fatal ??= err;
            },
          )
          .then(() => {
            inFlight.delete(job);
          });
        inFlight.add(job);
        if (inFlight.size >= AHEAD) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    } finally {
      await extractor.close();
    }
  };

  if (shards.length === 1) {
    await runExtractor(await createInProcessExtractor(), Infinity);
  } else {
    const lanes = Math.max(1, Math.min(jobs, shards.length));
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (next < sizes.length && !fatal) await runExtractor(new WorkerExtractor(), bytesPerShard);
      }),
    );
  }
  if (fatal) throw fatal;
}
