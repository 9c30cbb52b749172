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
  | 'E_ENDPOINT';

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
