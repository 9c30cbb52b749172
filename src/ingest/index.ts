// Ingest: files and folders on disk → SourceDocument[]. The only stage that reads the disk.
// Each file is decoded, its markup blanked, and checked to read as language (validate-prose.ts); a
// file that cannot be read is skipped with a reason that says what to do, never a failure of the build. docs/INPUT.md lists what each bad input gets.

import fs from 'node:fs';
import path from 'node:path';

import type { SourceDocument } from '../types';
import { decodeText } from './decode-text';
import { displayPath, findFiles, type FileProblem, type FoundFile } from './find-files';
import { MAX_WORD, maskFurniture, maskHtml, maskLongRuns, maskMarkdown } from './strip-markup';
import { validateProse } from './validate-prose';

export { findFiles, displayPath, TEXT_EXTENSIONS, type FoundFile, type FileProblem } from './find-files';
export { decodeText, type Decoded } from './decode-text';
export { maskHtml, maskMarkdown, maskFurniture, maskLongRuns, MAX_WORD } from './strip-markup';
export { validateProse, wordShare } from './validate-prose';

/** A file that was not read, and why (with what to do about it). */
export type Skipped = FileProblem;

/** Largest file read. A document is held whole in memory (offsets point into it), and extraction time grows with it. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Builds a document from decoded text; pure, so tests and the library API can skip the disk. */
export function toDocument(id: string, filePath: string, decoded: string): SourceDocument {
  return toDocumentWithNotes(id, filePath, decoded).document;
}

function toDocumentWithNotes(
  id: string,
  filePath: string,
  decoded: string,
): { document: SourceDocument; notes: string[] } {
  const ext = path.extname(filePath).toLowerCase();
  const sniffHtml = /^\s*(<!doctype html|<html|<head|<body|<article|<p>)/i.test(decoded.slice(0, 500));
  const format: SourceDocument['format'] =
    ext === '.html' || ext === '.htm' || (ext !== '.md' && ext !== '.markdown' && sniffHtml)
      ? 'html'
      : ext === '.md' || ext === '.markdown'
        ? 'markdown'
        : 'text';
  // NFC keeps most text as it is; a file in NFD (decomposed accents) would otherwise never match a gazetteer.
  const nfc = decoded.normalize('NFC');
  const text = nfc.length === decoded.length ? nfc : decoded;
  const masked = format === 'html' ? maskHtml(text) : format === 'markdown' ? maskMarkdown(text) : maskFurniture(text);
  const long = maskLongRuns(masked);
  const notes = long.count
    ? [
        `${long.count} run${long.count === 1 ? '' : 's'} of more than ${MAX_WORD} characters without a space (encoded data?) ignored`,
      ]
    : [];
  return { document: { id, path: filePath, text: long.text, format }, notes };
}

const SKIP_ADVICE: Record<string, string> = {
  EACCES: 'check its permissions, or leave it out',
  EPERM: 'check its permissions, or leave it out',
  ENOENT: 'it was removed while newsgraph was reading the folder; run the build again',
  EISDIR: 'it is a folder',
  EIO: 'the disk reported an error; copy the file elsewhere or leave it out',
};

const NOT_TEXT_ADVICE = 'newsgraph reads plain text, Markdown and HTML: convert it to text or move it out of the input folder';

/**
 * Reads and decodes one found file, or says why it was skipped; caveats about a file that was read
 * (bytes replaced, data runs ignored) are pushed onto `warnings`.
 */
export function readDocument(file: FoundFile, warnings: FileProblem[] = []): SourceDocument | Skipped {
  const shown = displayPath(file.path);
  const skip = (reason: string): Skipped => ({ path: shown, reason });
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // NOTE: O_NONBLOCK so that a FIFO put in place of the file after the walk cannot block the build.
    fd = fs.openSync(file.path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return skip('not a regular file; move it out of the input folder');
    if (st.size > MAX_FILE_BYTES) {
      return skip(
        `too large (${Math.round(st.size / 1048576)} MB; newsgraph reads files up to ${MAX_FILE_BYTES / 1048576} MB); split it into smaller files`,
      );
    }
    bytes = fs.readFileSync(fd);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return skip(`cannot read (${code}); ${SKIP_ADVICE[code] ?? 'check the file, or leave it out'}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  if (bytes.length === 0) return skip('empty file; add text to it or leave it out');
  const decoded = decodeText(bytes);
  if (!decoded.ok) return skip(`${decoded.reason}; ${NOT_TEXT_ADVICE}`);
  if (!decoded.text.trim()) return skip('no text, only spaces or control characters; add text to it or leave it out');
  const { document, notes } = toDocumentWithNotes(file.id, file.path, decoded.text);
  if (!document.text.trim()) {
    const removed =
      document.format === 'text' ? 'page furniture' : `${document.format === 'html' ? 'HTML' : 'Markdown'} markup`;
    return skip(`no article text once ${removed} is removed; check that it is an article`);
  }
  // Checked once markup is blanked, so that tags, scripts and inline data of an HTML page do not count.
  const noise = validateProse(document.text);
  if (noise) return skip(`${noise}; ${NOT_TEXT_ADVICE}`);
  for (const reason of [...decoded.notes, ...notes]) warnings.push({ path: shown, reason });
  return document;
}

export function isSkipped(x: SourceDocument | Skipped): x is Skipped {
  return (x as Skipped).reason !== undefined;
}

/**
 * Finds and reads every article below the inputs; bad files are skipped with a reason, never thrown.
 * @throws NewsgraphError E_INPUT_NOT_FOUND or E_INPUT_UNREADABLE when an input itself is missing or cannot be examined.
 */
export function readDocuments(inputs: string[]): {
  documents: SourceDocument[];
  skipped: Skipped[];
  warnings: FileProblem[];
} {
  const found = findFiles(inputs);
  const documents: SourceDocument[] = [];
  const skipped: Skipped[] = [...found.skipped];
  const warnings: FileProblem[] = [...found.notes];
  for (const f of found.files) {
    const r = readDocument(f, warnings);
    if (isSkipped(r)) skipped.push(r);
    else documents.push(r);
  }
  return { documents, skipped, warnings };
}
