// The CLI's window on the terminal, injectable so command tests can capture output.

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
