/**
 * Prints one machine-readable totals line as the very last line of a run:
 *
 *   `N passed, N failed` (plus `, N skipped` when any test was skipped, todo or left pending)
 *
 * Totals cover every test case of every project. Unhandled errors count as failures, and so does a
 * test file or suite that failed on its own (a syntax error, a throwing beforeAll) without any of its
 * tests being marked failed, and a run that failed outside any test (global setup threw, no test
 * files) counts as one failure: a red run never prints `0 failed`.
 *
 * It is listed after 'default' in vite.config.ts. Vitest runs the reporters' onTestRunEnd hooks
 * together, so the line is written one macrotask later, after the default reporter's summary. If
 * anything else reaches stdout or stderr after that (a teardown message, a "close timed out"
 * warning), the line is printed again when the process exits, so it stays the last line.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason, TestSuite } from 'vitest/node';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

type Write = typeof process.stdout.write;

export function countTotals(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<unknown>,
  reason: TestRunEndReason = 'passed',
): Totals {
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  for (const testModule of testModules) {
    for (const test of testModule.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') totals.passed++;
      else if (state === 'failed') totals.failed++;
      else totals.skipped++; // 'skipped' (skip, todo, only elsewhere) or 'pending' (run interrupted)
    }
    // A module or suite can fail without a failed test inside it: count each such one once.
    const containers: Array<TestModule | TestSuite> = [testModule, ...testModule.children.allSuites()];
    for (const container of containers) {
      const failedOnItsOwn =
        (container.state() === 'failed' || container.errors().length > 0) && !hasFailedTest(container);
      if (failedOnItsOwn) totals.failed++;
    }
  }
  totals.failed += unhandledErrors.length;
  // The run failed outside any test (global setup threw, no test files found, run interrupted):
  // the exit status is non-zero, so the line must not say `0 failed`.
  if (reason !== 'passed' && totals.failed === 0) totals.failed = 1;
  return totals;
}

function hasFailedTest(container: TestModule | TestSuite): boolean {
  for (const _ of container.children.allTests('failed')) return true;
  return false;
}

export function formatTotals({ passed, failed, skipped }: Totals): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

export default class SummaryReporter implements Reporter {
  private line: string | null = null;
  private wroteAfterLine = false;
  private exitHookInstalled = false;

  async onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): Promise<void> {
    const line = formatTotals(countTotals(testModules, unhandledErrors, reason));
    // Let the default reporter (called in the same Promise.all) finish its summary first.
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.line = line;
    this.wroteAfterLine = false;
    process.stdout.write(`${line}\n`);
    this.watchLaterOutput();
  }

  /** Notes any output after our line; on exit, repeats the line if something came after it. */
  private watchLaterOutput(): void {
    if (this.exitHookInstalled) return;
    this.exitHookInstalled = true;
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream) as Write;
      const patched = ((chunk: unknown, ...rest: unknown[]) => {
        const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString() : '';
        if (this.line !== null && text.trim() !== '' && text !== `${this.line}\n`) this.wroteAfterLine = true;
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as Write;
      stream.write = patched;
    }
    process.once('exit', () => {
      // stdout is synchronous for files and pipes (and TTYs) on Linux, so this is not lost.
      if (this.line !== null && this.wroteAfterLine) process.stdout.write(`${this.line}\n`);
    });
  }
}
