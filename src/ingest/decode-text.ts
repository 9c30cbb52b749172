// Bytes → string, the first thing ingest does with a file: recognises binary files (magic numbers,
// control bytes), BOMs (UTF-8, UTF-16 LE/BE; UTF-32 is refused), UTF-16 without a BOM, and falls back
// to Windows-1252 for bytes that are not UTF-8 (Latin-1 files are a subset of it). Every decoded
// character keeps its place: control characters become spaces one for one.

export type Decoded = { ok: true; text: string; encoding: string; notes: string[] } | { ok: false; reason: string };

// File signatures of formats people keep next to their articles: [what it is, bytes, offset].
const MAGIC: Array<[string, number[], number?]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]], // "%PDF-"
  ['ZIP, DOCX or EPUB', [0x50, 0x4b, 0x03, 0x04]], // also .xlsx, .odt, .jar
  ['ZIP', [0x50, 0x4b, 0x05, 0x06]], // an empty zip
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]], // "GIF8"
  ['WebP, WAV or AVI', [0x52, 0x49, 0x46, 0x46]], // "RIFF"
  ['TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['MP4 or MOV video', [0x66, 0x74, 0x79, 0x70], 4], // "ftyp" after the box size
  ['gzip archive', [0x1f, 0x8b, 0x08]],
  ['bzip2 archive', [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4], // block magic after "BZh1".."BZh9"
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]], // "Rar!"
  ['old Office document (.doc, .xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00]],
  ['Ogg audio', [0x4f, 0x67, 0x67, 0x53]], // "OggS"
  ['FLAC audio', [0x66, 0x4c, 0x61, 0x43]], // "fLaC"
  ['MP3 audio', [0x49, 0x44, 0x33, 0x03]], // "ID3" + version 3 (not the letters "ID3" in prose)
  ['MP3 audio', [0x49, 0x44, 0x33, 0x04]],
  ['RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // "{\rtf": text, but markup newsgraph does not read
];

/** Says which binary format the bytes start with, if any. */
function sniffMagic(bytes: Uint8Array): string | undefined {
  for (const [name, sig, at = 0] of MAGIC) {
    if (bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b)) return name;
  }
  return undefined;
}

const HEAD = 8192;

/** Whether a byte is a C0 control other than tab, newline, vertical tab, form feed and carriage return. */
function isControlByte(b: number): boolean {
  return b < 9 || (b > 13 && b < 32) || b === 0x7f;
}

/** UTF-16 without a BOM: ASCII-range text has a NUL in every other byte. */
function sniffUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = head.length >> 1;
  if (pairs < 8) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Counts well-formed UTF-8 multi-byte sequences, and ill-formed ones as a decoder replaces them (one
 * U+FFFD per maximal subpart, as the WHATWG decoder does).
 */
function scanUtf8(bytes: Uint8Array): { multi: number; invalid: number } {
  let multi = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let k = 1;
    while (
      k < len &&
      i + k < bytes.length &&
      bytes[i + k] >= (k === 1 ? lo : 0x80) &&
      bytes[i + k] <= (k === 1 ? hi : 0xbf)
    )
      k++;
    if (len && k === len) multi++;
    else invalid++;
    i += len ? k : 1;
  }
  return { multi, invalid };
}

// NOTE: Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80–0x9F become C1 controls, not
// "€", "“", "”"…), so the 32 bytes where the two differ are mapped here.
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252: one character per byte. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}

/** Decodes a file's bytes, or says why they are not text. */
export function decodeText(bytes: Uint8Array): Decoded {
  // UTF-32 LE starts like UTF-16 LE: look for it first.
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
  ) {
    return { ok: false, reason: 'UTF-32 text, which newsgraph does not read' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const magic = sniffMagic(bytes);
  if (magic) return { ok: false, reason: `binary file (${magic})` };
  const head = bytes.subarray(0, HEAD);
  const utf16 = sniffUtf16(head);
  if (utf16) return decodeUtf16(bytes, utf16);

  // A run of NULs at the end is padding (a file cut short by a crash), not a sign of a binary file.
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  const sample = bytes.subarray(0, Math.min(end, HEAD));
  let control = 0;
  for (const b of sample) if (isControlByte(b)) control++;
  // A few stray NULs happen in scraped text; a binary file has them everywhere.
  if (sample.length && control / sample.length > 0.1) return { ok: false, reason: 'binary file (control bytes)' };

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const notes: string[] = [];
  let text: string;
  let encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const { multi, invalid } = scanUtf8(body);
    // Mostly UTF-8 with a few broken bytes (a truncated or corrupted file): keep the UTF-8 and replace
    // the broken bytes, rather than turning every accent into two Windows-1252 letters. A Windows-1252
    // file almost never holds a well-formed UTF-8 sequence (it takes "Ã©"-like pairs).
    if (bom || multi >= invalid) {
      text = new TextDecoder('utf-8').decode(body);
      notes.push(
        `${invalid} invalid UTF-8 sequence${invalid === 1 ? '' : 's'} replaced by "\uFFFD"; re-save the file as UTF-8 to keep those characters`,
      );
    } else {
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
    }
  }
  return finish(text, encoding, notes);
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const text = new TextDecoder(encoding).decode(body);
  // Random bytes that happen to start with FF FE decode to a soup of controls and replacement marks.
  const sample = text.slice(0, HEAD);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  if (sample.length && bad / sample.length > 0.1)
    return { ok: false, reason: `binary file (not valid ${encoding.toUpperCase()})` };
  return finish(text, encoding, []);
}

function finish(text: string, encoding: string, notes: string[]): Decoded {
  const cleaned = cleanControls(text);
  if (cleaned.count)
    notes.push(`${cleaned.count} NUL or control character${cleaned.count === 1 ? '' : 's'} read as spaces`);
  return { ok: true, text: cleaned.text, encoding, notes };
}

/**
 * Blanks NULs and other C0/C1 controls (not tab, newline, CR) one for one, so offsets stay put; a lone
 * CR (old Mac line ends) becomes a newline.
 */
export function cleanControls(text: string): { text: string; count: number } {
  let count = 0;
  // eslint-disable-next-line no-control-regex
  const out = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g, (c) => {
    if (c === '\r') return '\n';
    count++;
    return ' ';
  });
  return { text: out, count };
}
