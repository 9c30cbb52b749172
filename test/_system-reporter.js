// Jest reporter (package.json "reporters", beside jest's own): says which tests were skipped because a
// system program is missing, one line per test file as it finishes and a summary at the end. It reads
// the tag test/_system.ts puts in a skipped test's title: "(skipped: rapper is not installed; apt-get …)".
// Never a test itself.

const path = require('node:path');

const TAG = /\(skipped: (\S+) is not installed; ([^)]+)\)/;

class SystemProgramsReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    /** program → { install, files: Map<file, tests> } */
    this.skipped = new Map();
  }

  onTestFileResult(test, result) {
    const here = new Map();
    for (const r of result.testResults) {
      if (r.status !== 'pending') continue;
      const m = TAG.exec(r.fullName);
      if (!m) continue;
      const key = `${m[1]}\u0000${m[2]}`;
      here.set(key, (here.get(key) ?? 0) + 1);
    }
    const file = path.relative(this.rootDir, result.testFilePath);
    for (const [key, count] of here) {
      const [program, install] = key.split('\u0000');
      process.stderr.write(`  skipped ${count} test${count === 1 ? '' : 's'} of ${file}: ${program} is not installed (${install})\n`);
      if (!this.skipped.has(program)) this.skipped.set(program, { install, files: new Map() });
      this.skipped.get(program).files.set(file, count);
    }
  }

  onRunComplete() {
    if (!this.skipped.size) return;
    let tests = 0;
    const lines = [];
    for (const [program, { install, files }] of [...this.skipped].sort()) {
      const n = [...files.values()].reduce((a, b) => a + b, 0);
      tests += n;
      lines.push(`  ${program} is not installed (${install}): ${n} test${n === 1 ? '' : 's'} in ${[...files.keys()].sort().join(', ')}`);
    }
    process.stderr.write(
      `\nSkipped ${tests} test${tests === 1 ? '' : 's'} that need a program this machine does not have:\n${lines.join('\n')}\n` +
        'Install them to run those tests; NEWSGRAPH_SYSTEM_TESTS=required makes a missing program fail the run (.ci/run sets it).\n',
    );
  }
}

module.exports = SystemProgramsReporter;
