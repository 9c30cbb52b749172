import { renderViewerPage, VIEWER_CSP } from '../../src/viewer/page';
import { hostileGraph, XSS_SCRIPT_LABEL } from './_graph';

/** The text of the page's graph-data script, as the browser's HTML parser would cut it. */
function graphDataText(html: string): string {
  const start = html.indexOf('<script id="graph-data" type="application/json">');
  const open = html.indexOf('>', start) + 1;
  // A script element ends at the first "</script" (case-insensitive), whatever the JSON says.
  return html.slice(open, html.toLowerCase().indexOf('</script', open));
}

describe('renderViewerPage', () => {
  const graph = hostileGraph();
  const json = JSON.stringify(graph.export());
  const html = renderViewerPage(json, 'window.ok = "</script><!-- <script>";', 'News <b>&</b> "graph"');

  it('embeds the graph JSON so that a label cannot end the script element', () => {
    expect(html.split(XSS_SCRIPT_LABEL)).toHaveLength(1);
    expect(JSON.parse(graphDataText(html))).toEqual(JSON.parse(json));
  });

  it('embeds the bundle with "</script", "<script" and "<!--" escaped inside its strings', () => {
    const body = html.slice(html.lastIndexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    expect(body).not.toMatch(/<\/?script|<!--/i);
    const window: { ok?: string } = {};
    new Function('window', body)(window);
    expect(window.ok).toBe('</script><!-- <script>');
  });

  it('keeps an already escaped "<" valid when escaping', () => {
    const page = renderViewerPage('{}', 'window.ok = "\\<script>" + /\\<!--/.source;');
    const body = page.slice(page.lastIndexOf('<script>') + '<script>'.length, page.lastIndexOf('</script>'));
    const window: { ok?: string } = {};
    new Function('window', body)(window);
    expect(window.ok).toBe('<script>\\x3C!--');
  });

  it('escapes the title and sets a CSP that allows no network and a blob: worker', () => {
    expect(html).toContain('<title>News &#60;b&#62;&#38;&#60;/b&#62; &#34;graph&#34;</title>');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${VIEWER_CSP}">`);
    expect(VIEWER_CSP).toMatch(/default-src 'none'/);
    expect(VIEWER_CSP).toMatch(/connect-src 'none'/);
    expect(VIEWER_CSP).toMatch(/worker-src blob:/);
  });
});
