// The one error type for problems a user can fix (bad input, bad option, unwritable output).
// Anything else thrown inside newsgraph is a bug; only cli/ catches, and prints a stack for those.

export type ErrorCode =
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_NO_INPUT'
  | 'E_BAD_OPTION'
  | 'E_USAGE'
  | 'E_OUTPUT_UNWRITABLE'
  | 'E_QUERY'
  | 'E_ENDPOINT'
  | 'E_TOO_LARGE'
  | 'E_BAD_SHARDS';

export class NewsgraphError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NewsgraphError';
  }
}

/**
 * Runs an output renderer (or awaits it) that makes one string: the longest string V8 holds (~512 M
 * characters) bounds it, so a graph past it gets a clear error instead of a crash. Only the library's
 * string outputs meet it; files written to disk are streamed (export/sink.ts).
 * @throws NewsgraphError E_TOO_LARGE when a file would be longer than that
 */
export function withinStringLimit<T>(file: string, render: () => T): T {
  const convert = (err: unknown): never => {
    if (err instanceof RangeError && /Invalid string length/.test(err.message)) {
      throw new NewsgraphError(
        'E_TOO_LARGE',
        `export: ${file} of this graph would be longer than the longest text Node.js can hold (about 500 MB). The library returns files as strings only when asked to: pass writeTo (a folder) to build(), or use the newsgraph command, which writes every file piece by piece, whatever its size.`,
        undefined,
        { cause: err },
      );
    }
    throw err;
  };
  try {
    const result = render();
    return (result instanceof Promise ? result.catch(convert) : result) as T;
  } catch (err) {
    return convert(err);
  }
}
