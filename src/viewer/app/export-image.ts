// PNG of the current view: sigma's layers (edges, nodes, labels, highlights) drawn in order onto one
// canvas over a white background, as @sigma/export-image does, without its extra dependency.

/** The part of a Sigma instance used here (structural, so any node/edge attribute types fit). */
interface Renderer {
  getDimensions(): { width: number; height: number };
  refresh(): unknown;
  getCanvases(): Record<string, HTMLCanvasElement>;
}

/** Renders the renderer's current view to a PNG blob at the screen's pixel ratio. */
export function toPngBlob(renderer: Renderer, background = '#ffffff'): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  // NOTE: WebGL layers are created without preserveDrawingBuffer, so they can only be read in the task
  // that drew them: render synchronously, then copy every layer before returning to the event loop.
  renderer.refresh();
  const canvases = renderer.getCanvases();
  for (const id of Object.keys(canvases)) {
    if (id === 'mouse') continue;
    ctx.drawImage(canvases[id], 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('viewer: the browser could not encode the PNG.'))), 'image/png'),
  );
}
