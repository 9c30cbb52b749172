// Extraction shared across machines: `newsgraph extract --shard I/N` writes the extractions of the
// I-th of N shards of the inputs as JSON lines, and `newsgraph merge` reads all N back, in document
// order, for the reduce (build.ts reduceCorpus). A shard is every N-th file of the sorted input list
// (round robin: shards of a corpus sorted by date or name get alike sizes). Extraction is a pure
// function of the document (extract/nlp-model.ts), so the merge is byte-identical to one build.
//
// File: extractions-I-of-N.jsonl — a header line, one line per document, a closing line with the count
// (a file cut short is refused). Written to a temporary name and renamed into place.

import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

import type { ExtractedCorpus } from '../build';
import { NewsgraphError } from '../errors';
import type { ExtractedDocument } from '../extract/workers';
import type { FileProblem, Skipped } from '../ingest';

const FORMAT = 'newsgraph-extractions/1';

/** The first line of a shard file: which shard of what, made by which extractor. */
export interface ShardHeader {
  format: typeof FORMAT;
  shard: number;
  of: number;
  /** Input files found in all (every shard finds the same list). */
  files: number;
  extractor: string;
  /** Skipped before reading and notes about the walk (symlink loops…): written by shard 1 only. */
  skipped: Skipped[];
  notes: FileProblem[];
}

type Line = { i: number; doc: ExtractedDocument } | { i: number; skipped: Skipped } | { warning: FileProblem } | { end: number };

/** Parses "I/N" (1 ≤ I ≤ N). @throws NewsgraphError E_BAD_OPTION */
export function parseShard(spec: string): { shard: number; of: number } {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const shard = m ? Number(m[1]) : NaN;
  const of = m ? Number(m[2]) : NaN;
  if (!m || of < 1 || shard < 1 || shard > of) throw new NewsgraphError('E_BAD_OPTION', `options: invalid --shard "${spec}". Expecting I/N with 1 ≤ I ≤ N, e.g. 2/8.`);
  return { shard, of };
}

/** Indices of the files of shard `shard` of `of` among `count` files. */
export function shardIndices(count: number, shard: number, of: number): number[] {
  const out: number[] = [];
  for (let i = shard - 1; i < count; i += of) out.push(i);
  return out;
}

export function shardFileName(shard: number, of: number): string {
  return `extractions-${shard}-of-${of}.jsonl`;
}

/**
 * Writes a shard file into `dir` (created if needed), line by line, atomically.
 * @throws NewsgraphError E_OUTPUT_UNWRITABLE
 */
export function writeShard(dir: string, header: ShardHeader, indices: readonly number[], corpus: ExtractedCorpus): string {
  const file = path.join(dir, shardFileName(header.shard, header.of));
  const temp = path.join(dir, `.${shardFileName(header.shard, header.of)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fd = fs.openSync(temp, 'w');
    const write = (line: unknown) => fs.writeSync(fd!, `${JSON.stringify(line)}\n`);
    write(header);
    let lines = 0;
    corpus.byIndex.forEach((x, k) => {
      if (x === undefined) return;
      write('extraction' in x ? { i: indices[k], doc: x } : { i: indices[k], skipped: x });
      lines++;
    });
    for (const w of corpus.warnings) write({ warning: w });
    write({ end: lines });
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, file);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw new NewsgraphError('E_OUTPUT_UNWRITABLE', `extract: cannot write "${file}" (${(err as NodeJS.ErrnoException).code ?? String(err)}). Check the folder, or choose another --out.`, dir, { cause: err });
  }
  return file;
}

const SHARD_FILE = /^extractions-(\d+)-of-(\d+)\.jsonl$/;

function bad(message: string, file?: string): NewsgraphError {
  return new NewsgraphError('E_BAD_SHARDS', `merge: ${message}`, file);
}

/**
 * Reads every shard file in `dirs` and puts the extractions back in document order: the corpus the
 * build of the same inputs would have extracted.
 * @throws NewsgraphError E_BAD_SHARDS when shards are missing, repeated, cut short or of different runs
 */
export async function readShards(dirs: readonly string[]): Promise<Omit<ExtractedCorpus, 'readMs' | 'extractMs'>> {
  const files: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch (err) {
      throw bad(`cannot read the folder "${dir}" (${(err as NodeJS.ErrnoException).code}). Give the folders that newsgraph extract --out wrote.`, dir);
    }
    for (const name of names.sort()) if (SHARD_FILE.test(name)) files.push(path.join(dir, name));
  }
  if (files.length === 0) throw bad(`no extractions-I-of-N.jsonl file in ${dirs.map((d) => `"${d}"`).join(', ')}. Run newsgraph extract --shard I/N --out DIR first.`);

  let first: ShardHeader | undefined;
  const seen = new Map<number, string>();
  const headers = new Map<number, ShardHeader>();
  const byIndex = new Map<number, ExtractedDocument | Skipped>();
  const warnings: FileProblem[] = [];
  for (const file of files) {
    let header: ShardHeader | undefined;
    let ended = false;
    let lines = 0;
    const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const text of rl) {
      if (ended) throw bad(`"${file}" goes on after its last line. Extract that shard again.`, file);
      let line: Line | ShardHeader;
      try {
        line = JSON.parse(text) as Line | ShardHeader;
      } catch {
        throw bad(`"${file}" is not a newsgraph extraction file (a line is not JSON). Extract that shard again.`, file);
      }
      if (!header) {
        if ((line as ShardHeader).format !== FORMAT) throw bad(`"${file}" is not a ${FORMAT} file. Extract that shard again with this newsgraph.`, file);
        header = line as ShardHeader;
        first ??= header;
        if (header.of !== first.of || header.files !== first.files) {
          throw bad(`"${file}" is shard ${header.shard} of ${header.of} over ${header.files} files, and "${seen.values().next().value ?? files[0]}" of ${first.of} over ${first.files}: shards of different runs. Extract all shards from the same inputs with the same N.`, file);
        }
        if (header.extractor !== first.extractor) throw bad(`"${file}" was extracted by another version of newsgraph than "${files[0]}". Extract every shard with the same version.`, file);
        if (seen.has(header.shard)) throw bad(`shard ${header.shard} of ${header.of} is there twice ("${seen.get(header.shard)}" and "${file}"). Give each shard once.`, file);
        seen.set(header.shard, file);
        headers.set(header.shard, header);
        continue;
      }
      const entry = line as Line;
      if ('end' in entry) {
        if (entry.end !== lines || lines !== shardIndices(header.files, header.shard, header.of).length) throw bad(`"${file}" lists ${entry.end} documents but holds ${lines}. Extract that shard again.`, file);
        ended = true;
      } else if ('warning' in entry) warnings.push(entry.warning);
      else {
        byIndex.set(entry.i, 'doc' in entry ? entry.doc : entry.skipped);
        lines++;
      }
    }
    if (!header || !ended) throw bad(`"${file}" is cut short. Extract that shard again.`, file);
  }
  const of = first!.of;
  const missing = Array.from({ length: of }, (_, k) => k + 1).filter((k) => !seen.has(k));
  if (missing.length) throw bad(`shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${of} missing. Give every shard's folder (newsgraph extract --shard I/${of}).`);

  // The walk's own skips and notes are written once, by shard 1.
  const one = headers.get(1)!;
  const results: ExtractedDocument[] = [];
  const skipped: Skipped[] = [...one.skipped];
  const byOrder: Array<ExtractedDocument | Skipped | undefined> = [];
  for (const i of [...byIndex.keys()].sort((a, b) => a - b)) {
    const x = byIndex.get(i)!;
    byOrder.push(x);
    if ('extraction' in x) results.push(x);
    else skipped.push(x);
  }
  return { results, skipped, warnings: [...one.notes, ...warnings], extracted: results.length, cached: 0, keys: new Set(), byIndex: byOrder };
}
