// Bytes → string: detects binary files, BOMs (UTF-8, UTF-16 LE/BE), and falls back to Windows-1252
// for bytes that are not valid UTF-8 (Latin-1 files are a subset of it).

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
];

/** Decodes a file's bytes, or says why they are not text. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  for (const [name, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) return { ok: false, reason: `binary file (${name})` };
  }
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  let control = 0;
  for (const b of head) {
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  // A few stray NULs happen in scraped text; a binary file has them everywhere.
  if (head.length && (nul + control) / head.length > 0.1) return { ok: false, reason: 'binary file (control bytes)' };
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { ok: true, text: cleanControls(text), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: cleanControls(new TextDecoder('windows-1252').decode(body)), encoding: 'windows-1252' };
  }
}

/** Blanks NULs and other C0 controls (not tab/newline/CR) one for one, so offsets stay put. */
function cleanControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}
