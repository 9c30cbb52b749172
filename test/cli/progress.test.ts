// The progress line on stderr (src/cli/progress.ts): shown only on a terminal, only for builds that
// last more than a second, with documents done / total, rate and ETA; erased at the end.

import type { Io } from '../../src/cli/io';
import { createProgress, formatDuration, renderProgressLine } from '../../src/cli/progress';

/** An Io that records what was written to stderr, and a clock the test moves by hand. */
function fakeTerminal(isTTY: boolean) {
  const written: string[] = [];
  const io: Io = { out: () => {}, err: (l) => written.push(`${l}\n`), errRaw: (t) => written.push(t), isTTY };
  let now = 0;
  return { io, written, clock: () => now, advance: (ms: number) => (now += ms) };
}

/** Feeds 10 documents, one every 300 ms, then a stage and the end. */
function runBuild(t: ReturnType<typeof fakeTerminal>, quiet = false) {
  const progress = createProgress(t.io, { quiet, now: t.clock });
  for (let done = 1; done <= 10; done++) {
    t.advance(300);
    progress.update(done, 10);
  }
  progress.stage('layout');
  progress.done();
}

describe('createProgress', () => {
  it('is silent when stderr is not a terminal', () => {
    const t = fakeTerminal(false);
    runBuild(t);
    expect(t.written).toEqual([]);
  });

  it('is silent with --quiet', () => {
    const t = fakeTerminal(true);
    runBuild(t, true);
    expect(t.written).toEqual([]);
  });

  it('shows documents done / total, rate and ETA after the first second, then the stage, then erases the line', () => {
    const t = fakeTerminal(true);
    runBuild(t);
    const text = t.written.join('');
    // Nothing in the first second: documents 1 to 3 arrive at 300, 600 and 900 ms.
    expect(text).not.toMatch(/ 3\/10 documents/);
    expect(text).toMatch(/\[#+\.*\] 4\/10 documents {2}3\.3\/s {2}ETA 2s/);
    expect(text).toMatch(/10\/10 documents/);
    expect(text).toMatch(/10\/10 documents extracted; layout…/);
    expect(t.written[t.written.length - 1]).toBe('\r\x1b[K');
  });

  it('draws nothing at all for a build shorter than a second', () => {
    const t = fakeTerminal(true);
    const progress = createProgress(t.io, { now: t.clock });
    t.advance(200);
    progress.update(1, 2);
    t.advance(200);
    progress.update(2, 2);
    progress.stage('export');
    progress.done();
    expect(t.written).toEqual([]);
  });

  it('redraws at most every 100 ms', () => {
    const t = fakeTerminal(true);
    const progress = createProgress(t.io, { now: t.clock });
    t.advance(1000);
    for (let done = 1; done < 100; done++) {
      t.advance(10);
      progress.update(done, 1000);
    }
    expect(t.written.length).toBe(10);
  });
});

describe('progress text', () => {
  it.each([
    [0, '0s'],
    [8.4, '8s'],
    [125, '2m05s'],
    [3720, '1h02m'],
    [Infinity, '?'],
  ])('formats %p seconds as %p', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });

  it('counts the rate from the first document done, so start-up does not inflate the ETA', () => {
    // 1 document after 2 s of start-up, then 10 more in the next second.
    expect(renderProgressLine(11, 100, 3000, [1, 2000])).toMatch(/ 10\/s {2}ETA 9s$/);
    expect(renderProgressLine(11, 100, 3000)).toMatch(/ 3\.7\/s {2}ETA 24s$/);
  });

  it('renders a full bar at the end', () => {
    expect(renderProgressLine(500, 500, 10_000)).toBe(`[${'#'.repeat(24)}] 500/500 documents  50/s  ETA 0s`);
  });
});
