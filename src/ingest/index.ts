// Ingest: files and folders on disk → SourceDocument[]. The only stage that reads the disk.
// Each file is decoded and its markup blanked; a file that cannot be read is a warning, not a failure.

import fs from 'node:fs';
import path from 'node:path';

import type { SourceDocument } from '../types';
import { decodeText } from './decode-text';
import { findFiles, type FoundFile } from './find-files';
import { maskFurniture, maskHtml, maskMarkdown } from './strip-markup';

export { findFiles, type FoundFile } from './find-files';
export { decodeText } from './decode-text';
export { maskHtml, maskMarkdown, maskFurniture } from './strip-markup';

export interface Skipped {
  path: string;
  reason: string;
}

/** Builds a document from decoded text; pure, so tests and the library API can skip the disk. */
export function toDocument(id: string, filePath: string, decoded: string): SourceDocument {
  const ext = path.extname(filePath).toLowerCase();
  const sniffHtml = /^\s*(<!doctype html|<html|<head|<body|<article|<p>)/i.test(decoded.slice(0, 500));
  const format: SourceDocument['format'] =
    ext === '.html' || ext === '.htm' || (ext !== '.md' && sniffHtml) ? 'html' : ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  // NFC keeps most text as it is; a file in NFD (decomposed accents) would otherwise never match a gazetteer.
  const nfc = decoded.normalize('NFC');
  const text = nfc.length === decoded.length ? nfc : decoded;
  const masked = format === 'html' ? maskHtml(text) : format === 'markdown' ? maskMarkdown(text) : maskFurniture(text);
  return { id, path: filePath, text: masked, format };
}

/** Reads and decodes one found file, or says why it was skipped. */
export function readDocument(file: FoundFile): SourceDocument | Skipped {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return { path: file.path, reason: `cannot read (${code}); check its permissions, or leave it out` };
  }
  if (bytes.length === 0) return { path: file.path, reason: 'empty file' };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { path: file.path, reason: `${decoded.reason}; newsgraph reads plain text, Markdown and HTML` };
  if (!decoded.text.trim()) return { path: file.path, reason: 'no text (only whitespace)' };
  return toDocument(file.id, file.path, decoded.text);
}

export function isSkipped(x: SourceDocument | Skipped): x is Skipped {
  return (x as Skipped).reason !== undefined;
}

/** Finds and reads every article below the inputs. */
export function readDocuments(inputs: string[]): { documents: SourceDocument[]; skipped: Skipped[] } {
  const found = findFiles(inputs);
  const documents: SourceDocument[] = [];
  const skipped: Skipped[] = [...found.skipped];
  for (const f of found.files) {
    const r = readDocument(f);
    if (isSkipped(r)) skipped.push(r);
    else documents.push(r);
  }
  return { documents, skipped };
}
