// The CLI's window on the terminal, injectable so command tests can capture output; and the one
// place that words the end-of-build report of skipped files and warnings.

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Writes without a newline (progress bars). */
  errRaw(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY: boolean;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  errRaw: (text) => process.stderr.write(text),
  isTTY: !!process.stderr.isTTY,
};

/** A file and what happened to it, with what to do about it. */
export interface FileReport {
  path: string;
  reason: string;
}

/**
 * Prints the files that were skipped and the warnings about files that were read, one line each, on
 * stderr: printed even with --quiet, since each one needs the user's attention.
 */
export function printFileProblems(io: Io, skipped: readonly FileReport[], warnings: readonly FileReport[]): void {
  const byPath = (a: FileReport, b: FileReport) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  if (skipped.length) {
    io.err(
      `newsgraph: skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} (the others were built; exit code 3):`,
    );
    for (const s of [...skipped].sort(byPath)) io.err(`  ${printable(s.path)}: ${printable(s.reason)}`);
  }
  if (warnings.length) {
    io.err(`newsgraph: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} about files that were read:`);
    for (const w of [...warnings].sort(byPath)) io.err(`  ${printable(w.path)}: ${printable(w.reason)}`);
  }
}

/** Escapes control characters (a file name can hold ESC sequences that would drive the terminal). */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
