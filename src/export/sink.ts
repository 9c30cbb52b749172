// Output as a stream of text pieces: every writer of export/ writes to a Sink, so the same code makes
// a file on disk piece by piece (write-outputs.ts, with no ceiling on its size) or one string (the
// library API and the tests, with V8's longest string as ceiling).

/** Receives the text of a file in pieces, in order. */
export type Sink = (piece: string) => void;

/** A file to write: its name and the function that writes its text into a sink. */
export interface OutputStream {
  name: string;
  write: (sink: Sink) => void;
}

/** The whole text a writer writes, as one string. */
export function collect(write: (sink: Sink) => void): string {
  const pieces: string[] = [];
  write((p) => pieces.push(p));
  return pieces.join('');
}
