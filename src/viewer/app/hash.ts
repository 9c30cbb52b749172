// The URL hash holds the selected node (`#node=<key>`), so a copied link opens the same view.
// Pure string functions; main.ts reads the hash on load and on hashchange, and writes it on selection.

/** The node key in a hash such as `#node=person-fumio-kishida`, or null. */
export function parseHash(hash: string): { node: string | null } {
  const m = /(?:^#|&)node=([^&]*)/.exec(hash);
  if (!m || !m[1]) return { node: null };
  try {
    return { node: decodeURIComponent(m[1]) };
  } catch {
    // A hand-edited hash with a stray "%": treat as no selection rather than fail to load.
    return { node: null };
  }
}

/** The hash for a selection: `#node=<key>`, or empty for none. */
export function formatHash(node: string | null): string {
  return node === null ? '' : `#node=${encodeURIComponent(node)}`;
}
