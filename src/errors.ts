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
 * Runs an output renderer (or awaits it); the longest string V8 holds (~512 M characters) bounds every
 * output file, so a graph past it gets a clear error instead of a crash.
 * @throws NewsgraphError E_TOO_LARGE when a file would be longer than that
 */
export function withinStringLimit<T>(file: string, render: () => T): T {
  const convert = (err: unknown): never => {
    if (err instanceof RangeError && /Invalid string length/.test(err.message)) {
      throw new NewsgraphError(
        'E_TOO_LARGE',
        `export: ${file} of this graph would be longer than the longest text Node.js can hold (about 500 MB of text; graph.nq and the viewer page reach it near 3 million triples). Build the corpus in batches and load them into one store (docs/SCALING.md, "What works today with the CLI alone").`,
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
