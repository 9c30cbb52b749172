// A progress line on stderr for builds longer than a second: documents done / total, rate and ETA
// while extracting, then the stage that is running. Silent with --quiet or when stderr is not a
// terminal (logs and pipes get only the summary); the line is erased when the build ends.

import type { Io } from './io';

export interface Progress {
  /** Documents done out of total. */
  update(done: number, total: number): void;
  /** A stage after extraction has started ("layout"). */
  stage(name: string): void;
  /** Erases the line, if one was drawn. */
  done(): void;
}

export interface ProgressOptions {
  quiet?: boolean;
  /** Milliseconds before anything is drawn: short builds print no bar at all. */
  delayMs?: number;
  /** Milliseconds between redraws. */
  intervalMs?: number;
  now?: () => number;
}

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\x1b[K';

/** "8s", "2m05s", "1h02m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The text of the progress line (without the carriage return). The rate counts from the first
 * document done when `since` gives it ([documents, ms] then), so start-up does not inflate the ETA.
 */
export function renderProgressLine(done: number, total: number, elapsedMs: number, since?: [number, number]): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * BAR_WIDTH);
  const [base, baseMs] = since && elapsedMs > since[1] && done > since[0] ? since : [0, 0];
  const rate = elapsedMs > baseMs ? (done - base) / ((elapsedMs - baseMs) / 1000) : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} documents  ${rate.toFixed(rate < 10 ? 1 : 0)}/s  ETA ${formatDuration(eta)}`;
}

/** A progress line for io's stderr; every method is a no-op when quiet or not a terminal. */
export function createProgress(io: Io, quietOrOptions: boolean | ProgressOptions = {}, now: () => number = Date.now): Progress {
  const o: ProgressOptions = typeof quietOrOptions === 'boolean' ? { quiet: quietOrOptions, now } : quietOrOptions;
  const clock = o.now ?? now;
  const delay = o.delayMs ?? 1000;
  const interval = o.intervalMs ?? 100;
  const silent = !!o.quiet || !io.isTTY;
  const start = clock();
  let shown = false;
  let last = -Infinity;
  let extracted = '';
  let first: [number, number] | undefined;

  const draw = (text: string) => {
    shown = true;
    io.errRaw(`${CLEAR_LINE}${text}`);
  };

  return {
    update(done, total) {
      if (silent) return;
      const t = clock();
      first ??= [done, t - start];
      if (t - start < delay || (t - last < interval && done < total)) return;
      last = t;
      extracted = `${done}/${total} documents`;
      draw(renderProgressLine(done, total, t - start, first));
    },
    stage(name) {
      if (silent) return;
      const t = clock();
      if (t - start < delay) return;
      last = t;
      draw(`${extracted ? `${extracted} extracted; ` : ''}${name}…`);
    },
    done() {
      if (shown) io.errRaw(CLEAR_LINE);
      shown = false;
    },
  };
}
