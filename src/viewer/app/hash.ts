// The URL hash holds the view: the selected node and the filters that differ from the page's defaults
// (`#node=person-fumio-kishida&mentions=3&links=2&isolated=1&cooc=1&hide=Place,Concern&size=mentions`),
// so a copied link opens the same view. Pure string functions; main.ts reads the hash on load and on
// popstate, and writes it after every change.

import { SIZE_MODES, type SizeMode, type ViewerState, type ViewState } from './state';

/** What a hash can hold; absent fields mean "the page's default". */
export interface HashState {
  node: string | null;
  minMentions?: number;
  minDegree?: number;
  showIsolated?: boolean;
  showCooccurrence?: boolean;
  hiddenKinds?: string[];
  sizeMode?: SizeMode;
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    // A hand-edited hash with a stray "%": that field is ignored rather than the page failing to load.
    return null;
  }
}

const count = (v: string): number | undefined => (/^\d{1,9}$/.test(v) ? Number(v) : undefined);
const flag = (v: string): boolean | undefined => (v === '1' ? true : v === '0' ? false : undefined);

/** Reads a hash such as `#node=person-fumio-kishida&mentions=3`; unknown or malformed fields are ignored. */
export function parseHash(hash: string): HashState {
  const out: HashState = { node: null };
  for (const part of hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    const raw = part.slice(eq + 1);
    if (key === 'hide') {
      // Each kind encoded on its own, so a comma inside a kind's name stays part of it.
      out.hiddenKinds = raw.split(',').map(decode).filter((k): k is string => !!k);
      continue;
    }
    const value = decode(raw);
    if (value === null) continue;
    switch (key) {
      case 'node':
        out.node = value || null;
        break;
      case 'mentions':
        out.minMentions = count(value);
        break;
      case 'links':
        out.minDegree = count(value);
        break;
      case 'isolated':
        out.showIsolated = flag(value);
        break;
      case 'cooc':
        out.showCooccurrence = flag(value);
        break;
      case 'size':
        out.sizeMode = (SIZE_MODES as readonly string[]).includes(value) ? (value as SizeMode) : undefined;
        break;
    }
  }
  for (const k of Object.keys(out) as Array<keyof HashState>) if (out[k] === undefined) delete out[k];
  return out;
}

/** The hash for a view: the fields given (callers leave out the defaults), or empty for none. */
export function formatHash(view: HashState): string {
  const parts: string[] = [];
  const put = (k: string, v: string) => parts.push(`${k}=${encodeURIComponent(v)}`);
  if (view.node !== null) put('node', view.node);
  if (view.minMentions !== undefined) put('mentions', String(view.minMentions));
  if (view.minDegree !== undefined) put('links', String(view.minDegree));
  if (view.showIsolated !== undefined) put('isolated', view.showIsolated ? '1' : '0');
  if (view.showCooccurrence !== undefined) put('cooc', view.showCooccurrence ? '1' : '0');
  if (view.hiddenKinds?.length) parts.push(`hide=${[...view.hiddenKinds].sort().map(encodeURIComponent).join(',')}`);
  if (view.sizeMode !== undefined) put('size', view.sizeMode);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** What the viewer state says that differs from the page's defaults (a state made with no URL). */
export function hashOf(state: ViewerState, defaults: ViewerState): HashState {
  const out: HashState = { node: state.selectedNode };
  if (state.filters.minMentions !== defaults.filters.minMentions) out.minMentions = state.filters.minMentions;
  if (state.filters.minDegree !== defaults.filters.minDegree) out.minDegree = state.filters.minDegree;
  if (state.filters.showIsolated !== defaults.filters.showIsolated) out.showIsolated = state.filters.showIsolated;
  if (state.showCooccurrence !== defaults.showCooccurrence) out.showCooccurrence = state.showCooccurrence;
  if (state.hiddenKinds.size) out.hiddenKinds = [...state.hiddenKinds];
  if (state.sizeMode !== defaults.sizeMode) out.sizeMode = state.sizeMode;
  return out;
}

/** The view a hash asks for, in the form createState and applyView take. */
export function viewOf(hash: HashState): Partial<ViewState> {
  const view: Partial<ViewState> = { selectedNode: hash.node, filters: {} };
  if (hash.minMentions !== undefined) view.filters!.minMentions = hash.minMentions;
  if (hash.minDegree !== undefined) view.filters!.minDegree = hash.minDegree;
  if (hash.showIsolated !== undefined) view.filters!.showIsolated = hash.showIsolated;
  if (hash.showCooccurrence !== undefined) view.showCooccurrence = hash.showCooccurrence;
  if (hash.hiddenKinds !== undefined) view.hiddenKinds = hash.hiddenKinds;
  if (hash.sizeMode !== undefined) view.sizeMode = hash.sizeMode;
  return view;
}
