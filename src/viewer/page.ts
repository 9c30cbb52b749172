// The self-contained viewer page: graph data and the bundled Sigma app inlined into one HTML file
// that opens from file:// with no server and no network (the last stage of the build).

/**
 * The page's Content-Security-Policy: inline script and style only, no fetches of any kind.
 * `worker-src blob:` lets ForceAtlas2's supervisor start its worker from a blob: URL (it builds the
 * worker's code in the page); `img-src data: blob:` covers the favicon placeholder and PNG export.
 */
export const VIEWER_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** JSON made safe inside <script>: no `</script>` or `<!--` can end or change the element. */
function jsonForScript(s: string): string {
  // `<` only occurs inside JSON strings, where \u003c means the same character.
  return s.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** JavaScript made safe inside <script>: `</script`, `<script` and `<!--` can only stand in strings,
 * regular expressions or comments of a bundle, where `\x3C` reads as the same `<`. */
function codeForScript(s: string): string {
  // An odd run of backslashes already escapes the `<` ("\<" is "<" too): drop one so `\x3C` is not
  // itself escaped.
  return s.replace(/(\\*)<(!--|\/?script)/gi, (_m, slashes: string, rest: string) => `${slashes.length % 2 ? slashes.slice(1) : slashes}\\x3C${rest}`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Renders index.html from the serialised graph and the viewer bundle (an IIFE built by esbuild). */
export function renderViewerPage(graphJson: string, bundle: string, title = 'newsgraph', notice?: string): string {
  const pieces: string[] = [];
  writeViewerPage((sink) => sink(graphJson), bundle, title, notice, (p) => pieces.push(p));
  return pieces.join('');
}

/**
 * Writes index.html into a sink, the graph's JSON written by `writeGraphJson` piece by piece (the
 * escaping is per character, so pieces may be cut anywhere). `notice` is shown above the viewer
 * (a graph cut to what a page can hold says so).
 */
export function writeViewerPage(writeGraphJson: (sink: (piece: string) => void) => void, bundle: string, title: string, notice: string | undefined, sink: (piece: string) => void): void {
  const banner = notice
    ? `<p id="notice" role="status" style="position:fixed;z-index:10;bottom:0;left:0;right:0;margin:0;padding:4px 8px;background:#fff7d6;color:#333;font:13px system-ui,sans-serif">${escapeHtml(notice)}</p>\n`
    : '';
  sink(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${VIEWER_CSP}">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
</head>
<body>
${banner}<div id="app"></div>
<noscript>This graph viewer needs JavaScript. The data is in graph.json next to this page.</noscript>
<script id="graph-data" type="application/json">`);
  writeGraphJson((piece) => sink(jsonForScript(piece)));
  sink(`</script>
<script>${codeForScript(bundle)}</script>
</body>
</html>
`);
}
