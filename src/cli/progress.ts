// A progress bar on stderr for builds longer than a second: documents done / total, rate, ETA.
// Silent with --quiet or when stderr is not a terminal.

import type { Io } from './io';

export function createProgress(io: Io, quiet: boolean, now: () => number = Date.now) {
  const start = now();
  let shown = false;
  let last = 0;
  return {
    update(done: number, total: number) {
      if (quiet || !io.isTTY) return;
      const t = now();
      if (t - start < 1000 || (t - last < 100 && done < total)) return;
      last = t;
      shown = true;
      const rate = done / ((t - start) / 1000);
      const eta = rate > 0 ? (total - done) / rate : 0;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      io.errRaw(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} docs ${rate.toFixed(1)}/s ETA ${eta.toFixed(0)}s `);
    },
    done() {
      if (shown) io.errRaw('\n');
    },
  };
}
