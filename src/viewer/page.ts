// The self-contained viewer page: graph data and the bundled Sigma app inlined into one HTML file
// that opens from file:// with no server and no network.

/** Escapes text for a <script> element: no "</script>" or "<!--" can end it early. */
function scriptSafe(s: string): string {
  return s.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Renders index.html from the serialised graph and the viewer bundle (an IIFE built by esbuild). */
export function renderViewerPage(graphJson: string, bundle: string, title = 'newsgraph'): string {
  const safeTitle = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:; connect-src 'none'">
<title>${safeTitle}</title>
</head>
<body>
<div id="app"></div>
<script id="graph-data" type="application/json">${scriptSafe(graphJson)}</script>
<script>${bundle.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}
