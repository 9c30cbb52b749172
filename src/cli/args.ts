// A small argument parser: positional arguments and --flags with values, with usage errors as codes.

import { NewsgraphError } from '../errors';

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/**
 * Parses argv against the flags a command knows; `boolean` flags take no value.
 * @throws NewsgraphError E_USAGE on an unknown flag or a missing value.
 */
export function parseArgs(argv: string[], known: { value: string[]; boolean: string[] }): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (known.boolean.includes(name)) {
        flags[name] = true;
      } else if (known.value.includes(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new NewsgraphError('E_USAGE', `usage: --${name} needs a value.`);
        flags[name] = v;
      } else {
        throw new NewsgraphError('E_USAGE', `usage: unknown option --${name}. Run "newsgraph --help".`);
      }
    } else positional.push(a);
  }
  return { positional, flags };
}
