// graphology-gexf's writer on its own: its browser entry also builds a DOMParser-based parser at import
// time (which fails in Node and adds weight to the bundle), so the viewer imports the writer file directly.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writeGexf: typeof write;
  export = writeGexf;
}
