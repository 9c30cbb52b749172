// Build options: the interface, DEFAULT_OPTIONS, resolveOptions and validateOptions (sigma's settings.ts).

import { NewsgraphError } from './errors';

export interface BuildOptions {
  /** Base IRI of minted entity IRIs; absolute, ending in "/" or "#". */
  base: string;
  /** Output folder. */
  out: string;
  /** Worker threads for extraction (1 = in process). */
  jobs: number;
  /** ForceAtlas2 iterations; undefined adapts to the graph's size. */
  iterations?: number;
  /** Keep co-occurrence (mentionedWith) edges. */
  cooccurrence: boolean;
  /** Name shown in the viewer's title. */
  name: string;
}

export const DEFAULT_OPTIONS: BuildOptions = {
  base: 'https://example.org/newsgraph/',
  out: 'output',
  jobs: 1,
  cooccurrence: true,
  name: 'newsgraph',
};

/** Problems with the options, as messages; empty when they are valid. */
export function validateOptions(o: BuildOptions): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^\s<>"{}|\\^`]*[/#]$/i.test(o.base)) {
    problems.push(`options: invalid --base "${o.base}". Expecting an absolute IRI ending in "/" or "#", e.g. https://example.org/news/`);
  }
  if (!Number.isInteger(o.jobs) || o.jobs < 1 || o.jobs > 64) problems.push(`options: invalid --jobs "${o.jobs}". Expecting a whole number from 1 to 64.`);
  if (o.iterations !== undefined && (!Number.isInteger(o.iterations) || o.iterations < 0)) {
    problems.push(`options: invalid --iterations "${o.iterations}". Expecting a whole number ≥ 0.`);
  }
  return problems;
}

/**
 * Fills in defaults and validates.
 * @throws NewsgraphError E_BAD_OPTION
 */
export function resolveOptions(partial: Partial<BuildOptions> = {}): BuildOptions {
  const o: BuildOptions = { ...DEFAULT_OPTIONS };
  for (const [k, v] of Object.entries(partial)) if (v !== undefined) (o as unknown as Record<string, unknown>)[k] = v;
  const problems = validateOptions(o);
  if (problems.length) throw new NewsgraphError('E_BAD_OPTION', problems.join('\n'));
  return o;
}
